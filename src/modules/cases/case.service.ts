import { createHash } from "node:crypto";
import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { In } from "typeorm";
import canonicalize from "canonicalize";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { containsPattern } from "../../platform/db/like.js";
import { INBOX_REASONS, referredReasonText, reroutedReasonText, routeReasonText, type RouteScopeNames } from "./case-texts.js";
import { changeState } from "../../platform/db/state-machine.js";
import { updateVersioned } from "../../platform/db/versioned-update.js";
import type { NewEvent } from "../../platform/events/topics.js";
import { eventOf, type PayloadOf } from "../../platform/events/event-catalogue.js";
import { CASE_EVENTS, type CaseEventType, type CaseStepType, type StepDetails } from "./case.events.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { countyDate, type Clock } from "../../platform/time.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { OfficerService } from "../officers/officer.service.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import { CASE_LIFECYCLE, CaseAction } from "./case-transitions.js";
import { caseDeadlines, type CaseDeadline } from "./case-clocks.js";
import { decisionArticleProblems } from "./case-legal-basis.js";
import { filingDateProblem } from "./filing-date.js";
import type { WorkingCalendarService } from "./working-calendar.service.js";
import { CaseStatus, DecisionOutcome, ParticipantRole, ReferralKind, ReferralStatus } from "./case-enums.js";
import { CaseAttachment, CaseParticipant, CaseReferral, EnforcementCase, type CaseRouteRecord } from "./case.entity.js";
import type {
  AddAttachmentInput,
  AnswerReferralInput,
  AssignCaseInput,
  CasesArgs,
  CaseStepInput,
  DecideCaseInput,
  FileCaseInput,
  InviteAgencyInput,
  ReasonedStepInput,
  ReferCaseInput,
  ReportCaseInput,
} from "./case.inputs.js";

const PG_UNIQUE_VIOLATION = "23505";
const OPEN_STATUSES = [
  CaseStatus.UNASSIGNED, CaseStatus.DISPUTED, CaseStatus.ASSIGNED, CaseStatus.ACCEPTED, CaseStatus.INVESTIGATING,
  CaseStatus.DECIDED, CaseStatus.EXECUTED, CaseStatus.SUSPENDED, CaseStatus.REFERRED,
];

export interface ReportResult {
  case: EnforcementCase;
  /** False when an earlier report with the same idempotency key answered. */
  created: boolean;
}

/** What a transition changes, and what its event says (its type, and what the step adds to the payload). */
type Step = {
  changes: Partial<EnforcementCase>;
  after?: (em: EntityManager, c: EnforcementCase) => Promise<void>;
} & { [K in CaseStepType]: {} extends StepDetails<K> ? { type: K; payload?: StepDetails<K> } : { type: K; payload: StepDetails<K> } }[CaseStepType];

/**
 * Shared cases: reported and routed at once (APL Art. 25 for disputes), worked by a lead with
 * assisting and informed agencies, through the transitions of case-transitions.ts, each in one
 * transaction with its event.
 */
