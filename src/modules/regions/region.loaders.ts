import { manyByKey, oneByKey } from "../../platform/graphql/loaders.js";
import type { RegionService } from "./region.service.js";

export function createRegionLoaders(regions: RegionService) {
  return {
    regionByCode: oneByKey((codes: readonly string[]) => regions.byCodes(codes), (r) => r.code),
    regionChildren: manyByKey((codes: readonly string[]) => regions.childrenOf(codes), (r) => r.parentCode!),
  };
}
