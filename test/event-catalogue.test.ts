import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CaseField, STATUS_EVENT_TYPES } from "../src/platform/auth/access-gate.js";
import { joinCatalogues, type EventOf } from "../src/platform/events/event-catalogue.js";
import { EventTopic, EventVisibility, type NewEvent } from "../src/platform/events/topics.js";
import { HUB_MODULES } from "../src/hub-modules.js";
import { CASE_EVENTS } from "../src/modules/cases/case.events.js";
import { MATTER_EVENTS } from "../src/modules/matters/matter.events.js";
import { eventText } from "../src/modules/events/event-text.js";
import { seedSampleData } from "../src/sample/seed.js";
import { startTestHub, type TestHub } from "./support/hub.js";

const catalogue = HUB_MODULES.eventCatalogue;

/**
 * These lines are type errors: `npm run typecheck` runs over this file and fails if one of them
 * compiles (an unused @ts-expect-error is itself an error). Never called: only the compiler reads them.
 */
export function wrongEventsDoNotCompile(): NewEvent[] {
  const about = { subjectIds: ["c1"], agencyIds: ["a1"] };
  return [
    // @ts-expect-error a type no module declares
    { ...about, topic: EventTopic.CASE, type: "CaseFiledTwice", visibility: EventVisibility.AGENCIES, payload: { number: "PEI-2026-000001" } },
    // @ts-expect-error CaseFiled's payload lacks the status, filing date and team
    { ...about, topic: EventTopic.CASE, type: "CaseFiled", visibility: EventVisibility.AGENCIES, payload: { number: "PEI-2026-000001" } },
    {
      ...about,
      topic: EventTopic.CASE,
      type: "CaseDismissed",
      visibility: EventVisibility.AGENCIES,
      // @ts-expect-error a dismissal's reason is text, not a number
      payload: { number: "PEI-2026-000001", status: "DISMISSED" as never, reason: 42 },
    },
    // @ts-expect-error a case event under the meeting topic
    { ...about, topic: EventTopic.MEETING, type: "CaseClosed", visibility: EventVisibility.AGENCIES, payload: { number: "PEI-2026-000001", status: "CLOSED" as never } },
    // @ts-expect-error agencies are public reference data: their events are not private to the agency
    { ...about, topic: EventTopic.AGENCY, type: "AgencyUpdated", visibility: EventVisibility.AGENCIES, payload: { changes: {}, version: 2 } },
  ];
}

/** What a well-formed event looks like to the compiler: the same literal with the right payload compiles. */
const dismissed: EventOf<"CaseDismissed"> = {
  subjectIds: ["c1"],
  agencyIds: ["a1"],
  topic: EventTopic.CASE,
  type: "CaseDismissed",
  visibility: EventVisibility.AGENCIES,
  payload: { number: "PEI-2026-000001", status: "DISMISSED" as never, reason: "不属于行政执法事项" },
};

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
  await seedSampleData(t.hub.services);
});
afterAll(() => t?.stop());

describe("the event catalogue", () => {
  it("declares, for every event the sample county's history wrote, the topic and visibility it was written with", async () => {
    const written: { type: string; topic: string; visibility: string }[] = await t.hub.db.dataSource.query(
      `SELECT DISTINCT type, topic, visibility FROM event_log ORDER BY type`,
    );
    expect(written.length).toBeGreaterThan(10);
    for (const w of written) expect({ type: w.type, topic: catalogue[w.type]?.topic, visibility: catalogue[w.type]?.visibility }).toEqual(w);
  });

  it("gives every type a label in Chinese, and the timeline line reads it", () => {
    const unlabelled = Object.entries(catalogue).filter(([, spec]) => !/[\u4e00-\u9fff]/.test(spec.label)).map(([type]) => type);
    expect(unlabelled).toEqual([]);
    const line = eventText({ type: dismissed.type, occurredAt: new Date("2026-11-27T02:00:00Z"), payload: { ...dismissed.payload } }, catalogue);
    expect(line).toBe("2026年11月27日 10:00 不予立案（PEI-2026-000001）：不属于行政执法事项");
  });

  it("marks every case event as restricted to the readers of the case's full events, and the gate's status steps are case events", () => {
    expect(Object.values(CASE_EVENTS).map((spec) => spec.privacy)).toEqual(Object.values(CASE_EVENTS).map(() => CaseField.FullEvents));
    expect(STATUS_EVENT_TYPES.filter((type) => catalogue[type]?.topic !== EventTopic.CASE)).toEqual([]);
  });

  it("refuses, when the hub starts, an event type two modules both declare", () => {
    expect(() => joinCatalogues([{ name: "matters", events: MATTER_EVENTS }, { name: "taxonomy", events: { MatterCreated: MATTER_EVENTS.MatterCreated } }])).toThrow(
      "Module taxonomy declares event type MatterCreated, which module matters already declares",
    );
  });
});