export class CaseService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly jurisdiction: JurisdictionService,
    private readonly agencies: AgencyService,
    private readonly officers: OfficerService,
    private readonly casePrefix: string,
    private readonly clock: Clock,
    private readonly workingCalendar: WorkingCalendarService,
  ) {}

  private get db(): DataSource {
    return this.uow.dataSource;
  }

  /**
   * Reports a case and routes it in the same transaction: one covering agency → it leads; several and
   * a joint meeting's rule → the rule's lead; several and no rule → DISPUTED, every candidate informed;
   * none → UNASSIGNED, a gap on the chair's list.
   */
  async report(actor: Actor, input: ReportCaseInput): Promise<ReportResult> {
    this.access.require(actor, Permission.ReportCases);
    const inputHash = hashInput(input);
    const earlier = await this.byIdempotencyKey(actor, input.idempotencyKey, inputHash);
    if (earlier) return { case: earlier, created: false };
    try {
      const created = await this.uow.run(actor, async (em) => {
        const c = await this.reportIn(em, actor, input, inputHash, null);
        return { result: c.case, events: c.events };
      });
      return { case: created, created: true };
    } catch (error) {
      // A concurrent report with the same key won the race: answer as if it came first.
      const duplicate = (error as { code?: string }).code === PG_UNIQUE_VIOLATION && input.idempotencyKey;
      const winner = duplicate ? await this.byIdempotencyKey(actor, input.idempotencyKey, inputHash) : null;
      if (winner) return { case: winner, created: false };
      throw error;
    }
  }

  /**
   * Reports and routes a case inside the caller's transaction (a joint operation's field report
   * opens its cases this way, linked to the operation).
   */
  async reportIn(
    em: EntityManager,
    actor: Actor,
    input: ReportCaseInput,
    inputHash: string = hashInput(input),
    operationId: string | null = null,
  ): Promise<{ case: EnforcementCase; events: NewEvent[] }> {
    // Reported now by the hub's clock: the filing clock and the case number's year count from it.
    const reportedAt = this.clock.now();
    const day = countyDate(reportedAt);
    const j = await this.jurisdiction.resolve(em, input.matterCode, input.regionCode, input.category, day);
    const names = await this.agencyNames(em, [...j.agencyIds, ...(j.leadAgencyId ? [j.leadAgencyId] : [])]);
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
    } as never);
    const c = await repo.findOneByOrFail({ id: inserted.identifiers[0].id as string });
    const participants: Partial<CaseParticipant>[] = [];
    if (c.leadAgencyId) participants.push({ caseId: c.id, agencyId: c.leadAgencyId, role: ParticipantRole.LEAD });
    const assisting = new Set(j.rule?.assistingAgencyIds ?? []);
    for (const agencyId of j.agencyIds) {
      if (agencyId === c.leadAgencyId) continue;
      participants.push({ caseId: c.id, agencyId, role: assisting.has(agencyId) ? ParticipantRole.ASSISTING : ParticipantRole.INFORMED });
    }
    if (participants.length) await em.getRepository(CaseParticipant).insert(participants as never);
    return {
      case: c,
      events: [caseEvent("CaseReported", c, participants.map((p) => p.agencyId!), { route, source: c.source, operationId })],
    };
  }

  /** For loaders: the cases an operation opened. */
  byOperations(operationIds: readonly string[]): Promise<EnforcementCase[]> {
    return this.db.getRepository(EnforcementCase).find({ where: { operationId: In([...operationIds]) }, order: { number: "ASC" } });
  }

  private async byIdempotencyKey(actor: Actor, key: string | undefined, inputHash: string): Promise<EnforcementCase | null> {
    if (!key) return null;
    const existing = await this.db.getRepository(EnforcementCase).findOneBy({ idempotencyKey: key });
    if (!existing) return null;
    if (existing.inputHash !== inputHash || existing.reportedBySub !== actor.sub) {
      throw new ConflictError(`Idempotency key ${key} was already used for a different report`, { idempotencyKey: key });
    }
    return existing;
  }

  /** 立案: the lead (or, for a disputed case, a candidate: the first to file takes it) with certified officers. */
  async file(actor: Actor, input: FileCaseInput): Promise<EnforcementCase> {
    return this.step(actor, input, CaseAction.FILE, async (em, c, participants) => {
      const agencyId = actor.agencyId!;
      if (c.status === CaseStatus.DISPUTED && !participants.some((p) => p.agencyId === agencyId)) {
        throw new ForbiddenError("Only an agency with jurisdiction may claim a disputed case");
      }
      const filedOn = input.filedOn ?? this.clock.today();
      const filingProblem = filingDateProblem(filedOn, countyDate(c.createdAt), this.clock.today());
      if (filingProblem) throw BadInputError.field("filedOn", filingProblem);
      await this.requireTeam(em, agencyId, input.leadOfficerId, input.officerIds, filedOn);
      return {
        changes: { status: CaseStatus.ACCEPTED, leadAgencyId: agencyId, filedOn, leadOfficerId: input.leadOfficerId, officerIds: [...new Set(input.officerIds)], powerId: await this.powerUsed(em, c, agencyId, filedOn) },
        type: c.status === CaseStatus.DISPUTED ? "CaseClaimed" : "CaseFiled",
        payload: { filedOn, leadOfficerId: input.leadOfficerId, officerIds: input.officerIds },
        after: (tx, updated) => this.setLead(tx, updated.id, agencyId),
      };
    }, { claimable: true });
  }

  async investigate(actor: Actor, input: CaseStepInput) {
    return this.step(actor, input, CaseAction.INVESTIGATE, async () => ({ changes: { status: CaseStatus.INVESTIGATING }, type: "CaseInvestigationStarted" }));
  }

  async decide(actor: Actor, input: DecideCaseInput) {
    return this.step(actor, input, CaseAction.DECIDE, async (em, c) => {
      const problems: FieldProblem[] = [];
      if (input.outcome === DecisionOutcome.PENALTY && !input.articleId) problems.push({ path: "articleId", message: "a penalty names the article it applies" });
      problems.push(...(await decisionArticleProblems(em, c, input.articleId, input.articleReason)));
      if (problems.length) throw new BadInputError(problems);
      const decidedOn = input.decidedOn ?? this.clock.today();
      const articleReason = (input.articleId && input.articleReason?.trim()) || null;
      const decision = { outcome: input.outcome, amount: input.amount ?? null, articleId: input.articleId ?? null, articleReason, summary: input.summary.trim() };
      return { changes: { status: CaseStatus.DECIDED, decision, decidedOn }, type: "CaseDecided", payload: { ...decision, decidedOn } };
    });
  }

  async execute(actor: Actor, input: CaseStepInput) {
    return this.step(actor, input, CaseAction.EXECUTE, async () => ({ changes: { status: CaseStatus.EXECUTED, executedOn: this.clock.today() }, type: "CaseExecuted" }));
  }

  async close(actor: Actor, input: CaseStepInput) {
    return this.step(actor, input, CaseAction.CLOSE, async (_em, c) => {
      if (c.status === CaseStatus.DECIDED && c.decision?.outcome === DecisionOutcome.PENALTY) {
        throw BadInputError.field("caseId", "a penalty must be executed (executeCase) before the case is closed");
      }
      return { changes: { status: CaseStatus.CLOSED, closedOn: this.clock.today() }, type: "CaseClosed" };
    });
  }

  async dismiss(actor: Actor, input: ReasonedStepInput) {
    return this.step(actor, input, CaseAction.DISMISS, async () => ({
      changes: { status: CaseStatus.DISMISSED, dismissalReason: input.reason.trim(), closedOn: this.clock.today() },
      type: "CaseDismissed",
      payload: { reason: input.reason.trim() },
    }));
  }

  /** 中止: the decision clock stops until the case resumes. */
  async suspend(actor: Actor, input: ReasonedStepInput) {
    return this.step(actor, input, CaseAction.SUSPEND, async (_em, c) => ({
      changes: { status: CaseStatus.SUSPENDED, resumeStatus: c.status, pauses: [...c.pauses, { from: this.clock.today(), until: null }] },
      type: "CaseSuspended",
      payload: { reason: input.reason.trim() },
    }));
  }

  async resume(actor: Actor, input: CaseStepInput) {
    return this.step(actor, input, CaseAction.RESUME, async (_em, c) => ({
      changes: { status: c.resumeStatus!, resumeStatus: null, pauses: c.pauses.map((p) => (p.until === null ? { ...p, until: this.clock.today() } : p)) },
      type: "CaseResumed",
    }));
  }

  /** 移送: to the agency with jurisdiction, or a suspected crime to the police (APL Art. 27). */
  async refer(actor: Actor, input: ReferCaseInput) {
    return this.step(actor, input, CaseAction.REFER, async (em, c) => {
      if (input.toAgencyId === c.leadAgencyId) throw BadInputError.field("toAgencyId", "a case cannot be referred to its own lead");
      if (!isUuid(input.toAgencyId) || !(await this.agencies.existsIn(em, input.toAgencyId))) {
        throw BadInputError.field("toAgencyId", `no agency has id ${input.toAgencyId}`);
      }
      await em.getRepository(CaseReferral).insert({
        caseId: c.id,
        kind: input.kind,
        fromAgencyId: c.leadAgencyId!,
        toAgencyId: input.toAgencyId,
        reason: input.reason.trim(),
        status: ReferralStatus.PENDING,
        referredOn: this.clock.today(),
      });
      return {
        changes: { status: CaseStatus.REFERRED, resumeStatus: c.status },
        type: input.kind === ReferralKind.CRIMINAL ? "CaseReferredAsCrime" : "CaseReferred",
        payload: { toAgencyId: input.toAgencyId, kind: input.kind, reason: input.reason.trim() },
        after: (tx, updated) => this.addParticipant(tx, updated.id, input.toAgencyId, ParticipantRole.INFORMED),
      };
    });
  }

  /** The referred agency takes the case (it becomes the lead) or refuses it; refused twice, it goes to the chair. */
  async answerReferral(actor: Actor, input: AnswerReferralInput) {
    return this.step(actor, input, CaseAction.ANSWER_REFERRAL, async (em, c) => {
      const referral = await em.getRepository(CaseReferral).findOneByOrFail({ caseId: c.id, status: ReferralStatus.PENDING });
      if (actor.agencyId !== referral.toAgencyId) throw new ForbiddenError("Only the agency the case was referred to may answer");
      await em.getRepository(CaseReferral).update(
        { id: referral.id },
        { status: input.accept ? ReferralStatus.ACCEPTED : ReferralStatus.REJECTED, answer: input.reason.trim(), answeredOn: this.clock.today() },
      );
      if (input.accept) {
        const criminal = referral.kind === ReferralKind.CRIMINAL;
        return {
          changes: criminal
            ? { status: CaseStatus.TRANSFERRED, resumeStatus: null, closedOn: this.clock.today() }
            : { status: CaseStatus.ASSIGNED, resumeStatus: null, leadAgencyId: referral.toAgencyId, filedOn: null, leadOfficerId: null, officerIds: [] },
          type: criminal ? "CaseTransferredToJudicialOrgans" : "CaseReferralAccepted",
          payload: { referralId: referral.id, reason: input.reason.trim() },
          after: criminal ? undefined : (tx, updated) => this.setLead(tx, updated.id, referral.toAgencyId),
        };
      }
      const rejections = c.referralRejections + 1;
      return {
        changes: rejections >= 2
          ? { status: CaseStatus.DISPUTED, resumeStatus: null, referralRejections: rejections }
          : { status: c.resumeStatus!, resumeStatus: null, referralRejections: rejections },
        type: rejections >= 2 ? "CaseDisputedAfterRefusals" : "CaseReferralRejected",
        payload: { referralId: referral.id, reason: input.reason.trim(), rejections },
      };
    }, { answering: true });
  }

  /** The chair assigns an unassigned or disputed case to a lead. */
  async assign(actor: Actor, input: AssignCaseInput) {
    // Checked once, before the case is read: only the chair assigns, whatever the case.
    this.access.require(actor, Permission.AssignCases);
    return this.step(actor, input, CaseAction.ASSIGN, async (em) => {
      if (!isUuid(input.agencyId) || !(await this.agencies.existsIn(em, input.agencyId))) {
        throw BadInputError.field("agencyId", `no agency has id ${input.agencyId}`);
      }
      return {
        changes: { status: CaseStatus.ASSIGNED, leadAgencyId: input.agencyId },
        type: "CaseAssigned",
        payload: { agencyId: input.agencyId, reason: input.reason.trim() },
        after: (tx, updated) => this.setLead(tx, updated.id, input.agencyId),
      };
    }, { byChair: true });
  }

  /** The lead invites another agency to assist or to be informed. */
  async invite(actor: Actor, input: InviteAgencyInput): Promise<EnforcementCase> {
    return this.uow.run(actor, async (em) => {
      const { c } = await this.requireLead(em, actor, input.caseId);
      if (!isUuid(input.agencyId) || !(await this.agencies.existsIn(em, input.agencyId))) {
        throw BadInputError.field("agencyId", `no agency has id ${input.agencyId}`);
      }
      if (input.agencyId === c.leadAgencyId) throw BadInputError.field("agencyId", "the lead already takes part");
      await this.addParticipant(em, c.id, input.agencyId, input.role);
      const participants = await this.participantsIn(em, c.id);
      return { result: c, events: [caseEvent("AgencyInvited", c, participants.map((p) => p.agencyId), { agencyId: input.agencyId, role: input.role })] };
    });
  }

  /** Attachments are metadata only: name, size and sha-256 (lead and assisting agencies). */
  async attach(actor: Actor, input: AddAttachmentInput): Promise<CaseAttachment> {
    this.access.require(actor, Permission.ActOnCases);
    return this.uow.run(actor, async (em) => {
      const c = await this.visibleCase(em, actor, input.caseId);
      const participants = await this.participantsIn(em, c.id);
      const mine = participants.find((p) => p.agencyId === actor.agencyId);
      if (!mine || mine.role === ParticipantRole.INFORMED) throw new ForbiddenError("Only the lead and assisting agencies attach files");
      const inserted = await em.getRepository(CaseAttachment).insert({ caseId: c.id, name: input.name.trim(), size: input.size, sha256: input.sha256, addedBy: actor.sub });
      const attachment = await em.getRepository(CaseAttachment).findOneByOrFail({ id: inserted.identifiers[0].id as string });
      return {
        result: attachment,
        events: [caseEvent("AttachmentAdded", c, participants.map((p) => p.agencyId), { name: attachment.name, size: attachment.size, sha256: attachment.sha256 })],
      };
    });
  }

  // ---------------------------------------------------------------- reading

  /** A page of cases the actor may see, newest first. */
  async list(actor: Actor, args: CasesArgs): Promise<Page<EnforcementCase>> {
    const qb = this.access.restrictRecords(actor, Permission.ReadCases, this.db.getRepository(EnforcementCase).createQueryBuilder("c"), "c");
    // An officer's own role in the case; others take part in none.
    if (args.myRole && actor.agencyId) {
      qb.andWhere("EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = c.id AND p.agency_id = :me AND p.role = :myRole)", { me: actor.agencyId, myRole: args.myRole });
    }
    if (args.status?.length) qb.andWhere("c.status IN (:...statuses)", { statuses: args.status });
    if (args.matterCode) qb.andWhere("(c.matter_code = :mc OR starts_with(c.matter_code, :mcDot))", { mc: args.matterCode, mcDot: `${args.matterCode}.` });
    if (args.regionCode) {
      qb.andWhere("EXISTS (SELECT 1 FROM region r, region f WHERE r.code = c.region_code AND f.code = :rc AND (r.path = f.path OR starts_with(r.path, f.path || '.')))", { rc: args.regionCode });
    }
    if (args.source) qb.andWhere("c.source = :source", { source: args.source });
    if (args.from) qb.andWhere("c.created_at >= (:from::date)::timestamp AT TIME ZONE 'Asia/Shanghai'", { from: args.from });
    if (args.to) qb.andWhere("c.created_at < ((:to::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')", { to: args.to });
    if (args.text) qb.andWhere("(c.number ILIKE :t OR c.title ILIKE :t OR c.description ILIKE :t)", { t: containsPattern(args.text) });
    if (args.overdue) {
      const overdueIds = (await this.overdueIn(qb.clone())).map((c) => c.id);
      qb.andWhere("c.id IN (:...overdueIds)", { overdueIds: overdueIds.length ? overdueIds : [null] });
    }
    return paginate(qb, args, [
      { sql: "c.number", of: (c) => c.number },
    ]);
  }

  /** One case, or null when it does not exist or the actor may not see it (the same answer). */
  async get(actor: Actor, id: string): Promise<EnforcementCase | null> {
    try {
      return await this.visibleCase(this.db.manager, actor, id);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** What awaits the caller's agency: cases to file, disputes it may claim, referrals to answer. */
  async inbox(actor: Actor): Promise<{ case: EnforcementCase; reason: string }[]> {
    this.access.require(actor, Permission.ActOnCases);
    const me = actor.agencyId!;
    const rows = await this.db
      .getRepository(EnforcementCase)
      .createQueryBuilder("c")
      .innerJoin(CaseParticipant, "p", "p.case_id = c.id AND p.agency_id = :me", { me })
      .where("c.status IN (:...open)", { open: OPEN_STATUSES })
      .addSelect("p.role", "my_role")
      .orderBy("c.created_at", "ASC")
      .getRawAndEntities();
    const pending = await this.db.getRepository(CaseReferral).findBy({ toAgencyId: me, status: ReferralStatus.PENDING });
    const referredToMe = new Map(pending.map((r) => [r.caseId, r]));
    const referrers = await this.agencyNames(this.db.manager, pending.map((r) => r.fromAgencyId));
    return rows.entities.flatMap((c, i) => {
      const role = rows.raw[i].my_role as ParticipantRole;
      const referral = referredToMe.get(c.id);
      if (referral) return [{ case: c, reason: referredReasonText(referrers.get(referral.fromAgencyId) ?? referral.fromAgencyId, referral.reason) }];
      if (c.status === CaseStatus.ASSIGNED && role === ParticipantRole.LEAD) return [{ case: c, reason: INBOX_REASONS.routedToLead }];
      if (c.status === CaseStatus.DISPUTED) return [{ case: c, reason: INBOX_REASONS.disputed }];
      if (role === ParticipantRole.ASSISTING && ![CaseStatus.CLOSED, CaseStatus.DISMISSED].includes(c.status)) {
        return [{ case: c, reason: INBOX_REASONS.assisting }];
      }
      return [];
    });
  }

  /** Open cases past a statutory deadline (chair, supervisors). */
  async overdue(actor: Actor): Promise<EnforcementCase[]> {
    this.access.require(actor, Permission.SampleCases);
    return this.overdueIn(this.db.getRepository(EnforcementCase).createQueryBuilder("c"));
  }

  private async overdueIn(qb: SelectQueryBuilder<EnforcementCase>): Promise<EnforcementCase[]> {
    const open = await qb.andWhere("c.status IN (:...openStatuses)", { openStatuses: OPEN_STATUSES }).getMany();
    if (open.length === 0) return [];
    const clocks = await this.deadlinesFor(open);
    return open.filter((c) => clocks.get(c.id)!.some((d) => d.overdue));
  }

  /** The statutory clocks of each case today. */
  async deadlinesFor(cases: readonly EnforcementCase[]): Promise<Map<string, CaseDeadline[]>> {
    if (cases.length === 0) return new Map();
    const ids = cases.map((c) => c.id);
    const referrals = await this.db.getRepository(CaseReferral).findBy({ caseId: In(ids), status: ReferralStatus.PENDING });
    const matterDays: { code: string; decision_days: number | null }[] = await this.db.query(
      `SELECT code, decision_days FROM matter WHERE code = ANY($1::text[])`,
      [[...new Set(cases.map((c) => c.matterCode))]],
    );
    const days = new Map(matterDays.map((m) => [m.code, m.decision_days]));
    const pending = new Map(referrals.map((r) => [r.caseId, r]));
    const today = this.clock.today();
    const calendar = await this.workingCalendar.calendar();
    return new Map(cases.map((c) => [c.id, caseDeadlines(c, pending.get(c.id) ?? null, days.get(c.matterCode) ?? null, today, calendar)]));
  }

  /** Disputed and unassigned cases, oldest first, for a meeting's agenda. */
  openDisputesIn(em: EntityManager): Promise<EnforcementCase[]> {
    return em.getRepository(EnforcementCase).find({ where: { status: In([CaseStatus.DISPUTED, CaseStatus.UNASSIGNED]) }, order: { createdAt: "ASC" } });
  }

  /** Cases by id, in the caller's transaction: a meeting's minutes name the cases it re-routed. */
  byIdsIn(em: EntityManager, ids: readonly string[]): Promise<EnforcementCase[]> {
    return ids.length ? em.getRepository(EnforcementCase).findBy({ id: In([...ids]) }) : Promise.resolve([]);
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
      .andWhere("(c.matter_code = :mc OR starts_with(c.matter_code, :mcDot))", { mc: scope.matterCode, mcDot: `${scope.matterCode}.` })
      .andWhere("(r.path = :rp OR starts_with(r.path, :rpDot))", { rp: scope.regionPath, rpDot: `${scope.regionPath}.` })
      .getMany();
    const events: NewEvent[] = [];
    const rerouted: EnforcementCase[] = [];
    if (candidates.length) reason = reroutedReasonText((await this.agencyNames(em, [leadAgencyId])).get(leadAgencyId) ?? leadAgencyId, reason);
    for (const c of candidates) {
      await updateVersioned(em, EnforcementCase, c.id, c.version, {
        status: CaseStatus.ASSIGNED,
        leadAgencyId,
        route: { ...c.route, outcome: "ASSIGNED", ruleId, reason },
      }, `Case ${c.number}`);
      await this.setLead(em, c.id, leadAgencyId);
      for (const agencyId of assistingAgencyIds) await this.addParticipant(em, c.id, agencyId, ParticipantRole.ASSISTING);
      const updated = await em.getRepository(EnforcementCase).findOneByOrFail({ id: c.id });
      const participants = await this.participantsIn(em, c.id);
      rerouted.push(updated);
      events.push(caseEvent("CaseRerouted", updated, participants.map((p) => p.agencyId), { status: updated.status, leadAgencyId, ruleId, reason }));
    }
    return { cases: rerouted, events };
  }

  /** Power items each lead agency used in cases filed in the period (全占比), by agency id. */
  async powersUsed(from: string, to: string): Promise<Map<string, number>> {
    const rows: { agency_id: string; used: number }[] = await this.db.query(
      `SELECT lead_agency_id AS agency_id, count(DISTINCT power_id)::int AS used FROM enforcement_case
        WHERE power_id IS NOT NULL AND filed_on BETWEEN $1 AND $2 GROUP BY lead_agency_id`,
      [from, to],
    );
    return new Map(rows.map((r) => [r.agency_id, r.used]));
  }

  /** For loaders. */
  participantsOf(caseIds: readonly string[]): Promise<CaseParticipant[]> {
    return this.db.getRepository(CaseParticipant).find({ where: { caseId: In([...caseIds]) }, order: { since: "ASC" } });
  }

  referralsOf(caseIds: readonly string[]): Promise<CaseReferral[]> {
    return this.db.getRepository(CaseReferral).find({ where: { caseId: In([...caseIds]) }, order: { createdAt: "ASC" } });
  }

  attachmentsOf(caseIds: readonly string[]): Promise<CaseAttachment[]> {
    return this.db.getRepository(CaseAttachment).find({ where: { caseId: In([...caseIds]) }, order: { createdAt: "ASC" } });
  }

  // ---------------------------------------------------------------- internals

  /**
   * One transition: NOT_FOUND unless the actor may see the case; then, through changeState, CONFLICT
   * for a stale version, FORBIDDEN unless its agency may take this step, INVALID_TRANSITION from the
   * wrong state. Then the change and its event, in one transaction.
   */
  private step(
    actor: Actor,
    input: CaseStepInput,
    action: CaseAction,
    plan: (em: EntityManager, c: EnforcementCase, participants: CaseParticipant[]) => Promise<Step>,
    /** `byChair`: the caller checked AssignCases before reading the case. */
    who: { claimable?: boolean; answering?: boolean; byChair?: boolean } = {},
  ): Promise<EnforcementCase> {
    return this.uow.run(actor, async (em) => {
      const c = await this.visibleCase(em, actor, input.caseId);
      const participants = await this.participantsIn(em, c.id);
      const { updated, planned } = await changeState(em, EnforcementCase, CASE_LIFECYCLE, c, {
        action,
        expectedVersion: input.expectedVersion,
        describe: `Case ${c.number}`,
        authorize: who.byChair ? undefined : () => {
          this.access.require(actor, Permission.ActOnCases);
          const isLead = c.leadAgencyId !== null && c.leadAgencyId === actor.agencyId;
          const mayClaim = who.claimable && c.status === CaseStatus.DISPUTED;
          if (!isLead && !mayClaim && !who.answering) throw new ForbiddenError(`Only the lead agency may ${action.toLowerCase().replace("_", " ")} this case`);
        },
        plan: () => plan(em, c, participants),
      });
      await planned.after?.(em, updated);
      const now = await this.participantsIn(em, c.id);
      const payload = { status: updated.status, ...(input.note ? { note: input.note.trim() } : {}), ...planned.payload };
      return { result: updated, events: [caseEvent(planned.type, updated, now.map((p) => p.agencyId), payload)] };
    });
  }

  /** The case, once the access gate has found that the actor may read it (NOT_FOUND otherwise). */
  private async visibleCase(em: EntityManager, actor: Actor, id: string): Promise<EnforcementCase> {
    await this.access.requireIds(actor, Permission.ReadCases, [id], em);
    return em.getRepository(EnforcementCase).findOneByOrFail({ id });
  }

  private async requireLead(em: EntityManager, actor: Actor, id: string) {
    this.access.require(actor, Permission.ActOnCases);
    const c = await this.visibleCase(em, actor, id);
    if (c.leadAgencyId !== actor.agencyId) throw new ForbiddenError("Only the lead agency may do this");
    return { c };
  }

  private participantsIn(em: EntityManager, caseId: string): Promise<CaseParticipant[]> {
    return em.getRepository(CaseParticipant).findBy({ caseId });
  }

  /** Makes `agencyId` the lead; a previous lead stays informed. */
  private async setLead(em: EntityManager, caseId: string, agencyId: string): Promise<void> {
    await em.getRepository(CaseParticipant).update({ caseId, role: ParticipantRole.LEAD }, { role: ParticipantRole.INFORMED });
    await em.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'LEAD')
       ON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'LEAD', since = now()`,
      [caseId, agencyId],
    );
  }

  private async addParticipant(em: EntityManager, caseId: string, agencyId: string, role: ParticipantRole): Promise<void> {
    await em.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (case_id, agency_id) DO UPDATE SET role = EXCLUDED.role WHERE case_participant.role <> 'LEAD'`,
      [caseId, agencyId, role],
    );
  }

  /** Agencies' full names by id, read in the caller's transaction, for the texts a case shows. */
  private async agencyNames(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.agencies.byIdsIn(em, [...new Set(ids)])).map((a) => [a.id, a.name]));
  }

  /** APL Art. 42: a lead officer certified that day, and at least two certified officers, all of the filing agency. */
  private async requireTeam(em: EntityManager, agencyId: string, leadOfficerId: string, officerIds: string[], day: string): Promise<void> {
    const team = [...new Set([leadOfficerId, ...officerIds])];
    const officers = await this.officers.certifiedAmong(em, team, day);
    const certified = officers.filter((o) => o.agencyId === agencyId);
    const problems: FieldProblem[] = [];
    if (!certified.some((o) => o.id === leadOfficerId)) {
      problems.push({ path: "leadOfficerId", message: `is not an officer of the filing agency certified on ${day}` });
    }
    if (certified.length < 2) {
      problems.push({ path: "officerIds", message: `at least two officers certified on ${day} are required (APL Art. 42); ${certified.length} given` });
    }
    if (problems.length) throw new BadInputError(problems);
  }

  /** The lead's power the case exercises: its first active power covering the matter and place. */
  private async powerUsed(em: EntityManager, c: EnforcementCase, agencyId: string, day: string): Promise<string | null> {
    const j = await this.jurisdiction.resolve(em, c.matterCode, c.regionCode, c.category, day);
    return j.powers.find((p) => p.agencyId === agencyId)?.id ?? null;
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

/** Case events concern its participants: their feeds get them; others never do. */
function caseEvent<K extends CaseEventType>(type: K, c: EnforcementCase, agencyIds: string[], payload: Omit<PayloadOf<K>, "number">): NewEvent {
  return eventOf<K, { number: string }>(CASE_EVENTS, type, { subjectIds: [c.id], agencyIds: [...new Set(agencyIds)] }, payload, { number: c.number });
}

