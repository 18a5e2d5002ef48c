import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";
import { movableClock } from "./support/movable-clock.js";
import { addCalendarDays } from "../src/modules/cases/statutory-clock.js";

// Supervisors browse the audit trail by agency and by county date; "a day" is a day in Pei County.

const Trail = graphql(`
  query DatedTrail($from: LocalDate, $to: LocalDate, $agencyId: ID, $types: [String!]) {
    auditTrail(from: $from, to: $to, agencyId: $agencyId, types: $types, first: 500) { nodes { event { type subjectIds occurredAt } } }
  }
`);
const Events = graphql(`
  query DatedEvents($from: LocalDate, $to: LocalDate) {
    events(from: $from, to: $to, types: ["AgencyCreated"], first: 500) { nodes { subjectIds } }
  }
`);
const BadDate = `query { auditTrail(from: "2026-13-40") { nodes { cursor } } }`;

const clock = movableClock("2026-11-27T00:30:00+08:00");
let t: TestHub;
let today: string;

beforeAll(async () => {
  t = await startTestHub({}, { clock });
  today = clock.today();
  const make = factories(t);
  await make.county();
  // Ten days ago, and just after midnight today in the county (still yesterday in UTC).
  await clock.daysAgo(10, () => make.agency("OLD"));
  await make.agency("NEW");
});
afterAll(() => t?.stop());

describe("events and the audit trail by county date", () => {
  it("keeps the events of the days asked for, county days both included", async () => {
    const created = async (from?: string, to?: string) =>
      (await t.gql(Trail, { from, to, types: ["AgencyCreated"] })).data!.auditTrail.nodes.map((n) => n.event.subjectIds[0]);
    const [oldId, newId] = (await t.gql(Trail, { types: ["AgencyCreated"] })).data!.auditTrail.nodes.map((n) => n.event.subjectIds[0]);
    expect(await created(today)).toEqual([newId]);
    expect(await created(undefined, addCalendarDays(today, -1))).toEqual([oldId]);
    expect(await created(addCalendarDays(today, -10), addCalendarDays(today, -10))).toEqual([oldId]);
    expect(await created(addCalendarDays(today, -9), addCalendarDays(today, -1))).toEqual([]);
    expect(await created(addCalendarDays(today, -10), today)).toEqual([oldId, newId]);
  });

  it("combines a date with an agency, and applies to the events an agency may read", async () => {
    const [, newId] = (await t.gql(Trail, { types: ["AgencyCreated"] })).data!.auditTrail.nodes.map((n) => n.event.subjectIds[0]);
    const ofNew = await t.gql(Trail, { from: today, agencyId: newId });
    expect(ofNew.data!.auditTrail.nodes.map((n) => n.event.type)).toEqual(["AgencyCreated"]);
    const before = await t.gql(Trail, { to: addCalendarDays(today, -1), agencyId: newId });
    expect(before.data!.auditTrail.nodes).toEqual([]);
    const supervisor = await t.token(Role.SUPERVISOR);
    const read = await t.gql(Events, { from: today }, { token: supervisor });
    expect(read.data!.events.nodes.map((n) => n.subjectIds[0])).toEqual([newId]);
  });

  it("refuses a date that is not one, and says which value", async () => {
    const bad = await t.gql(BadDate, {});
    expect(bad.data ?? null).toBeNull();
    expect(bad.errors?.[0].message).toContain("not a valid LocalDate: 2026-13-40");
  });
});
