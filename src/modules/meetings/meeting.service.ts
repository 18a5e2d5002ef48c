import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { updateVersioned } from "../../platform/db/versioned-update.js";
import { insertInChunks } from "../../platform/db/chunked-insert.js";
import { EventTopic, EventVisibility, type NewEvent } from "../../platform/events/topics.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import { BadInputError, ConflictError, ErrorCode, ForbiddenError, HubError, NotFoundError, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import type { Clock } from "../../platform/time.js";
import { AgencyKind, type Agency } from "../agencies/agency.entity.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { EnforcementCase } from "../cases/case.entity.js";
import type { CaseService } from "../cases/case.service.js";
import { OverlapSeverity } from "../overlaps/overlap-engine.js";
import { OverlapStatus, type Overlap } from "../overlaps/overlap.entity.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import { PowerCategory } from "../powers/power-enums.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import type { RoutingRule } from "../powers/routing-rule.entity.js";
import type { RoutingRuleService, Scope } from "../powers/routing-rule.service.js";
import type { RegionService } from "../regions/region.service.js";
import {
  AgendaItem,
  AgendaItemKind,
  AgendaItemStatus,
  DecisionKind,
  FollowUpTask,
  Meeting,
  MeetingAttendance,
  MeetingDecision,
  MeetingStatus,
  TaskStatus,
} from "./meeting.entity.js";
import { renderMinutes } from "./minutes.js";
import { requireQuorum } from "./quorum.js";
import { moveInOrder } from "./agenda-order.js";
import { minutesOpenedEarly } from "./early-opening.js";
import { ruleGovernance, type RuleGovernance } from "./rule-governance.js";
import type { AddAgendaItemInput, ConveneMeetingInput, FollowUpTasksArgs, MeetingsArgs, RecordDecisionInput } from "./meeting.inputs.js";

