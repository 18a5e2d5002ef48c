import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { Matter } from "./matter.entity.js";

/** The matter taxonomy is public reference data. */
export const MATTER_EVENTS = defineEvents(EventTopic.MATTER, EventVisibility.PUBLIC, {
  MatterCreated: { label: "新增监管事项", payload: payload<{ matter: Matter }>() },
});

type MatterEvents = typeof MATTER_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends MatterEvents {}
}
