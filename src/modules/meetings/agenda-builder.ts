import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import type { Actor } from "../../platform/auth/actor.js";
import { insertInChunks } from "../../platform/db/chunked-insert.js";
import type { NewEvent } from "../../platform/events/topics.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { EnforcementCase } from "../cases/case.entity.js";
import type { CaseRoutingService } from "../cases/case-routing.service.js";
import type { MatterService } from "../matters/matter.service.js";
import { OverlapSeverity } from "../overlaps/overlap-engine.js";
import { OverlapStatus, type Overlap } from "../overlaps/overlap.entity.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import { PowerCategory } from "../powers/power-enums.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import type { RoutingRuleService } from "../routing/routing-rule.service.js";
import type { RegionService } from "../regions/region.service.js";
import type { FollowUpTasks } from "./follow-up-tasks.js";
import { AgendaItem, AgendaItemKind, AgendaItemStatus, type AgendaProposal, type Meeting, MeetingStatus } from "./meeting.entity.js";

/** Proposed joint operations for the agenda; operations stand above meetings, so they are passed in. */
export type ProposedOperations = (em: EntityManager) => Promise<{ id: string; title: string; agencyIds: string[] }[]>;

const SEVERITY_RANK: Record<OverlapSeverity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
const worst = (a: OverlapSeverity, b: OverlapSeverity) => (SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b);

/**
 * The agenda as the chair recognises it: one item per dispute (争议事项) — the agencies in conflict over
 * one matter, across categories and towns — gathering its overlaps, waiting cases and penalty gaps,
 * then overdue tasks and proposed operations; ranked, the top `agendaSize` taken, the rest a backlog
 * that later agendas draw from. A record already held by an open item (of any meeting) is not offered
 * again, so there is at most one open entry per overlap, case, gap, task or operation.
 */
export class AgendaBuilder {
  constructor(
    private readonly regions: RegionService,
    private readonly agencies: AgencyService,
    private readonly matters: MatterService,
    private readonly overlaps: OverlapService,
    private readonly caseRouting: CaseRoutingService,
    private readonly jurisdiction: JurisdictionService,
    private readonly rules: RoutingRuleService,
    private readonly tasks: FollowUpTasks,
    private readonly proposedOperations: ProposedOperations,
  ) {}

