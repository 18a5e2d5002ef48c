import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { countyInstant, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";

const Convene = graphql(`
  mutation RoomConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version quorum agenda { id position title } } }
`);
const AddItem = graphql(`mutation RoomAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position } }`);
const Move = graphql(`
  mutation RoomMove($meetingId: ID!, $itemId: ID!, $position: Int!) { moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { agenda { id position } } }
`);
const Open = graphql(`mutation RoomOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version openedAt openedEarlyMinutes } }`);
const CheckInThree = graphql(`
  mutation RoomCheckInThree($id: ID!, $a: ID!, $b: ID!, $c: ID!) {
    first: checkIn(meetingId: $id, agencyId: $a, representative: "王科长") { presence { present quorum met } }
    second: checkIn(meetingId: $id, agencyId: $b, representative: "李科长") { presence { present quorum met } }
    third: checkIn(meetingId: $id, agencyId: $c, representative: "赵科长") { presence { present quorum met } }
  }
`);
const Decide = graphql(`mutation RoomDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { kind } } }`);
const Preview = graphql(`query RoomPreview($input: RecordDecisionInput!) { previewDecision(input: $input) { code problem } }`);
const PreviewGovernance = graphql(`
  query RoomPreviewGovernance($input: RecordDecisionInput!) {
    previewDecision(input: $input) { code problem governance { matterCode regionCode byThisDecision note rule { lead { code } regionCode matterCode } otherRule { lead { code } regionCode matterCode } } }
  }
`);
const CheckInOne = graphql(`mutation RoomCheckInOne($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: "代表") { presence { met } } }`);
const Matter = graphql(`mutation RoomMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Events = graphql(`query RoomEvents($subjectId: String) { events(first: 100, subjectId: $subjectId) { nodes { type payload } } }`);

let t: TestHub;
const agency: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  for (const code of ["SCJGJ", "CGJ", "SWJ", "ZRZYJ", "WJW"]) agency[code] = (await make.agency(code, { name: `沛县${code}` })).id;
  await t.gql(Matter, { input: { code: "FOOD", name: "食品" } });
  await t.gql(Matter, { input: { code: "FOOD.STREET_STALL", name: "占道经营食品摊贩" } });
});
afterAll(() => t?.stop());

/** A meeting with three items the chair added, scheduled `days` from the hub's today at 14:30. */
async function meetingWithItems(days: number, quorum?: number) {
  const m = (await t.gql(Convene, { input: { title: "联席会议", kind: "AD_HOC", scheduledAt: countyInstant(t.clock, days, "14:30"), place: "县政府第二会议室", quorum } })).data!.conveneMeeting;
  const items = [];
  for (const title of ["议题甲", "议题乙", "议题丙"]) items.push((await t.gql(AddItem, { input: { meetingId: m.id, title } })).data!.addAgendaItem.id);
  return { ...m, items };
}

describe("the meeting room", () => {
  it("moves one agenda item and keeps the others in their order", async () => {
    const m = await meetingWithItems(3);
    const before = m.agenda.map((i) => i.id).concat(m.items);
    const last = before.at(-1)!;
    const moved = await t.gql(Move, { meetingId: m.id, itemId: last, position: 0 });
    expect(moved.errors).toBeUndefined();
    const after = moved.data!.moveAgendaItem.agenda;
    expect(after.map((i) => i.id)).toEqual([last, ...before.slice(0, -1)]);
    expect(after.map((i) => i.position)).toEqual(after.map((_, i) => i));
    const back = await t.gql(Move, { meetingId: m.id, itemId: last, position: before.length - 1 });
    expect(back.data!.moveAgendaItem.agenda.map((i) => i.id)).toEqual(before);
  });

  it("refuses a position past the end and changes nothing", async () => {
    const m = await meetingWithItems(3);
    const order = m.agenda.map((i) => i.id).concat(m.items);
    const bad = await t.gql(Move, { meetingId: m.id, itemId: m.items[0], position: order.length });
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "position" })] });
    const unchanged = await t.gql(Move, { meetingId: m.id, itemId: m.items[0], position: order.indexOf(m.items[0]) });
    expect(unchanged.data!.moveAgendaItem.agenda.map((i) => i.id)).toEqual(order);
  });

  it("reports the true presence after each of several check-ins in one request", async () => {
    const m = await meetingWithItems(0, 3);
    const result = await t.gql(CheckInThree, { id: m.id, a: agency.SCJGJ, b: agency.CGJ, c: agency.SWJ });
    expect(result.errors).toBeUndefined();
    expect(result.data!.first.presence).toEqual({ present: 1, quorum: 3, met: false });
    expect(result.data!.second.presence).toEqual({ present: 2, quorum: 3, met: false });
    expect(result.data!.third.presence).toEqual({ present: 3, quorum: 3, met: true });
  });

  it("answers a decision without quorum with a precondition error giving present and needed counts", async () => {
    const m = await meetingWithItems(0, 2);
    const opened = (await t.gql(Open, { id: m.id, v: m.version })).data!.openMeeting;
    expect(opened.status).toBe("IN_SESSION");
    const input = { meetingId: m.id, itemId: m.items[0], kind: "NO_CONFLICT" as const, tasks: [] };
    const refused = await t.gql(Decide, { input });
    expect(refused.errors![0].extensions).toMatchObject({ code: "FAILED_PRECONDITION", reason: "NO_QUORUM", present: 0, needed: 2 });
    expect(refused.errors![0].message).toContain("未达法定人数");
    expect((await t.gql(Preview, { input })).data!.previewDecision.code).toBe("FAILED_PRECONDITION");
  });

  it("opens a meeting long before its scheduled time and records that it did", async () => {
    const early = await meetingWithItems(2);
    const opened = await t.gql(Open, { id: early.id, v: early.version });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openMeeting.status).toBe("IN_SESSION");
    // Scheduled two days later at 14:30; the clock is at TEST_NOW's 10:00: 2 days 4½ hours early.
    const expected = Math.floor((Date.parse(countyInstant(t.clock, 2, "14:30")) - t.clock.now().getTime()) / 60_000);
    expect(opened.data!.openMeeting.openedEarlyMinutes).toBe(expected);
    const types = (await t.gql(Events, { subjectId: early.id })).data!.events.nodes;
    expect(types.find((e) => e.type === "MeetingOpenedEarly")!.payload).toMatchObject({ minutesEarly: expected });
  });

  it("records nothing special for a meeting opened at about its scheduled time", async () => {
    const onTime = (await t.gql(Convene, { input: { title: "准时会议", kind: "AD_HOC", scheduledAt: new Date(t.clock.now().getTime() + 10 * 60_000).toISOString(), place: "县政府第二会议室" } })).data!.conveneMeeting;
    const opened = await t.gql(Open, { id: onTime.id, v: onTime.version });
    expect(opened.data!.openMeeting.openedEarlyMinutes).toBeNull();
    const types = (await t.gql(Events, { subjectId: onTime.id })).data!.events.nodes.map((e) => e.type);
    expect(types).toContain("MeetingOpened");
    expect(types).not.toContain("MeetingOpenedEarly");
  });

  it("previews which rule governs where when a town's rule sits inside a county-wide one", async () => {
    const m = await meetingWithItems(0, 1);
    const v = (await t.gql(Open, { id: m.id, v: m.version })).data!.openMeeting.version;
    expect(v).toBeGreaterThan(m.version);
    await t.gql(CheckInOne, { id: m.id, a: agency.SCJGJ });
    const scope = (regionCode: string, matterCode = "FOOD.STREET_STALL") => ({ matterCode, regionCode, category: "PENALTY" as const });
    const designate = (itemId: string, lead: string, regionCode: string, matterCode?: string) =>
      ({ meetingId: m.id, itemId, kind: "DESIGNATE_LEAD" as const, leadAgencyId: agency[lead], scope: scope(regionCode, matterCode), reason: "联席会议指定", tasks: [] });
    // The county-wide rule, then nothing else in force: no nesting to report.
    const alone = (await t.gql(PreviewGovernance, { input: designate(m.items[0], "SCJGJ", COUNTY) })).data!.previewDecision;
    expect(alone).toMatchObject({ code: null, governance: [] });
    expect((await t.gql(Decide, { input: designate(m.items[0], "SCJGJ", COUNTY) })).errors).toBeUndefined();
    // A town inside it, led by another agency: allowed, and the town's rule governs the town.
    const town = (await t.gql(PreviewGovernance, { input: designate(m.items[1], "CGJ", TOWN) })).data!.previewDecision;
    expect(town.code).toBeNull();
    expect(town.governance).toEqual([
      {
        matterCode: "FOOD.STREET_STALL",
        regionCode: TOWN,
        byThisDecision: true,
        rule: { lead: { code: "CGJ" }, regionCode: TOWN, matterCode: "FOOD.STREET_STALL" },
        otherRule: { lead: { code: "SCJGJ" }, regionCode: COUNTY, matterCode: "FOOD.STREET_STALL" },
        note: expect.stringMatching(/^龙固镇的占道经营食品摊贩改由本决定的规则管辖（沛县CGJ牵头）.*沛县SCJGJ牵头/),
      },
    ]);
    expect((await t.gql(Decide, { input: designate(m.items[1], "CGJ", TOWN) })).errors).toBeUndefined();
    // A broader matter over the whole county: both stall rules stay in force where they are more specific.
    const broad = (await t.gql(PreviewGovernance, { input: designate(m.items[2], "SWJ", COUNTY, "FOOD") })).data!.previewDecision;
    expect(broad.governance.map((g) => [g.regionCode, g.matterCode, g.byThisDecision, g.rule.lead.code]).sort()).toEqual([
      [COUNTY, "FOOD.STREET_STALL", false, "SCJGJ"],
      [TOWN, "FOOD.STREET_STALL", false, "CGJ"],
    ]);
    expect(broad.governance.find((g) => g.regionCode === TOWN)!.note).toBe("龙固镇的占道经营食品摊贩仍由更具体的现行规则管辖（沛县CGJ牵头），本决定的规则管辖其余范围");
  });
});
