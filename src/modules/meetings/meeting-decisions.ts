import { DECISION_KIND_ZH } from "./minutes.js";
import type { EntityManager } from "typeorm";
import type { Actor } from "../../platform/auth/actor.js";
import { EventTopic, EventVisibility, type NewEvent } from "../../platform/events/topics.js";
import { BadInputError, ConflictError, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import type { Clock } from "../../platform/time.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { EnforcementCase } from "../cases/case.entity.js";
import type { CaseRoutingService } from "../cases/case-routing.service.js";
import { OverlapStatus, type Overlap } from "../overlaps/overlap.entity.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import type { RoutingRule } from "../routing/routing-rule.entity.js";
import type { RoutingRuleService, Scope } from "../routing/routing-rule.service.js";
import type { RegionService } from "../regions/region.service.js";
import type { FollowUpTasks } from "./follow-up-tasks.js";
import type { AgendaSettlement } from "./agenda-settlement.js";
import { PowerCategory } from "../powers/power-enums.js";
import { AgendaItem, AgendaItemStatus, DecisionKind, type FollowUpTask, type Meeting, MeetingDecision } from "./meeting.entity.js";
import type { RecordDecisionInput } from "./meeting.inputs.js";

/** What a decision did (or, previewed, would do). */
export interface DecisionEffects {
  decision: MeetingDecision;
  rulesCreated: RoutingRule[];
  rulesSuperseded: RoutingRule[];
  overlapsResolved: Overlap[];
  casesRerouted: EnforcementCase[];
  tasks: FollowUpTask[];
}

/**
 * A decision and its effects, in the caller's transaction: the input checked field by field, the
 * routing rules written, the overlaps in scope resolved, the disputed cases there re-routed, and the
 * follow-up tasks assigned. The meeting service checks the session (state, item, quorum) first.
 */
export class MeetingDecisions {
  constructor(
    private readonly agencies: AgencyService,
    private readonly regions: RegionService,
    private readonly overlaps: OverlapService,
    private readonly caseRouting: CaseRoutingService,
    private readonly jurisdiction: JurisdictionService,
    private readonly rules: RoutingRuleService,
    private readonly tasks: FollowUpTasks,
    private readonly settlement: AgendaSettlement,
    private readonly clock: Clock,
  ) {}

  /** Records the decision on an open item of a meeting in session with quorum. */
  async apply(em: EntityManager, actor: Actor, meeting: Meeting, item: AgendaItem, input: RecordDecisionInput): Promise<{ effects: DecisionEffects; events: NewEvent[] }> {
    const paths = await this.regions.pathsByCode(em);
    const problems: FieldProblem[] = [];
    const agencyOk = async (id: string | undefined, path: string) => {
      if (!id) problems.push({ path, message: "is required for this kind of decision" });
      else if (!isUuid(id) || !(await this.agencies.existsIn(em, id))) problems.push({ path, message: `no agency has id ${id}` });
    };
    // Without a scope, a decision applies to the item's matter and region in each of its categories:
    // one decision settles the whole dispute.
    const categories = item.categories.length ? item.categories : item.category ? [item.category] : [];
    const scopes: Scope[] = input.scope
      ? [input.scope]
      : item.matterCode && item.regionCode
        ? categories.map((category) => ({ matterCode: item.matterCode!, regionCode: item.regionCode!, category }))
        : [];
    const scope: Scope | null = scopes[0] ?? null;
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

    // The decision row is read back last, once the effects below have been written to it.
    const effects: Omit<DecisionEffects, "decision"> = { rulesCreated: [], rulesSuperseded: [], overlapsResolved: [], casesRerouted: [], tasks: [] };
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
        scopes,
        splits: input.splits ?? [],
        plan: input.plan ?? null,
      },
      reason: input.reason?.trim() || null,
      decidedBy: actor.sub,
    });
    const decisionId = inserted.identifiers[0].id as string;
    const reasonText = meeting.title;

    // Designations: each scope (DESIGNATE_LEAD), or each scope in each region (SPLIT_BY_REGION).
    const designations: { scope: Scope; lead: string; split: number | null }[] =
      input.kind === DecisionKind.DESIGNATE_LEAD
        ? scopes.map((s) => ({ scope: s, lead: input.leadAgencyId!, split: null }))
        : input.kind === DecisionKind.SPLIT_BY_REGION
          ? scopes.flatMap((sc) => input.splits!.map((s, i) => ({ scope: { ...sc, regionCode: s.regionCode }, lead: s.agencyId, split: i })))
          : [];
    for (const d of designations) {
      const covering = await this.jurisdiction.resolve(em, d.scope.matterCode, d.scope.regionCode, d.scope.category, this.clock.today());
      if (!covering.agencyIds.includes(d.lead) && !input.reason?.trim()) {
        throw BadInputError.field(
          d.split === null ? "leadAgencyId" : `splits.${d.split}.agencyId`,
          `holds no active power covering this scope (${d.scope.category}); give a reason to designate it anyway`,
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
      const rerouted = await this.caseRouting.rerouteInScope(em, { matterCode: d.scope.matterCode, regionPath, category: d.scope.category }, d.lead, input.assistingAgencyIds ?? [], created.rule.id, reasonText);
      effects.casesRerouted.push(...rerouted.cases);
      events.push(...rerouted.events);
    }

    // Overlaps settled: the item's own (those in the scope, when the chair narrowed it), and (for
    // designations) every live one wholly in a scope.
    if (input.kind !== DecisionKind.DEFER) {
      let own = await this.overlaps.byIdsIn(em, item.overlapIds);
      if (input.scope) own = own.filter((o) => withinScope(o, input.scope!, paths));
      const inScope: Overlap[] = [];
      if (needsScope) for (const s of scopes) inScope.push(...(await this.overlaps.liveInScope(em, { ...s, regionPath: paths.get(s.regionCode)! }, paths)));
      const all = [...new Map([...own, ...inScope].map((o) => [o.id, o])).values()];
      const resolved = await this.overlaps.setStatus(em, all, OverlapStatus.RESOLVED, `${reasonText}决定：${DECISION_KIND_ZH[input.kind]}`);
      effects.overlapsResolved.push(...resolved.changed);
      events.push(...resolved.events);
    }

    const assigned = await this.tasks.assign(em, meeting.id, decisionId, input.tasks);
    effects.tasks.push(...assigned.tasks);
    events.push(...assigned.events);

    await em.getRepository(MeetingDecision).update({ id: decisionId }, {
      ruleIds: effects.rulesCreated.map((r) => r.id),
      supersededRuleIds: effects.rulesSuperseded.map((r) => r.id),
      resolvedOverlapIds: effects.overlapsResolved.map((o) => o.id),
      reroutedCaseIds: effects.casesRerouted.map((c) => c.id),
    });
    await em.getRepository(AgendaItem).update({ id: item.id }, { status: input.kind === DecisionKind.DEFER ? AgendaItemStatus.DEFERRED : AgendaItemStatus.DECIDED });
    // Other open items that held only what this decision settled are settled with it.
    const touched = [
      ...effects.overlapsResolved.map((o) => `overlap:${o.id}`),
      ...effects.casesRerouted.map((c) => `case:${c.id}`),
      ...effects.rulesCreated.filter((r) => r.category === PowerCategory.PENALTY).map((r) => `gap:${r.matterCode}`),
    ];
    const settled = await this.settlement.settleBy(em, decisionId, item.id, touched);
    const decision = await em.getRepository(MeetingDecision).findOneByOrFail({ id: decisionId });
    const concerned = [...new Set([...meeting.invitedAgencyIds, ...item.agencyIds])];
    events.unshift({
      topic: EventTopic.MEETING,
      type: "DecisionRecorded",
      subjectIds: [meeting.id, item.id, decisionId],
      agencyIds: concerned,
      visibility: EventVisibility.AGENCIES,
      payload: {
        kind: input.kind,
        item: item.title,
        leadAgencyId: input.leadAgencyId ?? null,
        rules: effects.rulesCreated.length,
        overlapsResolved: effects.overlapsResolved.length,
        casesRerouted: effects.casesRerouted.length,
        itemsSettled: settled.map((i) => ({ id: i.id, title: i.title })),
      },
    });
    return { effects: { decision, ...effects }, events };
  }
}

/** Whether an overlap lies wholly in a scope: same category, matters in its subtree, regions in its subtree. */
function withinScope(o: Overlap, scope: Scope, paths: Map<string, string>): boolean {
  const root = paths.get(scope.regionCode) ?? scope.regionCode;
  return (
    o.category === scope.category &&
    o.matterCodes.every((m) => m === scope.matterCode || m.startsWith(`${scope.matterCode}.`)) &&
    o.regionCodes.every((r) => {
      const path = paths.get(r) ?? r;
      return path === root || path.startsWith(`${root}.`);
    })
  );
}
