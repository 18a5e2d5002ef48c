import type { EntityManager } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { rowsWhereIn } from "../../platform/db/rows-where-in.js";
import { changeState } from "../../platform/db/state-machine.js";
import type { NewEvent } from "../../platform/events/topics.js";
import type { MeetingStepType } from "./meeting.events.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import { BadInputError, ConflictError, ForbiddenError, HubError, nullWhenNotFound, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import type { Clock } from "../../platform/time.js";
import { AgencyKind, type Agency } from "../agencies/agency.entity.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { CaseRoutingService } from "../cases/case-routing.service.js";
import type { CaseQueryService } from "../cases/case-query.service.js";
import { OverlapStatus } from "../overlaps/overlap.entity.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import type { RoutingRuleService } from "../routing/routing-rule.service.js";
import type { RegionService } from "../regions/region.service.js";
import type { MatterService } from "../matters/matter.service.js";
import { AgendaBuilder, type ProposedOperations } from "./agenda-builder.js";
import { AgendaSettlement } from "./agenda-settlement.js";
import { FollowUpTasks } from "./follow-up-tasks.js";
import { MeetingDecisions, type DecisionEffects } from "./meeting-decisions.js";
import { meetingEvent } from "./meeting-events.js";
import { MEETING_LIFECYCLE, MeetingAction } from "./meeting-transitions.js";
import { AgendaItem, AgendaItemKind, AgendaItemStatus, type AgendaProposal, DecisionKind, FollowUpTask, Meeting, MeetingAttendance, MeetingDecision, MeetingStatus } from "./meeting.entity.js";
import { renderMinutes } from "./minutes.js";
import { requireQuorum } from "./quorum.js";
import { moveInOrder } from "./agenda-order.js";
import { minutesOpenedEarly } from "./early-opening.js";
import { ruleGovernance, type RuleGovernance } from "./rule-governance.js";
import type { AddAgendaItemInput, ConveneMeetingInput, FollowUpTasksArgs, MeetingsArgs, RecordDecisionInput } from "./meeting.inputs.js";

export type { DecisionEffects } from "./meeting-decisions.js";

/** How many items an agenda takes unless the chair says otherwise: what a meeting settles in an afternoon. */
export const DEFAULT_AGENDA_SIZE = 10;

/** Thrown inside a preview's transaction so that nothing it wrote stays. */
class PreviewRollback extends Error {
  constructor(readonly effects: DecisionEffects) {
    super("preview");
  }
}

/**
 * Joint meetings (联席会议): convened by the chair with an agenda built from what is open, run with
 * attendance and a quorum, and decided item by item. A decision is not paper: in its transaction it
 * writes the routing rules the router uses, resolves the overlaps in its scope, re-routes the
 * disputed cases there and creates the follow-up tasks.
 */
