import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";
import { subscribe } from "./support/subscriptions.js";

// A case's readers do not all see the same fields: the 12345 hotline that reported a case follows
// its status, but the supervisors' review, evidence, referrals and officers' notes stay inside.

const Report = graphql(`
  mutation AccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version number } } }
`);
const CaseFields = graphql(`
  query AccessCase($id: ID!) {
    case(id: $id) {
      number status reporterContact
      lead { code }
      participants { agency { code } }
      review { grade total findings }
      attachments { name }
      referrals { reason }
      timeline { what note actor { name } details }
    }
  }
`);
const File = graphql(`mutation AccessFile($input: FileCaseInput!) { fileCase(input: $input) { version } }`);
const Investigate = graphql(`mutation AccessInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }`);
const Decide = graphql(`mutation AccessDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }`);
const Execute = graphql(`mutation AccessExecute($input: CaseStepInput!) { executeCase(input: $input) { version } }`);
const Close = graphql(`mutation AccessClose($input: CaseStepInput!) { closeCase(input: $input) { version } }`);
const Attach = graphql(`mutation AccessAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }`);
const Invite = graphql(`mutation AccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }`);
const Review = graphql(`
  mutation AccessReview($caseId: ID!) { recordCaseReview(caseId: $caseId, scores: { form: 18, content: 70 }, findings: "证据链不完整，内部通报") { grade } }
`);
const Feed = graphql(`
  subscription AccessCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }
`);
const Version = graphql(`query AccessVersion($id: ID!) { case(id: $id) { version } }`);
const Events = graphql(`query AccessEvents { events(first: 500) { nodes { type subjectIds } } }`);
const Matter = graphql(`mutation AccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`
  mutation AccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }
