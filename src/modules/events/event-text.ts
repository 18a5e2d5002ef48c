import type { HubEvent } from "../../platform/events/hub-event.entity.js";
import { countyDateTimeText, listText } from "../../platform/text/county-text.js";

/**
 * What each event type means, in the words of the officials who read timelines and notifications.
 * The event's `type` (CaseFiled …) stays the machine name; a type not listed here (a new one) is
 * shown by that name until it gets its words.
 */
export const EVENT_LABELS: Record<string, string> = {
  AgencyCreated: "新增执法单位",
  AgencyUpdated: "执法单位信息变更",
  RegionCreated: "新增行政区域",
  MatterCreated: "新增监管事项",
  LegalInstrumentCreated: "新增法律法规规章",
  LegalInstrumentRepealed: "法律法规规章废止",
  OfficerRegistered: "登记执法人员",
  OfficerUpdated: "执法人员信息变更",
  PowerDeclared: "申报权力事项",
  PowerAmended: "变更权力事项",
  PowerWithdrawn: "取消权力事项",
  PowersImported: "导入权力清单",
  OverlapOpened: "发现职权交叉",
  OverlapChanged: "职权交叉情况变化",
  OverlapReopened: "职权交叉再次出现",
  OverlapObsoleted: "职权交叉已不存在",
  OverlapUnderReview: "职权交叉提交研究",
  OverlapResolved: "职权交叉已解决",
  OverlapsRescanned: "重新排查职权交叉",
  RoutingRuleCreated: "生成分办规则",
  RoutingRuleSuperseded: "分办规则被取代",
  CaseReported: "案件上报",
  CaseAssigned: "案件分办",
  CaseRerouted: "联席会议决定后重新分办",
  CaseClaimed: "认领争议案件",
  CaseFiled: "立案",
  CaseInvestigationStarted: "开始调查取证",
  CaseSuspended: "案件中止",
  CaseResumed: "案件恢复办理",
  CaseDecided: "作出处理决定",
  CaseExecuted: "决定执行完毕",
  CaseClosed: "结案",
  CaseDismissed: "不予立案",
  CaseReferred: "案件移送",
  CaseReferredAsCrime: "涉嫌犯罪移送",
  CaseReferralAccepted: "接收移送",
  CaseReferralRejected: "拒绝接收移送",
  CaseDisputedAfterRefusals: "移送均被拒绝，转为管辖争议",
  CaseTransferredToJudicialOrgans: "移送司法机关",
  CaseFileReviewed: "案卷评查",
  AttachmentAdded: "添加附件",
  MeetingConvened: "召集联席会议",
  MeetingOpened: "联席会议开始",
  MeetingClosed: "联席会议结束",
  MeetingCancelled: "联席会议取消",
  AgencyInvited: "邀请单位参会",
  AgencyCheckedIn: "单位签到",
  AgendaItemAdded: "增加议题",
  AgendaItemRemoved: "撤下议题",
  AgendaReordered: "调整议题顺序",
  DecisionRecorded: "联席会议作出决定",
  FollowUpTaskAssigned: "交办督办任务",
  FollowUpTaskCompleted: "督办任务完成",
  OperationLaunched: "发起联合执法行动",
  OperationBriefed: "联合执法行动完成部署",
  OperationActivated: "联合执法行动开始",
  OperationCompleted: "联合执法行动结束",
  OperationCancelled: "联合执法行动取消",
  AssignmentSet: "安排行动任务",
  FieldReportFiled: "提交现场报告",
  WorkingCalendarSet: "设置工作日历",
};

/** The note a step carries: the note given, or else the reason (a reported case's: why it went where it went). */
export function eventNote(payload: Record<string, unknown>): string | null {
  if (typeof payload.note === "string") return payload.note;
  if (typeof payload.reason === "string") return payload.reason;
  const route = payload.route as { reason?: unknown } | null | undefined;
  return typeof route?.reason === "string" ? route.reason : null;
}

/**
 * What the event is about, as a person names it: a case's number, else the name or title the payload
 * carries (a power item's name, or the agency, region, matter, officer or instrument it created).
 */
function subjectOf(payload: Record<string, unknown>): string | null {
  if (typeof payload.number === "string") return payload.number;
  const nameOf = (x: unknown) => {
    const r = x as { name?: unknown; title?: unknown } | null;
    return typeof r?.name === "string" ? r.name : typeof r?.title === "string" ? r.title : null;
  };
  const own = nameOf(payload);
  if (own) return own;
  for (const value of Object.values(payload)) {
    if (value && typeof value === "object" && !Array.isArray(value) && nameOf(value)) return nameOf(value);
  }
  return null;
}

/**
 * What an overlap event is about, by name: its payload keeps only codes and ids, so the reader of
 * the line looks the names up (event.resolver.ts) and passes them in.
 */
export interface OverlapEventNames {
  agencies: string[];
  matters: string[];
}

/** Overlap events whose status reason says why this step happened (opened and changed ones keep an older reason). */
const OVERLAP_STEPS_WITH_REASON = new Set(["OverlapReopened", "OverlapObsoleted", "OverlapUnderReview", "OverlapResolved"]);

/**
 * One line a person reads for an event: county time, what happened, what it is about (a case
 * number, a name; an overlap's agencies and matters), and the note or reason given.
 * 2026年11月27日 10:00 立案（PEI-2026-000001）：现场核实属实
 * 2026年11月27日 10:00 职权交叉已解决（沛县市场监督管理局与沛县城市管理局，占道经营食品摊贩）：联席会议决定…
 */
export function eventText(e: Pick<HubEvent, "type" | "occurredAt" | "payload">, overlap?: OverlapEventNames | null): string {
  const label = EVENT_LABELS[e.type] ?? e.type;
  const subject = overlap ? `${overlap.agencies.join("与")}，${listText(overlap.matters)}` : subjectOf(e.payload);
  const about = subject ? `（${subject}）` : "";
  const statusReason = overlap && OVERLAP_STEPS_WITH_REASON.has(e.type) && typeof e.payload.statusReason === "string" ? e.payload.statusReason : null;
  const note = statusReason ?? eventNote(e.payload);
  return `${countyDateTimeText(e.occurredAt)} ${label}${about}${note ? `：${note}` : ""}`;
}
