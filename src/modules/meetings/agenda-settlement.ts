import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import type { CaseRoutingService } from "../cases/case-routing.service.js";
import { OverlapStatus } from "../overlaps/overlap.entity.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import { PowerCategory } from "../powers/power-enums.js";
import type { RoutingRuleService } from "../routing/routing-rule.service.js";
import type { RegionService } from "../regions/region.service.js";
import { subjectsOf, type ProposedOperations } from "./agenda-builder.js";
import { AgendaItem, AgendaItemStatus, FollowUpTask, TaskStatus } from "./meeting.entity.js";

/**
 * Settled means gone: an item whose records are all settled (overlaps resolved or obsolete, cases
 * routed, gaps given to a lead, tasks done, operations launched) is SETTLED, never deferred, so no
 * later agenda carries it; what is still open in a deferred item comes back once, as a fresh item.
 */
export class AgendaSettlement {
  constructor(
    private readonly regions: RegionService,
    private readonly overlaps: OverlapService,
    private readonly caseRouting: CaseRoutingService,
    private readonly rules: RoutingRuleService,
    private readonly proposedOperations: ProposedOperations,
  ) {}

  /** Of the given subjects (as subjectsOf keys them), those still open. */
  async stillOpen(em: EntityManager, subjects: string[]): Promise<Set<string>> {
    const ids = (kind: string) => subjects.filter((s) => s.startsWith(`${kind}:`)).map((s) => s.slice(kind.length + 1));
    const open = new Set<string>();
    for (const o of await this.overlaps.byIdsIn(em, ids("overlap"))) if (o.status === OverlapStatus.OPEN || o.status === OverlapStatus.UNDER_REVIEW) open.add(`overlap:${o.id}`);
    const caseIds = new Set(ids("case"));
    if (caseIds.size) for (const c of await this.caseRouting.openDisputesIn(em)) if (caseIds.has(c.id)) open.add(`case:${c.id}`);
    const taskIds = ids("task");
    if (taskIds.length) for (const t of await em.getRepository(FollowUpTask).findBy({ id: In(taskIds), status: TaskStatus.OPEN })) open.add(`task:${t.id}`);
    const opIds = new Set(ids("operation"));
    if (opIds.size) for (const op of await this.proposedOperations(em)) if (opIds.has(op.id)) open.add(`operation:${op.id}`);
    const gaps = ids("gap");
    if (gaps.length) {
      const county = (await this.regions.all(em)).find((r) => r.parentCode === null);
      for (const matterCode of gaps) {
        const ruled = county && (await this.rules.activeFor(em, { matterCode, regionCode: county.code, category: PowerCategory.PENALTY }));
        if (!ruled) open.add(`gap:${matterCode}`);
      }
    }
    return open;
  }

  /**
   * After a decision: the other OPEN items (of any meeting) that shared a record with it and now hold
   * nothing open are SETTLED by it. Returns them, for the decision's event.
   */
  async settleBy(em: EntityManager, decisionId: string, decidedItemId: string, touched: string[]): Promise<AgendaItem[]> {
    if (touched.length === 0) return [];
    const touchedSet = new Set(touched);
    const candidates = (await em.getRepository(AgendaItem).findBy({ status: AgendaItemStatus.OPEN })).filter(
      (i) => i.id !== decidedItemId && subjectsOf(i).some((s) => touchedSet.has(s)),
    );
    const open = await this.stillOpen(em, candidates.flatMap((i) => subjectsOf(i)));
    const settled = candidates.filter((i) => !subjectsOf(i).some((s) => open.has(s)));
    if (settled.length) await em.getRepository(AgendaItem).update({ id: In(settled.map((i) => i.id)) }, { status: AgendaItemStatus.SETTLED, settledByDecisionId: decisionId });
    return settled;
  }

  /** At the close: each undecided item is SETTLED if nothing in it is open any more, DEFERRED otherwise. */
  async closeOut(em: EntityManager, meetingId: string): Promise<void> {
    const undecided = await em.getRepository(AgendaItem).findBy({ meetingId, status: AgendaItemStatus.OPEN });
    const open = await this.stillOpen(em, undecided.flatMap((i) => subjectsOf(i)));
    const settled = undecided.filter((i) => subjectsOf(i).length > 0 && !subjectsOf(i).some((s) => open.has(s)));
    const deferred = undecided.filter((i) => !settled.includes(i));
    if (settled.length) await em.getRepository(AgendaItem).update({ id: In(settled.map((i) => i.id)) }, { status: AgendaItemStatus.SETTLED });
    if (deferred.length) await em.getRepository(AgendaItem).update({ id: In(deferred.map((i) => i.id)) }, { status: AgendaItemStatus.DEFERRED });
  }
}
