import { CaseField } from "../../platform/auth/access-gate.js";
import { defineEvents, payload, type PayloadOf } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { CaseSource, CaseStatus, ParticipantRole, ReferralKind } from "./case-enums.js";
import type { CaseAttachment, CaseDecisionRecord, CaseReview, CaseRouteRecord } from "./case.entity.js";
import type { HolidayFile } from "./statutory-clock.js";

/** Every case event names its case. */
interface AboutCase {
  number: string;
}

/** A status step: the status it led to, and the note the officer gave (if any). */
interface Step extends AboutCase {
  status: CaseStatus;
  note?: string;
}

type Referral = { referralId: string; reason: string };
type Grades = Pick<CaseReview, "grade" | "total" | "failedVetoItems">;

/**
 * Case events reach the agencies taking part, the chair and supervisors. Who reads them whole is
 * the gate's rule for the FullEvents field; the intake system that reported a case sees only its
 * status steps, stripped (AccessGate.caseEventView, STATUS_EVENT_TYPES).
 */
export const CASE_EVENTS = defineEvents(EventTopic.CASE, EventVisibility.AGENCIES, {
  CaseReported: { label: "案件上报", payload: payload<AboutCase & { route: CaseRouteRecord; source: CaseSource; operationId: string | null }>() },
  CaseFiled: { label: "立案", payload: payload<Step & { filedOn: string; leadOfficerId: string; officerIds: string[] }>() },
  CaseClaimed: { label: "认领争议案件", payload: payload<Step & { filedOn: string; leadOfficerId: string; officerIds: string[] }>() },
  CaseInvestigationStarted: { label: "开始调查取证", payload: payload<Step>() },
  CaseDecided: { label: "作出处理决定", payload: payload<Step & CaseDecisionRecord & { decidedOn: string }>() },
  CaseExecuted: { label: "决定执行完毕", payload: payload<Step>() },
  CaseClosed: { label: "结案", payload: payload<Step>() },
  CaseDismissed: { label: "不予立案", payload: payload<Step & { reason: string }>() },
  CaseSuspended: { label: "案件中止", payload: payload<Step & { reason: string }>() },
  CaseResumed: { label: "案件恢复办理", payload: payload<Step>() },
  CaseReferred: { label: "案件移送", payload: payload<Step & { toAgencyId: string; kind: ReferralKind; reason: string }>() },
  CaseReferredAsCrime: { label: "涉嫌犯罪移送", payload: payload<Step & { toAgencyId: string; kind: ReferralKind; reason: string }>() },
  CaseReferralAccepted: { label: "接收移送", payload: payload<Step & Referral>() },
  CaseTransferredToJudicialOrgans: { label: "移送司法机关", payload: payload<Step & Referral>() },
  CaseReferralRejected: { label: "拒绝接收移送", payload: payload<Step & Referral & { rejections: number }>() },
  CaseDisputedAfterRefusals: { label: "移送均被拒绝，转为管辖争议", payload: payload<Step & Referral & { rejections: number }>() },
  CaseAssigned: { label: "案件分办", payload: payload<Step & { agencyId: string; reason: string }>() },
  CaseRerouted: { label: "联席会议决定后重新分办", payload: payload<AboutCase & { status: CaseStatus; leadAgencyId: string; ruleId: string | null; reason: string }>() },
  AgencyInvited: { label: "邀请单位参会", payload: payload<AboutCase & { agencyId: string; role: ParticipantRole }>() },
  AttachmentAdded: { label: "添加附件", payload: payload<AboutCase & Pick<CaseAttachment, "name" | "size" | "sha256">>() },
  CaseFileReviewed: { label: "案卷评查", payload: payload<AboutCase & Grades>() },
  CaseFileReviewCorrected: {
    label: "案卷评查结果更正",
    payload: payload<AboutCase & Grades & { revision: number; previous: Pick<CaseReview, "grade" | "total">; reason: string | null }>(),
  },
}, { privacy: CaseField.FullEvents });

export type CaseEventType = keyof typeof CASE_EVENTS;

/** The steps of case.service's transitions: their payload is a Step. */
export type CaseStepType =
  | "CaseFiled" | "CaseClaimed" | "CaseInvestigationStarted" | "CaseDecided" | "CaseExecuted" | "CaseClosed" | "CaseDismissed"
  | "CaseSuspended" | "CaseResumed" | "CaseReferred" | "CaseReferredAsCrime" | "CaseReferralAccepted" | "CaseTransferredToJudicialOrgans"
  | "CaseReferralRejected" | "CaseDisputedAfterRefusals" | "CaseAssigned";

/** What a step adds to its payload beyond the case's number, status and note. */
export type StepDetails<K extends CaseStepType> = Omit<PayloadOf<K>, keyof Step>;

/** The working-day calendar is public: every clock in the county counts by it. */
export const CALENDAR_EVENTS = defineEvents(EventTopic.CALENDAR, EventVisibility.PUBLIC, {
  WorkingCalendarSet: {
    label: "设置工作日历",
    payload: payload<Pick<HolidayFile, "year" | "holidays" | "makeUpWorkdays"> & { version: number; replaced: boolean; daysOff: number; source: string | null }>(),
  },
});

type CaseEvents = typeof CASE_EVENTS;
type CalendarEvents = typeof CALENDAR_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends CaseEvents, CalendarEvents {}
}
