import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import type { Actor } from "../../platform/auth/actor.js";
import { insertInChunks } from "../../platform/db/chunked-insert.js";
import type { NewEvent } from "../../platform/events/topics.js";
import type { CaseService } from "../cases/case.service.js";
import { OverlapSeverity } from "../overlaps/overlap-engine.js";
import { OverlapStatus, type Overlap } from "../overlaps/overlap.entity.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import { PowerCategory } from "../powers/power-enums.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import type { RegionService } from "../regions/region.service.js";
import type { FollowUpTasks } from "./follow-up-tasks.js";
import { AgendaItem, AgendaItemKind, AgendaItemStatus, type Meeting } from "./meeting.entity.js";

/** Proposed joint operations for the agenda; operations stand above meetings, so they are passed in. */
export type ProposedOperations = (em: EntityManager) => Promise<{ id: string; title: string; agencyIds: string[] }[]>;

/** Builds a new meeting's agenda from what is open in the county. */
export class AgendaBuilder {
  constructor(
    private readonly regions: RegionService,
    private readonly overlaps: OverlapService,
    private readonly cases: CaseService,
    private readonly jurisdiction: JurisdictionService,
    private readonly tasks: FollowUpTasks,
    private readonly proposedOperations: ProposedOperations,
  ) {}

  /**
   * The agenda from what is open: HIGH and MEDIUM open overlaps grouped by agency pair, category and
   * matter (one item can settle many), disputed and unassigned cases, penalty gaps, overdue tasks,
   * and items earlier meetings deferred. Overlaps taken up become UNDER_REVIEW.
   */
  async build(em: EntityManager, actor: Actor, meeting: Meeting): Promise<{ items: AgendaItem[]; events: NewEvent[] }> {
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

    const overdue = await this.tasks.overdueIn(em);
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
}

/** The narrowest region that holds all of them: the county when they differ. */
function commonRegion(codes: string[], county: string | null): string | null {
  const unique = [...new Set(codes)];
  return unique.length === 1 ? unique[0] : county;
}
