import { defineModule, type Uses } from "../../platform/module.js";
import { RoutingRule } from "./routing-rule.entity.js";
import { RoutingRuleResolver } from "./routing-rule.resolver.js";
import { RoutingRuleService } from "./routing-rule.service.js";
import { createRoutingLoaders } from "./routing.loaders.js";
import { ROUTING_EVENTS } from "./routing.events.js";

/**
 * Routing rules: the joint meeting's designations of who leads what, in the form the router reads.
 * Meetings write them (a decision), cases are routed by them (jurisdiction), everyone reads them.
 */
export const routingModule = defineModule({
  name: "routing",
  entities: [RoutingRule],
  services: (d: Uses) => ({ routingRules: new RoutingRuleService(d.dataSource, d.access) }),
  loaders: (s) => createRoutingLoaders(s.routingRules),
  resolvers: [RoutingRuleResolver],
  events: ROUTING_EVENTS,
});
