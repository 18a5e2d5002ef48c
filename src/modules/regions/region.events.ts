import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { Region } from "./region.entity.js";

/** Regions are public reference data. */
export const REGION_EVENTS = defineEvents(EventTopic.REGION, EventVisibility.PUBLIC, {
  RegionCreated: { label: "新增行政区域", payload: payload<{ region: Region }>() },
});

type RegionEvents = typeof REGION_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends RegionEvents {}
}
