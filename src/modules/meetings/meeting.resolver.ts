import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { Connection, type Page } from "../../platform/graphql/connection.js";
import { present } from "../../platform/graphql/loaders.js";
import { Agency } from "../agencies/agency.entity.js";
import { EnforcementCase } from "../cases/case.entity.js";
import { Overlap } from "../overlaps/overlap.entity.js";
import { RoutingRule } from "../routing/routing-rule.entity.js";
import { AgendaItem, FollowUpTask, Meeting, MeetingAttendance, MeetingDecision, TaskStatus } from "./meeting.entity.js";
import { MinutesLink } from "./minutes-link.js";
import { AgendaBacklogItem, AgendaWeight, backlogItems, weightOf } from "./agenda.types.js";
import { presenceOf } from "./meeting.service.js";
import { AddAgendaItemInput, ConveneMeetingInput, FollowUpTasksArgs, MeetingsArgs, RecordDecisionInput } from "./meeting.inputs.js";

@ObjectType({ description: "A page of meetings, by scheduled time" })
export class MeetingConnection extends Connection(Meeting, "Meeting") {}

@ObjectType({ description: "Enforcement agencies present against the quorum" })
export class MeetingPresence {
  @Field(() => Int)
  present!: number;
  @Field(() => Int)
  quorum!: number;
  @Field({ description: "Decisions may be recorded" })
  met!: boolean;
}

@ObjectType({ description: "What a decision did, or (previewed) would do" })
export class DecisionEffectsView {
  @Field(() => MeetingDecision)
  decision!: MeetingDecision;
  @Field(() => [RoutingRule], { description: "Routing rules created: from now on the router sends covered cases to their lead" })
  rulesCreated!: RoutingRule[];
  @Field(() => [RoutingRule], { description: "Rules replaced for the same scope; their history stays" })
  rulesSuperseded!: RoutingRule[];
  @Field(() => [Overlap], { description: "Overlaps resolved" })
  overlapsResolved!: Overlap[];
  @Field(() => [EnforcementCase], { description: "Disputed or unassigned cases re-routed to the lead" })
  casesRerouted!: EnforcementCase[];
  @Field(() => [FollowUpTask])
  tasks!: FollowUpTask[];
}

@ObjectType({ description: "A part of the county and a matter that two rules in force would both cover, and the one that governs it (the deepest matter, then the deepest region)" })
export class RuleGovernanceView {
  @Field({ description: "The matter of the part both rules cover" })
  matterCode!: string;
  @Field({ description: "The region of the part both rules cover" })
  regionCode!: string;
  @Field(() => RoutingRule, { description: "The rule that governs there" })
  rule!: RoutingRule;
  @Field(() => RoutingRule, { description: "The other rule: overridden there, or (when byThisDecision is false) overriding the new rule" })
  otherRule!: RoutingRule;
  @Field({ description: "True when the decision's new rule governs there" })
  byThisDecision!: boolean;
  @Field({ description: "The same in words, with names (Chinese)" })
  note!: string;
}

@ObjectType({ description: "A decision previewed: what it would do, or the problem that would stop it; nothing is written" })
export class DecisionPreview {
  @Field(() => DecisionEffectsView, { nullable: true })
  effects!: DecisionEffectsView | null;
  @Field(() => String, { nullable: true, description: "Why the decision could not be recorded as it stands" })
  problem!: string | null;
  @Field(() => String, { nullable: true, description: "The error code recording it would get" })
  code!: string | null;
  @Field(() => [RuleGovernanceView], {
    description: "Where the new rules meet rules in force with nested scopes (a town inside a county-wide rule): the part both cover and which rule governs it, the most specific one as the router picks",
  })
  governance!: RuleGovernanceView[];
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Mutation(() => Meeting, { description: "Convenes a joint meeting with an agenda built from what is open (chair); invited agencies are told" })
  conveneMeeting(@Ctx() ctx: RequestContext, @Arg("input", () => ConveneMeetingInput) input: ConveneMeetingInput) {
    return ctx.services.meetings.convene(ctx.actor, input);
  }

  @Mutation(() => AgendaItem, { description: "Adds an item before the meeting opens (chair)" })
  addAgendaItem(@Ctx() ctx: RequestContext, @Arg("input", () => AddAgendaItemInput) input: AddAgendaItemInput) {
    return ctx.services.meetings.addItem(ctx.actor, input);
  }

