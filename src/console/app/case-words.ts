import type { CaseStatus, DeadlineKind, ParticipantRole } from "../gql/graphql";

/** What a person reads for the API's enum values: names, never codes. */
export const CASE_STATUS_NAMES: Record<CaseStatus, string> = {
  ASSIGNED: "已分办待立案",
  DISPUTED: "管辖争议",
  UNASSIGNED: "无对应职权（监管空白）",
  ACCEPTED: "已立案",
  INVESTIGATING: "调查取证",
  DECIDED: "已作出决定",
  EXECUTED: "已执行",
  CLOSED: "已结案",
  DISMISSED: "不予立案",
  SUSPENDED: "中止",
  REFERRED: "移送待接收",
  TRANSFERRED: "涉嫌犯罪已移送",
};

export const PARTICIPANT_ROLE_NAMES: Record<ParticipantRole, string> = {
  LEAD: "牵头",
  ASSISTING: "协办",
  INFORMED: "知会",
};

export const DEADLINE_KIND_NAMES: Record<DeadlineKind, string> = {
  FILING: "立案期限",
  DECISION: "作出决定期限",
  REFERRAL_ANSWER: "答复移送期限",
};

