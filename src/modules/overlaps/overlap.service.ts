import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import type { NewEvent } from "../../platform/events/topics.js";
import { eventOf } from "../../platform/events/event-catalogue.js";
import { OVERLAP_EVENTS, type OverlapEventType } from "./overlap.events.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { findOverlaps, OverlapIndex, OverlapSeverity, type EnginePower, type FoundOverlap } from "./overlap-engine.js";
import { Overlap, OverlapStatus } from "./overlap.entity.js";
import type { MatrixRow } from "./overlap-matrix.js";
import { allOverlaps, insertOverlaps, overlapsInvolving } from "./overlap-rows.js";
import type { OverlapsArgs } from "./overlap.inputs.js";
import type { PowerCategory } from "../powers/power-enums.js";

/** What one recomputation changed, for the mutation's payload and its events. */
export interface OverlapChanges {
  opened: Overlap[];
  closed: Overlap[];
  events: NewEvent[];
}

const SEVERITY_RANK_SQL = `(CASE overlap.severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END)`;
const SEVERITY_RANK: Record<OverlapSeverity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
const LIVE_STATUSES = [OverlapStatus.OPEN, OverlapStatus.UNDER_REVIEW];

/**
 * Keeps the overlap table in line with what the engine finds. The engine decides what overlaps;
 * this service gives each finding a lasting record: same key, same row, status kept (a resolved
 * overlap stays resolved), and a row whose finding is gone becomes OBSOLETE with the reason.
 */
