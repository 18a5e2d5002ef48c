import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { countyInstant, errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";
import { subscribe } from "./support/subscriptions.js";

// Officials know 占道 and 沛城街道, not FOOD.STREET_STALL and 320322001: they look things up by
// name, and every text the hub writes for them speaks in names and county time.

const SUBDISTRICT = "320322001";

const Region = graphql(`mutation NamesRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }`);
const Matter = graphql(`mutation NamesMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`mutation NamesInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }`);
const Declare = graphql(`mutation NamesDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }`);
const Matters = graphql(`query NamesMatters($search: String) { matters(search: $search) { code name } }`);
const Regions = graphql(`query NamesRegions($search: String) { regions(search: $search) { code name } }`);
const Agencies = graphql(`query NamesAgencies($search: String) { agencies(search: $search) { code } }`);
const Jurisdiction = graphql(`
  query NamesJurisdiction($matter: String, $region: String, $matterCode: String, $regionCode: String) {
    jurisdiction(matter: $matter, region: $region, matterCode: $matterCode, regionCode: $regionCode) { disputed summary matter { code } region { code } agencies { code } }
  }
`);
const Report = graphql(`
  mutation NamesReport($input: ReportCaseInput!) {
    reportCase(input: $input) { case { id number status route { outcome reason candidateAgencyIds } deadlines { kind basis } } }
  }
