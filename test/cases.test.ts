import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { WorkingCalendar, addCalendarDays } from "../src/modules/cases/statutory-clock.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, factories } from "./support/factories.js";
import { movableClock } from "./support/movable-clock.js";
import { subscribe } from "./support/subscriptions.js";

const Report = graphql(`
  mutation ReportCase($input: ReportCaseInput!) {
    reportCase(input: $input) {
      created
      case { id number status version lead { code } participants { agency { code } role } route { outcome reason ruleId candidateAgencyIds } deadlines { kind due } }
    }
  }
`);
const CaseQuery = graphql(`
  query CaseById($id: ID!) {
    case(id: $id) {
      id number status version reporterContact filedOn allowedActions
      lead { code }
      participants { agency { code } role }
      deadlines { kind due daysLeft overdue paused workingDays }
      timeline { what actor { role } note }
      referrals { kind status answer }
      power { code }
      decision { outcome amount }
    }
  }
`);
const File = graphql(`
  mutation FileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version filedOn lead { code } participants { agency { code } role } } }
`);
const Investigate = graphql(`mutation Investigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }`);
const Decide = graphql(`mutation Decide($input: DecideCaseInput!) { decideCase(input: $input) { status version decision { outcome amount } } }`);
const Execute = graphql(`mutation Execute($input: CaseStepInput!) { executeCase(input: $input) { status version } }`);
const Close = graphql(`mutation Close($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }`);
const Suspend = graphql(`mutation Suspend($input: ReasonedStepInput!) { suspendCase(input: $input) { status version deadlines { kind paused due } } }`);
const Resume = graphql(`mutation Resume($input: CaseStepInput!) { resumeCase(input: $input) { status version deadlines { kind paused due } } }`);
const Refer = graphql(`mutation Refer($input: ReferCaseInput!) { referCase(input: $input) { status version deadlines { kind due workingDays } } }`);
const Answer = graphql(`mutation AnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { status version lead { code } referralRejections } }`);
const Inbox = graphql(`query Inbox { inbox { reason case { number } } }`);
const OverdueList = graphql(`query OverdueList { cases(overdue: true, first: 100) { nodes { number } } }`);
const Overdue = graphql(`query OverdueCases { overdueCases { number } }`);
const Disputed = graphql(`query DisputedCases { disputedCases { number status } }`);
const Cases = graphql(`query CaseList($status: [CaseStatus!], $myRole: ParticipantRole) { cases(status: $status, myRole: $myRole, first: 100) { totalCount nodes { number } } }`);
const Sample = graphql(`
  query Sample($seed: String!, $from: LocalDate!, $to: LocalDate!) {
    sampleCaseFiles(size: 2, perAgencyMax: 1, seed: $seed, closedFrom: $from, closedTo: $to) { seed available cases { number } perAgency { agency { code } picked } }
  }
`);
const Review = graphql(`
  mutation Review($caseId: ID!, $form: Float!, $content: Float!, $veto: [String!]) {
    recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }, failedVetoItems: $veto) { grade total }
  }
`);
const Summary = graphql(`query ReviewSummary { reviewSummary { agency { code } reviewed passRate } }`);
const Usage = graphql(`query CaseUsage($from: LocalDate!, $to: LocalDate!) { powerUsage(from: $from, to: $to) { county { usedItems activeItems } } }`);
const CaseFeed = graphql(`subscription CaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }`);

let t: TestHub;
let make: ReturnType<typeof factories>;
const agency: Record<string, string> = {};
const officers: Record<string, { lead: string; second: string; expired: string; auxiliary: string }> = {};
let articleId: string;
const token: Record<string, string> = {};

const valid = { validFrom: "2025-01-01", validUntil: "2030-12-31" };
let serial = 0;
async function team(code: string) {
  const cert = () => ({ number: `CERT-${code}-${++serial}`, ...valid });
  officers[code] = {
    lead: (await make.officer(agency[code], `${code}甲`, cert())).id,
    second: (await make.officer(agency[code], `${code}乙`, cert())).id,
    expired: (await make.officer(agency[code], `${code}丙`, { number: `CERT-${code}-${++serial}`, validFrom: "2020-01-01", validUntil: "2024-12-31" })).id,
    auxiliary: (await make.officer(agency[code], `${code}辅`)).id,
  };
}

