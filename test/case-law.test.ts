import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { addCalendarDays } from "../src/modules/cases/statutory-clock.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";
import { movableClock } from "./support/movable-clock.js";

const Report = graphql(`mutation LawReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }`);
const File = graphql(`mutation LawFile($input: FileCaseInput!) { fileCase(input: $input) { version status filedOn deadlines { kind due workingDays periodDays } } }`);
const Decide = graphql(`mutation LawDecide($input: DecideCaseInput!) { decideCase(input: $input) { version status decision { outcome articleId articleReason } } }`);
const Investigate = graphql(`mutation LawInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }`);
const CaseView = graphql(`query LawCase($id: ID!) { case(id: $id) { status version filedOn decision { outcome } } }`);
const Matter = graphql(`mutation LawMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`mutation LawInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id number } } }`);
const Declare = graphql(`mutation LawDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }`);

let t: TestHub;
const clock = movableClock();
let swj: string;
let hotline: string;
const team = { lead: "", second: "" };
const article: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub({}, { clock });
  const make = factories(t);
  await make.county();
  const agencyId = (await make.agency("SWJ")).id;
  const cert = (n: number) => ({ number: `CERT-SWJ-${n}`, validFrom: "2025-01-01", validUntil: "2030-12-31" });
  team.lead = (await make.officer(agencyId, "水务甲", cert(1))).id;
  team.second = (await make.officer(agencyId, "水务乙", cert(2))).id;
  await t.gql(Matter, { input: { code: "WATER", name: "水务" } });
  await t.gql(Matter, { input: { code: "WATER.SAND", name: "河道采砂", decisionDays: 7 } });
  await t.gql(Matter, { input: { code: "WATER.RIVER", name: "河道管理" } });
  const law = (await t.gql(Instrument, {
    input: { title: "中华人民共和国水法", level: "LAW", issuer: "全国人大常委会", effectiveDate: "2016-07-02", articles: [{ number: "22", text: "管辖" }, { number: "39", text: "采砂" }] },
  })).data!.createLegalInstrument;
  for (const a of law.articles) article[a.number] = a.id;
  for (const matter of ["WATER.SAND", "WATER.RIVER"]) {
    await t.gql(Declare, {
      input: { agencyId, code: `CF-SWJ-${matter}`, name: "处罚", category: "PENALTY", matterCodes: [matter], regionCodes: [COUNTY], legalBases: [{ instrumentId: law.id, articleNumber: "39" }] },
    });
  }
  swj = await t.token(Role.AGENCY_OFFICER, "SWJ");
  hotline = await t.token(Role.INTAKE);
});
afterAll(() => t?.stop());

async function reported(matterCode: string) {
  const input = { title: "非法采砂", description: "群众反映", matterCode, regionCode: TOWN, source: "HOTLINE_12345" as const, occurredAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString() };
  const result = await t.gql(Report, { input }, { token: hotline });
  expect(result.errors).toBeUndefined();
  return result.data!.reportCase.case;
}
/** Reported, filed today and under investigation: ready for a decision. */
async function investigating(matterCode: string) {
  const c = await reported(matterCode);
  const v = (await file(c)).data!.fileCase.version;
  return { id: c.id, version: (await t.gql(Investigate, { input: { caseId: c.id, expectedVersion: v } }, { token: swj })).data!.startInvestigation.version };
}
const file = (c: { id: string; version: number }, filedOn?: string) =>
  t.gql(File, { input: { caseId: c.id, expectedVersion: c.version, leadOfficerId: team.lead, officerIds: [team.second], filedOn } }, { token: swj });

describe("cases follow the law the hub cites", () => {
  it("counts a matter's own 7-day decision period in working days (APL Art. 85)", async () => {
    // Filed on Friday 2026-11-27: seven working days run Mon 30 Nov … Tue 8 Dec (calendar days would end Fri 4 Dec).
    const c = await reported("WATER.SAND");
    const filed = await file(c, "2026-11-27");
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileCase.deadlines).toEqual([{ kind: "DECISION", due: "2026-12-08", workingDays: true, periodDays: 7 }]);
  });

  it("keeps the 90-day default in calendar days", async () => {
    const c = await reported("WATER.RIVER");
    const filed = (await file(c, "2026-11-27")).data!.fileCase;
    expect(filed.deadlines).toEqual([{ kind: "DECISION", due: "2027-02-25", workingDays: false, periodDays: 90 }]);
  });

  it("refuses a filing date in the future and changes nothing", async () => {
    const c = await reported("WATER.RIVER");
    const tomorrow = addCalendarDays(t.clock.today(), 1);
    const refused = await file(c, tomorrow);
    expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "filedOn", message: expect.stringContaining(tomorrow) }] });
    expect((await t.gql(CaseView, { id: c.id })).data!.case).toMatchObject({ status: "ASSIGNED", version: c.version, filedOn: null });
  });

  it("refuses a filing date before the case was reported, and accepts the report's own day", async () => {
    const c = await clock.daysAgo(3, () => reported("WATER.RIVER"));
    const reportedOn = addCalendarDays(t.clock.today(), -3);
    const before = await file(c, addCalendarDays(reportedOn, -1));
    expect(before.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "filedOn", message: expect.stringContaining(reportedOn) }] });
    expect((await t.gql(CaseView, { id: c.id })).data!.case).toMatchObject({ status: "ASSIGNED", version: c.version });
    const sameDay = await file(c, reportedOn);
    expect(sameDay.data!.fileCase).toMatchObject({ status: "ACCEPTED", filedOn: reportedOn });
  });

  it("refuses a penalty on an article the case's power does not rest on, unless the lead states why", async () => {
    const { id, version: v } = await investigating("WATER.SAND");
    const c = { id };
    const decide = (articleId: string, articleReason?: string) =>
      t.gql(Decide, { input: { caseId: c.id, expectedVersion: v, outcome: "PENALTY", amount: 30000, articleId, articleReason, summary: "罚款三万元" } }, { token: swj });
    const jurisdictionArticle = await decide(article["22"]);
    expect(jurisdictionArticle.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "articleId", message: expect.stringContaining("中华人民共和国水法 第39条") }],
    });
    expect((await t.gql(CaseView, { id: c.id })).data!.case).toMatchObject({ status: "INVESTIGATING", version: v, decision: null });
    const explained = await decide(article["22"], "本案同时适用第二十二条关于管辖的规定");
    expect(explained.data!.decideCase).toMatchObject({ status: "DECIDED", decision: { articleId: article["22"], articleReason: "本案同时适用第二十二条关于管辖的规定" } });
  });

  it("accepts a penalty on the article its power rests on, with no reason asked", async () => {
    const { id, version: v } = await investigating("WATER.SAND");
    const c = { id };
    const decided = await t.gql(Decide, { input: { caseId: c.id, expectedVersion: v, outcome: "PENALTY", amount: 30000, articleId: article["39"], summary: "罚款三万元" } }, { token: swj });
    expect(decided.data!.decideCase).toMatchObject({ status: "DECIDED", decision: { outcome: "PENALTY", articleId: article["39"], articleReason: null } });
  });
});
