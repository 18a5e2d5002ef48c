import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { Agency } from "./agency.entity.js";

/** Agencies are public reference data; the agency itself is told through its feed. */
export const AGENCY_EVENTS = defineEvents(EventTopic.AGENCY, EventVisibility.PUBLIC, {
  AgencyCreated: { label: "新增执法单位", payload: payload<{ agency: Agency }>() },
  /** `changes.active === false` ends the agency's officers' open sockets (websocket.ts). */
  AgencyUpdated: { label: "执法单位信息变更", payload: payload<{ changes: Partial<Agency>; version: number }>() },
});

type AgencyEvents = typeof AGENCY_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends AgencyEvents {}
}