`);
const Inbox = graphql(`query NamesInbox { inbox { reason case { number } } }`);
const Timeline = graphql(`query NamesTimeline($id: ID!) { case(id: $id) { timeline { what text note } } }`);
const Feed = graphql(`subscription NamesFeed($after: String) { agencyFeed(after: $after) { type text } }`);
const Events = graphql(`query NamesEvents($types: [String!]) { events(types: $types, first: 10) { nodes { type text payload } } }`);

const Launch = graphql(`mutation NamesLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version periodText } }`);
const Brief = graphql(`mutation NamesBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }`);
const Activate = graphql(`mutation NamesActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }`);
const FieldReport = graphql(`mutation NamesFieldReport($input: FieldReportInput!) { fileFieldReport(input: $input) { caseIds } }`);
const Operation = graphql(`query NamesOperation($id: ID!) { operation(id: $id) { summary { perMatter { matterCode matterName cases } } } }`);
const Overlaps = graphql(`query NamesOverlaps($matterCode: String) { overlaps(first: 10, matterCode: $matterCode) { nodes { category summary } } }`);
const Withdraw = graphql(`mutation NamesWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { power { id } } }`);
const AllOverlaps = graphql(`query NamesAllOverlaps { overlaps(first: 10, status: [OBSOLETE]) { nodes { status statusReason } } }`);

const Convene = graphql(`mutation NamesConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }`);
const AddItem = graphql(`mutation NamesAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`);
const Open = graphql(`mutation NamesOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }`);
const CheckIn = graphql(`mutation NamesCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: "代表") { id } }`);
const Decide = graphql(`mutation NamesDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }`);
const CaseRoute = graphql(`query NamesCaseRoute($id: ID!) { case(id: $id) { status route { reason } timeline { what text } } }`);

let t: TestHub;
const agency: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  await t.gql(Region, { input: { code: SUBDISTRICT, name: "沛城街道", level: "SUBDISTRICT", parentCode: COUNTY } });
  agency.SCJGJ = (await make.agency("SCJGJ", { name: "沛县市场监督管理局", shortName: "市场监管局" })).id;
  agency.CGJ = (await make.agency("CGJ", { name: "沛县城市管理局", shortName: "城管局" })).id;
  for (const [code, name] of [["FOOD", "食品"], ["FOOD.STREET_STALL", "占道经营食品摊贩"], ["FOOD.MOBILE_STALL", "流动食品摊点"], ["LAND", "土地"]]) {
    await t.gql(Matter, { input: { code, name } });
  }
  const law = await t.gql(Instrument, { input: { title: "食品安全法", level: "LAW", issuer: "全国人大常委会", effectiveDate: "2021-01-01", articles: [{ number: "36", text: "摊贩" }] } });
  instrumentId = law.data!.createLegalInstrument.id;
  for (const code of ["SCJGJ", "CGJ"]) await declareFoodPenalty(code, `CF-${code}-STALL`, "对占道经营食品摊贩的行政处罚", "FOOD.STREET_STALL");
});
afterAll(() => t?.stop());

let instrumentId: string;
/** A penalty power on the food law's article 36 (tests that change routing declare their own, on a matter of their own). */
async function declareFoodPenalty(code: string, powerCode: string, name: string, matterCode: string) {
  const declared = await t.gql(Declare, {
    input: { agencyId: agency[code], code: powerCode, name, category: "PENALTY", matterCodes: [matterCode], regionCodes: [COUNTY], legalBases: [{ instrumentId, articleNumber: "36" }] },
  });
  expect(declared.errors).toBeUndefined();
  return declared.data!.declarePower.power.id;
}

const report = (matterCode: string, regionCode: string) => ({
  title: "群众举报占道摆摊",
  description: "人行道上有食品摊贩",
  matterCode,
  regionCode,
  category: "PENALTY" as const,
  source: "HOTLINE_12345" as const,
  occurredAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString(),
});

describe("looking things up by name", () => {
  it("finds matters, regions and agencies by a part of their Chinese name, or by a code in any letter case", async () => {
    expect((await t.gql(Matters, { search: "占道" })).data!.matters).toEqual([{ code: "FOOD.STREET_STALL", name: "占道经营食品摊贩" }]);
    expect((await t.gql(Matters, { search: "street_stall" })).data!.matters.map((m) => m.code)).toEqual(["FOOD.STREET_STALL"]);
    expect((await t.gql(Matters, { search: "摊" })).data!.matters.map((m) => m.code)).toEqual(["FOOD.MOBILE_STALL", "FOOD.STREET_STALL"]);
    expect((await t.gql(Regions, { search: "沛城" })).data!.regions).toEqual([{ code: SUBDISTRICT, name: "沛城街道" }]);
    expect((await t.gql(Regions, { search: "32032210" })).data!.regions.map((r) => r.code)).toEqual([TOWN]);
    expect((await t.gql(Agencies, { search: "市场监管" })).data!.agencies.map((a) => a.code)).toEqual(["SCJGJ"]);
    expect((await t.gql(Agencies, { search: "城市管理" })).data!.agencies.map((a) => a.code)).toEqual(["CGJ"]);
    expect((await t.gql(Agencies, { search: "cgj" })).data!.agencies.map((a) => a.code)).toEqual(["CGJ"]);
    expect((await t.gql(Agencies, { search: "沛县" })).data!.agencies.map((a) => a.code)).toEqual(["CGJ", "SCJGJ"]);
  });

  it("takes the caller's % and _ literally, and refuses a blank search with BAD_USER_INPUT", async () => {
    expect((await t.gql(Matters, { search: "%" })).data!.matters).toEqual([]);
    expect((await t.gql(Matters, { search: "_" })).data!.matters.map((m) => m.code)).toEqual(["FOOD.MOBILE_STALL", "FOOD.STREET_STALL"]);
    expect(errorCodes(await t.gql(Matters, { search: "  " }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await t.gql(Regions, { search: "" }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await t.gql(Agencies, { search: "x".repeat(101) }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers jurisdiction for a matter and a place given as people say them, with the codes found", async () => {
    const byName = await t.gql(Jurisdiction, { matter: "占道", region: "沛城街道" });
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.jurisdiction).toMatchObject({ disputed: true, matter: { code: "FOOD.STREET_STALL" }, region: { code: SUBDISTRICT } });
    expect(byName.data!.jurisdiction.agencies.map((a) => a.code).sort()).toEqual(["CGJ", "SCJGJ"]);
    expect(byName.data!.jurisdiction.summary).toMatch(/^(沛县市场监督管理局、沛县城市管理局|沛县城市管理局、沛县市场监督管理局)均对沛城街道的占道经营食品摊贩（行政处罚）有管辖权，/);
    // An exact name wins over the longer names that contain it; a code is still a code.
    const exact = await t.gql(Jurisdiction, { matter: "食品", regionCode: TOWN });
    expect(exact.data!.jurisdiction).toMatchObject({ matter: { code: "FOOD" }, region: { code: TOWN } });
    const mixed = await t.gql(Jurisdiction, { matter: "FOOD.STREET_STALL", region: "龙固" });
    expect(mixed.data!.jurisdiction).toMatchObject({ disputed: true, region: { code: TOWN } });
  });

  it("refuses a name that fits several matters, listing them, and a question with neither or both of name and code", async () => {
    const ambiguous = await t.gql(Jurisdiction, { matter: "摊", region: "沛城街道" });
    expect(errorCodes(ambiguous)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(ambiguous.errors)).toContain("占道经营食品摊贩（FOOD.STREET_STALL）");
    expect(JSON.stringify(ambiguous.errors)).toContain("流动食品摊点（FOOD.MOBILE_STALL）");
    expect(errorCodes(await t.gql(Jurisdiction, { matter: "烟花", region: "沛城街道" }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await t.gql(Jurisdiction, { region: "沛城街道" }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await t.gql(Jurisdiction, { matter: "占道", matterCode: "FOOD.STREET_STALL", region: "沛城街道" }))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("overlap and operation texts in names", () => {
  it("sums an overlap up in one sentence with the agencies, places, matter and category by name", async () => {
    const overlaps = (await t.gql(Overlaps, { matterCode: "FOOD.STREET_STALL" })).data!.overlaps.nodes;
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0].category).toBe("PENALTY");
    expect(overlaps[0].summary).toMatch(/^(沛县市场监督管理局与沛县城市管理局|沛县城市管理局与沛县市场监督管理局)在沛县对占道经营食品摊贩均有行政处罚职权（(依据相同|事项相同)，严重程度高）$/);
  });

  it("names both agencies and the matter in an overlap event's line", async () => {
    const lines = (await t.gql(Events, { types: ["OverlapOpened"] })).data!.events.nodes.map((e) => e.text);
    expect(lines.filter((line) => line.endsWith("占道经营食品摊贩）"))).toEqual([expect.stringMatching(/^2026年11月27日 \d\d:\d\d 发现职权交叉（(沛县市场监督管理局与沛县城市管理局|沛县城市管理局与沛县市场监督管理局)，占道经营食品摊贩）$/)]);
  });

  it("gives a joint operation its period in county time and its results per matter by name", async () => {
    const make = factories(t);
    const certificate = (n: string) => ({ number: `NM-${n}`, validFrom: "2026-01-01", validUntil: "2030-12-31" });
    const officers = { SCJGJ: (await make.officer(agency.SCJGJ, "市场监管队员", certificate("1"))).id, CGJ: (await make.officer(agency.CGJ, "城管队员", certificate("2"))).id };
    const launched = await t.gql(Launch, {
      input: {
        title: "夜市占道食品摊点联合整治",
        leadAgencyId: agency.CGJ,
        participants: [
          { agencyId: agency.CGJ, headcount: 8, officerIds: [officers.CGJ] },
          { agencyId: agency.SCJGJ, headcount: 4, officerIds: [officers.SCJGJ] },
        ],
        regionCodes: [SUBDISTRICT],
        matterCodes: ["FOOD.STREET_STALL"],
        objectives: "清理占道摊点",
        startsAt: countyInstant(t.clock, 1, "18:30"),
        endsAt: countyInstant(t.clock, 1, "23:00"),
      },
    });
    expect(launched.errors).toBeUndefined();
    const op = launched.data!.launchOperation;
    expect(op.periodText).toBe("2026年11月28日 18:30 至 2026年11月28日 23:00");
    let v = (await t.gql(Brief, { id: op.id, v: op.version })).data!.briefOperation.version;
    v = (await t.gql(Activate, { id: op.id, v })).data!.activateOperation.version;
    const reported = await t.gql(FieldReport, {
      input: { operationId: op.id, sitesInspected: 5, violationsFound: 1, cases: [{ title: "无证烧烤摊", description: "现场查获", matterCode: "FOOD.STREET_STALL", regionCode: SUBDISTRICT }] },
    }, { token: await t.token(Role.AGENCY_OFFICER, "SCJGJ") });
    expect(reported.errors).toBeUndefined();
    const summary = (await t.gql(Operation, { id: op.id })).data!.operation!.summary;
    expect(summary.perMatter).toEqual([{ matterCode: "FOOD.STREET_STALL", matterName: "占道经营食品摊贩", cases: 1 }]);
  });
});

describe("case texts in names", () => {
  it("gives a disputed case a route reason that names the agencies, the place, the matter and the category", async () => {
    const result = await t.gql(Report, { input: report("FOOD.STREET_STALL", SUBDISTRICT) }, { token: await t.token(Role.INTAKE) });
    expect(result.errors).toBeUndefined();
    const c = result.data!.reportCase.case;
    expect(c.route.outcome).toBe("DISPUTED");
    expect(c.route.candidateAgencyIds.sort()).toEqual([agency.CGJ, agency.SCJGJ].sort());
    expect(c.route.reason).toMatch(/^(沛县市场监督管理局、沛县城市管理局|沛县城市管理局、沛县市场监督管理局)均对沛城街道的占道经营食品摊贩（行政处罚）有管辖权/);
    expect(c.route.reason).toContain("《行政处罚法》第二十五条");
    expect(c.route.reason).not.toMatch(/FOOD|PENALTY|320322/);
    expect(c.deadlines).toEqual([{ kind: "FILING", basis: "《行政处罚法》第五十四条（及时立案；本县设定15日）" }]);

    const inbox = await t.gql(Inbox, {}, { token: await t.token(Role.AGENCY_OFFICER, "SCJGJ") });
    expect(inbox.data!.inbox).toContainEqual({ case: { number: c.number }, reason: "管辖有争议：本单位有管辖权，可立案认领（最先立案的单位管辖）" });

    // The timeline and the event feed say it in words and county time; type and payload stay for machines.
    const timeline = (await t.gql(Timeline, { id: c.id })).data!.case!.timeline;
    expect(timeline[0].what).toBe("CaseReported");
    // County time of the report, then what the report answered: its number and its route's reason.
    expect(timeline[0].text).toMatch(/^2026年11月27日 1\d:\d\d /);
    expect(timeline[0].text.replace(/^2026年11月27日 1\d:\d\d /, "")).toBe(`案件上报（${c.number}）：${c.route.reason}`);
    const events = (await t.gql(Events, { types: ["CaseReported"] })).data!.events.nodes;
    expect(events.filter((e) => (e.payload as { number?: string }).number === c.number)).toEqual([expect.objectContaining({ type: "CaseReported", text: timeline[0].text })]);
    const created = (await t.gql(Events, { types: ["MatterCreated"] })).data!.events.nodes.map((e) => e.text);
    expect(created).toContainEqual(expect.stringMatching(/^2026年11月27日 1\d:\d\d 新增监管事项（占道经营食品摊贩）$/));
  });

  it("sends an agency's live feed a line to read with each event, in Chinese and county time", async () => {
    const feed = subscribe(t.url, await t.token(Role.AGENCY_OFFICER, "CGJ"), Feed, { after: "0" });
    try {
      const c = (await t.gql(Report, { input: report("FOOD.STREET_STALL", TOWN) }, { token: await t.token(Role.INTAKE) })).data!.reportCase.case;
      const seen = await feed.waitUntil((e) => e.agencyFeed.type === "CaseReported" && e.agencyFeed.text.includes(c.number));
      expect(seen.at(-1)!.agencyFeed.text).toMatch(new RegExp(`^2026年11月27日 1\\d:\\d\\d 案件上报（${c.number}）：.*均对龙固镇的占道经营食品摊贩（行政处罚）有管辖权`));
    } finally {
      await feed.dispose();
    }
  });

  it("calls a case nobody covers a regulatory gap, by the matter's and the place's names", async () => {
    const result = await t.gql(Report, { input: report("LAND", TOWN) }, { token: await t.token(Role.INTAKE) });
    const c = result.data!.reportCase.case;
    expect(c.status).toBe("UNASSIGNED");
    expect(c.route.reason).toBe("龙固镇的土地（行政处罚）无单位持有有效职权：监管空白，提请联席会议研究");
  });
});

describe("a joint meeting's decision in names", () => {
  it("tells a re-routed case which lead the joint meeting designated, by name, and which meeting decided", async () => {
    // Mobile food stalls, disputed between the same two bureaus: the street stalls stay disputed for the other tests.
    for (const code of ["SCJGJ", "CGJ"]) await declareFoodPenalty(code, `CF-${code}-MOBILE`, "对流动食品摊点的行政处罚", "FOOD.MOBILE_STALL");
    const c = (await t.gql(Report, { input: report("FOOD.MOBILE_STALL", SUBDISTRICT) }, { token: await t.token(Role.INTAKE) })).data!.reportCase.case;
    expect(c.status).toBe("DISPUTED");
    const title = "占道经营专题联席会议";
    const m = (await t.gql(Convene, { input: { title, kind: "AD_HOC", scheduledAt: countyInstant(t.clock, 0, "15:00"), place: "县政府三楼会议室", quorum: 1 } })).data!.conveneMeeting;
    const item = (await t.gql(AddItem, { input: { meetingId: m.id, title: "流动食品摊点由谁牵头" } })).data!.addAgendaItem.id;
    await t.gql(Open, { id: m.id, v: m.version });
    await t.gql(CheckIn, { id: m.id, a: agency.SCJGJ });
    const decided = await t.gql(Decide, {
      input: { meetingId: m.id, itemId: item, kind: "DESIGNATE_LEAD", leadAgencyId: agency.SCJGJ, scope: { matterCode: "FOOD.MOBILE_STALL", regionCode: COUNTY, category: "PENALTY" } },
    });
    expect(decided.errors).toBeUndefined();
    const view = (await t.gql(CaseRoute, { id: c.id })).data!.case!;
    expect(view.status).toBe("ASSIGNED");
    expect(view.route.reason.startsWith("联席会议决定由沛县市场监督管理局牵头办理（")).toBe(true);
    expect(view.route.reason).toContain(title);
    expect(view.timeline.at(-1)).toMatchObject({ what: "CaseRerouted", text: expect.stringContaining(`联席会议决定后重新分办（${c.number}）：联席会议决定由沛县市场监督管理局牵头办理`) });
  });
});

describe("status reasons in names", () => {
  it("says which power item's withdrawal made an overlap obsolete, by its name, and why", async () => {
    // Catering powers of its own, so that withdrawing one changes no routing another test reads.
    await t.gql(Matter, { input: { code: "CATERING", name: "餐饮服务" } });
    await declareFoodPenalty("SCJGJ", "CF-SCJGJ-CATERING", "对餐饮服务违法行为的行政处罚", "CATERING");
    const cgj = await declareFoodPenalty("CGJ", "CF-CGJ-CATERING", "对餐饮服务违法行为的行政处罚", "CATERING");
    const withdrawn = await t.gql(Withdraw, { input: { id: cgj, reason: "职责划转至综合行政执法局" } });
    expect(withdrawn.errors).toBeUndefined();
    const obsolete = (await t.gql(AllOverlaps, {})).data!.overlaps.nodes;
    expect(obsolete).toEqual([{ status: "OBSOLETE", statusReason: "权力事项「对餐饮服务违法行为的行政处罚」（CF-CGJ-CATERING）已取消：职责划转至综合行政执法局" }]);
    const lines = (await t.gql(Events, { types: ["OverlapObsoleted"] })).data!.events.nodes.map((e) => e.text);
    expect(lines).toEqual([
      expect.stringMatching(
        /^2026年11月27日 \d\d:\d\d 职权交叉已不存在（(沛县市场监督管理局与沛县城市管理局|沛县城市管理局与沛县市场监督管理局)，餐饮服务）：权力事项「对餐饮服务违法行为的行政处罚」（CF-CGJ-CATERING）已取消：职责划转至综合行政执法局$/,
      ),
    ]);
  });
});
