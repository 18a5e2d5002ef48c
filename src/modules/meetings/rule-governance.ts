import type { EntityManager } from "typeorm";
import { RoutingRule, RoutingRuleStatus } from "../routing/routing-rule.entity.js";

/**
 * Where a new routing rule meets another rule in force for the same category with nested scopes
 * (a town inside a county-wide rule, a matter inside a broader one): the part both cover, and which
 * rule governs it. The router picks the most specific rule: the deepest matter, then the deepest
 * region (JurisdictionService.resolve); this applies the same order, so the preview says what the
 * router will do.
 */
export interface RuleGovernance {
  matterCode: string;
  regionCode: string;
  /** The rule that governs this part once the decision is recorded. */
  rule: RoutingRule;
  /** The other rule of the pair: overridden here when `byThisDecision`, else the one that overrides. */
  otherRule: RoutingRule;
  byThisDecision: boolean;
  /** The same in words for the chair (names, not codes). */
  note: string;
}

const depthOfMatter = (code: string) => code.split(".").length;
const isMatterWithin = (code: string, of: string) => code === of || code.startsWith(`${of}.`);

/** `paths`: region code → its path of codes joined by "." (county first), as RegionService.pathsByCode gives. */
export async function ruleGovernance(em: EntityManager, created: readonly RoutingRule[], paths: ReadonlyMap<string, string>): Promise<RuleGovernance[]> {
  if (created.length === 0) return [];
  const newIds = new Set(created.map((r) => r.id));
  const others = (await em.getRepository(RoutingRule).findBy({ status: RoutingRuleStatus.ACTIVE })).filter((r) => !newIds.has(r.id));
  const regionDepth = (code: string) => (paths.get(code) ?? code).split(".").length;
  const isRegionWithin = (code: string, of: string) => (paths.get(code) ?? code).split(".").includes(of);
  const found: Omit<RuleGovernance, "note">[] = [];
  for (const mine of created) {
    for (const other of others) {
      if (other.category !== mine.category) continue;
      const matterCode = isMatterWithin(mine.matterCode, other.matterCode) ? mine.matterCode : isMatterWithin(other.matterCode, mine.matterCode) ? other.matterCode : null;
      const regionCode = isRegionWithin(mine.regionCode, other.regionCode) ? mine.regionCode : isRegionWithin(other.regionCode, mine.regionCode) ? other.regionCode : null;
      if (!matterCode || !regionCode) continue; // disjoint scopes: nothing shared
      const mineFirst =
        depthOfMatter(mine.matterCode) - depthOfMatter(other.matterCode) || regionDepth(mine.regionCode) - regionDepth(other.regionCode);
      const byThisDecision = mineFirst > 0;
      found.push({ matterCode, regionCode, rule: byThisDecision ? mine : other, otherRule: byThisDecision ? other : mine, byThisDecision });
    }
  }
  if (found.length === 0) return [];
  const names = await namesOf(em, found);
  return found.map((g) => ({
    ...g,
    note: g.byThisDecision
      ? `${names.region(g.regionCode)}的${names.matter(g.matterCode)}改由本决定的规则管辖（${names.agency(g.rule.leadAgencyId)}牵头），原规则（${names.region(g.otherRule.regionCode)}、${names.matter(g.otherRule.matterCode)}，${names.agency(g.otherRule.leadAgencyId)}牵头）在其余范围继续有效`
      : `${names.region(g.regionCode)}的${names.matter(g.matterCode)}仍由更具体的现行规则管辖（${names.agency(g.rule.leadAgencyId)}牵头），本决定的规则管辖其余范围`,
  }));
}

async function namesOf(em: EntityManager, found: Omit<RuleGovernance, "note">[]) {
  const rules = found.flatMap((g) => [g.rule, g.otherRule]);
  const matterCodes = [...new Set([...found.map((g) => g.matterCode), ...rules.map((r) => r.matterCode)])];
  const regionCodes = [...new Set([...found.map((g) => g.regionCode), ...rules.map((r) => r.regionCode)])];
  const agencyIds = [...new Set(rules.map((r) => r.leadAgencyId))];
  // One after another: they share the preview's one transaction connection.
  const matters: { key: string; name: string }[] = await em.query(`SELECT code AS key, name FROM matter WHERE code = ANY($1::text[])`, [matterCodes]);
  const regions: { key: string; name: string }[] = await em.query(`SELECT code AS key, name FROM region WHERE code = ANY($1::text[])`, [regionCodes]);
  const agencies: { key: string; name: string }[] = await em.query(`SELECT id::text AS key, name FROM agency WHERE id = ANY($1::uuid[])`, [agencyIds]);
  const lookup = (rows: { key: string; name: string }[]) => {
    const map = new Map(rows.map((r) => [r.key, r.name]));
    return (key: string) => map.get(key) ?? key;
  };
  return { matter: lookup(matters), region: lookup(regions), agency: lookup(agencies) };
}
