import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { PowerState } from "./power.entity.js";

/** A power item as its events carry it. */
type PowerPayload = Pick<PowerState, "code" | "name" | "category" | "status">;

/** Power lists are published: everyone signed in may see the events; the holder's feed gets them. */
export const POWER_EVENTS = defineEvents(EventTopic.POWER, EventVisibility.PUBLIC, {
  PowerDeclared: { label: "申报权力事项", payload: payload<PowerPayload & { version: number }>() },
  PowerAmended: { label: "变更权力事项", payload: payload<PowerPayload & { version: number }>() },
  PowerWithdrawn: { label: "取消权力事项", payload: payload<PowerPayload & { reason: string }>() },
  PowersImported: { label: "导入权力清单", payload: payload<{ rows: number; created: number; updated: number; unchanged: number; failed: number }>() },
});

/** The events a declaration or an amendment writes. */
export type PowerWriteEventType = "PowerDeclared" | "PowerAmended";

type PowerEvents = typeof POWER_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends PowerEvents {}
}
