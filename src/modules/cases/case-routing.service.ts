import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import canonicalize from "canonicalize";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { reroutedReasonText, routeReasonText, type RouteScopeNames } from "./case-texts.js";
import { updateVersioned } from "../../platform/db/versioned-update.js";
import type { NewEvent } from "../../platform/events/topics.js";
import type { Change, OpenWrite, UnitOfWork } from "../../platform/events/unit-of-work.js";
import { ConflictError } from "../../platform/graphql/errors.js";
import { countyDate, type Clock } from "../../platform/time.js";
import { inSubtree } from "../../platform/db/subtree.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import { CaseStatus, ParticipantRole } from "./case-enums.js";
import { CaseParticipant, EnforcementCase, type CaseRouteRecord } from "./case.entity.js";
import type { ReportCaseInput } from "./case.inputs.js";
import { caseEvent, type CaseService } from "./case.service.js";

const PG_UNIQUE_VIOLATION = "23505";

export interface ReportResult {
  case: EnforcementCase;
  /** False when an earlier report with the same idempotency key answered. */
  created: boolean;
}

/**
 * Intake and routing: a reported case reaches its lead in the same transaction (APL Art. 25 for
 * disputes), and a joint meeting's decision re-routes the disputed and unassigned cases of a scope.
 * What happens to a case after it is routed is CaseService's.
 */