  @Mutation(() => Meeting, { description: "Removes an item before the meeting opens; its overlaps go back to OPEN (chair)" })
  removeAgendaItem(@Ctx() ctx: RequestContext, @Arg("meetingId", () => ID) meetingId: string, @Arg("itemId", () => ID) itemId: string) {
    return ctx.services.meetings.removeItem(ctx.actor, meetingId, itemId);
  }

  @Mutation(() => Meeting, { description: "Orders the agenda: every item exactly once (chair)", deprecationReason: "Use moveAgendaItem: it moves one item and leaves the others in order" })
  reorderAgenda(@Ctx() ctx: RequestContext, @Arg("meetingId", () => ID) meetingId: string, @Arg("itemIds", () => [ID]) itemIds: string[]) {
    return ctx.services.meetings.reorder(ctx.actor, meetingId, itemIds);
  }

  @Mutation(() => Meeting, { description: "Opens the session (chair)" })
  openMeeting(@Ctx() ctx: RequestContext, @Arg("meetingId", () => ID) meetingId: string, @Arg("expectedVersion", () => Int) expectedVersion: number) {
    return ctx.services.meetings.open(ctx.actor, meetingId, expectedVersion);
  }

  @Mutation(() => Meeting, { description: "Records an invited agency's representative (the chair, or the agency itself)" })
  async checkIn(
    @Ctx() ctx: RequestContext,
    @Arg("meetingId", () => ID) meetingId: string,
    @Arg("agencyId", () => ID) agencyId: string,
    @Arg("representative", () => String) representative: string,
  ) {
    // Several check-ins in one request: each one's presence must count the ones before it, not a cached read.
    ctx.loaders.attendanceByMeeting.clear(meetingId);
    const meeting = await ctx.services.meetings.checkIn(ctx.actor, meetingId, agencyId, representative);
    ctx.loaders.attendanceByMeeting.clear(meeting.id);
    return meeting;
  }

  @Mutation(() => DecisionEffectsView, {
    description: "Records a decision on an agenda item (chair, in session, with quorum): rules, resolved overlaps, re-routed cases and tasks in one transaction",
  })
  recordDecision(@Ctx() ctx: RequestContext, @Arg("input", () => RecordDecisionInput) input: RecordDecisionInput) {
    return ctx.services.meetings.recordDecision(ctx.actor, input);
  }

  @Query(() => DecisionPreview, { description: "What recordDecision would do with this input, without writing anything (chair)" })
  previewDecision(@Ctx() ctx: RequestContext, @Arg("input", () => RecordDecisionInput) input: RecordDecisionInput) {
    return ctx.services.meetings.previewDecision(ctx.actor, input);
  }

  @Mutation(() => Meeting, { description: "Closes the session; undecided items are deferred to the next meeting (chair)" })
  closeMeeting(@Ctx() ctx: RequestContext, @Arg("meetingId", () => ID) meetingId: string, @Arg("expectedVersion", () => Int) expectedVersion: number) {
    return ctx.services.meetings.close(ctx.actor, meetingId, expectedVersion);
  }

  @Mutation(() => Meeting, { description: "Cancels a scheduled meeting (chair)" })
  cancelMeeting(
    @Ctx() ctx: RequestContext,
    @Arg("meetingId", () => ID) meetingId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("reason", () => String) reason: string,
  ) {
    return ctx.services.meetings.cancel(ctx.actor, meetingId, expectedVersion, reason);
  }

  @Mutation(() => FollowUpTask, { description: "Marks a follow-up task done, with a note (the assignee agency)" })
  completeTask(
    @Ctx() ctx: RequestContext,
    @Arg("taskId", () => ID) taskId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("note", () => String) note: string,
  ) {
    return ctx.services.meetings.completeTask(ctx.actor, taskId, expectedVersion, note);
  }

  @Query(() => MeetingConnection, { description: "Meetings you may see (an agency: those it is invited to)" })
  meetings(@Ctx() ctx: RequestContext, @Args(() => MeetingsArgs) args: MeetingsArgs): Promise<Page<Meeting>> {
    return ctx.services.meetings.list(ctx.actor, args);
  }

  @Query(() => MinutesLink, {
    description: "A link to the meeting's printable minutes that works for 10 minutes and for that meeting only (for those who may read the meeting; NOT_FOUND otherwise)",
  })
  minutesLink(@Ctx() ctx: RequestContext, @Arg("meetingId", () => ID) meetingId: string) {
    return ctx.services.minutesLinks.issue(ctx.actor, meetingId);
  }

  @Query(() => Meeting, { nullable: true })
  meeting(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.meetings.get(ctx.actor, id);
  }