const clock = movableClock();

beforeAll(async () => {
  t = await startTestHub({}, { clock, countStatementsPerRequest: true });
  make = factories(t);
  await make.county();
  for (const code of ["SCJGJ", "CGJ", "SWJ", "GAJ", "ZRZYJ"]) agency[code] = (await make.agency(code)).id;
  for (const code of ["SCJGJ", "CGJ", "SWJ", "GAJ"]) await team(code);
  for (const code of ["FOOD", "FOOD.STREET_STALL", "WATER", "WATER.RIVER", "CULTURE", "LAND"]) await make.matter(code);
  const law = await make.instrument("食品安全法", ["36", "39"]);
  articleId = law.articles[1].id; // 39: what the water and land powers rest on
  const penalty = (code: string, matter: string, n: string) =>
    make.power(agency[code], `CF-${code}-${matter}`, { matterCodes: [matter], legalBases: [{ instrumentId: law.id, articleNumber: n }] });
  await penalty("SCJGJ", "FOOD.STREET_STALL", "36");
  await penalty("CGJ", "FOOD.STREET_STALL", "36");
  await penalty("SWJ", "WATER.RIVER", "39");
  await penalty("SWJ", "LAND", "39");
  await penalty("ZRZYJ", "LAND", "39");
  for (const code of Object.keys(agency)) token[code] = await t.token(Role.AGENCY_OFFICER, code);
  token.HOTLINE = await t.token(Role.INTAKE);
  token.SUPERVISOR = await t.token(Role.SUPERVISOR);
});
afterAll(() => t?.stop());

/** The hub clock's year, as a date range. */
const thisYear = () => ({ from: `${t.clock.today().slice(0, 4)}-01-01`, to: `${t.clock.today().slice(0, 4)}-12-31` });

const report = (matterCode: string, extra: Record<string, unknown> = {}) => make.caseInput(matterCode, { reporterContact: "138-0000-0000", ...extra });

async function reported(matterCode: string, extra: Record<string, unknown> = {}) {
  const result = await t.gql(Report, { input: report(matterCode, extra) }, { token: token.HOTLINE });
  expect(result.errors).toBeUndefined();
  return result.data!.reportCase.case;
}

async function fileAs(code: string, caseId: string, version: number, extra: Record<string, unknown> = {}) {
  return t.gql(File, { input: { caseId, expectedVersion: version, leadOfficerId: officers[code].lead, officerIds: [officers[code].second], ...extra } }, { token: token[code] });
}

/** A river case the water bureau filed (exercising its power), decided with a fine, executed and closed. */
async function closedRiverCase() {
  const c = await reported("WATER.RIVER");
  const as = { token: token.SWJ };
  let v = (await fileAs("SWJ", c.id, c.version)).data!.fileCase.version;
  v = (await t.gql(Investigate, { input: { caseId: c.id, expectedVersion: v } }, as)).data!.startInvestigation.version;
  v = (await t.gql(Decide, { input: { caseId: c.id, expectedVersion: v, outcome: "PENALTY", amount: 500, articleId, summary: "罚款五百元" } }, as)).data!.decideCase.version;
  v = (await t.gql(Execute, { input: { caseId: c.id, expectedVersion: v } }, as)).data!.executeCase.version;
  expect((await t.gql(Close, { input: { caseId: c.id, expectedVersion: v } }, as)).data!.closeCase.status).toBe("CLOSED");
  return c;
}