export class CaseRoutingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly jurisdiction: JurisdictionService,
    private readonly agencies: AgencyService,
    private readonly cases: CaseService,
    private readonly casePrefix: string,
    private readonly clock: Clock,
  ) {}

  /**
   * Reports a case and routes it in the same transaction: one covering agency → it leads; several and
   * a joint meeting's rule → the rule's lead; several and no rule → DISPUTED, every candidate informed;
   * none → UNASSIGNED, a gap on the chair's list.
   *
   * A joint operation's field report opens its cases this way, inside its own write (the case
   * joins that transaction, `fromOperation.within`) and linked to the operation.
   */
  async report(actor: Actor, input: ReportCaseInput, fromOperation?: { operationId: string; within: OpenWrite }): Promise<ReportResult> {
    this.access.require(actor, Permission.ReportCases);
    const inputHash = hashInput(input);
    const earlier = await this.byIdempotencyKey(actor, input.idempotencyKey, inputHash);
    if (earlier) return { case: earlier, created: false };
    try {
      const created = await this.uow.run(
        actor,
        (em) => this.insertRouted(em, actor, input, inputHash, fromOperation?.operationId ?? null),
        fromOperation?.within,
      );
      return { case: created, created: true };
    } catch (error) {
      // A concurrent report with the same key won the race: answer as if it came first.
      const duplicate = (error as { code?: string }).code === PG_UNIQUE_VIOLATION && input.idempotencyKey;
      const winner = duplicate ? await this.byIdempotencyKey(actor, input.idempotencyKey, inputHash) : null;
      if (winner) return { case: winner, created: false };
      throw error;
    }
  }

  /** The reported case, numbered, with its route and its participants, and the event that says so. */
  private async insertRouted(
    em: EntityManager,
    actor: Actor,
    input: ReportCaseInput,
    inputHash: string,
    operationId: string | null,
  ): Promise<Change<EnforcementCase>> {
    // Reported now by the hub's clock: the filing clock and the case number's year count from it.
    const reportedAt = this.clock.now();
    const day = countyDate(reportedAt);
    const j = await this.jurisdiction.resolve(em, input.matterCode, input.regionCode, input.category, day);
    const names = await this.agencies.names([...j.agencyIds, ...(j.leadAgencyId ? [j.leadAgencyId] : [])], em);
    const scopeNames = { matter: j.matter.name, region: j.region.name, category: input.category };
    const route = routeOf(j.agencyIds, j.rule?.id ?? null, j.leadAgencyId, (ids) => ids.map((id) => names.get(id) ?? id), scopeNames);
    const [{ last }] = await em.query(
      `INSERT INTO case_counter (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = case_counter.last + 1 RETURNING last`,
      [Number(day.slice(0, 4))],
    );
    const repo = em.getRepository(EnforcementCase);
    const inserted = await repo.insert({
      number: `${this.casePrefix}-${day.slice(0, 4)}-${String(last).padStart(6, "0")}`,
      title: input.title.trim(),
      description: input.description.trim(),
      matterCode: input.matterCode,
      regionCode: input.regionCode,
      category: input.category,
      source: input.source,
      occurredAt: input.occurredAt,
      locationText: input.locationText?.trim() || null,
      reporterContact: input.reporterContact?.trim() || null,
      idempotencyKey: input.idempotencyKey ?? null,
      inputHash,
      reportedBySub: actor.sub,
      reportedByRole: actor.role,
      reportedByAgencyId: actor.agencyId ?? null,
      status: route.outcome as CaseStatus,
      leadAgencyId: route.outcome === "ASSIGNED" ? (j.leadAgencyId ?? j.agencyIds[0]) : null,
      route,
      operationId,
      createdAt: reportedAt,
      updatedAt: reportedAt,
    });
    const c = await repo.findOneByOrFail({ id: inserted.identifiers[0].id as string });
    const participants: Partial<CaseParticipant>[] = [];
    if (c.leadAgencyId) participants.push({ caseId: c.id, agencyId: c.leadAgencyId, role: ParticipantRole.LEAD });
    const assisting = new Set(j.rule?.assistingAgencyIds ?? []);
    for (const agencyId of j.agencyIds) {
      if (agencyId === c.leadAgencyId) continue;
      participants.push({ caseId: c.id, agencyId, role: assisting.has(agencyId) ? ParticipantRole.ASSISTING : ParticipantRole.INFORMED });
    }
    if (participants.length) await em.getRepository(CaseParticipant).insert(participants);
    return {
      result: c,
      events: [caseEvent("CaseReported", c, participants.map((p) => p.agencyId!), { route, source: c.source, operationId })],
    };
  }

  private async byIdempotencyKey(actor: Actor, key: string | undefined, inputHash: string): Promise<EnforcementCase | null> {
    if (!key) return null;
    const existing = await this.uow.dataSource.getRepository(EnforcementCase).findOneBy({ idempotencyKey: key });
    if (!existing) return null;
    if (existing.inputHash !== inputHash || existing.reportedBySub !== actor.sub) {
      throw new ConflictError(`Idempotency key ${key} was already used for a different report`, { idempotencyKey: key });
    }
    return existing;
  }

  /** Disputed and unassigned cases, oldest first, for a meeting's agenda. */
  openDisputesIn(em: EntityManager): Promise<EnforcementCase[]> {
    return em.getRepository(EnforcementCase).find({ where: { status: In([CaseStatus.DISPUTED, CaseStatus.UNASSIGNED]) }, order: { createdAt: "ASC" } });
  }

  /**
   * A joint meeting designated a lead for a scope: every disputed or unassigned case in it (matter
   * subtree × region subtree × category), or the listed ones, goes to that lead, in the caller's
   * transaction. The lead becomes LEAD, the assisting agencies ASSISTING; the others stay informed.
   */
  async rerouteInScope(
    em: EntityManager,
    scope: { matterCode: string; regionPath: string; category: string },
    leadAgencyId: string,
    assistingAgencyIds: string[],
    ruleId: string | null,
    reason: string,
  ): Promise<{ cases: EnforcementCase[]; events: NewEvent[] }> {
    const candidates = await em
      .getRepository(EnforcementCase)
      .createQueryBuilder("c")
      .innerJoin("region", "r", "r.code = c.region_code")
      .where("c.status IN (:...statuses) AND c.category = :category", { statuses: [CaseStatus.DISPUTED, CaseStatus.UNASSIGNED], category: scope.category })
      .andWhere(...inSubtree("c.matter_code", "mc", scope.matterCode))
      .andWhere(...inSubtree("r.path", "rp", scope.regionPath))
      .getMany();
    const events: NewEvent[] = [];
    const rerouted: EnforcementCase[] = [];
    if (candidates.length) reason = reroutedReasonText((await this.agencies.names([leadAgencyId], em)).get(leadAgencyId) ?? leadAgencyId, reason);
    for (const c of candidates) {
      await updateVersioned(em, EnforcementCase, c.id, c.version, {
        status: CaseStatus.ASSIGNED,
        leadAgencyId,
        route: { ...c.route, outcome: "ASSIGNED", ruleId, reason },
      }, `Case ${c.number}`);
      await this.cases.setLead(em, c.id, leadAgencyId);
      for (const agencyId of assistingAgencyIds) await this.cases.addParticipant(em, c.id, agencyId, ParticipantRole.ASSISTING);
      const updated = await em.getRepository(EnforcementCase).findOneByOrFail({ id: c.id });
      const participants = await this.cases.participantsIn(em, c.id);
      rerouted.push(updated);
      events.push(caseEvent("CaseRerouted", updated, participants.map((p) => p.agencyId), { status: updated.status, leadAgencyId, ruleId, reason }));
    }
    return { cases: rerouted, events };
  }
}

function routeOf(
  candidates: string[],
  ruleId: string | null,
  ruleLead: string | null,
  named: (ids: string[]) => string[],
  scope: RouteScopeNames,
): CaseRouteRecord {
  const reason = routeReasonText(scope, named(candidates), ruleLead ? named([ruleLead])[0] : null);
  if (candidates.length === 0) {
    if (ruleLead) return { outcome: "ASSIGNED", candidateAgencyIds: [], ruleId, reason };
    return { outcome: "UNASSIGNED", candidateAgencyIds: [], ruleId: null, reason };
  }
  if (ruleLead) return { outcome: "ASSIGNED", candidateAgencyIds: candidates, ruleId, reason };
  if (candidates.length === 1) return { outcome: "ASSIGNED", candidateAgencyIds: candidates, ruleId: null, reason };
  return { outcome: "DISPUTED", candidateAgencyIds: candidates, ruleId: null, reason };
}

/** What makes two reports the same report: everything the reporter said. */
function hashInput(input: ReportCaseInput): string {
  const { idempotencyKey: _key, ...content } = input;
  return createHash("sha256").update(canonicalize({ ...content, occurredAt: new Date(content.occurredAt).toISOString() })!).digest("hex");
}