  /** Builds a new meeting's agenda: the top of the ranking; the overlaps it takes become UNDER_REVIEW. */
  async build(em: EntityManager, actor: Actor, meeting: Meeting): Promise<{ items: AgendaItem[]; events: NewEvent[] }> {
    // Two agendas built at once would both take the same records: one at a time (in this transaction).
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('agenda-builder'))`);
    const taken = (await this.proposals(em, actor)).slice(0, meeting.agendaSize);
    const carried = await this.lastDeferred(em, taken.map((p) => p.subjectKey));
    const rows = taken.map((p, position) => {
      const earlier = carried.get(p.subjectKey);
      return {
        ...p,
        title: earlier ? `（续议）${p.title}` : p.title,
        carriedFrom: earlier?.id ?? null,
        meetingId: meeting.id,
        position,
        status: AgendaItemStatus.OPEN,
      };
    });
    await insertInChunks(em.getRepository(AgendaItem), rows);
    const underReview = await this.overlaps.setStatus(em, await this.overlaps.byIdsIn(em, taken.flatMap((p) => p.overlapIds)), OverlapStatus.UNDER_REVIEW, `已列入${meeting.title}议程`);
    return { items: await em.getRepository(AgendaItem).find({ where: { meetingId: meeting.id }, order: { position: "ASC" } }), events: underReview.events };
  }

  /**
   * Everything open that no open agenda item holds, ranked: severity (worst first), then open cases,
   * then how long the oldest case has waited, then overlaps; the subject key breaks ties so the order
   * is stable. The first `agendaSize` go on a new agenda; the rest is the backlog.
   */
  async proposals(em: EntityManager, actor: Actor): Promise<AgendaProposal[]> {
    const held = await this.heldByOpenItems(em);
    const [regions, matters] = await Promise.all([this.regions.all(em), this.matters.all(em)]);
    const county = regions.find((r) => r.parentCode === null) ?? null;
    const matterName = new Map(matters.map((m) => [m.code, m.name]));

    const disputes = new Map<string, { matterCode: string; overlaps: Overlap[]; cases: EnforcementCase[]; gapRegionCodes: string[] }>();
    const disputeOf = (matterCode: string) => {
      let d = disputes.get(matterCode);
      if (!d) disputes.set(matterCode, (d = { matterCode, overlaps: [], cases: [], gapRegionCodes: [] }));
      return d;
    };
    for (const o of await this.overlaps.openForAgenda(em, [OverlapSeverity.HIGH, OverlapSeverity.MEDIUM])) {
      if (!held.has(`overlap:${o.id}`)) disputeOf(o.matterCodes[0]).overlaps.push(o);
    }
    // A case joins the dispute over its matter or the nearest broader matter that has one.
    for (const c of await this.caseRouting.openDisputesIn(em)) {
      if (held.has(`case:${c.id}`)) continue;
      let code: string | null = c.matterCode;
      while (code && !disputes.has(code)) code = code.includes(".") ? code.slice(0, code.lastIndexOf(".")) : null;
      disputeOf(code ?? c.matterCode).cases.push(c);
    }
    for (const gap of await this.jurisdiction.gaps(actor, PowerCategory.PENALTY, undefined, em)) {
      if (held.has(`gap:${gap.matter.code}`)) continue;
      // A gap the meeting already gave to a lead is no longer nobody's.
      if (county && (await this.rules.activeFor(em, { matterCode: gap.matter.code, regionCode: county.code, category: PowerCategory.PENALTY }))) continue;
      disputeOf(gap.matter.code).gapRegionCodes = gap.regions.map((r) => r.code);
    }

    const agencyIds = [...new Set([...disputes.values()].flatMap((d) => [...d.overlaps.flatMap((o) => o.agencyIds), ...d.cases.flatMap((c) => c.route.candidateAgencyIds)]))];
    const agencies = new Map((await this.agencies.byIds(agencyIds, em)).map((a) => [a.id, a]));
    const proposals: AgendaProposal[] = [];
    for (const d of disputes.values()) {
      // The agencies most involved first: the chair reads the main parties before the towns.
      const involvement = new Map<string, number>();
      for (const id of [...d.overlaps.flatMap((o) => o.agencyIds), ...d.cases.flatMap((c) => c.route.candidateAgencyIds)]) involvement.set(id, (involvement.get(id) ?? 0) + 1);
      const ids = [...involvement.keys()].sort((a, b) => involvement.get(b)! - involvement.get(a)! || (agencies.get(a)?.code ?? a).localeCompare(agencies.get(b)?.code ?? b));
      const categories = [...new Set<PowerCategory>([...d.overlaps.map((o) => o.category), ...d.cases.map((c) => c.category as PowerCategory), ...(d.gapRegionCodes.length ? [PowerCategory.PENALTY] : [])])].sort();
      const regionCodes = [...d.overlaps.flatMap((o) => o.regionCodes), ...d.cases.map((c) => c.regionCode), ...(d.gapRegionCodes.length ? [county?.code ?? ""] : [])];
      let severity = d.gapRegionCodes.length ? OverlapSeverity.MEDIUM : OverlapSeverity.LOW;
      for (const o of d.overlaps) severity = worst(severity, o.severity);
      if (d.cases.length) severity = OverlapSeverity.HIGH; // someone is waiting for an answer
      const name = matterName.get(d.matterCode) ?? d.matterCode;
      const parties = ids.map((id) => agencies.get(id)?.shortName ?? id).join("、");
      const title = ids.length
        ? `${name}：${parties}`
        : d.cases.length
          ? `${name}：无单位管辖的案件`
          : `监管空白：${name}（${d.gapRegionCodes.length} 个镇街无处罚职权）`;
      proposals.push({
        subjectKey: `dispute:${d.matterCode}`,
        kind: AgendaItemKind.DISPUTE,
        title,
        severity,
        overlapIds: d.overlaps.map((o) => o.id),
        caseIds: d.cases.map((c) => c.id),
        taskIds: [],
        operationIds: [],
        agencyIds: ids,
        matterCode: d.matterCode,
        regionCode: commonRegion(regionCodes, county?.code ?? null),
        category: categories.length === 1 ? categories[0] : null,
        categories,
        gapRegionCodes: d.gapRegionCodes,
        waitingSince: d.cases.reduce<Date | null>((min, c) => (!min || c.createdAt < min ? c.createdAt : min), null),
      });
    }

    const overdue = (await this.tasks.overdueIn(em)).filter((t) => !held.has(`task:${t.id}`));
    const assignees = new Map((await this.agencies.byIds(overdue.map((t) => t.assigneeAgencyId), em)).map((a) => [a.id, a]));
    for (const task of overdue) {
      proposals.push({
        ...EMPTY,
        subjectKey: `task:${task.id}`,
        kind: AgendaItemKind.OVERDUE_TASK,
        title: `逾期督办：${task.description}（${assignees.get(task.assigneeAgencyId)?.shortName ?? "责任单位"}，应于 ${task.dueOn} 完成）`,
        severity: OverlapSeverity.MEDIUM,
        taskIds: [task.id],
        agencyIds: [task.assigneeAgencyId],
      });
    }
    for (const op of await this.proposedOperations(em)) {
      if (held.has(`operation:${op.id}`)) continue;
      proposals.push({ ...EMPTY, subjectKey: `operation:${op.id}`, kind: AgendaItemKind.PROPOSED_OPERATION, title: `拟开展联合执法：${op.title}`, severity: OverlapSeverity.LOW, agencyIds: op.agencyIds, operationIds: [op.id] });
    }
    return proposals.sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        b.caseIds.length - a.caseIds.length ||
        (a.waitingSince?.getTime() ?? Infinity) - (b.waitingSince?.getTime() ?? Infinity) ||
        b.overlapIds.length - a.overlapIds.length ||
        a.subjectKey.localeCompare(b.subjectKey),
    );
  }

  /** Every record an OPEN item holds, as `overlap:<id>`, `case:<id>`, `gap:<matter>`, `task:<id>`, `operation:<id>`. */
  private async heldByOpenItems(em: EntityManager): Promise<Set<string>> {
    const open = await em.getRepository(AgendaItem).findBy({ status: AgendaItemStatus.OPEN });
    return new Set(open.flatMap((i) => subjectsOf(i)));
  }

  /**
   * For each subject, the latest deferred item of an earlier meeting that was held (what a new item
   * carries on); a cancelled meeting discussed nothing, so nothing continues from it.
   */
  private async lastDeferred(em: EntityManager, keys: string[]): Promise<Map<string, AgendaItem>> {
    if (keys.length === 0) return new Map();
    const rows = await em
      .getRepository(AgendaItem)
      .createQueryBuilder("i")
      .innerJoin("meeting", "m", "m.id = i.meeting_id AND m.status = :closed", { closed: MeetingStatus.CLOSED })
      .where({ status: AgendaItemStatus.DEFERRED, subjectKey: In(keys) })
      .orderBy("m.scheduled_at", "ASC")
      .getMany();
    return new Map(rows.map((i) => [i.subjectKey!, i]));
  }
}

/** The records an item holds, keyed as heldByOpenItems keys them. */
export function subjectsOf(item: Pick<AgendaItem, "overlapIds" | "caseIds" | "taskIds" | "operationIds" | "gapRegionCodes" | "matterCode">): string[] {
  return [
    ...item.overlapIds.map((id) => `overlap:${id}`),
    ...item.caseIds.map((id) => `case:${id}`),
    ...item.taskIds.map((id) => `task:${id}`),
    ...item.operationIds.map((id) => `operation:${id}`),
    ...(item.gapRegionCodes.length && item.matterCode ? [`gap:${item.matterCode}`] : []),
  ];
}

const EMPTY: Omit<AgendaProposal, "subjectKey" | "kind" | "title" | "severity"> = {
  overlapIds: [],
  caseIds: [],
  taskIds: [],
  operationIds: [],
  agencyIds: [],
  matterCode: null,
  regionCode: null,
  category: null,
  categories: [],
  gapRegionCodes: [],
  waitingSince: null,
};

/** The narrowest region that holds all of them: the county when they differ. */
function commonRegion(codes: string[], county: string | null): string | null {
  const unique = [...new Set(codes.filter(Boolean))];
  return unique.length === 1 ? unique[0] : county;
}
