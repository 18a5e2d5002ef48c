import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { JSONObjectResolver, LocalDateResolver } from "graphql-scalars";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { PowerCategory } from "../powers/power-enums.js";
import { OverlapSeverity } from "../overlaps/overlap-engine.js";

export enum MeetingKind {
  REGULAR = "REGULAR",
  AD_HOC = "AD_HOC",
}
registerEnumType(MeetingKind, {
  name: "MeetingKind",
  description: "Regular (例会) or ad hoc (临时) joint meeting",
  valuesConfig: { REGULAR: { description: "Regular session (例会)" }, AD_HOC: { description: "Ad hoc session (临时会议)" } },
});

export enum MeetingStatus {
  SCHEDULED = "SCHEDULED",
  IN_SESSION = "IN_SESSION",
  CLOSED = "CLOSED",
  CANCELLED = "CANCELLED",
}
registerEnumType(MeetingStatus, { name: "MeetingStatus", description: "SCHEDULED → IN_SESSION → CLOSED, or CANCELLED" });

export enum AgendaItemKind {
  DISPUTE = "DISPUTE",
  OVERLAPS = "OVERLAPS",
  DISPUTED_CASE = "DISPUTED_CASE",
  UNASSIGNED_CASE = "UNASSIGNED_CASE",
  REGULATORY_GAP = "REGULATORY_GAP",
  OVERDUE_TASK = "OVERDUE_TASK",
  DEFERRED = "DEFERRED",
  PROPOSED_OPERATION = "PROPOSED_OPERATION",
  OTHER = "OTHER",
}
registerEnumType(AgendaItemKind, {
  name: "AgendaItemKind",
  description: "What an agenda item (议题) is about",
  valuesConfig: {
    DISPUTE: {
      description:
        "A dispute (争议事项): the agencies in conflict over one matter, across categories and towns, with the overlaps (职权交叉), disputed or unassigned cases (管辖争议) and penalty gaps (监管空白) it gathers",
    },
    OVERLAPS: { description: "Open HIGH and MEDIUM overlaps between two agencies over one matter (职权交叉)", deprecationReason: "Agendas since 2026-11 hold DISPUTE items; earlier agendas keep this kind" },
    DISPUTED_CASE: { description: "A case several agencies cover with no lead (管辖争议)", deprecationReason: "Agendas since 2026-11 hold DISPUTE items; earlier agendas keep this kind" },
    UNASSIGNED_CASE: { description: "A case nobody covers (监管空白)", deprecationReason: "Agendas since 2026-11 hold DISPUTE items; earlier agendas keep this kind" },
    REGULATORY_GAP: { description: "A matter and towns with no penalty power", deprecationReason: "Agendas since 2026-11 hold DISPUTE items; earlier agendas keep this kind" },
    OVERDUE_TASK: { description: "A follow-up task past its due date (督办)" },
    DEFERRED: { description: "An item an earlier meeting deferred", deprecationReason: "Never written: a deferred dispute comes back as a DISPUTE item with carriedFrom" },
    PROPOSED_OPERATION: { description: "A planned joint operation, for the meeting to endorse" },
    OTHER: { description: "Added by the chair" },
  },
});

export enum AgendaItemStatus {
  OPEN = "OPEN",
  DECIDED = "DECIDED",
  DEFERRED = "DEFERRED",
  SETTLED = "SETTLED",
}
registerEnumType(AgendaItemStatus, {
  name: "AgendaItemStatus",
  description: "Whether the meeting settled the item",
  valuesConfig: {
    OPEN: { description: "On an agenda, not yet decided: the one open entry for its records" },
    DECIDED: { description: "The meeting recorded a decision on it" },
    DEFERRED: { description: "Left undecided (or decided DEFER): what is still open in it comes back on a later agenda" },
    SETTLED: { description: "Nothing in it is open any more: another item's decision (settledByDecisionId) or events outside the meeting settled it; never carried over" },
  },
});