  @Query(() => [FollowUpTask], { description: "Follow-up tasks (an agency: its own), by due date" })
  followUpTasks(@Ctx() ctx: RequestContext, @Args(() => FollowUpTasksArgs) args: FollowUpTasksArgs) {
    return ctx.services.meetings.tasks(ctx.actor, args);
  }

  @Query(() => [AgendaBacklogItem], {
    description: "The backlog (待议事项): everything open that no open agenda holds, ranked as the next agenda would take it (an agency: what concerns it)",
  })
  async agendaBacklog(@Ctx() ctx: RequestContext): Promise<AgendaBacklogItem[]> {
    return backlogItems(await ctx.services.meetings.backlog(ctx.actor), ctx.services.clock.today());
  }

  @FieldResolver(() => [AgendaBacklogItem], {
    description: "What this meeting's agenda did not take: the live backlog until it closes, then the backlog it left (an agency: what concerns it)",
  })
  async backlog(@Root() m: Meeting, @Ctx() ctx: RequestContext): Promise<AgendaBacklogItem[]> {
    return backlogItems(await ctx.services.meetings.backlog(ctx.actor, m), ctx.services.clock.today());
  }

  @FieldResolver(() => [AgendaItem], { description: "The agenda, in order" })
  agenda(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agendaByMeeting.load(m.id);
  }

  @FieldResolver(() => [Agency])
  async invited(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    return present(await ctx.loaders.agencyById.loadMany(m.invitedAgencyIds));
  }

  @FieldResolver(() => [MeetingAttendance])
  attendance(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders.attendanceByMeeting.load(m.id);
  }

  @FieldResolver(() => MeetingPresence)
  async presence(@Root() m: Meeting, @Ctx() ctx: RequestContext): Promise<MeetingPresence> {
    const attending = await ctx.loaders.attendanceByMeeting.load(m.id);
    return presenceOf(present(await ctx.loaders.agencyById.loadMany(attending.map((a) => a.agencyId))), m.quorum);
  }

  @FieldResolver(() => [MeetingDecision])
  decisions(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders.decisionsByMeeting.load(m.id);
  }

  @FieldResolver(() => [FollowUpTask])
  tasks(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders.tasksByMeeting.load(m.id);
  }

  @FieldResolver(() => String, { description: "The minutes (会议纪要) as Markdown; agency-typed text in it is escaped, so it renders as typed. Printable at /meetings/<id>/minutes (see minutesLink)" })
  async minutes(@Root() m: Meeting, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.services.meetings.minutes(ctx.actor, m.id)).markdown;
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => [Overlap], { description: "The overlaps this item is about (those you may see)" })
  async overlaps(@Root() item: AgendaItem, @Ctx() ctx: RequestContext): Promise<Overlap[]> {
    const all = present(await ctx.loaders.overlapById.loadMany(item.overlapIds));
    return all.filter((o) => ctx.services.access.allowsOverlap(ctx.actor, o.agencyIds));
  }

  @FieldResolver(() => [Agency], { description: "The agencies concerned, the most involved first" })
  async agencies(@Root() item: AgendaItem, @Ctx() ctx: RequestContext) {
    return present(await ctx.loaders.agencyById.loadMany(item.agencyIds));
  }

  @FieldResolver(() => AgendaWeight, { description: "Overlaps, open cases and the oldest case's wait, as of today" })
  weight(@Root() item: AgendaItem, @Ctx() ctx: RequestContext): AgendaWeight {
    return weightOf(item, ctx.services.clock.today());
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceResolver {
  @FieldResolver(() => Agency)
  async agency(@Root() a: MeetingAttendance, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.agencyById.load(a.agencyId))!;
  }
}

@Resolver(() => MeetingDecision)
export class MeetingDecisionResolver {
  @FieldResolver(() => [RoutingRule])
  async rules(@Root() d: MeetingDecision, @Ctx() ctx: RequestContext) {
    return present(await ctx.loaders.routingRuleById.loadMany(d.ruleIds));
  }
}

@Resolver(() => FollowUpTask)
export class FollowUpTaskResolver {
  @FieldResolver(() => Agency)
  async assignee(@Root() t: FollowUpTask, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.agencyById.load(t.assigneeAgencyId))!;
  }

  @FieldResolver(() => Boolean, { description: "Open and past its due date" })
  overdue(@Root() t: FollowUpTask, @Ctx() ctx: RequestContext): boolean {
    return t.status === TaskStatus.OPEN && t.dueOn < ctx.services.clock.today();
  }
}
