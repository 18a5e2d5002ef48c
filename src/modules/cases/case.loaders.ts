import DataLoader from "dataloader";
import { manyByKey, oneByKey } from "../../platform/graphql/loaders.js";
import type { CaseDeadline } from "./case-clocks.js";
import type { EnforcementCase } from "./case.entity.js";
import type { CaseReviewService } from "./case-review.service.js";
import type { CaseQueryService } from "./case-query.service.js";

export function createCaseLoaders(cases: CaseQueryService, reviews: CaseReviewService) {
  return {
    caseParticipants: manyByKey((ids: readonly string[]) => cases.participantsOf(ids), (p) => p.caseId),
    caseReferrals: manyByKey((ids: readonly string[]) => cases.referralsOf(ids), (r) => r.caseId),
    caseAttachments: manyByKey((ids: readonly string[]) => cases.attachmentsOf(ids), (a) => a.caseId),
    caseReview: oneByKey((ids: readonly string[]) => reviews.reviewsOf(ids), (r) => r.caseId),
    caseReviewHistory: manyByKey((ids: readonly string[]) => reviews.historyOf(ids), (r) => r.caseId),
    /** The statutory clocks of many cases in three statements. */
    caseDeadlines: new DataLoader<EnforcementCase, CaseDeadline[], string>(
      async (list) => {
        const clocks = await cases.deadlinesFor(list);
        return list.map((c) => clocks.get(c.id) ?? []);
      },
      { cacheKeyFn: (c) => c.id },
    ),
  };
}
