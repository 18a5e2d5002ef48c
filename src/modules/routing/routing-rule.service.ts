import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import type { NewEvent } from "../../platform/events/topics.js";
import { eventOf } from "../../platform/events/event-catalogue.js";
import { ROUTING_EVENTS } from "./routing.events.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { inSubtree } from "../../platform/db/subtree.js";
import type { PowerCategory } from "../powers/power-enums.js";
import { RoutingRule, RoutingRuleStatus } from "./routing-rule.entity.js";

/** A scope of jurisdiction: a matter subtree × a region subtree × a category. */
export interface Scope {
  matterCode: string;
  regionCode: string;
  category: PowerCategory;
}

/**
 * Routing rules: the joint meeting's designations in the form the router reads. One rule in force
 * per scope (the database refuses a second); a later decision supersedes, and history stays.
 */
export class RoutingRuleService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessGate,
  ) {}

  /** The rule in force for exactly this scope, if any. */
  activeFor(em: EntityManager, scope: Scope): Promise<RoutingRule | null> {
    return em.getRepository(RoutingRule).findOneBy({ ...scope, status: RoutingRuleStatus.ACTIVE });
  }

  async supersede(em: EntityManager, rules: RoutingRule[]): Promise<NewEvent[]> {
    if (rules.length === 0) return [];
    await em.getRepository(RoutingRule).update({ id: In(rules.map((r) => r.id)) }, { status: RoutingRuleStatus.SUPERSEDED, supersededAt: () => "now()" });
    return rules.map((r) => ruleEvent("RoutingRuleSuperseded", r));
  }

  async create(
    em: EntityManager,
    scope: Scope,
    leadAgencyId: string,
    assistingAgencyIds: string[],
    decisionId: string | null,
    reason: string | null,
  ): Promise<{ rule: RoutingRule; events: NewEvent[] }> {
    const inserted = await em.getRepository(RoutingRule).insert({
      ...scope,
      leadAgencyId,
      assistingAgencyIds,
      decisionId,
      reason,
      status: RoutingRuleStatus.ACTIVE,
    });
    const rule = await em.getRepository(RoutingRule).findOneByOrFail({ id: inserted.identifiers[0].id as string });
    return { rule, events: [ruleEvent("RoutingRuleCreated", rule)] };
  }

  /** Rules, newest first; by default those in force. */
  async list(actor: Actor, filter: { status?: RoutingRuleStatus; agencyId?: string; matterCode?: string }): Promise<RoutingRule[]> {
    this.access.require(actor, Permission.ReadPowers);
    const qb = this.db.getRepository(RoutingRule).createQueryBuilder("r").orderBy("r.created_at", "DESC");
    if (filter.status) qb.andWhere("r.status = :status", { status: filter.status });
    if (filter.agencyId) {
      qb.andWhere("(r.lead_agency_id = :agency OR r.assisting_agency_ids @> ARRAY[:agency]::uuid[])", { agency: isUuid(filter.agencyId) ? filter.agencyId : null });
    }
    if (filter.matterCode) qb.andWhere(...inSubtree("r.matter_code", "mc", filter.matterCode));
    return qb.getMany();
  }

  byIds(ids: readonly string[]): Promise<RoutingRule[]> {
    return this.db.getRepository(RoutingRule).findBy({ id: In(ids.filter(isUuid)) });
  }
}

/** Who leads what is public: every agency routes by it. */
function ruleEvent(type: keyof typeof ROUTING_EVENTS, r: RoutingRule): NewEvent {
  return eventOf(ROUTING_EVENTS, type, { subjectIds: [r.id], agencyIds: [r.leadAgencyId, ...r.assistingAgencyIds] }, {
    matterCode: r.matterCode,
    regionCode: r.regionCode,
    category: r.category,
    leadAgencyId: r.leadAgencyId,
    decisionId: r.decisionId,
  });
}
