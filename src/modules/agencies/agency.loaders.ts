import { oneByKey } from "../../platform/graphql/loaders.js";
import type { AgencyService } from "./agency.service.js";

export function createAgencyLoaders(agencies: AgencyService) {
  return {
    agencyById: oneByKey((ids: readonly string[]) => agencies.byIds(ids), (a) => a.id),
  };
}
