import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { seedSampleData } from "../src/sample/seed.js";
import { agencyIdForCode } from "../src/modules/agencies/agency-id.js";
import { countyInstant, errorCodes, startTestHub, type TestHub } from "./support/hub.js";

// The chair's afternoon on the sample county: about ten disputes in names, one decision that settles
// a whole dispute, and a next agenda with nothing settled and nothing twice.

const Convene = graphql(`
  mutation SampleConvene($input: ConveneMeetingInput!) {
    conveneMeeting(input: $input) {
      id version agendaSize invited { id }
      agenda { id kind title status severity matterCode regionCode categories overlapIds caseIds taskIds operationIds gapRegionCodes carriedFrom weight { overlaps openCases oldestCaseWaitingDays } agencies { code } }
      backlog { rank title severity overlapIds caseIds taskIds operationIds gapRegionCodes matterCode }
    }
  }
`);
const Backlog = graphql(`query SampleBacklog { agendaBacklog { rank title } }`);
const Open = graphql(`mutation SampleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }`);
const CheckIn = graphql(`mutation SampleCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { version } }`);
const Close = graphql(`mutation SampleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version agenda { status } } }`);
const Version = graphql(`query SampleVersion($id: ID!) { meeting(id: $id) { version minutes } }`);
const Decide = graphql(`
  mutation SampleDecide($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      rulesCreated { category regionCode lead { code } }
      overlapsResolved { id }
      casesRerouted { number status lead { code } }
    }
  }
`);
const Live = graphql(`
  query SampleLive($matterCode: String) {
    overlaps(matterCode: $matterCode, first: 100) { nodes { id status } }
    cases(first: 100) { nodes { id number status } }
  }
`);
const Jurisdiction = graphql(`query SampleJurisdiction($m: String!, $r: String!) { jurisdiction(matterCode: $m, regionCode: $r) { lead { code } } }`);
const AllAgendas = graphql(`query SampleAgendas { meetings(first: 50) { nodes { status agenda { status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } } }`);

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
  await seedSampleData(t.hub.services);
});
afterAll(() => t?.stop());

type Agenda = NonNullable<Awaited<ReturnType<typeof convene>>>["agenda"];
const convene = async (title: string, days: number, agendaSize?: number) => {
  const r = await t.gql(Convene, { input: { title, kind: "REGULAR", scheduledAt: countyInstant(t.clock, days), place: "县政府第一会议室", agendaSize } });
  expect(r.errors).toBeUndefined();
  return r.data!.conveneMeeting;
};
const subjects = (i: { overlapIds: string[]; caseIds: string[]; taskIds: string[]; operationIds: string[]; gapRegionCodes: string[]; matterCode?: string | null }) => [
  ...i.overlapIds.map((id) => `overlap:${id}`),
  ...i.caseIds.map((id) => `case:${id}`),
  ...i.taskIds.map((id) => `task:${id}`),
  ...i.operationIds.map((id) => `operation:${id}`),
  ...(i.gapRegionCodes.length ? [`gap:${i.matterCode}`] : []),
];
const SEVERITY = { HIGH: 0, MEDIUM: 1, LOW: 2 } as const;