/** What a decision did (or, previewed, would do). */
export interface DecisionEffects {
  decision: MeetingDecision;
  rulesCreated: RoutingRule[];
  rulesSuperseded: RoutingRule[];
  overlapsResolved: Overlap[];
  casesRerouted: EnforcementCase[];
  tasks: FollowUpTask[];
}

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
    private readonly cases: CaseService,
    private readonly jurisdiction: JurisdictionService,
    private readonly rules: RoutingRuleService,
    /** Proposed joint operations for the agenda; operations stand above meetings, so they are passed in. */
    private readonly proposedOperations: (em: EntityManager) => Promise<{ id: string; title: string; agencyIds: string[] }[]> = async () => [],
    private readonly clock: Clock,
  ) {}

  /** A JOINT_ENFORCEMENT decision (for the operation that carries it out), or null. */
  jointEnforcementDecision(em: EntityManager, id: string): Promise<MeetingDecision | null> {
    return isUuid(id) ? em.getRepository(MeetingDecision).findOneBy({ id, kind: DecisionKind.JOINT_ENFORCEMENT }) : Promise.resolve(null);
  }

  private get db(): DataSource {
    return this.uow.dataSource;
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
      } as never);
      const meeting = await em.getRepository(Meeting).findOneByOrFail({ id: inserted.identifiers[0].id as string });
      const agenda = await this.buildAgenda(em, actor, meeting);
      return {
        result: meeting,
        events: [meetingEvent("MeetingConvened", meeting, { scheduledAt: meeting.scheduledAt, place: meeting.place, agendaItems: agenda.items.length }), ...agenda.events],
      };
    });
  }

  /**
   * The agenda from what is open: HIGH and MEDIUM open overlaps grouped by agency pair, category and
   * matter (one item can settle many), disputed and unassigned cases, penalty gaps, overdue tasks,
   * and items earlier meetings deferred. Overlaps taken up become UNDER_REVIEW.
   */
  private async buildAgenda(em: EntityManager, actor: Actor, meeting: Meeting): Promise<{ items: AgendaItem[]; events: NewEvent[] }> {
    const items: Partial<AgendaItem>[] = [];
    const events: NewEvent[] = [];
    const county = (await this.regions.all(em)).find((r) => r.parentCode === null);

    const deferred = await em.getRepository(AgendaItem).find({ where: { status: AgendaItemStatus.DEFERRED }, order: { position: "ASC" } });
    const carried = new Set((await em.getRepository(AgendaItem).find({ where: { carriedFrom: In(deferred.map((d) => d.id)) } })).map((i) => i.carriedFrom));
    for (const d of deferred.filter((d) => !carried.has(d.id))) {
      const { id: _id, meetingId: _m, position: _p, status: _s, carriedFrom: _c, ...rest } = d;
      items.push({ ...rest, carriedFrom: d.id, title: d.title.startsWith("（续议）") ? d.title : `（续议）${d.title}` });
    }

    const overlaps = await this.overlaps.openForAgenda(em, [OverlapSeverity.HIGH, OverlapSeverity.MEDIUM]);
    const groups = new Map<string, Overlap[]>();
    for (const o of overlaps) {
      const key = [...o.agencyIds].sort().join("|") + `|${o.category}|${o.matterCodes[0]}`;
      groups.set(key, [...(groups.get(key) ?? []), o]);
    }
    for (const group of groups.values()) {
      const first = group[0];
      items.push({
        kind: AgendaItemKind.OVERLAPS,
        title: `职权交叉：${first.matterCodes[0]}（${first.category}，${group.length} 项）`,
        overlapIds: group.map((o) => o.id),
        agencyIds: [...new Set(group.flatMap((o) => o.agencyIds))],
        matterCode: first.matterCodes[0],
        regionCode: commonRegion(group.flatMap((o) => o.regionCodes), county?.code ?? null),
        category: first.category,
      });
    }
    const underReview = await this.overlaps.setStatus(em, overlaps, OverlapStatus.UNDER_REVIEW, `on the agenda of ${meeting.title}`);
    events.push(...underReview.events);

    for (const c of await this.cases.openDisputesIn(em)) {
      const disputed = c.status === "DISPUTED";
      items.push({
        kind: disputed ? AgendaItemKind.DISPUTED_CASE : AgendaItemKind.UNASSIGNED_CASE,
        title: `${disputed ? "管辖争议" : "无主案件"}：${c.number} ${c.title}`,
        caseIds: [c.id],
        agencyIds: c.route.candidateAgencyIds,
        matterCode: c.matterCode,
        regionCode: c.regionCode,
        category: c.category,
      });
    }

    for (const gap of await this.jurisdiction.gaps(actor, PowerCategory.PENALTY, undefined, em)) {
      items.push({
        kind: AgendaItemKind.REGULATORY_GAP,
        title: `监管空白：${gap.matter.name}（${gap.regions.length} 个镇街无处罚职权）`,
        matterCode: gap.matter.code,
        regionCode: county?.code ?? null,
        category: PowerCategory.PENALTY,
      });
    }

    const overdue = await em
      .getRepository(FollowUpTask)
      .createQueryBuilder("t")
      .where("t.status = :open AND t.due_on < :today", { open: TaskStatus.OPEN, today: this.clock.today() })
      .getMany();
    for (const task of overdue) {
      items.push({ kind: AgendaItemKind.OVERDUE_TASK, title: `逾期督办：${task.description}（应于 ${task.dueOn} 完成）`, taskIds: [task.id], agencyIds: [task.assigneeAgencyId] });
    }

    for (const op of await this.proposedOperations(em)) {
      items.push({ kind: AgendaItemKind.PROPOSED_OPERATION, title: `拟开展联合执法：${op.title}`, agencyIds: op.agencyIds, operationIds: [op.id] } as Partial<AgendaItem>);
    }

    const rows = items.map((item, position) => ({ ...item, meetingId: meeting.id, position, status: AgendaItemStatus.OPEN }));
    await insertInChunks(em.getRepository(AgendaItem), rows); // one item per open overlap group: no fixed bound
    return { items: await em.getRepository(AgendaItem).find({ where: { meetingId: meeting.id }, order: { position: "ASC" } }), events };
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
      } as never);
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
    return this.transition(actor, meetingId, expectedVersion, [MeetingStatus.SCHEDULED], { status: MeetingStatus.IN_SESSION, openedAt }, "MeetingOpened", async (_em, m) => {
      const early = minutesOpenedEarly(m.scheduledAt, openedAt);
      return early === null ? [] : [meetingEvent("MeetingOpenedEarly", m, { scheduledAt: m.scheduledAt.toISOString(), openedAt: openedAt.toISOString(), minutesEarly: early })];
    });
  }

  /** Closes the session; items left undecided are deferred to the next meeting. */
  async close(actor: Actor, meetingId: string, expectedVersion: number): Promise<Meeting> {
    return this.transition(actor, meetingId, expectedVersion, [MeetingStatus.IN_SESSION], { status: MeetingStatus.CLOSED, closedAt: this.clock.now() }, "MeetingClosed", async (em, m) => {
      await em.getRepository(AgendaItem).update({ meetingId: m.id, status: AgendaItemStatus.OPEN }, { status: AgendaItemStatus.DEFERRED });
      return [];
    });
  }

  /** Cancels a scheduled meeting; the overlaps on its agenda go back to OPEN. */
  async cancel(actor: Actor, meetingId: string, expectedVersion: number, reason: string): Promise<Meeting> {
    return this.transition(actor, meetingId, expectedVersion, [MeetingStatus.SCHEDULED], { status: MeetingStatus.CANCELLED, cancelReason: reason.trim() }, "MeetingCancelled", async (em, m) => {
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
    from: MeetingStatus[],
    changes: Partial<Meeting>,
    type: string,
    also?: (em: EntityManager, m: Meeting) => Promise<NewEvent[]>,
  ): Promise<Meeting> {
    this.access.require(actor, Permission.ManageMeetings);
    return this.uow.run(actor, async (em) => {
      const meeting = await this.requireVisible(em, actor, meetingId);
      if (meeting.version !== expectedVersion) throw new ConflictError(`Meeting ${meeting.title} has changed since version ${expectedVersion}; read it again`);
      if (!from.includes(meeting.status)) {
        throw new HubError(ErrorCode.InvalidTransition, `A ${meeting.status} meeting cannot do this; it must be ${from.join(" or ")}`, { from: meeting.status, allowed: from });
      }
      await updateVersioned(em, Meeting, meeting.id, expectedVersion, changes, `Meeting ${meeting.title}`);
      const updated = await em.getRepository(Meeting).findOneByOrFail({ id: meeting.id });
      const more = also ? await also(em, updated) : [];
      return { result: updated, events: [meetingEvent(type, updated, { status: updated.status }), ...more] };
    });
  }

  /** Records who represents an invited agency (the chair, or the agency's own officer). */
  async checkIn(actor: Actor, meetingId: string, agencyId: string, representative: string): Promise<Meeting> {
    return this.uow.run(actor, async (em) => {
      const meeting = await this.requireVisible(em, actor, meetingId);
      if (!this.access.allows(actor, Permission.ManageMeetings) && actor.agencyId !== agencyId) {
        throw new ForbiddenError("An agency checks in itself; the chair may check in any agency");
      }
      if (![MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION].includes(meeting.status)) {
        throw new HubError(ErrorCode.InvalidTransition, `A ${meeting.status} meeting takes no attendance`, { from: meeting.status, allowed: [MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION] });
      }
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
    return presenceOf(await this.agencies.byIdsIn(em, attending.map((a) => a.agencyId)), meeting.quorum);
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
      await this.db.transaction(async (em) => {
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
    const meeting = await this.requireVisible(em, actor, input.meetingId);
    if (meeting.status !== MeetingStatus.IN_SESSION) {
      throw new HubError(ErrorCode.InvalidTransition, `Decisions are recorded in session; this meeting is ${meeting.status}`, { from: meeting.status, allowed: [MeetingStatus.IN_SESSION] });
    }
    const item = await this.requireItem(em, meeting, input.itemId);
    if (item.status !== AgendaItemStatus.OPEN) throw new ConflictError(`This item is already ${item.status}`);
    const presence = await this.presence(em, meeting);
    requireQuorum(presence);
    const paths = await this.regions.pathsByCode(em);
    const problems: FieldProblem[] = [];
    const agencyOk = async (id: string | undefined, path: string) => {
      if (!id) problems.push({ path, message: "is required for this kind of decision" });
      else if (!isUuid(id) || !(await this.agencies.existsIn(em, id))) problems.push({ path, message: `no agency has id ${id}` });
    };
    const scope: Scope | null =
      input.scope ?? (item.matterCode && item.regionCode && item.category ? { matterCode: item.matterCode, regionCode: item.regionCode, category: item.category } : null);
    const needsScope = [DecisionKind.DESIGNATE_LEAD, DecisionKind.SPLIT_BY_REGION].includes(input.kind);
    if (needsScope && !scope) problems.push({ path: "scope", message: "the item has no matter and region: give a scope" });
    if (scope && !paths.has(scope.regionCode)) problems.push({ path: "scope.regionCode", message: `no region has code ${scope.regionCode}` });
    if (input.kind === DecisionKind.DESIGNATE_LEAD || input.kind === DecisionKind.JOINT_ENFORCEMENT) await agencyOk(input.leadAgencyId, "leadAgencyId");
    for (const [i, id] of (input.assistingAgencyIds ?? []).entries()) await agencyOk(id, `assistingAgencyIds.${i}`);
    if (input.kind === DecisionKind.SPLIT_BY_REGION) {
      if (!input.splits?.length) problems.push({ path: "splits", message: "name each region and its agency" });
      for (const [i, split] of (input.splits ?? []).entries()) {
        await agencyOk(split.agencyId, `splits.${i}.agencyId`);
        if (!paths.has(split.regionCode)) problems.push({ path: `splits.${i}.regionCode`, message: `no region has code ${split.regionCode}` });
      }
    }
    if (input.kind === DecisionKind.JOINT_ENFORCEMENT && !input.plan) problems.push({ path: "plan", message: "a joint enforcement decision carries the operation's plan" });
    input.tasks.forEach((t, i) => {
      if (t.dueOn < this.clock.today()) problems.push({ path: `tasks.${i}.dueOn`, message: "is in the past" });
    });
    for (const [i, t] of input.tasks.entries()) await agencyOk(t.assigneeAgencyId, `tasks.${i}.assigneeAgencyId`);
    if (problems.length) throw new BadInputError(problems);

    const effects: DecisionEffects = { decision: null as never, rulesCreated: [], rulesSuperseded: [], overlapsResolved: [], casesRerouted: [], tasks: [] };
    const events: NewEvent[] = [];
    const inserted = await em.getRepository(MeetingDecision).insert({
      decidedAt: this.clock.now(),
      meetingId: meeting.id,
      itemId: item.id,
      kind: input.kind,
      details: {
        leadAgencyId: input.leadAgencyId ?? null,
        assistingAgencyIds: input.assistingAgencyIds ?? [],
        scope,
        splits: input.splits ?? [],
        plan: input.plan ?? null,
      },
      reason: input.reason?.trim() || null,
      decidedBy: actor.sub,
    } as never);
    const decisionId = inserted.identifiers[0].id as string;
    const reasonText = `decided by ${meeting.title}`;

    // Designations: one scope (DESIGNATE_LEAD) or one per region (SPLIT_BY_REGION).
    const designations: { scope: Scope; lead: string }[] =
      input.kind === DecisionKind.DESIGNATE_LEAD
        ? [{ scope: scope!, lead: input.leadAgencyId! }]
        : input.kind === DecisionKind.SPLIT_BY_REGION
          ? input.splits!.map((s) => ({ scope: { ...scope!, regionCode: s.regionCode }, lead: s.agencyId }))
          : [];
    for (const [i, d] of designations.entries()) {
      const covering = await this.jurisdiction.resolve(em, d.scope.matterCode, d.scope.regionCode, d.scope.category, this.clock.today());
      if (!covering.agencyIds.includes(d.lead) && !input.reason?.trim()) {
        throw BadInputError.field(
          input.kind === DecisionKind.DESIGNATE_LEAD ? "leadAgencyId" : `splits.${i}.agencyId`,
          "holds no active power covering this scope; give a reason to designate it anyway",
        );
      }
      const existing = await this.rules.activeFor(em, d.scope);
      if (existing) {
        if (!input.supersede) {
          throw new ConflictError(`A routing rule is already in force for ${d.scope.matterCode} × ${d.scope.regionCode} × ${d.scope.category}; supersede it explicitly`, { ruleId: existing.id });
        }
        events.push(...(await this.rules.supersede(em, [existing])));
        effects.rulesSuperseded.push(existing);
      }
      const created = await this.rules.create(em, d.scope, d.lead, input.assistingAgencyIds ?? [], decisionId, input.reason?.trim() || null);
      effects.rulesCreated.push(created.rule);
      events.push(...created.events);
      const regionPath = paths.get(d.scope.regionCode)!;
      const rerouted = await this.cases.rerouteInScope(em, { matterCode: d.scope.matterCode, regionPath, category: d.scope.category }, d.lead, input.assistingAgencyIds ?? [], created.rule.id, `${reasonText}: lead designated`);
      effects.casesRerouted.push(...rerouted.cases);
      events.push(...rerouted.events);
    }

    // Overlaps settled: the item's own, and (for designations) every live one wholly in the scope.
    if (input.kind !== DecisionKind.DEFER) {
      const own = await this.overlaps.byIdsIn(em, item.overlapIds);
      const inScope = needsScope && scope ? await this.overlaps.liveInScope(em, { ...scope, regionPath: paths.get(scope.regionCode)! }, paths) : [];
      const all = [...new Map([...own, ...inScope].map((o) => [o.id, o])).values()];
      const label = { DESIGNATE_LEAD: "lead designated", SPLIT_BY_REGION: "split by region", JOINT_ENFORCEMENT: "joint enforcement", NO_CONFLICT: "no conflict: intended", DEFER: "" }[input.kind];
      const resolved = await this.overlaps.setStatus(em, all, OverlapStatus.RESOLVED, `${reasonText}: ${label}`);
      effects.overlapsResolved.push(...resolved.changed);
      events.push(...resolved.events);
    }

    for (const t of input.tasks) {
      const task = await em.getRepository(FollowUpTask).insert({
        meetingId: meeting.id,
        decisionId,
        assigneeAgencyId: t.assigneeAgencyId,
        description: t.description.trim(),
        dueOn: t.dueOn,
        status: TaskStatus.OPEN,
      } as never);
      const saved = await em.getRepository(FollowUpTask).findOneByOrFail({ id: task.identifiers[0].id as string });
      effects.tasks.push(saved);
      events.push(taskEvent("FollowUpTaskAssigned", saved));
    }

    await em.getRepository(MeetingDecision).update({ id: decisionId }, {
      ruleIds: effects.rulesCreated.map((r) => r.id),
      supersededRuleIds: effects.rulesSuperseded.map((r) => r.id),
      resolvedOverlapIds: effects.overlapsResolved.map((o) => o.id),
      reroutedCaseIds: effects.casesRerouted.map((c) => c.id),
    });
    await em.getRepository(AgendaItem).update({ id: item.id }, { status: input.kind === DecisionKind.DEFER ? AgendaItemStatus.DEFERRED : AgendaItemStatus.DECIDED });
    effects.decision = await em.getRepository(MeetingDecision).findOneByOrFail({ id: decisionId });
    const concerned = [...new Set([...meeting.invitedAgencyIds, ...item.agencyIds])];
    events.unshift({
      topic: EventTopic.MEETING,
      type: "DecisionRecorded",
      subjectIds: [meeting.id, item.id, decisionId],
      agencyIds: concerned,
      visibility: EventVisibility.AGENCIES,
      payload: { kind: input.kind, item: item.title, leadAgencyId: input.leadAgencyId ?? null, rules: effects.rulesCreated.length, overlapsResolved: effects.overlapsResolved.length, casesRerouted: effects.casesRerouted.length },
    });
    return { effects, events };
  }

  // ------------------------------------------------------------- follow-up tasks

  /** The assignee marks its task done, with a note. */
  async completeTask(actor: Actor, taskId: string, expectedVersion: number, note: string): Promise<FollowUpTask> {
    this.access.require(actor, Permission.CompleteTasks);
    return this.uow.run(actor, async (em) => {
      const task = isUuid(taskId) ? await em.getRepository(FollowUpTask).findOneBy({ id: taskId }) : null;
      if (!task || task.assigneeAgencyId !== actor.agencyId) throw new NotFoundError("FollowUpTask", taskId);
      if (task.status !== TaskStatus.OPEN) throw new HubError(ErrorCode.InvalidTransition, `The task is already ${task.status}`, { from: task.status, allowed: [] });
      if (!note.trim()) throw BadInputError.field("note", "say what was done");
      await updateVersioned(em, FollowUpTask, task.id, expectedVersion, { status: TaskStatus.DONE, completionNote: note.trim(), completedAt: this.clock.now() }, "The task");
      const done = await em.getRepository(FollowUpTask).findOneByOrFail({ id: task.id });
      return { result: done, events: [taskEvent("FollowUpTaskCompleted", done)] };
    });
  }

  async tasks(actor: Actor, args: FollowUpTasksArgs): Promise<FollowUpTask[]> {
    this.access.require(actor, Permission.ReadMeetings);
    const qb = this.db.getRepository(FollowUpTask).createQueryBuilder("t").orderBy("t.due_on", "ASC");
    if (actor.agencyId) qb.andWhere("t.assignee_agency_id = :me", { me: actor.agencyId });
    if (args.assigneeAgencyId) qb.andWhere("t.assignee_agency_id = :assignee", { assignee: isUuid(args.assigneeAgencyId) ? args.assigneeAgencyId : null });
    if (args.status?.length) qb.andWhere("t.status IN (:...statuses)", { statuses: args.status });
    if (args.overdue) qb.andWhere("t.status = :open AND t.due_on < :today", { open: TaskStatus.OPEN, today: this.clock.today() });
    return qb.getMany();
  }

  // ------------------------------------------------------------- reading

  async list(actor: Actor, args: MeetingsArgs): Promise<Page<Meeting>> {
    this.access.require(actor, Permission.ReadMeetings);
    const qb = this.db.getRepository(Meeting).createQueryBuilder("m");
    if (actor.agencyId) qb.andWhere("m.invited_agency_ids @> ARRAY[:me]::uuid[]", { me: actor.agencyId });
    if (args.status?.length) qb.andWhere("m.status IN (:...statuses)", { statuses: args.status });
    if (args.kind) qb.andWhere("m.kind = :kind", { kind: args.kind });
    return paginate(qb, args, [
      { sql: "m.scheduled_at", of: (m) => m.scheduledAt.toISOString() },
      { sql: "m.id", of: (m) => m.id },
    ]);
  }

  async get(actor: Actor, id: string): Promise<Meeting | null> {
    try {
      return await this.requireVisible(this.db.manager, actor, id);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** The minutes (会议纪要) as Markdown, for those who may read the meeting. */
  async minutes(actor: Actor, meetingId: string): Promise<{ meeting: Meeting; markdown: string }> {
    const meeting = await this.requireVisible(this.db.manager, actor, meetingId);
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
    const agencies = new Map((await this.agencies.byIds([...ids])).map((a) => [a.id, a]));
    return { meeting, markdown: renderMinutes({ meeting, agencies, attendance, items, decisions, tasks }) };
  }

  agendaOf(meetingIds: readonly string[]): Promise<AgendaItem[]> {
    return this.db.getRepository(AgendaItem).find({ where: { meetingId: In([...meetingIds]) }, order: { position: "ASC" } });
  }
  attendanceOf(meetingIds: readonly string[]): Promise<MeetingAttendance[]> {
    return this.db.getRepository(MeetingAttendance).find({ where: { meetingId: In([...meetingIds]) }, order: { checkedInAt: "ASC" } });
  }
  decisionsOf(meetingIds: readonly string[]): Promise<MeetingDecision[]> {
    return this.db.getRepository(MeetingDecision).find({ where: { meetingId: In([...meetingIds]) }, order: { decidedAt: "ASC" } });
  }
  tasksOf(meetingIds: readonly string[]): Promise<FollowUpTask[]> {
    return this.db.getRepository(FollowUpTask).find({ where: { meetingId: In([...meetingIds]) }, order: { dueOn: "ASC" } });
  }

  private async requireVisible(em: EntityManager, actor: Actor, id: string): Promise<Meeting> {
    const meeting = isUuid(id) ? await em.getRepository(Meeting).findOneBy({ id }) : null;
    if (!meeting || !this.access.canSeeMeeting(actor, meeting.invitedAgencyIds)) throw new NotFoundError("Meeting", id);
    return meeting;
  }

  private async requireScheduled(em: EntityManager, actor: Actor, id: string): Promise<Meeting> {
    this.access.require(actor, Permission.ManageMeetings);
    const meeting = await this.requireVisible(em, actor, id);
    if (meeting.status !== MeetingStatus.SCHEDULED) {
      throw new HubError(ErrorCode.InvalidTransition, "The agenda can change only until the meeting opens", { from: meeting.status, allowed: [MeetingStatus.SCHEDULED] });
    }
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

/** The narrowest region that holds all of them: the county when they differ. */
function commonRegion(codes: string[], county: string | null): string | null {
  const unique = [...new Set(codes)];
  return unique.length === 1 ? unique[0] : county;
}

function meetingEvent(type: string, m: Meeting, payload: Record<string, unknown>): NewEvent {
  return { topic: EventTopic.MEETING, type, subjectIds: [m.id], agencyIds: m.invitedAgencyIds, visibility: EventVisibility.AGENCIES, payload: { title: m.title, ...payload } };
}

function taskEvent(type: string, t: FollowUpTask): NewEvent {
  return {
    topic: EventTopic.MEETING,
    type,
    subjectIds: [t.id, t.meetingId],
    agencyIds: [t.assigneeAgencyId],
    visibility: EventVisibility.AGENCIES,
    payload: { description: t.description, dueOn: t.dueOn, status: t.status, note: t.completionNote },
  };
}

