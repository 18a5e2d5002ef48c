import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { RoutingRule } from "./routing-rule.entity.js";

type RulePayload = Pick<RoutingRule, "matterCode" | "regionCode" | "category" | "leadAgencyId" | "decisionId">;

/** Who leads what is public: every agency routes by it. */
export const ROUTING_EVENTS = defineEvents(EventTopic.ROUTING, EventVisibility.PUBLIC, {
  RoutingRuleCreated: { label: "生成分办规则", payload: payload<RulePayload>() },
  RoutingRuleSuperseded: { label: "分办规则被取代", payload: payload<RulePayload>() },
});

type RoutingEvents = typeof ROUTING_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends RoutingEvents {}
}
