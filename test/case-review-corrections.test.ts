import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { addCalendarDays } from "../src/modules/cases/statutory-clock.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";
import { movableClock } from "./support/movable-clock.js";

const Report = graphql(`mutation ReviewReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }`);
const File = graphql(`mutation ReviewFile($input: FileCaseInput!) { fileCase(input: $input) { version } }`);
const Investigate = graphql(`mutation ReviewInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }`);
const Decide = graphql(`mutation ReviewDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }`);
const Close = graphql(`mutation ReviewClose($input: CaseStepInput!) { closeCase(input: $input) { status } }`);
const Record = graphql(`
  mutation ReviewRecord($caseId: ID!, $form: Float!, $content: Float!) { recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }) { grade total revision } }
`);
const Correct = graphql(`
  mutation ReviewCorrect($caseId: ID!, $rev: Int!, $form: Float!, $content: Float!, $reason: String!, $veto: [String!]) {
    correctCaseReview(caseId: $caseId, expectedRevision: $rev, scores: { form: $form, content: $content }, reason: $reason, failedVetoItems: $veto) {
      grade total revision correctionReason reviewerName
      history { revision grade total formScore contentScore correctionReason replacedByName }
    }
  }
`);
const CaseReview = graphql(`query ReviewOfCase($id: ID!) { case(id: $id) { review { grade total revision history { revision grade } } } }`);
const Summary = graphql(`
  query ReviewSummaryPeriod($from: LocalDate, $to: LocalDate) { reviewSummary(reviewedFrom: $from, reviewedTo: $to) { agency { code } reviewed excellent pass fail } }
`);
const Matter = graphql(`mutation ReviewMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`mutation ReviewInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }`);
const Declare = graphql(`mutation ReviewDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }`);

let t: TestHub;
const clock = movableClock();
const token: Record<string, string> = {};
const team = { lead: "", second: "" };

beforeAll(async () => {
  t = await startTestHub({}, { clock });
  const make = factories(t);
  await make.county();
  const agencyId = (await make.agency("SWJ")).id;
  const cert = (n: number) => ({ number: `CERT-R-${n}`, validFrom: "2025-01-01", validUntil: "2030-12-31" });
  team.lead = (await make.officer(agencyId, "水务甲", cert(1))).id;
  team.second = (await make.officer(agencyId, "水务乙", cert(2))).id;
  await t.gql(Matter, { input: { code: "WATER", name: "水务" } });
  const law = (await t.gql(Instrument, { input: { title: "水法", level: "LAW", issuer: "全国人大常委会", effectiveDate: "2016-07-02", articles: [{ number: "39", text: "采砂" }] } })).data!.createLegalInstrument.id;
  await t.gql(Declare, { input: { agencyId, code: "CF-SWJ-WATER", name: "处罚", category: "PENALTY", matterCodes: ["WATER"], regionCodes: [COUNTY], legalBases: [{ instrumentId: law, articleNumber: "39" }] } });
  token.SWJ = await t.token(Role.AGENCY_OFFICER, "SWJ");
  token.HOTLINE = await t.token(Role.INTAKE);
  token.SUPERVISOR = await t.token(Role.SUPERVISOR);
});
afterAll(() => t?.stop());

/** A case reported, filed, decided with a warning and closed by the water bureau: a file ready for review. */
async function closedCase(): Promise<string> {
  const input = { title: "非法采砂", description: "群众反映", matterCode: "WATER", regionCode: TOWN, source: "HOTLINE_12345" as const, occurredAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString() };
  const c = (await t.gql(Report, { input }, { token: token.HOTLINE })).data!.reportCase.case;
  const as = { token: token.SWJ };
  let v = (await t.gql(File, { input: { caseId: c.id, expectedVersion: c.version, leadOfficerId: team.lead, officerIds: [team.second] } }, as)).data!.fileCase.version;
  v = (await t.gql(Investigate, { input: { caseId: c.id, expectedVersion: v } }, as)).data!.startInvestigation.version;
  v = (await t.gql(Decide, { input: { caseId: c.id, expectedVersion: v, outcome: "WARNING", summary: "警告" } }, as)).data!.decideCase.version;
  expect((await t.gql(Close, { input: { caseId: c.id, expectedVersion: v } }, as)).data!.closeCase.status).toBe("CLOSED");
  return c.id;
}

describe("a supervisor corrects a case-file review", () => {
  it("replaces the review and keeps the earlier one, whole, in its history", async () => {
    const caseId = await closedCase();
    const first = (await t.gql(Record, { caseId, form: 15, content: 55 }, { token: token.SUPERVISOR })).data!.recordCaseReview;
    expect(first).toEqual({ grade: "PASS", total: 70, revision: 1 });
    const corrected = await t.gql(Correct, { caseId, rev: 1, form: 15, content: 55, reason: "漏记否决项：未经法制审核", veto: ["NO_LEGAL_REVIEW"] }, { token: token.SUPERVISOR });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctCaseReview).toMatchObject({
      grade: "FAIL",
      total: 70,
      revision: 2,
      correctionReason: "漏记否决项：未经法制审核",
      history: [{ revision: 1, grade: "PASS", total: 70, formScore: 15, contentScore: 55, correctionReason: null, replacedByName: "Test SUPERVISOR" }],
    });
    const again = (await t.gql(Correct, { caseId, rev: 2, form: 18, content: 75, reason: "复核后改判", veto: [] }, { token: token.SUPERVISOR })).data!.correctCaseReview;
    expect(again).toMatchObject({ grade: "EXCELLENT", revision: 3, history: [{ revision: 1, grade: "PASS" }, { revision: 2, grade: "FAIL" }] });
    expect((await t.gql(CaseReview, { id: caseId })).data!.case!.review).toMatchObject({ grade: "EXCELLENT", revision: 3, history: [{ revision: 1 }, { revision: 2 }] });
  });

  it("refuses a stale revision, a blank reason, a missing review and an agency, changing nothing", async () => {
    const caseId = await closedCase();
    await t.gql(Record, { caseId, form: 15, content: 55 }, { token: token.SUPERVISOR });
    const stale = await t.gql(Correct, { caseId, rev: 2, form: 20, content: 80, reason: "x" }, { token: token.SUPERVISOR });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    const blank = await t.gql(Correct, { caseId, rev: 1, form: 20, content: 80, reason: "  " }, { token: token.SUPERVISOR });
    expect(blank.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "reason" })] });
    const agency = await t.gql(Correct, { caseId, rev: 1, form: 20, content: 80, reason: "自评" }, { token: token.SWJ });
    expect(errorCodes(agency)).toEqual(["FORBIDDEN"]);
    const unreviewed = await closedCase();
    const none = await t.gql(Correct, { caseId: unreviewed, rev: 1, form: 20, content: 80, reason: "x" }, { token: token.SUPERVISOR });
    expect(none.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "caseId" })] });
    expect((await t.gql(CaseReview, { id: caseId })).data!.case!.review).toEqual({ grade: "PASS", total: 70, revision: 1, history: [] });
  });
});

describe("reviewSummary over a period", () => {
  it("counts only the reviews made in the period, both ends included", async () => {
    const today = t.clock.today();
    const { before } = await clock.daysAgo(40, async () => {
      const old = await closedCase();
      await t.gql(Record, { caseId: old, form: 20, content: 80 }, { token: token.SUPERVISOR });
      return { before: t.clock.today() };
    });
    const recent = await closedCase();
    await t.gql(Record, { caseId: recent, form: 10, content: 30 }, { token: token.SUPERVISOR });
    const count = async (from?: string, to?: string) => (await t.gql(Summary, { from, to }, { token: token.SUPERVISOR })).data!.reviewSummary;
    const all = await count();
    const lastMonth = await count(addCalendarDays(today, -30), today);
    const thatDay = await count(before, before);
    expect(all[0].reviewed - lastMonth[0].reviewed).toBe(1);
    expect(lastMonth[0]).toMatchObject({ agency: { code: "SWJ" }, fail: 1 });
    expect(thatDay).toEqual([{ agency: { code: "SWJ" }, reviewed: 1, excellent: 1, pass: 0, fail: 0 }]);
    expect(await count(addCalendarDays(today, 1))).toEqual([]);
    const backwards = await t.gql(Summary, { from: today, to: addCalendarDays(today, -1) }, { token: token.SUPERVISOR });
    expect(backwards.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "reviewedTo" })] });
  });
});
