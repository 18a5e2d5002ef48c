import { manyByKey, oneByKey } from "../../platform/graphql/loaders.js";
import type { MatterService } from "./matter.service.js";

export function createMatterLoaders(matters: MatterService) {
  return {
    matterByCode: oneByKey((codes: readonly string[]) => matters.byCodes(codes), (m) => m.code),
    matterChildren: manyByKey((codes: readonly string[]) => matters.childrenOf(codes), (m) => m.parentCode!),
  };
}
