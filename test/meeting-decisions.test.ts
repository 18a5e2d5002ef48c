import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { countyInstant, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";

// A decision's effects reach past its own item: an item whose records it settled is marked settled
// by it, and an item whose records were settled elsewhere during the meeting is not deferred.

const Convene = graphql(`
  mutation SettleConvene($input: ConveneMeetingInput!) {
    conveneMeeting(input: $input) { id version invited { id } agenda { id title matterCode overlapIds caseIds } }
  }
`);
const Open = graphql(`mutation SettleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }`);
const CheckIn = graphql(`mutation SettleCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: "代表") { version } }`);
const Decide = graphql(`mutation SettleDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } overlapsResolved { id } casesRerouted { id } } }`);
const View = graphql(`query SettleView($id: ID!) { meeting(id: $id) { version status agenda { id status settledByDecisionId } minutes } }`);
const Close = graphql(`mutation SettleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { matterCode status } } }`);
const Matter = graphql(`mutation SettleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`mutation SettleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }`);
const Declare = graphql(`mutation SettleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id version } } }`);
const Withdraw = graphql(`mutation SettleWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id } } }`);
const Report = graphql(`mutation SettleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status } } }`);

let t: TestHub;
const agency: Record<string, string> = {};
let marketPower: { id: string; version: number };

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  for (const code of ["SCJGJ", "CGJ", "WJW", "NYNCJ"]) agency[code] = (await make.agency(code)).id;
  for (const [code, name] of [["FOOD", "食品"], ["FOOD.STREET_STALL", "占道经营食品摊贩"], ["FOOD.CANTEEN", "单位食堂"], ["FOOD.MARKET", "农贸市场"]]) await t.gql(Matter, { input: { code, name } });
  const law = (await t.gql(Instrument, { input: { title: "食品安全法", level: "LAW", issuer: "全国人大常委会", effectiveDate: "2021-04-29", articles: [{ number: "36", text: "…" }] } })).data!.createLegalInstrument.id;
  const power = async (code: string, matterCode: string) =>
    (await t.gql(Declare, {
      input: { agencyId: agency[code], code: `${code}-${matterCode}`, name: "处罚", category: "PENALTY", matterCodes: [matterCode], regionCodes: [COUNTY], legalBases: [{ instrumentId: law, articleNumber: "36" }] },
    })).data!.declarePower.power;
  // Market regulation holds all of food; urban management the stalls, health the canteens, agriculture the markets.
  await power("SCJGJ", "FOOD");
  await power("CGJ", "FOOD.STREET_STALL");
  await power("WJW", "FOOD.CANTEEN");
  marketPower = await power("NYNCJ", "FOOD.MARKET");
  const waiting = await t.gql(Report, {
    input: { title: "夜市占道摊点", description: "群众反映", matterCode: "FOOD.STREET_STALL", regionCode: TOWN, source: "HOTLINE_12345", occurredAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString() },
  });
  expect(waiting.data!.reportCase.case.status).toBe("DISPUTED");
});
afterAll(() => t?.stop());

describe("what a decision settles beyond its item", () => {
  it("marks the items it settled as settled by it, and the minutes say so", async () => {
    const m = (await t.gql(Convene, { input: { title: "食品安全专题会议", kind: "AD_HOC", scheduledAt: countyInstant(t.clock, 3), place: "县政府" } })).data!.conveneMeeting;
    expect(m.agenda.map((i) => i.matterCode)).toEqual(["FOOD.STREET_STALL", "FOOD.CANTEEN", "FOOD.MARKET"]);
    const [stalls, canteens, markets] = m.agenda;
    expect((await t.gql(Open, { id: m.id, v: m.version })).errors).toBeUndefined();
    for (const id of m.invited.map((a) => a.id)) expect((await t.gql(CheckIn, { id: m.id, agencyId: id })).errors).toBeUndefined();

    // Meanwhile agriculture withdraws its market power: that dispute is gone before anyone decides it.
    expect((await t.gql(Withdraw, { input: { id: marketPower.id, reason: "职能已划转" } })).data!.withdrawPower.closedOverlaps.map((o) => o.id)).toEqual(markets.overlapIds);

    // The chair rules on the stalls for all of food: market regulation leads, which also settles the canteens.
    const decided = await t.gql(Decide, {
      input: { meetingId: m.id, itemId: stalls.id, kind: "DESIGNATE_LEAD", leadAgencyId: agency.SCJGJ, scope: { matterCode: "FOOD", regionCode: COUNTY, category: "PENALTY" } },
    });
    expect(decided.errors).toBeUndefined();
    const effects = decided.data!.recordDecision;
    expect(effects.overlapsResolved.map((o) => o.id)).toEqual(expect.arrayContaining([...stalls.overlapIds, ...canteens.overlapIds]));
    expect(effects.casesRerouted.map((c) => c.id)).toEqual(stalls.caseIds);
    const view = (await t.gql(View, { id: m.id })).data!.meeting!;
    expect(view.agenda.map((i) => [i.status, i.settledByDecisionId])).toEqual([["DECIDED", null], ["SETTLED", effects.decision.id], ["OPEN", null]]);

    // Deciding a settled item is a conflict, and changes nothing.
    const again = await t.gql(Decide, { input: { meetingId: m.id, itemId: canteens.id, kind: "NO_CONFLICT" } });
    expect(again.errors![0].extensions!.code).toBe("CONFLICT");

    const closed = (await t.gql(Close, { id: m.id, v: view.version })).data!.closeMeeting;
    // The market item held only the withdrawn overlap: settled at the close, not deferred.
    expect(closed.agenda.map((i) => i.status)).toEqual(["DECIDED", "SETTLED", "SETTLED"]);
    const minutes = (await t.gql(View, { id: m.id })).data!.meeting!.minutes;
    expect(minutes).toContain("决定：已随第 1 项决定一并解决，无需另行决定。");
    expect(minutes).toContain("决定：所涉事项已在会前或会中办结，无需决定。");
    expect(minutes).toContain("- 一并解决：第 2 项");
    expect(minutes).toContain("适用范围：食品，沛县，行政处罚");
    expect(minutes).not.toContain("转下次会议");

    const next = (await t.gql(Convene, { input: { title: "下次会议", kind: "AD_HOC", scheduledAt: countyInstant(t.clock, 10), place: "县政府" } })).data!.conveneMeeting;
    expect(next.agenda).toEqual([]);
  });
});
