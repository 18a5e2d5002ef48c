import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { Officer } from "./officer.entity.js";

/** Officers' names and certificates: their own agency, the chair and supervisors. */
export const OFFICER_EVENTS = defineEvents(EventTopic.OFFICER, EventVisibility.AGENCIES, {
  OfficerRegistered: { label: "登记执法人员", payload: payload<{ officer: Officer }>() },
  OfficerUpdated: { label: "执法人员信息变更", payload: payload<{ changes: Partial<Officer>; version: number }>() },
});

type OfficerEvents = typeof OFFICER_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends OfficerEvents {}
}