export class OverlapService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessGate,
  ) {}

  /** For reads outside a transaction. */
  get manager(): EntityManager {
    return this.db.manager;
  }

  /**
   * Within a power change's transaction: the overlaps of one power, against its candidates. A power
   * declared in this transaction (`declared`) has no overlaps yet: nothing to read back.
   */
  async syncPower(
    em: EntityManager,
    powerId: string,
    subject: EnginePower | null,
    candidates: EnginePower[],
    reason: string,
    options: { declared?: boolean } = {},
  ): Promise<OverlapChanges> {
    const found = subject ? new OverlapIndex(candidates).overlapsOf(subject) : [];
    return this.reconcile(em, found, options.declared ? [] : await overlapsInvolving(em, [powerId], null), reason);
  }

  /** Within one transaction: every overlap of the whole catalogue (rescan, import). */
  async syncAll(em: EntityManager, powers: EnginePower[], reason: string): Promise<OverlapChanges> {
    return this.reconcile(em, findOverlaps(powers), await allOverlaps(em), reason);
  }

  private async reconcile(em: EntityManager, found: FoundOverlap[], existing: Overlap[], reason: string): Promise<OverlapChanges> {
    const repo = em.getRepository(Overlap);
    const byKey = new Map(existing.map((o) => [o.key, o]));
    const changes: OverlapChanges = { opened: [], closed: [], events: [] };
    const inserts: Partial<Overlap>[] = [];

    for (const f of found) {
      const row = fromFinding(f);
      const current = byKey.get(f.key);
      byKey.delete(f.key);
      if (!current) {
        inserts.push({ ...row, status: OverlapStatus.OPEN, statusReason: null });
        continue;
      }
      const reopened = current.status === OverlapStatus.OBSOLETE;
      if (!reopened && sameFinding(current, row)) continue;
      const update = { ...row, ...(reopened ? { status: OverlapStatus.OPEN, statusReason: "相关权力事项变更后，此交叉再次出现" } : {}) };
      await repo.update({ id: current.id }, { ...update, updatedAt: () => "now()", version: () => "version + 1" });
      const saved = { ...current, ...update } as Overlap;
      if (reopened) {
        changes.opened.push(saved);
        changes.events.push(overlapEvent("OverlapReopened", saved));
      } else {
        changes.events.push(overlapEvent("OverlapChanged", saved));
      }
    }
    for (const o of await insertOverlaps(em, inserts)) {
      changes.opened.push(o);
      changes.events.push(overlapEvent("OverlapOpened", o));
    }
    const gone = [...byKey.values()].filter((o) => o.status !== OverlapStatus.OBSOLETE);
    if (gone.length) {
      await repo.update({ id: In(gone.map((o) => o.id)) }, {
        status: OverlapStatus.OBSOLETE,
        statusReason: reason,
        updatedAt: () => "now()",
        version: () => "version + 1",
      });
      for (const o of gone) {
        const closed = { ...o, status: OverlapStatus.OBSOLETE, statusReason: reason } as Overlap;
        changes.closed.push(closed);
        changes.events.push(overlapEvent("OverlapObsoleted", closed));
      }
    }
    return changes;
  }

  /** A page of overlaps, most severe first, that the actor may see. */
  async list(actor: Actor, args: OverlapsArgs): Promise<Page<Overlap>> {
    const scope = this.access.agencyScope(actor, Permission.ReadOverlaps);
    const qb = this.db.getRepository(Overlap).createQueryBuilder("overlap");
    if (scope !== "all") qb.andWhere("overlap.agency_ids && ARRAY[:...scope]::uuid[]", { scope });
    if (args.agencyId) qb.andWhere("overlap.agency_ids @> ARRAY[:agencyId]::uuid[]", { agencyId: isUuid(args.agencyId) ? args.agencyId : null });
    qb.andWhere("overlap.status IN (:...statuses)", { statuses: args.status?.length ? args.status : LIVE_STATUSES });
    if (args.severity) qb.andWhere("overlap.severity = :severity", { severity: args.severity });
    if (args.kind) qb.andWhere("overlap.kind = :kind", { kind: args.kind });
    if (args.category) qb.andWhere("overlap.category = :category", { category: args.category });
    if (args.matterCode) {
      qb.andWhere("EXISTS (SELECT 1 FROM unnest(overlap.matter_codes) m WHERE m = :mc OR starts_with(m, :mcSubtree))", {
        mc: args.matterCode,
        mcSubtree: `${args.matterCode}.`,
      });
    }
    if (args.regionCode) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM region r, region f WHERE f.code = :rc AND r.code = ANY(overlap.region_codes) AND (r.path = f.path OR r.path LIKE f.path || '.%'))`,
        { rc: args.regionCode },
      );
    }
    return paginate(qb, args, [
      { sql: SEVERITY_RANK_SQL, of: (o) => SEVERITY_RANK[o.severity] },
      { sql: "overlap.id", of: (o) => o.id },
    ]);
  }

  /** One overlap, or null when it does not exist or the actor may not see it. */
  async get(actor: Actor, id: string): Promise<Overlap | null> {
    this.access.require(actor, Permission.ReadOverlaps, actor.agencyId ? { agencyIds: [actor.agencyId] } : {});
    const overlap = isUuid(id) ? await this.db.getRepository(Overlap).findOneBy({ id }) : null;
    return overlap && this.access.allowsOverlap(actor, overlap.agencyIds) ? overlap : null;
  }

  /** Overlap counts per pair of agencies and severity, for the heatmap (overlap-matrix.ts lays them out). */
  async matrixRows(actor: Actor, statuses: OverlapStatus[]): Promise<MatrixRow[]> {
    const scope = this.access.agencyScope(actor, Permission.ReadOverlaps);
    const qb = this.db
      .getRepository(Overlap)
      .createQueryBuilder("overlap")
      .select("overlap.agency_ids[1]", "a")
      .addSelect("overlap.agency_ids[2]", "b")
      .addSelect("overlap.severity", "severity")
      .addSelect("count(*)::int", "n")
      .where("overlap.status IN (:...statuses)", { statuses: statuses.length ? statuses : LIVE_STATUSES })
      .groupBy("1, 2, 3");
    if (scope !== "all") qb.andWhere("overlap.agency_ids && ARRAY[:...scope]::uuid[]", { scope });
    return qb.getRawMany();
  }

  /** Live (OPEN or UNDER_REVIEW) overlaps of the given severities, for a meeting's agenda: the agenda itself knows which are already on one. */
  openForAgenda(em: EntityManager, severities: OverlapSeverity[]): Promise<Overlap[]> {
    return em.getRepository(Overlap).find({ where: { status: In(LIVE_STATUSES), severity: In(severities) }, order: { key: "ASC" } });
  }

  /**
   * Live overlaps wholly inside a scope: same category, every shared matter in the matter's subtree
   * and every shared region in the region's subtree (regionPaths: code → path).
   */
  async liveInScope(em: EntityManager, scope: { matterCode: string; regionPath: string; category: PowerCategory }, regionPaths: Map<string, string>): Promise<Overlap[]> {
    const live = await em.getRepository(Overlap).findBy({ status: In(LIVE_STATUSES), category: scope.category });
    const inMatter = (code: string) => code === scope.matterCode || code.startsWith(`${scope.matterCode}.`);
    const inRegion = (code: string) => {
      const path = regionPaths.get(code) ?? code;
      return path === scope.regionPath || path.startsWith(`${scope.regionPath}.`);
    };
    return live.filter((o) => o.matterCodes.every(inMatter) && o.regionCodes.every(inRegion));
  }

  /** Sets the status of overlaps (a meeting takes them up, resolves them, or lets them go back). */
  async setStatus(em: EntityManager, overlaps: Overlap[], status: OverlapStatus, reason: string): Promise<{ changed: Overlap[]; events: NewEvent[] }> {
    const changed = overlaps.filter((o) => o.status !== status && o.status !== OverlapStatus.OBSOLETE);
    if (changed.length === 0) return { changed: [], events: [] };
    await em.getRepository(Overlap).update({ id: In(changed.map((o) => o.id)) }, {
      status,
      statusReason: reason,
      updatedAt: () => "now()",
      version: () => "version + 1",
    });
    const updated = changed.map((o) => ({ ...o, status, statusReason: reason }) as Overlap);
    const type = ({ OPEN: "OverlapReopened", UNDER_REVIEW: "OverlapUnderReview", RESOLVED: "OverlapResolved", OBSOLETE: "OverlapObsoleted" } as const)[status];
    return { changed: updated, events: updated.map((o) => overlapEvent(type, o)) };
  }

  byIdsIn(em: EntityManager, ids: readonly string[]): Promise<Overlap[]> {
    return ids.length ? em.getRepository(Overlap).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /**
   * Live (OPEN, UNDER_REVIEW) overlaps involving any of the given powers, as plain rows with every
   * field the Overlap type shows: loaders, and law changes report them. An index lookup per power.
   */
  liveInvolving(powerIds: readonly string[], em: EntityManager = this.db.manager): Promise<Overlap[]> {
    if (powerIds.length === 0) return Promise.resolve([]);
    return overlapsInvolving(em, powerIds, LIVE_STATUSES);
  }
}

function regionCode(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}

function fromFinding(f: FoundOverlap) {
  return {
    key: f.key,
    powerIds: [...f.powerIds],
    agencyIds: [...f.agencyIds],
    category: f.category,
    kind: f.kind,
    severity: f.severity,
    matterCodes: f.matterCodes,
    regionCodes: [...new Set(f.regionPaths.map(regionCode))].sort(),
    validFrom: f.validFrom,
    validUntil: f.validUntil,
    sharedArticleIds: f.sharedArticleIds,
  } as Partial<Overlap>;
}

function sameFinding(current: Overlap, row: Partial<Overlap>): boolean {
  return (
    current.severity === row.severity &&
    current.validFrom === row.validFrom &&
    current.validUntil === row.validUntil &&
    JSON.stringify([...current.sharedArticleIds].sort()) === JSON.stringify(row.sharedArticleIds)
  );
}

/** Overlaps concern the two agencies: their feeds get them, nobody else's. */
function overlapEvent(type: Exclude<OverlapEventType, "OverlapsRescanned">, o: Overlap): NewEvent {
  return eventOf(OVERLAP_EVENTS, type, { subjectIds: [o.id, ...o.powerIds], agencyIds: [...new Set(o.agencyIds)] }, {
    key: o.key,
    kind: o.kind,
    severity: o.severity,
    status: o.status,
    statusReason: o.statusReason,
    matterCodes: o.matterCodes,
    regionCodes: o.regionCodes,
  });
}
