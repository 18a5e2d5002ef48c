import { registerEnumType } from "type-graphql";

/** Who a caller is, as the JWT says. */
export enum Role {
  CHAIR = "CHAIR",
  AGENCY_OFFICER = "AGENCY_OFFICER",
  SUPERVISOR = "SUPERVISOR",
  INTAKE = "INTAKE",
  ADMIN = "ADMIN",
}

registerEnumType(Role, {
  name: "Role",
  description: "What a caller may do in the hub",
  valuesConfig: {
    CHAIR: { description: "The deputy county head and the legal affairs office (分管副县长、司法局法制科)" },
    AGENCY_OFFICER: { description: "An officer acting for one agency (部门执法人员)" },
    SUPERVISOR: { description: "Supervision, justice, people's congress, CPPCC: read everything, change nothing (监督)" },
    INTAKE: { description: "A system that reports cases, such as the 12345 hotline" },
    ADMIN: { description: "The hub's administrator: reference data" },
  },
});

/** The authenticated caller of one request or WebSocket operation. */
export interface Actor {
  /** The token's subject: a person's or a system's stable id. */
  sub: string;
  name: string;
  role: Role;
  /** Set for AGENCY_OFFICER only. */
  agencyId?: string;
  /** Seconds since the epoch at which the token stops being valid. */
  expiresAt: number;
}