describe("reporting and routing", () => {
  it("routes a case one agency covers to that agency, with a readable number and the route explained", async () => {
    const c = await reported("WATER.RIVER");
    expect(c).toMatchObject({ status: "ASSIGNED", lead: { code: "SWJ" }, route: { outcome: "ASSIGNED", candidateAgencyIds: [agency.SWJ], ruleId: null } });
    expect(c.number).toMatch(/^PEI-\d{4}-\d{6}$/);
    expect(c.deadlines.map((d) => d.kind)).toEqual(["FILING"]);
  });

  it("flags a case several agencies cover as DISPUTED and informs every candidate", async () => {
    const c = await reported("FOOD.STREET_STALL");
    expect(c.status).toBe("DISPUTED");
    expect(c.lead).toBeNull();
    expect(c.participants.map((p) => [p.agency.code, p.role]).sort()).toEqual([["CGJ", "INFORMED"], ["SCJGJ", "INFORMED"]]);
    expect(c.route.reason).toMatch(/由最先立案的单位管辖/);
  });

  it("flags a case no agency covers as UNASSIGNED, a gap on the chair's list", async () => {
    const c = await reported("CULTURE");
    expect(c).toMatchObject({ status: "UNASSIGNED", participants: [], route: { outcome: "UNASSIGNED" } });
    const list = (await t.gql(Disputed, {})).data!.disputedCases;
    expect(list.map((x) => x.number)).toContain(c.number);
  });

  it("routes by a joint meeting's rule when one is in force for the scope", async () => {
    // Joint meetings write rules (their own issue); here the rule is put in place directly.
    await t.hub.db.dataSource.query(
      `INSERT INTO routing_rule (matter_code, region_code, category, lead_agency_id, status, reason) VALUES ('LAND', $1, 'PENALTY', $2, 'ACTIVE', 'decided')`,
      [COUNTY, agency.ZRZYJ],
    );
    const c = await reported("LAND");
    expect(c).toMatchObject({ status: "ASSIGNED", lead: { code: "ZRZYJ" }, route: { outcome: "ASSIGNED", ruleId: expect.any(String) } });
    expect(c.participants.map((p) => [p.agency.code, p.role]).sort()).toEqual([["SWJ", "INFORMED"], ["ZRZYJ", "LEAD"]]);
  });

  it("answers the same case for the same idempotency key, CONFLICT for another report under it, and one case for concurrent duplicates", async () => {
    const input = report("WATER.RIVER", { idempotencyKey: "hotline-0001" });
    const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(Report, { input }, { token: token.HOTLINE })));
    const ids = new Set(results.map((r) => r.data!.reportCase.case.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.data!.reportCase.created)).toHaveLength(1);
    const other = await t.gql(Report, { input: { ...input, title: "另一件事" } }, { token: token.HOTLINE });
    expect(errorCodes(other)).toEqual(["CONFLICT"]);
  });

  it("refuses unknown codes with BAD_USER_INPUT and writes nothing", async () => {
    const before = (await t.gql(Cases, {})).data!.cases.totalCount;
    const result = await t.gql(Report, { input: report("NO.SUCH") }, { token: token.HOTLINE });
    expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "matterCode", message: expect.any(String) }] });
    expect((await t.gql(Cases, {})).data!.cases.totalCount).toBe(before);
  });
});

describe("who sees a case", () => {
  it("shows a case and its reporter's contact to participants, hides the contact from supervisors, and answers null to others", async () => {
    const c = await reported("WATER.RIVER");
    expect((await t.gql(CaseQuery, { id: c.id }, { token: token.SWJ })).data!.case!.reporterContact).toBe("138-0000-0000");
    expect((await t.gql(CaseQuery, { id: c.id }, { token: token.SUPERVISOR })).data!.case).toMatchObject({ id: c.id, reporterContact: null });
    expect((await t.gql(CaseQuery, { id: c.id }, { token: token.CGJ })).data!.case).toBeNull();
    const outsider = await fileAs("CGJ", c.id, c.version);
    expect(errorCodes(outsider)).toEqual(["NOT_FOUND"]);
  });
});

