import type { EventCatalogue } from "../../platform/events/event-catalogue.js";
import type { HubEvent } from "../../platform/events/hub-event.entity.js";
import { countyDateTimeText, listText } from "../../platform/text/county-text.js";

/**
 * What an event type means, in the words of the officials who read timelines and notifications:
 * the label its module's catalogue gives. The event's `type` (CaseFiled …) stays the machine name;
 * a type no module declares any more (an old log) is shown by that name.
 */
export function eventLabel(type: string, catalogue: EventCatalogue): string {
  return Object.hasOwn(catalogue, type) ? catalogue[type].label : type;
}

/** The note a step carries: the note given, or else the reason (a reported case's: why it went where it went). */
export function eventNote(payload: Record<string, unknown>): string | null {
  if (typeof payload.note === "string") return payload.note;
  if (typeof payload.reason === "string") return payload.reason;
  const route = payload.route as { reason?: unknown } | null | undefined;
  return typeof route?.reason === "string" ? route.reason : null;
}

/**
 * What the event is about, as a person names it: a case's number, else the name or title the payload
 * carries (a power item's name, or the agency, region, matter, officer or instrument it created).
 */
function subjectOf(payload: Record<string, unknown>): string | null {
  if (typeof payload.number === "string") return payload.number;
  const nameOf = (x: unknown) => {
    const r = x as { name?: unknown; title?: unknown } | null;
    return typeof r?.name === "string" ? r.name : typeof r?.title === "string" ? r.title : null;
  };
  const own = nameOf(payload);
  if (own) return own;
  for (const value of Object.values(payload)) {
    if (value && typeof value === "object" && !Array.isArray(value) && nameOf(value)) return nameOf(value);
  }
  return null;
}

/**
 * What an overlap event is about, by name: its payload keeps only codes and ids, so the reader of
 * the line looks the names up (event.resolver.ts) and passes them in.
 */
export interface OverlapEventNames {
  agencies: string[];
  matters: string[];
}

/** Overlap events whose status reason says why this step happened (opened and changed ones keep an older reason). */
const OVERLAP_STEPS_WITH_REASON = new Set(["OverlapReopened", "OverlapObsoleted", "OverlapUnderReview", "OverlapResolved"]);

/**
 * One line a person reads for an event: county time, what happened, what it is about (a case
 * number, a name; an overlap's agencies and matters), and the note or reason given.
 * 2026年11月27日 10:00 立案（PEI-2026-000001）：现场核实属实
 * 2026年11月27日 10:00 职权交叉已解决（沛县市场监督管理局与沛县城市管理局，占道经营食品摊贩）：联席会议决定…
 */
export function eventText(e: Pick<HubEvent, "type" | "occurredAt" | "payload">, catalogue: EventCatalogue, overlap?: OverlapEventNames | null): string {
  const label = eventLabel(e.type, catalogue);
  const subject = overlap ? `${overlap.agencies.join("与")}，${listText(overlap.matters)}` : subjectOf(e.payload);
  const about = subject ? `（${subject}）` : "";
  const statusReason = overlap && OVERLAP_STEPS_WITH_REASON.has(e.type) && typeof e.payload.statusReason === "string" ? e.payload.statusReason : null;
  const note = statusReason ?? eventNote(e.payload);
  return `${countyDateTimeText(e.occurredAt)} ${label}${about}${note ? `：${note}` : ""}`;
}
