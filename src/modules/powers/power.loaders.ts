import { manyByKey, oneByKey } from "../../platform/graphql/loaders.js";
import type { PowerService } from "./power.service.js";

export function createPowerLoaders(powers: PowerService) {
  return {
    powerById: oneByKey((ids: readonly string[]) => powers.byIds(ids), (p) => p.id),
    powerHistory: manyByKey((ids: readonly string[]) => powers.revisionsOf(ids), (r) => r.id),
  };
}
