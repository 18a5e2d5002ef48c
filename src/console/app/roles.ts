import type { Role } from "../gql/graphql";

/** What a person reads for each role: names, never codes. */
export const ROLE_NAMES: Record<Role, string> = {
  CHAIR: "联席会议召集人",
  AGENCY_OFFICER: "部门执法人员",
  SUPERVISOR: "执法监督",
  INTAKE: "案件受理渠道",
  ADMIN: "系统管理员",
};

export type { Role };