describe("the lifecycle", () => {
  it("files only with a certified lead officer and two certified officers (APL Art. 42)", async () => {
    const c = await reported("WATER.RIVER");
    const expiredLead = await fileAs("SWJ", c.id, c.version, { leadOfficerId: officers.SWJ.expired });
    expect(expiredLead.errors![0].extensions!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: "leadOfficerId" })]));
    const alone = await fileAs("SWJ", c.id, c.version, { officerIds: [officers.SWJ.auxiliary, officers.SWJ.expired] });
    expect(alone.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: "officerIds" })]);
    const foreign = await fileAs("SWJ", c.id, c.version, { officerIds: [officers.GAJ.lead] });
    expect(errorCodes(foreign)).toEqual(["BAD_USER_INPUT"]);
    expect((await t.gql(CaseQuery, { id: c.id })).data!.case!.status).toBe("ASSIGNED");
  });

  it("runs ASSIGNED → ACCEPTED → INVESTIGATING → DECIDED → EXECUTED → CLOSED, with the timeline and the case's live feed", async () => {
    const c = await reported("WATER.RIVER");
    const feed = subscribe(t.url, token.SWJ, CaseFeed, { caseId: c.id, after: "0" });
    const filed = await fileAs("SWJ", c.id, c.version);
    expect(filed.data!.fileCase).toMatchObject({ status: "ACCEPTED", filedOn: t.clock.today() });
    const view = (await t.gql(CaseQuery, { id: c.id })).data!.case!;
    expect(view.deadlines).toEqual([expect.objectContaining({ kind: "DECISION", due: expect.any(String), paused: false, workingDays: false })]);
    expect(view.power).toEqual({ code: "CF-SWJ-WATER.RIVER" });
    let v = filed.data!.fileCase.version;
    v = (await t.gql(Investigate, { input: { caseId: c.id, expectedVersion: v } }, { token: token.SWJ })).data!.startInvestigation.version;
    const decided = await t.gql(Decide, { input: { caseId: c.id, expectedVersion: v, outcome: "PENALTY", amount: 5000, articleId, summary: "罚款五千元" } }, { token: token.SWJ });
    expect(decided.data!.decideCase).toMatchObject({ status: "DECIDED", decision: { outcome: "PENALTY", amount: 5000 } });
    v = decided.data!.decideCase.version;
    const early = await t.gql(Close, { input: { caseId: c.id, expectedVersion: v } }, { token: token.SWJ });
    expect(errorCodes(early)).toEqual(["BAD_USER_INPUT"]);
    v = (await t.gql(Execute, { input: { caseId: c.id, expectedVersion: v } }, { token: token.SWJ })).data!.executeCase.version;
    const closed = await t.gql(Close, { input: { caseId: c.id, expectedVersion: v, note: "结案" } }, { token: token.SWJ });
    expect(closed.data!.closeCase.status).toBe("CLOSED");

    const timeline = (await t.gql(CaseQuery, { id: c.id })).data!.case!.timeline.map((e) => e.what);
    expect(timeline).toEqual(["CaseReported", "CaseFiled", "CaseInvestigationStarted", "CaseDecided", "CaseExecuted", "CaseClosed"]);
    const live = await feed.waitFor(6);
    expect(live.map((e) => e.caseEvents.type)).toEqual(timeline);
    await feed.dispose();
    const outsiderFeed = subscribe(t.url, token.CGJ, CaseFeed, { caseId: c.id });
    await outsiderFeed.ended;
    expect(JSON.stringify(outsiderFeed.errors)).toContain("NOT_FOUND");
  });

  it("answers a skipped step with INVALID_TRANSITION naming the allowed ones, and a stale version with CONFLICT", async () => {
    const c = await reported("WATER.RIVER");
    const skipped = await t.gql(Decide, { input: { caseId: c.id, expectedVersion: c.version, outcome: "NO_PENALTY", summary: "x" } }, { token: token.SWJ });
    expect(skipped.errors![0].extensions).toMatchObject({ code: "INVALID_TRANSITION", allowed: expect.arrayContaining(["FILE", "DISMISS", "REFER"]) });
    const [a, b] = await Promise.all([fileAs("SWJ", c.id, c.version), fileAs("SWJ", c.id, c.version)]);
    expect([...errorCodes(a), ...errorCodes(b)]).toEqual(["CONFLICT"]);
  });

  it("lets the first of two agencies that file a disputed case take it, and the other gets CONFLICT (APL Art. 25)", async () => {
    const c = await reported("FOOD.STREET_STALL");
    const [market, urban] = await Promise.all([fileAs("SCJGJ", c.id, c.version), fileAs("CGJ", c.id, c.version)]);
    const results = [market, urban];
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap(errorCodes)).toEqual(["CONFLICT"]);
    const winner = results.find((r) => !r.errors)!.data!.fileCase;
    const loser = winner.lead!.code === "SCJGJ" ? "CGJ" : "SCJGJ";
    expect(winner.participants.find((p) => p.agency.code === loser)!.role).toBe("INFORMED");
    expect(winner.participants.find((p) => p.agency.code === winner.lead!.code)!.role).toBe("LEAD");
  });

  it("pauses the decision clock while suspended and extends it by the days suspended", async () => {
    const c = await clock.daysAgo(30, () => reported("WATER.RIVER"));
    const filed = (await fileAs("SWJ", c.id, c.version, { filedOn: addCalendarDays(t.clock.today(), -30) })).data!.fileCase;
    const suspended = await t.gql(Suspend, { input: { caseId: c.id, expectedVersion: filed.version, reason: "等待鉴定" } }, { token: token.SWJ });
    expect(suspended.data!.suspendCase.deadlines).toEqual([{ kind: "DECISION", paused: true, due: null }]);
    const resumed = await t.gql(Resume, { input: { caseId: c.id, expectedVersion: suspended.data!.suspendCase.version } }, { token: token.SWJ });
    // Suspended and resumed on the same day: no day lost, the 90-day clock from the filing day stands.
    expect(resumed.data!.resumeCase).toMatchObject({ status: "ACCEPTED", deadlines: [{ kind: "DECISION", paused: false, due: WorkingCalendar.official().nextWorkingDayOnOrAfter(addCalendarDays(t.clock.today(), 60)) }] });
  });

  it("lists a case filed more than 90 days ago and still open as overdue", async () => {
    const c = await clock.daysAgo(120, () => reported("WATER.RIVER"));
    await fileAs("SWJ", c.id, c.version, { filedOn: addCalendarDays(t.clock.today(), -120) });
    const overdue = (await t.gql(Overdue, {})).data!.overdueCases.map((x) => x.number);
    expect(overdue).toContain(c.number);
    expect((await t.gql(CaseQuery, { id: c.id })).data!.case!.deadlines[0]).toMatchObject({ overdue: true });
    const filtered = (await t.gql(OverdueList, {}, { token: token.SWJ })).data!.cases.nodes.map((x) => x.number);
    expect(filtered).toContain(c.number);
    expect(filtered.every((n) => overdue.includes(n))).toBe(true);
    const led = (await t.gql(Cases, { myRole: "LEAD" }, { token: token.SWJ })).data!.cases.nodes.map((x) => x.number);
    expect(led).toContain(c.number);
    expect((await t.gql(Cases, { myRole: "LEAD" }, { token: token.CGJ })).data!.cases.nodes.map((x) => x.number)).not.toContain(c.number);
  });
});

