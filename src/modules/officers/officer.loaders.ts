import { oneByKey } from "../../platform/graphql/loaders.js";
import type { OfficerService } from "./officer.service.js";

export function createOfficerLoaders(officers: OfficerService) {
  return {
    officerById: oneByKey((ids: readonly string[]) => officers.byIds(ids), (o) => o.id),
  };
}
