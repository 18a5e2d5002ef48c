import type { EntityManager } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { changeState } from "../../platform/db/state-machine.js";
import type { NewEvent } from "../../platform/events/topics.js";
import { eventOf, type PayloadOf } from "../../platform/events/event-catalogue.js";
import { CASE_EVENTS, type CaseEventType, type CaseStepType, type StepDetails } from "./case.events.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { BadInputError, ForbiddenError, nullWhenNotFound, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { countyDate, type Clock } from "../../platform/time.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { OfficerService } from "../officers/officer.service.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import { CASE_LIFECYCLE, CaseAction } from "./case-transitions.js";
import { decisionArticleProblems } from "./case-legal-basis.js";
import { filingDateProblem } from "./filing-date.js";
import { CaseStatus, DecisionOutcome, ParticipantRole, ReferralKind, ReferralStatus } from "./case-enums.js";
import { CaseAttachment, CaseParticipant, CaseReferral, EnforcementCase } from "./case.entity.js";
import type {
  AddAttachmentInput,
  AnswerReferralInput,
  AssignCaseInput,
  CaseStepInput,
  DecideCaseInput,
  FileCaseInput,
  InviteAgencyInput,
  ReasonedStepInput,
  ReferCaseInput,
} from "./case.inputs.js";

/** What a transition changes, and what its event says (its type, and what the step adds to the payload). */
type Step = {
  changes: Partial<EnforcementCase>;
  after?: (em: EntityManager, c: EnforcementCase) => Promise<void>;
} & { [K in CaseStepType]: {} extends StepDetails<K> ? { type: K; payload?: StepDetails<K> } : { type: K; payload: StepDetails<K> } }[CaseStepType];

/**
 * Shared cases once routed (CaseRoutingService reports and routes them; CaseQueryService reads
 * them): worked by a lead with assisting and informed agencies, through the transitions of
 * case-transitions.ts, each in one transaction with its event.
 */
export class CaseService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly jurisdiction: JurisdictionService,
    private readonly agencies: AgencyService,
    private readonly officers: OfficerService,
    private readonly clock: Clock,
  ) {}

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

  /** One case, or null when it does not exist or the actor may not see it (the same answer). */
  async get(actor: Actor, id: string): Promise<EnforcementCase | null> {
    return nullWhenNotFound(this.visibleCase(this.uow.dataSource.manager, actor, id));
  }

  // ---------------------------------------------------------------- internals

  /**
   * One transition: NOT_FOUND unless the actor may see the case; FORBIDDEN unless its agency may take
   * this step; INVALID_TRANSITION from the wrong state; CONFLICT for a stale version. Then the
   * change and its event, in one transaction.
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

  participantsIn(em: EntityManager, caseId: string): Promise<CaseParticipant[]> {
    return em.getRepository(CaseParticipant).findBy({ caseId });
  }

  /** Makes `agencyId` the lead; a previous lead stays informed. */
  async setLead(em: EntityManager, caseId: string, agencyId: string): Promise<void> {
    await em.getRepository(CaseParticipant).update({ caseId, role: ParticipantRole.LEAD }, { role: ParticipantRole.INFORMED });
    await em.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'LEAD')
       ON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'LEAD', since = now()`,
      [caseId, agencyId],
    );
  }

  async addParticipant(em: EntityManager, caseId: string, agencyId: string, role: ParticipantRole): Promise<void> {
    await em.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (case_id, agency_id) DO UPDATE SET role = EXCLUDED.role WHERE case_participant.role <> 'LEAD'`,
      [caseId, agencyId, role],
    );
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

/** Case events concern its participants: their feeds get them; others never do. */
export function caseEvent<K extends CaseEventType>(type: K, c: EnforcementCase, agencyIds: string[], payload: Omit<PayloadOf<K>, "number">): NewEvent {
  return eventOf<K, { number: string }>(CASE_EVENTS, type, { subjectIds: [c.id], agencyIds: [...new Set(agencyIds)] }, payload, { number: c.number });
}

