import { manyByKey, oneByKey } from "../../platform/graphql/loaders.js";
import type { LegalService } from "./legal.service.js";

export function createLegalLoaders(legal: LegalService) {
  return {
    instrumentById: oneByKey((ids: readonly string[]) => legal.byIds(ids), (i) => i.id),
    articleById: oneByKey((ids: readonly string[]) => legal.articlesByIds(ids), (a) => a.id),
    articlesByInstrument: manyByKey((ids: readonly string[]) => legal.articlesOf(ids), (a) => a.instrumentId),
  };
}
