import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { CaseReview, CaseReviewRevision } from "./case.entity.js";
import { ReviewScoresInput } from "./case-review.inputs.js";

/** Corrections of case-file reviews (案卷评查), with the versions they replaced. */
@Resolver(() => CaseReview)
export class CaseReviewResolver {
  @Mutation(() => CaseReview, {
    description: "Corrects a case-file review (supervisors): the new scores and findings replace the current ones, which are kept in `history`; say why in `reason`",
  })
  correctCaseReview(
    @Ctx() ctx: RequestContext,
    @Arg("caseId", () => ID) caseId: string,
    @Arg("expectedRevision", () => Int, { description: "The revision you read: a stale one gets CONFLICT" }) expectedRevision: number,
    @Arg("scores", () => ReviewScoresInput) scores: ReviewScoresInput,
    @Arg("reason", () => String, { description: "Why the review is corrected" }) reason: string,
    @Arg("failedVetoItems", () => [String], { defaultValue: [], description: "Codes of the veto items the file failed" }) failedVetoItems: string[],
    @Arg("findings", () => String, { nullable: true }) findings?: string,
  ) {
    return ctx.services.caseReviews.correct(ctx.actor, { caseId, expectedRevision, form: scores.form, content: scores.content, failedVetoItems, findings, reason });
  }

  @FieldResolver(() => [CaseReviewRevision], { description: "The versions this review replaced, oldest first; empty when it was never corrected" })
  history(@Root() review: CaseReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.caseReviewHistory.load(review.caseId);
  }
}