export class MeetingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly agencies: AgencyService,
    private readonly regions: RegionService,
    private readonly overlaps: OverlapService,
    private readonly caseQueries: CaseQueryService,
    caseRouting: CaseRoutingService,
    // Only the agenda, settlement and decision seams use these two, so they are not kept as members.
    jurisdiction: JurisdictionService,
    rules: RoutingRuleService,
    private readonly matters: MatterService,
    /** Proposed joint operations for the agenda; operations stand above meetings, so they are passed in. */
    proposedOperations: ProposedOperations = async () => [],
    private readonly clock: Clock,
  ) {
    this.followUps = new FollowUpTasks(uow, access, clock);
    this.agenda = new AgendaBuilder(regions, agencies, matters, overlaps, caseRouting, jurisdiction, rules, this.followUps, proposedOperations);
    this.settlement = new AgendaSettlement(regions, overlaps, caseRouting, rules, proposedOperations);
    this.decisions = new MeetingDecisions(agencies, regions, overlaps, caseRouting, jurisdiction, rules, this.followUps, this.settlement, clock);
  }

  /** The seams of a meeting, each in its own file: the agenda, decisions and their effects, follow-up tasks. */
  private readonly agenda: AgendaBuilder;
  private readonly settlement: AgendaSettlement;
  private readonly decisions: MeetingDecisions;
  private readonly followUps: FollowUpTasks;

  /** A JOINT_ENFORCEMENT decision (for the operation that carries it out), or null. */
  jointEnforcementDecision(em: EntityManager, id: string): Promise<MeetingDecision | null> {
    return isUuid(id) ? em.getRepository(MeetingDecision).findOneBy({ id, kind: DecisionKind.JOINT_ENFORCEMENT }) : Promise.resolve(null);
  }

  // ------------------------------------------------------------- convening and the agenda

  async convene(actor: Actor, input: ConveneMeetingInput): Promise<Meeting> {
    this.access.require(actor, Permission.ManageMeetings);
    return this.uow.run(actor, async (em) => {
      const all = await this.agencies.activeIn(em);
      const byId = new Map(all.map((a) => [a.id, a]));
      let invited: string[];
      if (input.invitedAgencyIds?.length) {
        const problems: FieldProblem[] = input.invitedAgencyIds.flatMap((id, i) => (byId.has(id) ? [] : [{ path: `invitedAgencyIds.${i}`, message: `no active agency has id ${id}` }]));
        if (problems.length) throw new BadInputError(problems);
        invited = [...new Set(input.invitedAgencyIds)];
      } else {
        invited = all.filter((a) => a.kind === AgencyKind.ENFORCEMENT || a.kind === AgencyKind.OVERSIGHT).map((a) => a.id);
      }
      const enforcement = invited.filter((id) => byId.get(id)?.kind === AgencyKind.ENFORCEMENT).length;
      const quorum = input.quorum ?? Math.floor(enforcement / 2) + 1;
      if (quorum > Math.max(enforcement, 1)) throw BadInputError.field("quorum", `cannot exceed the ${enforcement} enforcement agencies invited`);
      const inserted = await em.getRepository(Meeting).insert({
        title: input.title.trim(),
        kind: input.kind,
        status: MeetingStatus.SCHEDULED,
        scheduledAt: input.scheduledAt,
        place: input.place.trim(),
        invitedAgencyIds: invited,
        quorum,
        agendaSize: input.agendaSize ?? DEFAULT_AGENDA_SIZE,
      });
      const meeting = await em.getRepository(Meeting).findOneByOrFail({ id: inserted.identifiers[0].id as string });
      const agenda = await this.agenda.build(em, actor, meeting);
      return {
        result: meeting,
        events: [meetingEvent("MeetingConvened", meeting, { scheduledAt: meeting.scheduledAt, place: meeting.place, agendaItems: agenda.items.length }), ...agenda.events],
      };
    });
  }

  async addItem(actor: Actor, input: AddAgendaItemInput): Promise<AgendaItem> {
    return this.uow.run(actor, async (em) => {
      const meeting = await this.requireScheduled(em, actor, input.meetingId);
      const last = await em.getRepository(AgendaItem).count({ where: { meetingId: meeting.id } });
      const inserted = await em.getRepository(AgendaItem).insert({
        meetingId: meeting.id,
        position: last,
        kind: AgendaItemKind.OTHER,
        title: input.title.trim(),
        matterCode: input.matterCode ?? null,
        regionCode: input.regionCode ?? null,
        category: input.category ?? null,
        agencyIds: input.agencyIds ?? [],
        status: AgendaItemStatus.OPEN,
      });
      const item = await em.getRepository(AgendaItem).findOneByOrFail({ id: inserted.identifiers[0].id as string });
      return { result: item, events: [meetingEvent("AgendaItemAdded", meeting, { itemId: item.id, title: item.title })] };
    });
  }

  /** Removes an item before the meeting opens; its overlaps go back to OPEN. */
  async removeItem(actor: Actor, meetingId: string, itemId: string): Promise<Meeting> {
    return this.uow.run(actor, async (em) => {
      const meeting = await this.requireScheduled(em, actor, meetingId);
      const item = await this.requireItem(em, meeting, itemId);
      const back = await this.overlaps.setStatus(em, await this.overlaps.byIdsIn(em, item.overlapIds), OverlapStatus.OPEN, "taken off the agenda");
      await em.getRepository(AgendaItem).delete({ id: item.id });
      await this.renumber(em, meeting.id, null);
      return { result: meeting, events: [meetingEvent("AgendaItemRemoved", meeting, { itemId, title: item.title }), ...back.events] };
    });
  }

  /** Moves one item to `position` (0 = first); the others keep their order. */
  async moveItem(actor: Actor, meetingId: string, itemId: string, position: number): Promise<Meeting> {
    return this.uow.run(actor, async (em) => {
      const meeting = await this.requireScheduled(em, actor, meetingId);
      const item = await this.requireItem(em, meeting, itemId);
      const ids = (await em.getRepository(AgendaItem).find({ where: { meetingId: meeting.id }, order: { position: "ASC" } })).map((i) => i.id);
      await this.renumber(em, meeting.id, moveInOrder(ids, item.id, position));
      return { result: meeting, events: [meetingEvent("AgendaItemMoved", meeting, { itemId: item.id, title: item.title, from: ids.indexOf(item.id), to: position })] };
    });
  }

  /** Puts the agenda in this order (every item exactly once). Superseded by moveItem. */
  async reorder(actor: Actor, meetingId: string, itemIds: string[]): Promise<Meeting> {
    return this.uow.run(actor, async (em) => {
      const meeting = await this.requireScheduled(em, actor, meetingId);
      const current = await em.getRepository(AgendaItem).findBy({ meetingId: meeting.id });
      const same = current.length === itemIds.length && new Set(itemIds).size === itemIds.length && current.every((i) => itemIds.includes(i.id));
      if (!same) throw BadInputError.field("itemIds", "must list every item of this meeting's agenda exactly once");
      await this.renumber(em, meeting.id, itemIds);
      return { result: meeting, events: [meetingEvent("AgendaReordered", meeting, { itemIds })] };
    });
  }

  private async renumber(em: EntityManager, meetingId: string, order: string[] | null): Promise<void> {
    const items = await em.getRepository(AgendaItem).find({ where: { meetingId }, order: { position: "ASC" } });
    const ordered = order ? order.map((id) => items.find((i) => i.id === id)!) : items;
    for (const [position, item] of ordered.entries()) if (item.position !== position) await em.getRepository(AgendaItem).update({ id: item.id }, { position });
  }

  // ------------------------------------------------------------- the session

  /** Opens the session; opening long before the scheduled time is allowed, and recorded in the event. */
  async open(actor: Actor, meetingId: string, expectedVersion: number): Promise<Meeting> {
    const openedAt = this.clock.now();
    return this.transition(actor, meetingId, expectedVersion, MeetingAction.OPEN, { status: MeetingStatus.IN_SESSION, openedAt }, "MeetingOpened", async (_em, m) => {
      const early = minutesOpenedEarly(m.scheduledAt, openedAt);
      return early === null ? [] : [meetingEvent("MeetingOpenedEarly", m, { scheduledAt: m.scheduledAt.toISOString(), openedAt: openedAt.toISOString(), minutesEarly: early })];
    });
  }

  /**
   * Closes the session: an undecided item whose records were all settled meanwhile is SETTLED, the
   * others are deferred (what is open in them comes back on a later agenda); the backlog left is kept
   * for the minutes.
   */
  async close(actor: Actor, meetingId: string, expectedVersion: number): Promise<Meeting> {
    return this.transition(actor, meetingId, expectedVersion, MeetingAction.CLOSE, { status: MeetingStatus.CLOSED, closedAt: this.clock.now() }, "MeetingClosed", async (em, m) => {
      await this.settlement.closeOut(em, m.id);
      await em.getRepository(Meeting).update({ id: m.id }, { backlog: await this.agenda.proposals(em, actor) });
      return [];
    });
  }

  /**
   * What is open and on no open agenda, ranked as an agenda would take it (the chair and supervisors:
   * all; an agency: the items that concern it). A closed meeting's backlog is the one it left.
   */
  async backlog(actor: Actor, meeting?: Meeting): Promise<AgendaProposal[]> {
    this.access.require(actor, Permission.ReadMeetings);
    return this.backlogFor(actor, meeting);
  }

  /** The backlog without the permission check: the minutes show it to whoever may read the meeting. */
  private async backlogFor(actor: Actor, meeting?: Meeting): Promise<AgendaProposal[]> {
    let list: AgendaProposal[];
    if (meeting?.status === MeetingStatus.CLOSED) list = (meeting.backlog ?? []).map((p) => ({ ...p, waitingSince: p.waitingSince ? new Date(p.waitingSince) : null }));
    else if (meeting?.status === MeetingStatus.CANCELLED) list = [];
    else list = await this.agenda.proposals(this.uow.dataSource.manager, actor);
    return actor.agencyId ? list.filter((p) => p.agencyIds.includes(actor.agencyId!)) : list;
  }

  /** Cancels a scheduled meeting; the overlaps on its agenda go back to OPEN. */
  async cancel(actor: Actor, meetingId: string, expectedVersion: number, reason: string): Promise<Meeting> {
    return this.transition(actor, meetingId, expectedVersion, MeetingAction.CANCEL, { status: MeetingStatus.CANCELLED, cancelReason: reason.trim() }, "MeetingCancelled", async (em, m) => {
      const items = await em.getRepository(AgendaItem).findBy({ meetingId: m.id });
      const back = await this.overlaps.setStatus(em, await this.overlaps.byIdsIn(em, items.flatMap((i) => i.overlapIds)), OverlapStatus.OPEN, `meeting cancelled: ${reason.trim()}`);
      await em.getRepository(AgendaItem).update({ meetingId: m.id }, { status: AgendaItemStatus.DEFERRED });
      return back.events;
    });
  }

  private transition(
    actor: Actor,
    meetingId: string,
    expectedVersion: number,
    action: MeetingAction,
    changes: Partial<Meeting>,
    type: MeetingStepType,
    also?: (em: EntityManager, m: Meeting) => Promise<NewEvent[]>,
  ): Promise<Meeting> {
    this.access.require(actor, Permission.ManageMeetings);
    return this.uow.run(actor, async (em) => {
      const meeting = await this.visibleMeeting(em, actor, meetingId);
      const { updated } = await changeState(em, Meeting, MEETING_LIFECYCLE, meeting, {
        action,
        expectedVersion,
        describe: `Meeting ${meeting.title}`,
        plan: async () => ({ changes }),
      });
      const more = also ? await also(em, updated) : [];
      return { result: updated, events: [meetingEvent(type, updated, { status: updated.status }), ...more] };
    });
  }

  /** Records who represents an invited agency (the chair, or the agency's own officer). */
  async checkIn(actor: Actor, meetingId: string, agencyId: string, representative: string): Promise<Meeting> {
    return this.uow.run(actor, async (em) => {
      const meeting = await this.visibleMeeting(em, actor, meetingId);
      if (!this.access.allows(actor, Permission.ManageMeetings) && actor.agencyId !== agencyId) {
        throw new ForbiddenError("An agency checks in itself; the chair may check in any agency");
      }
      MEETING_LIFECYCLE.require(meeting.status, MeetingAction.CHECK_IN);
      if (!meeting.invitedAgencyIds.includes(agencyId)) throw BadInputError.field("agencyId", "this agency is not invited to the meeting");
      if (!representative.trim()) throw BadInputError.field("representative", "must not be blank");
      await em.query(
        `INSERT INTO meeting_attendance (meeting_id, agency_id, representative, checked_in_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, agency_id) DO UPDATE SET representative = EXCLUDED.representative, checked_in_at = EXCLUDED.checked_in_at`,
        [meeting.id, agencyId, representative.trim(), this.clock.now()],
      );
      return { result: meeting, events: [meetingEvent("AgencyCheckedIn", meeting, { agencyId, representative: representative.trim() })] };
    });
  }

  /** Enforcement agencies present, against the quorum. */
  async presence(em: EntityManager, meeting: Meeting): Promise<{ present: number; quorum: number; met: boolean }> {
    const attending = await em.getRepository(MeetingAttendance).findBy({ meetingId: meeting.id });
    return presenceOf(await this.agencies.byIds(attending.map((a) => a.agencyId), em), meeting.quorum);
  }

  // ------------------------------------------------------------- decisions

  async recordDecision(actor: Actor, input: RecordDecisionInput): Promise<DecisionEffects> {
    this.access.require(actor, Permission.ManageMeetings);
    return this.uow.run(actor, async (em) => {
      const { effects, events } = await this.decide(em, actor, input);
      return { result: effects, events };
    });
  }

  /**
   * The same input as recordDecision, the same code path, in a transaction that is rolled back:
   * what the decision would do, and the problem that would stop it, with nothing written.
   */
  async previewDecision(
    actor: Actor,
    input: RecordDecisionInput,
  ): Promise<{ effects: DecisionEffects | null; problem: string | null; code: string | null; governance: RuleGovernance[] }> {
    this.access.require(actor, Permission.ManageMeetings);
    let governance: RuleGovernance[] = [];
    try {
      await this.uow.dataSource.transaction(async (em) => {
        const { effects } = await this.decide(em, actor, input);
        // Nested scopes are allowed (a town inside a county-wide rule): say which rule governs where.
        governance = await ruleGovernance(em, effects.rulesCreated, await this.regions.pathsByCode(em));
        throw new PreviewRollback(effects);
      });
    } catch (error) {
      if (error instanceof PreviewRollback) return { effects: error.effects, problem: null, code: null, governance };
      if (error instanceof HubError) return { effects: null, problem: error.message, code: String(error.extensions.code), governance: [] };
      throw error;
    }
    return { effects: null, problem: "nothing to preview", code: null, governance: [] };
  }

  private async decide(em: EntityManager, actor: Actor, input: RecordDecisionInput): Promise<{ effects: DecisionEffects; events: NewEvent[] }> {
    const meeting = await this.visibleMeeting(em, actor, input.meetingId);
    MEETING_LIFECYCLE.require(meeting.status, MeetingAction.DECIDE);
    const item = await this.requireItem(em, meeting, input.itemId);
    if (item.status !== AgendaItemStatus.OPEN) throw new ConflictError(`This item is already ${item.status}`);
    const presence = await this.presence(em, meeting);
    requireQuorum(presence);
    return this.decisions.apply(em, actor, meeting, item, input);
  }

  // ------------------------------------------------------------- follow-up tasks

  /** The assignee marks its task done, with a note. */
  completeTask(actor: Actor, taskId: string, expectedVersion: number, note: string): Promise<FollowUpTask> {
    return this.followUps.complete(actor, taskId, expectedVersion, note);
  }

  tasks(actor: Actor, args: FollowUpTasksArgs): Promise<FollowUpTask[]> {
    return this.followUps.list(actor, args);
  }

  // ------------------------------------------------------------- reading

  async list(actor: Actor, args: MeetingsArgs): Promise<Page<Meeting>> {
    const qb = this.access.restrictRecords(actor, Permission.ReadMeetings, this.uow.dataSource.getRepository(Meeting).createQueryBuilder("m"), "m");
    if (args.status?.length) qb.andWhere("m.status IN (:...statuses)", { statuses: args.status });
    if (args.kind) qb.andWhere("m.kind = :kind", { kind: args.kind });
    return paginate(qb, args, [
      { sql: "m.scheduled_at", of: (m) => m.scheduledAt.toISOString() },
      { sql: "m.id", of: (m) => m.id },
    ]);
  }

  async get(actor: Actor, id: string): Promise<Meeting | null> {
    return nullWhenNotFound(this.visibleMeeting(this.uow.dataSource.manager, actor, id));
  }

  /** The minutes (会议纪要) as Markdown, for those who may read the meeting. */
  async minutes(actor: Actor, meetingId: string): Promise<{ meeting: Meeting; markdown: string }> {
    const meeting = await this.visibleMeeting(this.uow.dataSource.manager, actor, meetingId);
    const [attendance, items, decisions, tasks] = await Promise.all([
      this.attendanceOf([meeting.id]),
      this.agendaOf([meeting.id]),
      this.decisionsOf([meeting.id]),
      this.tasksOf([meeting.id]),
    ]);
    const ids = new Set<string>([...meeting.invitedAgencyIds, ...items.flatMap((i) => i.agencyIds), ...tasks.map((t) => t.assigneeAgencyId)]);
    for (const d of decisions) {
      const details = d.details as { leadAgencyId?: string; assistingAgencyIds?: string[]; splits?: { agencyId: string }[] };
      if (details.leadAgencyId) ids.add(details.leadAgencyId);
      details.assistingAgencyIds?.forEach((id) => ids.add(id));
      details.splits?.forEach((s) => ids.add(s.agencyId));
    }
    const em = this.uow.dataSource.manager;
    const [backlog, regions, matters, rerouted] = await Promise.all([
      this.backlogFor(actor, meeting),
      this.regions.all(em),
      this.matters.all(em),
      this.caseQueries.byIds(decisions.flatMap((d) => d.reroutedCaseIds), em),
    ]);
    rerouted.forEach((c) => c.leadAgencyId && ids.add(c.leadAgencyId));
    backlog.forEach((p) => p.agencyIds.forEach((id) => ids.add(id)));
    const agencies = new Map((await this.agencies.byIds([...ids])).map((a) => [a.id, a]));
    return {
      meeting,
      markdown: renderMinutes({
        meeting,
        agencies,
        attendance,
        items,
        decisions,
        tasks,
        backlog,
        matterNames: new Map(matters.map((m) => [m.code, m.name])),
        regionNames: new Map(regions.map((r) => [r.code, r.name])),
        cases: new Map(rerouted.map((c) => [c.id, { number: c.number, title: c.title, leadAgencyId: c.leadAgencyId }])),
      }),
    };
  }

  agendaOf(meetingIds: readonly string[]): Promise<AgendaItem[]> {
    return rowsWhereIn(this.uow.dataSource.manager, AgendaItem, "meetingId", meetingIds, { position: "ASC" });
  }
  attendanceOf(meetingIds: readonly string[]): Promise<MeetingAttendance[]> {
    return rowsWhereIn(this.uow.dataSource.manager, MeetingAttendance, "meetingId", meetingIds, { checkedInAt: "ASC" });
  }
  decisionsOf(meetingIds: readonly string[]): Promise<MeetingDecision[]> {
    return rowsWhereIn(this.uow.dataSource.manager, MeetingDecision, "meetingId", meetingIds, { decidedAt: "ASC" });
  }
  tasksOf(meetingIds: readonly string[]): Promise<FollowUpTask[]> {
    return this.followUps.ofMeetings(meetingIds);
  }

  /** The meeting, once the access gate has found that the actor may read it (NOT_FOUND otherwise). */
  private async visibleMeeting(em: EntityManager, actor: Actor, id: string): Promise<Meeting> {
    await this.access.requireIds(actor, Permission.ReadMeetings, [id], em);
    return em.getRepository(Meeting).findOneByOrFail({ id });
  }

  /** A meeting whose agenda may still change (the chair, until it opens). */
  private async requireScheduled(em: EntityManager, actor: Actor, id: string): Promise<Meeting> {
    this.access.require(actor, Permission.ManageMeetings);
    const meeting = await this.visibleMeeting(em, actor, id);
    MEETING_LIFECYCLE.require(meeting.status, MeetingAction.CHANGE_AGENDA);
    return meeting;
  }

  /** An item of this meeting; another meeting's item is BAD_USER_INPUT on itemId. */
  private async requireItem(em: EntityManager, meeting: Meeting, itemId: string): Promise<AgendaItem> {
    const item = isUuid(itemId) ? await em.getRepository(AgendaItem).findOneBy({ id: itemId }) : null;
    if (!item || item.meetingId !== meeting.id) throw BadInputError.field("itemId", "is not an item of this meeting's agenda");
    return item;
  }
}

/** The quorum rule: enforcement agencies present against the quorum (oversight bodies attend but do not count). */
export function presenceOf(attending: readonly Agency[], quorum: number): { present: number; quorum: number; met: boolean } {
  const present = attending.filter((a) => a.kind === AgencyKind.ENFORCEMENT).length;
  return { present, quorum, met: present >= quorum };
}