describe("referrals", () => {
  it("refers a case, gives the target 3 working days to answer, and sends a case refused twice to the chair's dispute list", async () => {
    const c = await reported("WATER.RIVER");
    const self = await t.gql(Refer, { input: { caseId: c.id, expectedVersion: c.version, toAgencyId: agency.SWJ, reason: "x" } }, { token: token.SWJ });
    expect(self.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "toAgencyId" })] });
    let v = c.version;
    for (let round = 1; round <= 2; round++) {
      const referred = await t.gql(Refer, { input: { caseId: c.id, expectedVersion: v, toAgencyId: agency.GAJ, reason: "属公安管辖" } }, { token: token.SWJ });
      expect(referred.data!.referCase.deadlines).toEqual([
        { kind: "FILING", due: expect.any(String), workingDays: false },
        { kind: "REFERRAL_ANSWER", due: WorkingCalendar.official().addWorkingDays(t.clock.today(), 3), workingDays: true },
      ].filter((d) => d.kind === "REFERRAL_ANSWER" || referred.data!.referCase.deadlines.length === 2));
      const inbox = (await t.gql(Inbox, {}, { token: token.GAJ })).data!.inbox;
      expect(inbox.some((i) => i.case.number === c.number && /^沛县SWJ局移送本单位（属公安管辖）：请接收或拒绝$/.test(i.reason))).toBe(true);
      const refused = await t.gql(Answer, { input: { caseId: c.id, expectedVersion: referred.data!.referCase.version, accept: false, reason: "不属本部门" } }, { token: token.GAJ });
      expect(refused.data!.answerReferral).toMatchObject({ referralRejections: round, status: round === 1 ? "ASSIGNED" : "DISPUTED" });
      v = refused.data!.answerReferral.version;
    }
    expect((await t.gql(Disputed, {})).data!.disputedCases.map((x) => x.number)).toContain(c.number);
  });

  it("transfers a suspected crime to the police when they accept it", async () => {
    const c = await reported("WATER.RIVER");
    const referred = await t.gql(Refer, { input: { caseId: c.id, expectedVersion: c.version, toAgencyId: agency.GAJ, reason: "涉嫌非法采矿罪", kind: "CRIMINAL" } }, { token: token.SWJ });
    const notTarget = await t.gql(Answer, { input: { caseId: c.id, expectedVersion: referred.data!.referCase.version, accept: true, reason: "x" } }, { token: token.SWJ });
    expect(errorCodes(notTarget)).toEqual(["FORBIDDEN"]);
    const accepted = await t.gql(Answer, { input: { caseId: c.id, expectedVersion: referred.data!.referCase.version, accept: true, reason: "立案侦查" } }, { token: token.GAJ });
    expect(accepted.data!.answerReferral.status).toBe("TRANSFERRED");
    expect((await t.gql(CaseQuery, { id: c.id })).data!.case!.referrals).toEqual([{ kind: "CRIMINAL", status: "ACCEPTED", answer: "立案侦查" }]);
  });
});

