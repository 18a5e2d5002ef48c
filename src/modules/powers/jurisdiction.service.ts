import type { DataSource, EntityManager } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { BadInputError } from "../../platform/graphql/errors.js";
import type { Clock } from "../../platform/time.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { Matter } from "../matters/matter.entity.js";
import type { MatterService } from "../matters/matter.service.js";
import { RegionLevel, type Region } from "../regions/region.entity.js";
import type { RegionService } from "../regions/region.service.js";
import { PowerCategory, PowerStatus } from "./power-enums.js";
import { Power } from "./power.entity.js";
import { RoutingRule, RoutingRuleStatus } from "../routing/routing-rule.entity.js";

/** A matter code and every code above it: FOOD.STREET_STALL → [FOOD, FOOD.STREET_STALL]. */
export function matterLineage(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}

/** Where a jurisdiction question asks about: each of matter and region by code, or by name (or part of one). */
export interface JurisdictionPlace {
  matterCode?: string;
  matter?: string;
  regionCode?: string;
  region?: string;
}

const TOWN_LEVELS = new Set([RegionLevel.TOWN, RegionLevel.SUBDISTRICT]);

/** Who covers what: jurisdiction, regulatory gaps and power usage, all read from the power list. */
export class JurisdictionService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessGate,
    private readonly regions: RegionService,
    private readonly matters: MatterService,
    private readonly agencies: AgencyService,
    private readonly clock: Clock,
  ) {}

  /**
   * The active powers of a category that cover a matter in a place on a day: a power covers when
   * one of its matters is the matter or above it, and one of its regions is the place or above it.
   */
  async jurisdiction(actor: Actor, where: JurisdictionPlace, category: PowerCategory, at: string | undefined) {
    this.access.require(actor, Permission.ReadPowers);
    const em = this.db.manager;
    const matterCode = await this.codeOf(where.matterCode, where.matter, "matter", (ref) => this.matters.byNameOrCode(em, ref, "matter"));
    const regionCode = await this.codeOf(where.regionCode, where.region, "region", (ref) => this.regions.byNameOrCode(em, ref, "region"));
    return this.resolve(em, matterCode, regionCode, category, at ?? this.clock.today());
  }

  /** The code given, or the code of the record a name (or part of one) picks out; one of the two, not both. */
  private async codeOf(code: string | undefined, ref: string | undefined, field: "matter" | "region", find: (ref: string) => Promise<{ code: string }>): Promise<string> {
    if (code != null && ref != null) throw BadInputError.field(field, `give ${field} or ${field}Code, not both`);
    if (code != null) return code;
    if (ref == null) throw BadInputError.field(field, `give ${field} (a name, part of one, or a code) or ${field}Code`);
    return (await find(ref)).code;
  }

  /**
   * Jurisdiction inside a caller's transaction (the case router): the covering powers, their
   * agencies, and the most specific routing rule in force for the scope, if a joint meeting made one.
   */
  async resolve(em: EntityManager, matterCode: string, regionCode: string, category: PowerCategory, day: string) {
    const matter = await this.matters.requireForField(em, matterCode, "matterCode");
    const region = await this.regions.requireForField(em, regionCode, "regionCode");
    const powers = await em
      .getRepository(Power)
      .createQueryBuilder("p")
      .where("p.status = :active AND p.category = :category", { active: PowerStatus.ACTIVE, category })
      .andWhere("(p.valid_from IS NULL OR p.valid_from <= :day) AND (p.valid_until IS NULL OR p.valid_until >= :day)", { day })
      .andWhere("p.matter_codes && CAST(:matters AS text[])", { matters: matterLineage(matter.code) })
      .andWhere("p.region_codes && CAST(:regions AS text[])", { regions: region.path.split(".") })
      .orderBy("p.code")
      .getMany();
    const agencyIds = [...new Set(powers.map((p) => p.agencyId))];
    const regionLineage = region.path.split(".");
    const rules = await em
      .getRepository(RoutingRule)
      .createQueryBuilder("r")
      .where("r.status = :active AND r.category = :category", { active: RoutingRuleStatus.ACTIVE, category })
      .andWhere("r.matter_code IN (:...matters) AND r.region_code IN (:...regions)", { matters: matterLineage(matter.code), regions: regionLineage })
      .getMany();
    // The most specific rule wins: the deepest matter, then the deepest region.
    const rule =
      rules.sort((a, b) => b.matterCode.split(".").length - a.matterCode.split(".").length || regionLineage.indexOf(b.regionCode) - regionLineage.indexOf(a.regionCode))[0] ??
      null;
    return {
      matter,
      region,
      category,
      at: day,
      powers,
      agencyIds,
      rule,
      leadAgencyId: rule?.leadAgencyId ?? null,
      disputed: agencyIds.length > 1 && !rule,
      gap: agencyIds.length === 0,
    };
  }

  /**
   * Every leaf matter and town (or sub-district) under `regionCode` that no active power of the
   * category covers today, grouped by matter (监管空白).
   */
  async gaps(actor: Actor, category: PowerCategory, regionCode: string | undefined, em: EntityManager = this.db.manager): Promise<{ matter: Matter; regions: Region[] }[]> {
    this.access.require(actor, Permission.ReadPowers);
    const regions = await this.regions.all(em);
    const root = regionCode ? regions.find((r) => r.code === regionCode) : regions.find((r) => r.level === RegionLevel.COUNTY);
    if (!root) throw BadInputError.field("regionCode", `no region has code ${regionCode}`);
    const inScope = (r: Region) => r.path === root.path || r.path.startsWith(`${root.path}.`);
    let towns = regions.filter((r) => TOWN_LEVELS.has(r.level) && inScope(r));
    if (towns.length === 0) towns = [root]; // asked about a town, or a village
    const matters = await this.matters.all(em);
    const parents = new Set(matters.map((m) => m.parentCode).filter((c): c is string => c !== null));
    const leaves = matters.filter((m) => !parents.has(m.code));

    const day = this.clock.today();
    const powers = await em
      .getRepository(Power)
      .createQueryBuilder("p")
      .where("p.status = :active AND p.category = :category", { active: PowerStatus.ACTIVE, category })
      .andWhere("(p.valid_from IS NULL OR p.valid_from <= :day) AND (p.valid_until IS NULL OR p.valid_until >= :day)", { day })
      .getMany();
    // For each matter code a power names: the region paths it covers.
    const pathOf = new Map(regions.map((r) => [r.code, r.path]));
    const coverage = new Map<string, string[]>();
    for (const p of powers) {
      for (const m of p.matterCodes) {
        const list = coverage.get(m) ?? [];
        list.push(...p.regionCodes.map((c) => pathOf.get(c) ?? c));
        coverage.set(m, list);
      }
    }
    const result: { matter: Matter; regions: Region[] }[] = [];
    for (const leaf of leaves) {
      const covering = matterLineage(leaf.code).flatMap((code) => coverage.get(code) ?? []);
      const uncovered = towns.filter((t) => !covering.some((path) => t.path === path || t.path.startsWith(`${path}.`)));
      if (uncovered.length) result.push({ matter: leaf, regions: uncovered });
    }
    return result;
  }

  /**
   * Power usage (全占比) in a period: active items per agency and for the county, and how many had
   * at least one case; the case module, which stands above, counts those (`used`, by agency id).
   */
  async usage(actor: Actor, from: string, to: string, used: Map<string, number> = new Map()) {
    this.access.require(actor, Permission.ReadPowers);
    if (to < from) throw BadInputError.field("to", `is before from (${from})`);
    const rows: { agency_id: string; active: number }[] = await this.db.query(
      `SELECT agency_id, count(*)::int AS active FROM power
        WHERE status = $1 AND (valid_from IS NULL OR valid_from <= $3) AND (valid_until IS NULL OR valid_until >= $2)
        GROUP BY agency_id`,
      [PowerStatus.ACTIVE, from, to],
    );
    const agencies = await this.agencies.byIds(rows.map((r) => r.agency_id));
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const row = (agency: (typeof agencies)[number] | null, activeItems: number, usedItems: number) => ({
      agency,
      activeItems,
      usedItems,
      ratio: activeItems ? usedItems / activeItems : 0,
    });
    const perAgency = rows
      .map((r) => row(byId.get(r.agency_id) ?? null, r.active, Math.min(used.get(r.agency_id) ?? 0, r.active)))
      .sort((a, b) => (a.agency?.code ?? "").localeCompare(b.agency?.code ?? ""));
    const total = rows.reduce((n, r) => n + r.active, 0);
    return { from, to, county: row(null, total, perAgency.reduce((n, r) => n + r.usedItems, 0)), agencies: perAgency };
  }
}
