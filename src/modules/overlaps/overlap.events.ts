import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { Overlap } from "./overlap.entity.js";

/** An overlap as its events carry it: codes and ids only (the timeline looks the names up). */
export type OverlapPayload = Pick<Overlap, "key" | "kind" | "severity" | "status" | "statusReason" | "matterCodes" | "regionCodes">;

const overlap = payload<OverlapPayload>;

/** Overlaps concern the two agencies: their feeds get them, nobody else's. */
export const OVERLAP_EVENTS = defineEvents(EventTopic.OVERLAP, EventVisibility.AGENCIES, {
  OverlapOpened: { label: "发现职权交叉", payload: overlap() },
  OverlapChanged: { label: "职权交叉情况变化", payload: overlap() },
  OverlapReopened: { label: "职权交叉再次出现", payload: overlap() },
  OverlapObsoleted: { label: "职权交叉已不存在", payload: overlap() },
  OverlapUnderReview: { label: "职权交叉提交研究", payload: overlap() },
  OverlapResolved: { label: "职权交叉已解决", payload: overlap() },
  /** Concerns no agency in particular: the chair, supervisors and administrator see it. */
  OverlapsRescanned: { label: "重新排查职权交叉", payload: payload<{ powersScanned: number; opened: number; closed: number }>() },
});

/** The overlap events named by an overlap's new status. */
export type OverlapEventType = keyof typeof OVERLAP_EVENTS;

type OverlapEvents = typeof OVERLAP_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends OverlapEvents {}
}
