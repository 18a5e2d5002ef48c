import { registerEnumType } from "type-graphql";

export enum CaseStatus {
  UNASSIGNED = "UNASSIGNED",
  DISPUTED = "DISPUTED",
  ASSIGNED = "ASSIGNED",
  ACCEPTED = "ACCEPTED",
  INVESTIGATING = "INVESTIGATING",
  DECIDED = "DECIDED",
  EXECUTED = "EXECUTED",
  CLOSED = "CLOSED",
  DISMISSED = "DISMISSED",
  SUSPENDED = "SUSPENDED",
  REFERRED = "REFERRED",
  TRANSFERRED = "TRANSFERRED",
}

registerEnumType(CaseStatus, {
  name: "CaseStatus",
  description: "Where a case stands",
  valuesConfig: {
    UNASSIGNED: { description: "No agency holds a power that covers it: a regulatory gap, on the chair's list" },
    DISPUTED: { description: "Several agencies cover it and no lead is designated: the first to file takes it (APL Art. 25), else the joint meeting decides" },
    ASSIGNED: { description: "Routed to its lead agency, not yet filed" },
    ACCEPTED: { description: "Filed (立案) by the lead with certified officers (APL Art. 42); the decision clock runs" },
    INVESTIGATING: { description: "Under investigation (调查取证)" },
    DECIDED: { description: "Decided (作出决定)" },
    EXECUTED: { description: "The decision was carried out (执行)" },
    CLOSED: { description: "Closed (结案)" },
    DISMISSED: { description: "Not filed (不予立案), with the reason" },
    SUSPENDED: { description: "Suspended (中止); the clocks stop" },
    REFERRED: { description: "Referred (移送) to another agency, awaiting its answer" },
    TRANSFERRED: { description: "Transferred to the judicial organs as a suspected crime (涉嫌犯罪移送, APL Art. 27)" },
  },
});

export enum CaseSource {
  HOTLINE_12345 = "HOTLINE_12345",
  INSPECTION = "INSPECTION",
  COMPLAINT = "COMPLAINT",
  REFERRAL = "REFERRAL",
  JOINT_OPERATION = "JOINT_OPERATION",
  MEDIA = "MEDIA",
  OTHER = "OTHER",
}

registerEnumType(CaseSource, {
  name: "CaseSource",
  description: "Where a case came from (案件来源)",
  valuesConfig: {
    HOTLINE_12345: { description: "The 12345 government hotline" },
    INSPECTION: { description: "Found in an inspection (检查发现)" },
    COMPLAINT: { description: "A complaint or report (投诉举报)" },
    REFERRAL: { description: "Referred by another body (移送)" },
    JOINT_OPERATION: { description: "Found during a joint operation (联合执法)" },
    MEDIA: { description: "Media reports (媒体曝光)" },
    OTHER: { description: "Other" },
  },
});

export enum ParticipantRole {
  LEAD = "LEAD",
  ASSISTING = "ASSISTING",
  INFORMED = "INFORMED",
}

registerEnumType(ParticipantRole, {
  name: "ParticipantRole",
  description: "An agency's part in a case",
  valuesConfig: {
    LEAD: { description: "Leads the case (牵头)" },
    ASSISTING: { description: "Assists (协办)" },
    INFORMED: { description: "Kept informed (知会); candidates of a disputed case start here" },
  },
});

export enum ReferralKind {
  JURISDICTION = "JURISDICTION",
  CRIMINAL = "CRIMINAL",
}

registerEnumType(ReferralKind, {
  name: "ReferralKind",
  description: "Why a case is handed on",
  valuesConfig: {
    JURISDICTION: { description: "To the agency that has jurisdiction (移送管辖)" },
    CRIMINAL: { description: "A suspected crime, to the public security organ (涉嫌犯罪移送, 国务院令第310号)" },
  },
});

export enum ReferralStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
}

registerEnumType(ReferralStatus, { name: "ReferralStatus", description: "A referral's answer" });

export enum DecisionOutcome {
  PENALTY = "PENALTY",
  NO_PENALTY = "NO_PENALTY",
  WARNING = "WARNING",
}

registerEnumType(DecisionOutcome, {
  name: "DecisionOutcome",
  description: "What the lead decided",
  valuesConfig: {
    PENALTY: { description: "A penalty (给予行政处罚)" },
    NO_PENALTY: { description: "No penalty (不予行政处罚)" },
    WARNING: { description: "A warning or criticism (警告、通报批评)" },
  },
});