describe("case-file review and power usage", () => {
  it("draws a reproducible sample of closed files, records a supervisor's review and sums it up per agency", async () => {
    const caseId = (await closedRiverCase()).id;
    const first = (await t.gql(Sample, { seed: "2026-Q4", ...thisYear() }, { token: token.SUPERVISOR })).data!.sampleCaseFiles;
    const again = (await t.gql(Sample, { seed: "2026-Q4", ...thisYear() }, { token: token.SUPERVISOR })).data!.sampleCaseFiles;
    expect(first.available).toBeGreaterThanOrEqual(1);
    expect(again.cases).toEqual(first.cases);
    const byChair = await t.gql(Review, { caseId, form: 18, content: 75 });
    expect(errorCodes(byChair)).toEqual(["FORBIDDEN"]);
    const review = await t.gql(Review, { caseId, form: 18, content: 75, veto: [] }, { token: token.SUPERVISOR });
    expect(review.data!.recordCaseReview).toEqual({ grade: "EXCELLENT", total: 93 });
    const again2 = await t.gql(Review, { caseId, form: 10, content: 10 }, { token: token.SUPERVISOR });
    expect(errorCodes(again2)).toEqual(["CONFLICT"]);
    const summary = (await t.gql(Summary, {}, { token: token.SUPERVISOR })).data!.reviewSummary;
    expect(summary).toEqual([{ agency: { code: "SWJ" }, reviewed: 1, passRate: 1 }]);
  });

  it("counts the power items used by a case in powerUsage", async () => {
    const c = await reported("WATER.RIVER");
    expect((await fileAs("SWJ", c.id, c.version)).data!.fileCase.status).toBe("ACCEPTED");
    const usage = (await t.gql(Usage, thisYear())).data!.powerUsage.county;
    expect(usage.usedItems).toBeGreaterThanOrEqual(1);
  });
});

const Invite = graphql(`mutation Invite($input: InviteAgencyInput!) { inviteAgency(input: $input) { participants { agency { code } role } } }`);
const Attach = graphql(`mutation Attach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { name size sha256 } }`);
const Assign = graphql(`mutation Assign($input: AssignCaseInput!) { assignCase(input: $input) { status lead { code } } }`);
const Dismiss = graphql(`mutation Dismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status dismissalReason } }`);
const FeedOfAgency = graphql(`subscription CaseAgencyFeed($after: String) { agencyFeed(after: $after) { type topic subjectIds } }`);
const HeadCursor = graphql(`query CaseHead { events(first: 500, after: "0") { nodes { cursor } pageInfo { hasNextPage } } }`);
const NestedCases = graphql(`
  query NestedCases($first: Int) {
    cases(first: $first) {
      nodes {
        number participants { agency { code region { code } } role } deadlines { kind due }
        timeline { what } matter { code } region { code } power { code } referrals { status } attachments { name } review { grade }
      }
    }
  }
`);