`);
const Declare = graphql(`mutation AccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }`);

let t: TestHub;
const token: Record<string, string> = {};
const agency: Record<string, string> = {};
let team: { lead: string; second: string };
let articleId: string;

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  for (const code of ["SWJ", "GAJ"]) agency[code] = (await make.agency(code)).id;
  const cert = (n: string) => ({ number: n, validFrom: "2025-01-01", validUntil: "2030-12-31" });
  team = { lead: (await make.officer(agency.SWJ, "水务甲", cert("CERT-A1"))).id, second: (await make.officer(agency.SWJ, "水务乙", cert("CERT-A2"))).id };
  for (const code of ["WATER", "WATER.RIVER"]) await t.gql(Matter, { input: { code, name: code } });
  const law = (await t.gql(Instrument, { input: { title: "水法", level: "LAW", issuer: "人大", effectiveDate: "2016-07-02", articles: [{ number: "39", text: "采砂" }] } })).data!
    .createLegalInstrument;
  articleId = law.articles[0].id;
  await t.gql(Declare, {
    input: {
      agencyId: agency.SWJ, code: "CF-SWJ-SAND", name: "非法采砂处罚", category: "PENALTY", matterCodes: ["WATER.RIVER"], regionCodes: [COUNTY],
      legalBases: [{ instrumentId: law.id, articleNumber: "39" }],
    },
  });
  token.SWJ = await t.token(Role.AGENCY_OFFICER, "SWJ");
  token.HOTLINE = await t.token(Role.INTAKE);
  token.SUPERVISOR = await t.token(Role.SUPERVISOR);
});
afterAll(() => t?.stop());

async function reportByHotline(title: string) {
  const input = { title, description: "河道夜间采砂", matterCode: "WATER.RIVER", regionCode: TOWN, source: "HOTLINE_12345" as const, occurredAt: "2026-11-20T08:00:00.000Z", reporterContact: "138-0000-0000" };
  const result = await t.gql(Report, { input }, { token: token.HOTLINE });
  expect(result.errors).toBeUndefined();
  return result.data!.reportCase.case;
}

describe("a case the 12345 hotline reported", () => {
  let caseId: string;
  let caseNumber: string;

  beforeAll(async () => {
    const c = await reportByHotline("河道非法采砂");
    caseId = c.id;
    caseNumber = c.number;
    const opts = { token: token.SWJ };
    let v = (await t.gql(File, { input: { caseId, expectedVersion: c.version, leadOfficerId: team.lead, officerIds: [team.second], note: "带队：水务甲" } }, opts)).data!.fileCase.version;
    await t.gql(Attach, { input: { caseId, name: "现场照片.jpg", size: 1024, sha256: "a".repeat(64) } }, opts);
    v = (await t.gql(Investigate, { input: { caseId, expectedVersion: v } }, opts)).data!.startInvestigation.version;
    v = (await t.gql(Decide, { input: { caseId, expectedVersion: v, outcome: "PENALTY", amount: 20000, articleId, summary: "罚款二万元" } }, opts)).data!.decideCase.version;
    v = (await t.gql(Execute, { input: { caseId, expectedVersion: v } }, opts)).data!.executeCase.version;
    await t.gql(Close, { input: { caseId, expectedVersion: v, note: "当事人已缴纳罚款" } }, opts);
    expect((await t.gql(Review, { caseId }, { token: token.SUPERVISOR })).data!.recordCaseReview.grade).toBe("PASS");
  });

  it("shows the lead agency the review, the evidence, the reporter's contact and the whole timeline", async () => {
    const c = (await t.gql(CaseFields, { id: caseId }, { token: token.SWJ })).data!.case!;
    expect(c.review).toEqual({ grade: "PASS", total: 88, findings: "证据链不完整，内部通报" });
    expect(c.attachments).toEqual([{ name: "现场照片.jpg" }]);
    expect(c.reporterContact).toBe("138-0000-0000");
    expect(c.timeline.map((e) => e.what)).toEqual(["CaseReported", "CaseFiled", "AttachmentAdded", "CaseInvestigationStarted", "CaseDecided", "CaseExecuted", "CaseClosed", "CaseFileReviewed"]);
  });

  it("lets the hotline read its case's status but not the internal review, the evidence or the officers' names and notes", async () => {
    const result = await t.gql(CaseFields, { id: caseId }, { token: token.HOTLINE });
    expect(result.errors).toBeUndefined();
    const c = result.data!.case!;
    expect(c).toMatchObject({ status: "CLOSED", lead: { code: "SWJ" }, participants: [{ agency: { code: "SWJ" } }] });
    expect(c.review).toBeNull();
    expect(c.attachments).toEqual([]);
    expect(c.referrals).toEqual([]);
    expect(c.reporterContact).toBeNull();
    expect(c.timeline.map((e) => e.what)).toEqual(["CaseReported", "CaseFiled", "CaseInvestigationStarted", "CaseDecided", "CaseExecuted", "CaseClosed"]);
    const shown = JSON.stringify(c.timeline);
    for (const secret of ["水务甲", "当事人已缴纳罚款", team.lead, "Test AGENCY_OFFICER", "PASS", "证据链"]) expect(shown).not.toContain(secret);
    expect(c.timeline.find((e) => e.what === "CaseFiled")!.details).toEqual({ number: caseNumber, status: "ACCEPTED", filedOn: expect.any(String) });
  });

  it("keeps the review event out of the hotline's events query", async () => {
    const types = (await t.gql(Events, {}, { token: token.HOTLINE })).data!.events.nodes.filter((e) => e.subjectIds.includes(caseId)).map((e) => e.type);
    expect(types).not.toContain("CaseFileReviewed");
    const asLeadTypes = (await t.gql(Events, {}, { token: token.SWJ })).data!.events.nodes.filter((e) => e.subjectIds.includes(caseId)).map((e) => e.type);
    expect(asLeadTypes).toContain("CaseFileReviewed");
  });

  it("replays the case's status steps to the hotline's subscription, redacted, and the review only to the lead", async () => {
    const lead = subscribe(t.url, token.SWJ, Feed, { caseId, after: "0" });
    const hotline = subscribe(t.url, token.HOTLINE, Feed, { caseId, after: "0" });
    const leadSaw = await lead.waitFor(8);
    expect(leadSaw.at(-1)!.caseEvents.type).toBe("CaseFileReviewed");
    const hotlineSaw = await hotline.waitFor(6);
    expect(hotlineSaw.map((e) => e.caseEvents.type)).toEqual(["CaseReported", "CaseFiled", "CaseInvestigationStarted", "CaseDecided", "CaseExecuted", "CaseClosed"]);
    expect(JSON.stringify(hotlineSaw)).not.toMatch(/水务甲|当事人已缴纳罚款|Test AGENCY_OFFICER/);
    await Promise.all([lead.dispose(), hotline.dispose()]);
  });
});

describe("a live case the hotline follows", () => {
  it("delivers each status step to the hotline as it happens, and no invitation, evidence or review in between", async () => {
    const c = await reportByHotline("河道夜间采砂（续报）");
    const hotline = subscribe(t.url, token.HOTLINE, Feed, { caseId: c.id, after: "0" });
    expect((await hotline.waitFor(1))[0].caseEvents.type).toBe("CaseReported");
    const opts = { token: token.SWJ };
    await t.gql(Invite, { input: { caseId: c.id, agencyId: agency.GAJ, role: "ASSISTING" } }, opts);
    await t.gql(Attach, { input: { caseId: c.id, name: "举报录音.mp3", size: 2048, sha256: "b".repeat(64) } }, opts);
    const { version } = (await t.gql(Version, { id: c.id }, opts)).data!.case!;
    const filed = await t.gql(File, { input: { caseId: c.id, expectedVersion: version, leadOfficerId: team.lead, officerIds: [team.second] } }, opts);
    expect(filed.errors).toBeUndefined();
    // CaseFiled comes after the invitation and the attachment in the log: once it arrives, they were skipped.
    const seen = await hotline.waitFor(2);
    expect(seen.map((e) => e.caseEvents.type)).toEqual(["CaseReported", "CaseFiled"]);
    expect(seen[1].caseEvents.payload).not.toHaveProperty("leadOfficerId");
    expect(seen[1].caseEvents.actor.name).not.toContain("AGENCY_OFFICER");
    expect(hotline.errors).toEqual([]);
    await hotline.dispose();
  });
});