describe("the chair's first agenda on the sample county", () => {
  it("takes as many items as the chair asks, within reason", async () => {
    const tooMany = await t.gql(Convene, { input: { title: "x", kind: "AD_HOC", scheduledAt: countyInstant(t.clock, 5), place: "x", agendaSize: 500 } });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "agendaSize" })] });
    expect(errorCodes(tooMany)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("one decision settles a whole dispute", () => {
  it("puts ten ranked disputes on the chair's first agenda, settles street food stalls with one decision, closes with minutes and convenes again with nothing settled twice, each step building on the one before", async () => {
    let first: Awaited<ReturnType<typeof convene>>;
    let stalls: Agenda[number];
    // Holds ten ranked disputes in names, and keeps the rest on a visible backlog.
    {
      first = await convene("12月份综合行政执法联席会议（例会）", 4);
      expect(first.agendaSize).toBe(10);
      expect(first.agenda).toHaveLength(10);
      // Names, not codes: no matter code (FOOD.STREET_STALL), no region code (320322001), no category (PENALTY).
      for (const item of first.agenda) expect(item.title).not.toMatch(/[A-Z]{3,}|\d{6}/);
      const ranks = first.agenda.map((i) => SEVERITY[i.severity!]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      stalls = first.agenda.find((i) => i.matterCode === "FOOD.STREET_STALL")!;
      expect(stalls.title).toMatch(/^占道食品摊贩：城管局、市场监管局/);
      expect(stalls.categories.length).toBeGreaterThanOrEqual(2);
      // The sample's street food stall dispute: 14 overlaps and the one case waiting on them (README).
      expect(stalls.weight).toMatchObject({ openCases: 1, overlaps: 14 });
      expect(stalls.overlapIds).toHaveLength(14);

      expect(first.backlog.length).toBeGreaterThan(5);
      expect(first.backlog.map((b) => b.rank)).toEqual(first.backlog.map((_, i) => i + 1));
      expect((await t.gql(Backlog, {})).data!.agendaBacklog.map((b) => b.title)).toEqual(first.backlog.map((b) => b.title));
      const onAgenda = new Set(first.agenda.flatMap(subjects));
      expect(first.backlog.flatMap(subjects).filter((s) => onAgenda.has(s))).toEqual([]);
    }
    // Designates the urban management bureau for street food stalls in every category and town, and re-routes the waiting case.
    {
      expect((await t.gql(Open, { id: first.id, v: first.version })).errors).toBeUndefined();
      for (const id of first.invited.map((a) => a.id)) expect((await t.gql(CheckIn, { id: first.id, agencyId: id, rep: "分管负责同志" })).errors).toBeUndefined();
      const r = await t.gql(Decide, { input: { meetingId: first.id, itemId: stalls.id, kind: "DESIGNATE_LEAD", leadAgencyId: agencyIdForCode("CGJ"), assistingAgencyIds: [agencyIdForCode("SCJGJ")] } });
      expect(r.errors).toBeUndefined();
      const effects = r.data!.recordDecision;
      expect(effects.rulesCreated.map((x) => x.category).sort()).toEqual([...stalls.categories].sort());
      expect(effects.overlapsResolved.map((o) => o.id)).toEqual(expect.arrayContaining(stalls.overlapIds));
      expect(effects.casesRerouted).toEqual([{ number: expect.stringMatching(/^PEI-2026-/), status: "ASSIGNED", lead: { code: "CGJ" } }]);
      const live = (await t.gql(Live, { matterCode: "FOOD.STREET_STALL" })).data!;
      expect(live.overlaps.nodes.filter((o) => o.status === "OPEN" || o.status === "UNDER_REVIEW")).toEqual([]);
      for (const town of ["320322001", "320322002"]) expect((await t.gql(Jurisdiction, { m: "FOOD.STREET_STALL", r: town })).data!.jurisdiction.lead).toEqual({ code: "CGJ" });
    }
    // Closes with minutes that give the actual times and the re-routed case by number and name.
    {
      const v = (await t.gql(Version, { id: first.id })).data!.meeting!.version;
      const closed = (await t.gql(Close, { id: first.id, v })).data!.closeMeeting;
      expect(closed.agenda.filter((i) => i.status === "DECIDED")).toHaveLength(1);
      expect(closed.agenda.filter((i) => i.status === "OPEN")).toEqual([]);
      const minutes = (await t.gql(Version, { id: first.id })).data!.meeting!.minutes;
      expect(minutes).toMatch(/实际开始：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d/);
      expect(minutes).toMatch(/实际结束：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d/);
      expect(minutes).toMatch(/案件 PEI-2026-\d{6}（沛城街道夜市路口占道经营食品摊点）改由 沛县城市管理局 牵头办理/);
      expect(minutes).toContain("适用范围：占道食品摊贩，沛县，");
      expect(minutes).toContain("## 会后待议事项");
      expect(minutes).not.toMatch(/FOOD\.|PENALTY|320322/);
    }
    // Convenes again with nothing already settled and nothing twice.
    {
      const next = await convene("临时联席会议", 12);
      expect(next.agenda.map((i) => i.matterCode)).not.toContain("FOOD.STREET_STALL");
      const live = (await t.gql(Live, {})).data!;
      const settledOverlaps = new Set(live.overlaps.nodes.filter((o) => o.status === "RESOLVED" || o.status === "OBSOLETE").map((o) => o.id));
      expect(next.agenda.flatMap((i) => i.overlapIds).filter((id) => settledOverlaps.has(id))).toEqual([]);
      // The nine left undecided come back once each, as carried-over items.
      const deferred = new Set(first.agenda.filter((i) => i.id !== stalls.id).map((i) => i.id));
      const carried = next.agenda.filter((i) => i.carriedFrom && deferred.has(i.carriedFrom));
      expect(carried).toHaveLength(9);
      expect(carried.every((i) => i.title.startsWith("（续议）"))).toBe(true);
      expect(new Set(next.agenda.map((i) => i.matterCode)).size).toBe(next.agenda.length);
      const open = (await t.gql(AllAgendas, {})).data!.meetings.nodes.flatMap((m) => m.agenda.filter((i) => i.status === "OPEN")).flatMap(subjects);
      expect(open.length).toBeGreaterThan(0);
      expect(new Set(open).size).toBe(open.length);
    }
  });
});