export enum DecisionKind {
  DESIGNATE_LEAD = "DESIGNATE_LEAD",
  SPLIT_BY_REGION = "SPLIT_BY_REGION",
  JOINT_ENFORCEMENT = "JOINT_ENFORCEMENT",
  NO_CONFLICT = "NO_CONFLICT",
  DEFER = "DEFER",
}
registerEnumType(DecisionKind, {
  name: "DecisionKind",
  description: "The meeting's ruling on an item (决定)",
  valuesConfig: {
    DESIGNATE_LEAD: { description: "A lead agency, with assisting agencies, for a scope (明确牵头单位)" },
    SPLIT_BY_REGION: { description: "Each region to an agency (按区域划分)" },
    JOINT_ENFORCEMENT: { description: "A joint operation to launch, with its plan (联合执法)" },
    NO_CONFLICT: { description: "The overlap is intended (不构成冲突)" },
    DEFER: { description: "Back on the next agenda (暂缓)" },
  },
});

export enum TaskStatus {
  OPEN = "OPEN",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(TaskStatus, { name: "TaskStatus", description: "A follow-up task's state" });

@Entity("meeting")
@ObjectType({ description: "A joint meeting (联席会议) chaired by the deputy county head" })
export class Meeting {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;
  @Field()
  @Column("text")
  title!: string;
  @Field(() => MeetingKind)
  @Column("text")
  kind!: MeetingKind;
  @Field(() => MeetingStatus)
  @Column("text")
  status!: MeetingStatus;
  @Field()
  @Column("timestamptz")
  scheduledAt!: Date;
  @Field()
  @Column("text")
  place!: string;
  @Column("uuid", { array: true })
  invitedAgencyIds!: string[];
  @Field(() => Int, { description: "Enforcement agencies that must be present for a decision" })
  @Column("integer")
  quorum!: number;
  @Field(() => Int, { description: "How many items the chair asked the agenda to take; the rest stays on the backlog" })
  @Column("integer", { default: 10 })
  agendaSize!: number;
  /** The backlog as it stood when the meeting closed (for its minutes); null before. */
  @Column("jsonb", { nullable: true })
  backlog!: AgendaProposal[] | null;
  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  openedAt!: Date | null;
  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  closedAt!: Date | null;
  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  cancelReason!: string | null;
  @Field(() => Int)
  @Column("integer", { default: 1 })
  version!: number;
  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;
  @Column("timestamptz", { default: () => "now()" })
  updatedAt!: Date;
}

@Entity("meeting_attendance")
@ObjectType({ description: "An agency present at a meeting, and who represented it" })
export class MeetingAttendance {
  @PrimaryColumn("uuid")
  meetingId!: string;
  @PrimaryColumn("uuid")
  agencyId!: string;
  @Field()
  @Column("text")
  representative!: string;
  @Field()
  @Column("timestamptz", { default: () => "now()" })
  checkedInAt!: Date;
}

@Entity("agenda_item")
@ObjectType({ description: "An item on a meeting's agenda (议题)" })
export class AgendaItem {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;
  @Column("uuid")
  meetingId!: string;
  @Field(() => Int)
  @Column("integer")
  position!: number;
  @Field(() => AgendaItemKind)
  @Column("text")
  kind!: AgendaItemKind;
  @Field()
  @Column("text")
  title!: string;
  @Field(() => [ID])
  @Column("uuid", { array: true, default: () => "'{}'" })
  overlapIds!: string[];
  @Field(() => [ID])
  @Column("uuid", { array: true, default: () => "'{}'" })
  caseIds!: string[];
  @Field(() => [ID])
  @Column("uuid", { array: true, default: () => "'{}'" })
  taskIds!: string[];
  @Field(() => [ID], { description: "Proposed joint operations the item is about" })
  @Column("uuid", { array: true, default: () => "'{}'" })
  operationIds!: string[];
  @Field(() => [ID], { description: "The agencies concerned" })
  @Column("uuid", { array: true, default: () => "'{}'" })
  agencyIds!: string[];
  @Field(() => String, { nullable: true, description: "The scope's matter, when the item has one" })
  @Column("text", { nullable: true })
  matterCode!: string | null;
  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  regionCode!: string | null;
  @Field(() => PowerCategory, { nullable: true })
  @Column("text", { nullable: true })
  category!: PowerCategory | null;
  @Field(() => AgendaItemStatus)
  @Column("text")
  status!: AgendaItemStatus;
  @Field(() => ID, { nullable: true, description: "The deferred item of an earlier meeting this one carries on" })
  @Column("uuid", { nullable: true })
  carriedFrom!: string | null;
  /** What the item is about, stable across meetings (dispute:<matter>, task:<id>, operation:<id>): carry-over finds its earlier entry by it. */
  @Column("text", { nullable: true })
  subjectKey!: string | null;
  @Field(() => OverlapSeverity, { nullable: true, description: "The worst inside: its overlaps' worst severity; a waiting case counts HIGH, a gap or an overdue task MEDIUM" })
  @Column("text", { nullable: true })
  severity!: OverlapSeverity | null;
  @Field(() => [PowerCategory], { description: "Every category its overlaps and cases are in: a decision without a scope applies to each" })
  @Column("text", { array: true, default: () => "'{}'" })
  categories!: PowerCategory[];
  @Field(() => [String], { description: "Towns (codes) where its matter has no penalty power (监管空白)" })
  @Column("text", { array: true, default: () => "'{}'" })
  gapRegionCodes!: string[];
  @Field(() => Date, { nullable: true, description: "When its oldest open case was reported" })
  @Column("timestamptz", { nullable: true })
  waitingSince!: Date | null;
  @Field(() => ID, { nullable: true, description: "The decision (on another item) that settled everything this item held" })
  @Column("uuid", { nullable: true })
  settledByDecisionId!: string | null;
}

/** A ranked item for an agenda, before it is one: what the agenda takes and what stays on the backlog. */
export interface AgendaProposal {
  subjectKey: string;
  kind: AgendaItemKind;
  title: string;
  severity: OverlapSeverity;
  overlapIds: string[];
  caseIds: string[];
  taskIds: string[];
  operationIds: string[];
  agencyIds: string[];
  matterCode: string | null;
  regionCode: string | null;
  category: PowerCategory | null;
  categories: PowerCategory[];
  gapRegionCodes: string[];
  waitingSince: Date | null;
}

/**
 * What a decision decided, kept as JSON beside it and read back by its minutes and the API.
 * Decisions recorded before a field existed lack it, so readers take it as Partial.
 */
export interface DecisionDetails {
  leadAgencyId: string | null;
  assistingAgencyIds: string[];
  /** The first of `scopes`, kept for readers of older decisions. */
  scope: DecisionScope | null;
  scopes: DecisionScope[];
  splits: { regionCode: string; agencyId: string }[];
  plan: string | null;
}

/** A matter subtree × a region subtree × a category, as a decision names it. */
export interface DecisionScope {
  matterCode: string;
  regionCode: string;
  category: PowerCategory;
}

@Entity("meeting_decision")
@ObjectType({ description: "A decision recorded on an agenda item, with everything it changed" })
export class MeetingDecision {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;
  @Field(() => ID)
  @Column("uuid")
  meetingId!: string;
  @Field(() => ID)
  @Column("uuid")
  itemId!: string;
  @Field(() => DecisionKind)
  @Column("text")
  kind!: DecisionKind;
  @Field(() => JSONObjectResolver, { description: "Lead, assisting agencies, scope, splits or plan, as decided" })
  @Column("jsonb")
  details!: DecisionDetails;
  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  reason!: string | null;
  @Field(() => [ID], { description: "Routing rules it created" })
  @Column("uuid", { array: true, default: () => "'{}'" })
  ruleIds!: string[];
  @Field(() => [ID])
  @Column("uuid", { array: true, default: () => "'{}'" })
  supersededRuleIds!: string[];
  @Field(() => [ID])
  @Column("uuid", { array: true, default: () => "'{}'" })
  resolvedOverlapIds!: string[];
  @Field(() => [ID])
  @Column("uuid", { array: true, default: () => "'{}'" })
  reroutedCaseIds!: string[];
  @Column("text")
  decidedBy!: string;
  @Field()
  @Column("timestamptz", { default: () => "now()" })
  decidedAt!: Date;
}

@Entity("follow_up_task")
@ObjectType({ description: "A follow-up task a meeting assigned (督办事项)" })
export class FollowUpTask {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;
  @Field(() => ID)
  @Column("uuid")
  meetingId!: string;
  @Field(() => ID, { nullable: true })
  @Column("uuid", { nullable: true })
  decisionId!: string | null;
  @Column("uuid")
  assigneeAgencyId!: string;
  @Field()
  @Column("text")
  description!: string;
  @Field(() => LocalDateResolver)
  @Column("date")
  dueOn!: string;
  @Field(() => TaskStatus)
  @Column("text")
  status!: TaskStatus;
  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  completionNote!: string | null;
  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { nullable: true })
  completedAt!: Date | null;
  @Field(() => Int)
  @Column("integer", { default: 1 })
  version!: number;
  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;
  @Column("timestamptz", { default: () => "now()" })
  updatedAt!: Date;
}
