import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import type { RequestContext, SubscribeData } from "../../context.js";
import { CaseField, Permission, type CaseAccessFacts } from "../../platform/auth/access-gate.js";
import { HubEvent } from "../../platform/events/hub-event.entity.js";
import { Connection, type Page } from "../../platform/graphql/connection.js";
import { NotFoundError } from "../../platform/graphql/errors.js";
import { present } from "../../platform/graphql/loaders.js";
import { Agency } from "../agencies/agency.entity.js";
import { Matter } from "../matters/matter.entity.js";
import { PowerState } from "../powers/power.entity.js";
import { PowerUsage } from "../powers/power.types.js";
import { Region } from "../regions/region.entity.js";
import { CaseDeadline } from "./case-clocks.js";
import { allowedActions } from "./case-transitions.js";
import { CaseStatus } from "./case-enums.js";
import { CaseAttachment, CaseReferral, CaseReview, CaseRoute, EnforcementCase } from "./case.entity.js";
import {
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
import { CaseFileSample, CaseParticipantView, InboxItem, ReportCasePayload, ReviewSummaryRow, ReviewVetoItem } from "./case.types.js";
import { TimelineEntry, toTimelineEntry } from "../events/event.types.js";
import { ReviewScoresInput } from "./case-review.inputs.js";

@ObjectType({ description: "A page of cases" })
export class CaseConnection extends Connection(EnforcementCase, "Case") {}

@Resolver(() => EnforcementCase)
export class CaseResolver {
  @Mutation(() => ReportCasePayload, { description: "Reports a case (officers, the chair, intake systems); it is routed to its lead at once" })
  reportCase(@Ctx() ctx: RequestContext, @Arg("input", () => ReportCaseInput) input: ReportCaseInput) {
    return ctx.services.caseRouting.report(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Files the case (立案): the lead, or for a disputed case the first candidate to file; needs certified officers (APL Art. 42)" })
  fileCase(@Ctx() ctx: RequestContext, @Arg("input", () => FileCaseInput) input: FileCaseInput) {
    return ctx.services.cases.file(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Starts the investigation (lead)" })
  startInvestigation(@Ctx() ctx: RequestContext, @Arg("input", () => CaseStepInput) input: CaseStepInput) {
    return ctx.services.cases.investigate(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Records the decision: outcome, amount, article (lead)" })
  decideCase(@Ctx() ctx: RequestContext, @Arg("input", () => DecideCaseInput) input: DecideCaseInput) {
    return ctx.services.cases.decide(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Records that the decision was carried out (lead)" })
  executeCase(@Ctx() ctx: RequestContext, @Arg("input", () => CaseStepInput) input: CaseStepInput) {
    return ctx.services.cases.execute(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Closes the case (结案) (lead)" })
  closeCase(@Ctx() ctx: RequestContext, @Arg("input", () => CaseStepInput) input: CaseStepInput) {
    return ctx.services.cases.close(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Decides not to file (不予立案), with the reason (lead)" })
  dismissCase(@Ctx() ctx: RequestContext, @Arg("input", () => ReasonedStepInput) input: ReasonedStepInput) {
    return ctx.services.cases.dismiss(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Suspends the case (中止); its decision clock stops (lead)" })
  suspendCase(@Ctx() ctx: RequestContext, @Arg("input", () => ReasonedStepInput) input: ReasonedStepInput) {
    return ctx.services.cases.suspend(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Resumes a suspended case (lead)" })
  resumeCase(@Ctx() ctx: RequestContext, @Arg("input", () => CaseStepInput) input: CaseStepInput) {
    return ctx.services.cases.resume(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Refers the case (移送) to another agency, or a suspected crime to the police (lead)" })
  referCase(@Ctx() ctx: RequestContext, @Arg("input", () => ReferCaseInput) input: ReferCaseInput) {
    return ctx.services.cases.refer(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Accepts or refuses a referral, with the reason (the referred agency)" })
  answerReferral(@Ctx() ctx: RequestContext, @Arg("input", () => AnswerReferralInput) input: AnswerReferralInput) {
    return ctx.services.cases.answerReferral(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Assigns an unassigned or disputed case to a lead (chair)" })
  assignCase(@Ctx() ctx: RequestContext, @Arg("input", () => AssignCaseInput) input: AssignCaseInput) {
    return ctx.services.cases.assign(ctx.actor, input);
  }

  @Mutation(() => EnforcementCase, { description: "Invites an agency to assist or to be informed (lead)" })
  inviteAgency(@Ctx() ctx: RequestContext, @Arg("input", () => InviteAgencyInput) input: InviteAgencyInput) {
    return ctx.services.cases.invite(ctx.actor, input);
  }

  @Mutation(() => CaseAttachment, { description: "Describes a file attached to the case; the content stays in the agency's own system" })
  addCaseAttachment(@Ctx() ctx: RequestContext, @Arg("input", () => AddAttachmentInput) input: AddAttachmentInput) {
    return ctx.services.cases.attach(ctx.actor, input);
  }

  @Mutation(() => CaseReview, { description: "Records a supervisor's review of a closed case file (案卷评查)" })
  recordCaseReview(
    @Ctx() ctx: RequestContext,
    @Arg("caseId", () => ID) caseId: string,
    @Arg("scores", () => ReviewScoresInput) scores: ReviewScoresInput,
    @Arg("failedVetoItems", () => [String], { defaultValue: [], description: "Codes of the veto items the file failed" }) failedVetoItems: string[],
    @Arg("findings", () => String, { nullable: true }) findings?: string,
  ) {
    return ctx.services.caseReviews.record(ctx.actor, { caseId, form: scores.form, content: scores.content, failedVetoItems, findings });
  }

  @Query(() => CaseConnection, { description: "Cases you may see, by number; filter by your role, status, matter, region, source, overdue, period or text" })
  cases(@Ctx() ctx: RequestContext, @Args(() => CasesArgs) args: CasesArgs): Promise<Page<EnforcementCase>> {
    return ctx.services.caseQueries.list(ctx.actor, args);
  }

  @Query(() => EnforcementCase, { nullable: true, description: "One case; null when it does not exist or you may not see it" })
  case(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.cases.get(ctx.actor, id);
  }

  @Query(() => [InboxItem], { description: "What awaits your agency: cases to file, disputes to claim, referrals to answer, cases to assist" })
  inbox(@Ctx() ctx: RequestContext) {
    return ctx.services.caseQueries.inbox(ctx.actor);
  }

  @Query(() => [EnforcementCase], { description: "Open cases past a statutory deadline (chair, supervisors)" })
  overdueCases(@Ctx() ctx: RequestContext) {
    return ctx.services.caseQueries.overdue(ctx.actor);
  }

  @Query(() => [EnforcementCase], { description: "The chair's dispute list: disputed and unassigned cases" })
  disputedCases(@Ctx() ctx: RequestContext) {
    return ctx.services.caseQueries.list(ctx.actor, { status: [CaseStatus.DISPUTED, CaseStatus.UNASSIGNED], first: 100 } as CasesArgs).then((p) => p.nodes);
  }

  @Query(() => CaseFileSample, { description: "A reproducible random sample of closed case files, stratified across agencies (chair, supervisors)" })
  async sampleCaseFiles(
    @Ctx() ctx: RequestContext,
    @Arg("size", () => Int) size: number,
    @Arg("perAgencyMax", () => Int) perAgencyMax: number,
    @Arg("seed", () => String) seed: string,
    @Arg("closedFrom", () => LocalDateResolver) closedFrom: string,
    @Arg("closedTo", () => LocalDateResolver) closedTo: string,
  ): Promise<CaseFileSample> {
    const sample = await ctx.services.caseReviews.sample(ctx.actor, { size, perAgencyMax, seed, closedFrom, closedTo });
    const agencies = await ctx.loaders.agencyById.loadMany(sample.perAgency.map((p) => p.agencyId));
    return { ...sample, perAgency: sample.perAgency.map((p, i) => ({ ...p, agency: agencies[i] as Agency })) };
  }

  @Query(() => [ReviewVetoItem], { description: "The veto items (否决项) of the case-file review scheme, for recordCaseReview's failedVetoItems (chair, supervisors)" })
  reviewVetoItems(@Ctx() ctx: RequestContext): readonly ReviewVetoItem[] {
    return ctx.services.caseReviews.vetoItems(ctx.actor);
  }

  @Query(() => [ReviewSummaryRow], { description: "Case-file review results per agency (chair, supervisors), over the reviews made in a period (county dates, both included; default: all)" })
  async reviewSummary(
    @Ctx() ctx: RequestContext,
    @Arg("reviewedFrom", () => LocalDateResolver, { nullable: true }) reviewedFrom?: string,
    @Arg("reviewedTo", () => LocalDateResolver, { nullable: true }) reviewedTo?: string,
  ): Promise<ReviewSummaryRow[]> {
    const rows = await ctx.services.caseReviews.summary(ctx.actor, { from: reviewedFrom ?? undefined, to: reviewedTo ?? undefined });
    const agencies = await ctx.loaders.agencyById.loadMany(rows.map((r) => r.agencyId));
    return rows.map((r, i) => ({ ...r, agency: agencies[i] as Agency }));
  }

  @Query(() => PowerUsage, { description: "Active power items and those used by at least one case filed in the period (全占比)" })
  async powerUsage(
    @Ctx() ctx: RequestContext,
    @Arg("from", () => LocalDateResolver) from: string,
    @Arg("to", () => LocalDateResolver) to: string,
  ): Promise<PowerUsage> {
    return ctx.services.jurisdiction.usage(ctx.actor, from, to, await ctx.services.caseQueries.powersUsed(from, to));
  }

  @Subscription(() => HubEvent, {
    description: "Everything that happens to one case, for its participants, the chair and supervisors (the intake system that reported it: the status steps only, without names or notes): first what you missed after `after`, then live",
    subscribe: async ({ args, context }: SubscribeData<{ caseId: string; after?: string }>) => {
      const c = await context.services.cases.get(context.actor, args.caseId);
      if (!c) throw new NotFoundError("Case", args.caseId);
      const view = context.services.access.caseEventView(context.actor, await caseAccessFacts(context, c));
      // Asked again before every event: an agency that no longer takes part stops receiving the case.
      const recheck = () => context.services.access.requireIds(context.actor, Permission.ReadCases, [c.id]);
      return context.services.events.subjectEvents(context.actor, "caseEvents", c.id, args.after ?? undefined, { ...view, recheck });
    },
  })
  caseEvents(
    @Root() event: HubEvent,
    @Arg("caseId", () => ID, { validate: false }) _caseId: string,
    @Arg("after", () => String, { nullable: true, description: "The last cursor you saw", validate: false }) _after?: string,
  ): HubEvent {
    return event;
  }

  @FieldResolver(() => Agency, { nullable: true })
  lead(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext) {
    return c.leadAgencyId ? ctx.loaders.agencyById.load(c.leadAgencyId) : null;
  }

  @FieldResolver(() => [CaseParticipantView])
  async participants(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<CaseParticipantView[]> {
    const rows = await ctx.loaders.caseParticipants.load(c.id);
    const agencies = await ctx.loaders.agencyById.loadMany(rows.map((r) => r.agencyId));
    return rows.map((r, i) => ({ agency: agencies[i] as Agency, role: r.role, since: r.since }));
  }

  @FieldResolver(() => CaseRoute, { description: "How the case was routed when reported, and why" })
  route(@Root() c: EnforcementCase): CaseRoute {
    return { ...c.route, outcome: c.route.outcome as CaseStatus };
  }

  @FieldResolver(() => Matter)
  async matter(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.matterByCode.load(c.matterCode))!;
  }

  @FieldResolver(() => Region)
  async region(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.regionByCode.load(c.regionCode))!;
  }

  @FieldResolver(() => PowerState, { nullable: true, description: "The lead's power item the case exercises (set when filed)" })
  power(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext) {
    return c.powerId ? ctx.loaders.powerById.load(c.powerId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "How to reach the reporter: participants and the chair only, null for others" })
  async reporterContact(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext) {
    return (await this.allows(ctx, CaseField.ReporterContact, c)) ? c.reporterContact : null;
  }

  @FieldResolver(() => [CaseDeadline], { description: "Statutory deadlines running now, with days left on the working calendar" })
  deadlines(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext) {
    return ctx.loaders.caseDeadlines.load(c);
  }

  @FieldResolver(() => [String], { description: "The steps the case's state allows now (whether you may take them depends on your role)" })
  allowedActions(@Root() c: EnforcementCase): string[] {
    return allowedActions(c.status);
  }

  @FieldResolver(() => [CaseReferral], { description: "Referrals between agencies: for participants, the chair and supervisors; empty for the intake system that reported the case" })
  async referrals(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext) {
    return (await this.allows(ctx, CaseField.Referrals, c)) ? ctx.loaders.caseReferrals.load(c.id) : [];
  }

  @FieldResolver(() => [CaseAttachment], { description: "Evidence descriptions: for participants, the chair and supervisors; empty for the intake system that reported the case" })
  async attachments(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext) {
    return (await this.allows(ctx, CaseField.Attachments, c)) ? ctx.loaders.caseAttachments.load(c.id) : [];
  }

  @FieldResolver(() => CaseReview, {
    nullable: true,
    description: "The supervisors' case-file review (案卷评查): for participants, the chair and supervisors; null before a review and for the intake system that reported the case",
  })
  async review(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext) {
    return (await this.allows(ctx, CaseField.Review, c)) ? ctx.loaders.caseReview.load(c.id) : null;
  }

  @FieldResolver(() => [TimelineEntry], {
    description: "Every change, who made it and when, from the event log. The intake system that reported the case sees the status steps only, without names or notes",
  })
  async timeline(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<TimelineEntry[]> {
    const view = ctx.services.access.caseEventView(ctx.actor, await caseAccessFacts(ctx, c));
    const events = (await ctx.loaders.eventsBySubject.load(c.id)).filter((e) => !view.types || view.types.includes(e.type));
    return events.map(view.present).map((e) => toTimelineEntry(e, ctx.services.eventCatalogue));
  }

  private async allows(ctx: RequestContext, field: CaseField, c: EnforcementCase): Promise<boolean> {
    return ctx.services.access.canSeeCaseField(ctx.actor, field, await caseAccessFacts(ctx, c));
  }

  @FieldResolver(() => [Agency], { description: "Agencies whose powers covered the case when it was reported" })
  async candidates(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    return present(await ctx.loaders.agencyById.loadMany(c.route.candidateAgencyIds));
  }
}

/** What the access gate decides a case's field rules on: who takes part in it and who reported it. */
async function caseAccessFacts(ctx: RequestContext, c: EnforcementCase): Promise<CaseAccessFacts> {
  const participants = await ctx.loaders.caseParticipants.load(c.id);
  return { agencyIds: participants.map((p) => p.agencyId), reportedBySub: c.reportedBySub };
}