describe("working a case together", () => {
  it("lets the lead invite an assisting agency, which may then attach files; an informed one may not", async () => {
    const c = await reported("WATER.RIVER");
    const invited = await t.gql(Invite, { input: { caseId: c.id, agencyId: agency.GAJ, role: "ASSISTING" } }, { token: token.SWJ });
    expect(invited.data!.inviteAgency.participants.map((p) => [p.agency.code, p.role]).sort()).toEqual([["GAJ", "ASSISTING"], ["SWJ", "LEAD"]]);
    const notLead = await t.gql(Invite, { input: { caseId: c.id, agencyId: agency.CGJ, role: "INFORMED" } }, { token: token.GAJ });
    expect(errorCodes(notLead)).toEqual(["FORBIDDEN"]);
    const file = { caseId: c.id, name: "现场照片.jpg", size: 204800, sha256: "a".repeat(64) };
    expect((await t.gql(Attach, { input: file }, { token: token.GAJ })).data!.addCaseAttachment).toEqual({ name: "现场照片.jpg", size: 204800, sha256: "a".repeat(64) });
    const badHash = await t.gql(Attach, { input: { ...file, sha256: "xyz" } }, { token: token.GAJ });
    expect(badHash.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "sha256" })] });
    const outsider = await t.gql(Attach, { input: file }, { token: token.CGJ });
    expect(errorCodes(outsider)).toEqual(["NOT_FOUND"]);
  });

  it("lets the chair assign a gap to a lead, who may decline to file it with a reason", async () => {
    const c = await reported("CULTURE");
    const byOfficer = await t.gql(Assign, { input: { caseId: c.id, expectedVersion: c.version, agencyId: agency.CGJ, reason: "x" } }, { token: token.CGJ });
    expect(errorCodes(byOfficer)).toEqual(["FORBIDDEN"]);
    const assigned = await t.gql(Assign, { input: { caseId: c.id, expectedVersion: c.version, agencyId: agency.CGJ, reason: "联席会议前临时指定" } });
    expect(assigned.data!.assignCase).toEqual({ status: "ASSIGNED", lead: { code: "CGJ" } });
    const dismissed = await t.gql(Dismiss, { input: { caseId: c.id, expectedVersion: c.version + 1, reason: "不构成违法" } }, { token: token.CGJ });
    expect(dismissed.data!.dismissCase).toEqual({ status: "DISMISSED", dismissalReason: "不构成违法" });
  });

  it("tells every participating agency through its feed, and no other agency", async () => {
    const head = (await t.gql(HeadCursor, {})).data!.events.nodes.at(-1)!.cursor;
    const water = subscribe(t.url, token.SWJ, FeedOfAgency, { after: head });
    const police = subscribe(t.url, token.GAJ, FeedOfAgency, { after: head });
    const c = await reported("WATER.RIVER");
    await t.gql(Invite, { input: { caseId: c.id, agencyId: agency.CGJ, role: "INFORMED" } }, { token: token.SWJ });
    const events = await water.waitFor(2);
    expect(events.map((e) => e.agencyFeed.type)).toEqual(["CaseReported", "AgencyInvited"]);
    // A later event the police may see: once it arrives, the case events would have arrived before it.
    await make.officer(agency.GAJ, "GAJ值班");
    const policeSaw = await police.waitUntil((e) => e.agencyFeed.type === "OfficerRegistered");
    expect(policeSaw.filter((e) => e.agencyFeed.topic === "CASE")).toEqual([]);
    await Promise.all([water.dispose(), police.dispose()]);
  });

  it("reads a page of cases with everything nested in the same number of SQL statements for 8 and for 16 cases", async () => {
    const statements = async (first: number) => {
      const requestId = `cases-${first}`;
      const result = await t.gql(NestedCases, { first }, { requestId });
      expect(result.errors).toBeUndefined();
      expect(result.data!.cases.nodes).toHaveLength(first);
      return t.hub.db.counter.forRequest(requestId);
    };
    // Newest first, both pages hold cases without a lead, with one, with a power and with a referral:
    // only the number of cases differs.
    for (let round = 0; round < 4; round++) {
      await reported("CULTURE");
      await reported("WATER.RIVER");
      const filed = await reported("WATER.RIVER");
      await fileAs("SWJ", filed.id, filed.version);
      const referred = await reported("WATER.RIVER");
      await t.gql(Refer, { input: { caseId: referred.id, expectedVersion: referred.version, toAgencyId: agency.GAJ, reason: "涉嫌犯罪", kind: "CRIMINAL" } }, { token: token.SWJ });
    }
    expect(await statements(16)).toBe(await statements(8));
  });
});
