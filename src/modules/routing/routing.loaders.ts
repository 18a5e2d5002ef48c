import { oneByKey } from "../../platform/graphql/loaders.js";
import type { RoutingRuleService } from "./routing-rule.service.js";

export function createRoutingLoaders(rules: RoutingRuleService) {
  return {
    routingRuleById: oneByKey((ids: readonly string[]) => rules.byIds(ids), (r) => r.id),
  };
}
