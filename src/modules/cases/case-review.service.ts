import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { EventTopic, EventVisibility, type NewEvent } from "../../platform/events/topics.js";
import { eventOf, type PayloadOf } from "../../platform/events/event-catalogue.js";
import { CASE_EVENTS, type CaseEventType } from "./case.events.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { BadInputError, ConflictError, NotFoundError, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { COUNTY_TIME_ZONE, type Clock } from "../../platform/time.js";
import { CaseStatus } from "./case-enums.js";
import { CaseParticipant, CaseReview, CaseReviewRevision, EnforcementCase } from "./case.entity.js";
import { gradeReview, sampleCaseFiles, summarizeReviews, validateScores, VETO_ITEMS, type AgencyReviewSummary } from "./case-review.js";

/** Case-file review (案卷评查): reproducible stratified samples of closed files, and supervisors' reviews. */
export class CaseReviewService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly clock: Clock,
  ) {}

  /** The same arguments always draw the same files: the seed is part of the answer to record. */
  /** The veto items a reviewer may tick, so that screens and other clients offer the codes the hub grades by. */
  vetoItems(actor: Actor): readonly { code: string; description: string }[] {
    this.access.require(actor, Permission.SampleCases);
    return VETO_ITEMS;
  }

  async sample(actor: Actor, args: { size: number; perAgencyMax: number; seed: string; closedFrom: string; closedTo: string }) {
    this.access.require(actor, Permission.SampleCases);
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(args.size) || args.size < 0 || args.size > 10_000) problems.push({ path: "size", message: "must be a whole number from 0 to 10000" });
    if (!Number.isInteger(args.perAgencyMax) || args.perAgencyMax < 1) problems.push({ path: "perAgencyMax", message: "must be a whole number of at least 1" });
    if (args.closedTo < args.closedFrom) problems.push({ path: "closedTo", message: `is before closedFrom (${args.closedFrom})` });
    if (problems.length) throw new BadInputError(problems);
    const closed = await this.uow.dataSource
      .getRepository(EnforcementCase)
      .createQueryBuilder("c")
      .where("c.status = :closed AND c.closed_on BETWEEN :from AND :to AND c.lead_agency_id IS NOT NULL", { closed: CaseStatus.CLOSED, from: args.closedFrom, to: args.closedTo })
      .getMany();
    const result = sampleCaseFiles(
      closed.map((c) => ({ id: c.id, agencyId: c.leadAgencyId!, closedOn: c.closedOn! })),
      { size: args.size, perAgencyMax: args.perAgencyMax, seed: args.seed },
    );
    const byId = new Map(closed.map((c) => [c.id, c]));
    return { seed: result.seed, cases: result.picked.map((p) => byId.get(p.id)!), perAgency: result.perAgency, available: closed.length };
  }

  /** A supervisor grades a closed file: any failed veto item fails it; otherwise form (20) + content (80). */
  async record(actor: Actor, input: { caseId: string; form: number; content: number; failedVetoItems: string[]; findings?: string }): Promise<CaseReview> {
    this.access.require(actor, Permission.ReviewCases);
    const problems = scoreProblems(input);
    if (problems.length) throw new BadInputError(problems);
    return this.uow.run(actor, async (em) => {
      const c = isUuid(input.caseId) ? await em.getRepository(EnforcementCase).findOneBy({ id: input.caseId }) : null;
      if (!c) throw new NotFoundError("Case", input.caseId);
      if (c.status !== CaseStatus.CLOSED) throw BadInputError.field("caseId", `only closed case files are reviewed; this one is ${c.status}`);
      if (await em.getRepository(CaseReview).existsBy({ caseId: c.id })) throw new ConflictError(`Case ${c.number} has already been reviewed`);
      const graded = reviewColumns(actor, input, this.clock.now());
      await em.getRepository(CaseReview).insert({ caseId: c.id, ...graded });
      const review = await em.getRepository(CaseReview).findOneByOrFail({ caseId: c.id });
      const participants = await em.getRepository(CaseParticipant).findBy({ caseId: c.id });
      return {
        result: review,
        events: [
          {
            topic: EventTopic.CASE,
            type: "CaseFileReviewed",
            subjectIds: [c.id],
            agencyIds: participants.map((p) => p.agencyId),
            visibility: EventVisibility.AGENCIES,
            payload: { number: c.number, grade: graded.grade, total: graded.total, failedVetoItems: input.failedVetoItems },
          },
        ],
      };
    });
  }

  /**
   * A supervisor corrects a review (a score mistyped, a veto item missed): the version it replaces
   * is kept whole in the history, with who replaced it and when, and the correction says why.
   */
  async correct(
    actor: Actor,
    input: { caseId: string; expectedRevision: number; form: number; content: number; failedVetoItems: string[]; findings?: string; reason: string },
  ): Promise<CaseReview> {
    this.access.require(actor, Permission.ReviewCases);
    const problems = scoreProblems(input);
    if (!input.reason.trim()) problems.push({ path: "reason", message: "say why the review is corrected" });
    if (problems.length) throw new BadInputError(problems);
    return this.uow.run(actor, async (em) => {
      const c = isUuid(input.caseId) ? await em.getRepository(EnforcementCase).findOneBy({ id: input.caseId }) : null;
      if (!c) throw new NotFoundError("Case", input.caseId);
      const current = await em.getRepository(CaseReview).findOneBy({ caseId: c.id });
      if (!current) throw BadInputError.field("caseId", `case ${c.number} has no review to correct; record one first (recordCaseReview)`);
      if (current.revision !== input.expectedRevision) {
        throw new ConflictError(`The review of case ${c.number} is at revision ${current.revision}, not ${input.expectedRevision}; read it again`, { revision: current.revision });
      }
      const now = this.clock.now();
      // The history's key (case, revision) also stops a concurrent correction of the same revision: CONFLICT.
      await em.getRepository(CaseReviewRevision).insert({ ...current, replacedAt: now, replacedBySub: actor.sub, replacedByName: actor.name });
      await em.getRepository(CaseReview).update(
        { caseId: c.id, revision: current.revision },
        { ...reviewColumns(actor, input, now), revision: current.revision + 1, correctionReason: input.reason.trim() },
      );
      const review = await em.getRepository(CaseReview).findOneByOrFail({ caseId: c.id });
      const event = await this.reviewEvent(em, c, "CaseFileReviewCorrected", {
        number: c.number,
        grade: review.grade,
        total: review.total,
        failedVetoItems: review.failedVetoItems,
        revision: review.revision,
        previous: { grade: current.grade, total: current.total },
        reason: review.correctionReason,
      });
      return { result: review, events: [event] };
    });
  }

  private async reviewEvent<K extends CaseEventType>(em: EntityManager, c: EnforcementCase, type: K, payload: PayloadOf<K>): Promise<NewEvent> {
    const participants = await em.getRepository(CaseParticipant).findBy({ caseId: c.id });
    return eventOf(CASE_EVENTS, type, { subjectIds: [c.id], agencyIds: participants.map((p) => p.agencyId) }, payload);
  }

  /** Earlier versions of reviews, oldest first (for loaders). */
  historyOf(caseIds: readonly string[]): Promise<CaseReviewRevision[]> {
    return this.uow.dataSource.getRepository(CaseReviewRevision).find({ where: { caseId: In([...caseIds]) }, order: { revision: "ASC" } });
  }

  /**
   * Review results per lead agency, over the reviews (their current version) made in a period of
   * county dates, both ends included; no period: all of them.
   */
  async summary(actor: Actor, period: { from?: string; to?: string } = {}): Promise<AgencyReviewSummary[]> {
    this.access.require(actor, Permission.SampleCases);
    if (period.from && period.to && period.to < period.from) throw BadInputError.field("reviewedTo", `is before reviewedFrom (${period.from})`);
    const qb = this.uow.dataSource.getRepository(CaseReview).createQueryBuilder("r");
    if (period.from) qb.andWhere("(r.reviewed_at AT TIME ZONE :tz)::date >= :from", { tz: COUNTY_TIME_ZONE, from: period.from });
    if (period.to) qb.andWhere("(r.reviewed_at AT TIME ZONE :tz)::date <= :to", { tz: COUNTY_TIME_ZONE, to: period.to });
    const reviews = await qb.getMany();
    if (reviews.length === 0) return [];
    const cases = await this.uow.dataSource.getRepository(EnforcementCase).findBy({ id: In(reviews.map((r) => r.caseId)) });
    const lead = new Map(cases.map((c) => [c.id, c.leadAgencyId!]));
    return summarizeReviews(reviews.map((r) => ({ agencyId: lead.get(r.caseId)!, grade: r.grade, total: r.total })));
  }

  reviewsOf(caseIds: readonly string[]): Promise<CaseReview[]> {
    return this.uow.dataSource.getRepository(CaseReview).findBy({ caseId: In([...caseIds]) });
  }
}

type ScoredInput = { form: number; content: number; failedVetoItems: string[]; findings?: string };

/** Scores out of range and veto items that are not on the list, each named by its field. */
function scoreProblems(input: ScoredInput): FieldProblem[] {
  const problems: FieldProblem[] = validateScores({ form: input.form, content: input.content }).map((message) => ({ path: "scores", message }));
  const known = new Set(VETO_ITEMS.map((v) => v.code));
  input.failedVetoItems.forEach((code, i) => known.has(code) || problems.push({ path: `failedVetoItems.${i}`, message: `${code} is not a veto item (${[...known].join(", ")})` }));
  return problems;
}

/** What a review (first or corrected) stores: who graded the file, when, the scores and the grade they give. */
function reviewColumns(actor: Actor, input: ScoredInput, at: Date) {
  const outcome = gradeReview({ scores: { form: input.form, content: input.content }, failedVetoItems: input.failedVetoItems });
  return {
    reviewerSub: actor.sub,
    reviewerName: actor.name,
    reviewedAt: at,
    formScore: input.form,
    contentScore: input.content,
    failedVetoItems: input.failedVetoItems,
    findings: input.findings?.trim() || null,
    total: outcome.total,
    grade: outcome.grade,
  };
}
