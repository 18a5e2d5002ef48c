import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";
import { subscribe } from "./support/subscriptions.js";

const Matter = graphql(`mutation FeedAccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`mutation FeedAccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }`);
const Declare = graphql(`mutation FeedAccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }`);
const Report = graphql(`mutation FeedAccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status lead { code } } } }`);
const Invite = graphql(`mutation FeedAccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { id } }`);
const Dismiss = graphql(`mutation FeedAccessDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status } }`);
const CaseById = graphql(`query FeedAccessCase($id: ID!) { case(id: $id) { id } }`);
const CaseFeed = graphql(`subscription FeedAccessCaseEvents($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }`);

let t: TestHub;
const agency: Record<string, string> = {};
const token: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  for (const code of ["SWJ", "GAJ"]) {
    agency[code] = (await make.agency(code)).id;
    token[code] = await t.token(Role.AGENCY_OFFICER, code);
  }
  token.HOTLINE = await t.token(Role.INTAKE);
  for (const code of ["WATER", "WATER.RIVER"]) await t.gql(Matter, { input: { code, name: code } });
  const law = await t.gql(Instrument, { input: { title: "水法", level: "LAW", issuer: "人大", effectiveDate: "2016-07-02", articles: [{ number: "39", text: "采砂" }] } });
  const instrumentId = law.data!.createLegalInstrument.id;
  await t.gql(Declare, {
    input: {
      agencyId: agency.SWJ, code: "CF-SWJ-RIVER", name: "河道采砂处罚", category: "PENALTY",
      matterCodes: ["WATER.RIVER"], regionCodes: [COUNTY], legalBases: [{ instrumentId, articleNumber: "39" }],
    },
  });
});
afterAll(() => t?.stop());

describe("a case's live feed", () => {
  it("stops for an agency taken off the case, with NOT_FOUND, while the chair's open feed goes on", async () => {
    const reported = await t.gql(Report, {
      input: { title: "河道非法采砂", description: "群众举报", matterCode: "WATER.RIVER", regionCode: TOWN, source: "HOTLINE_12345", occurredAt: t.clock.now().toISOString() },
    }, { token: token.HOTLINE });
    const c = reported.data!.reportCase.case;
    expect(c).toMatchObject({ status: "ASSIGNED", lead: { code: "SWJ" } });
    expect((await t.gql(Invite, { input: { caseId: c.id, agencyId: agency.GAJ, role: "INFORMED" } }, { token: token.SWJ })).errors).toBeUndefined();

    const chairFeed = subscribe(t.url, t.chair, CaseFeed, { caseId: c.id, after: "0" });
    const policeFeed = subscribe(t.url, token.GAJ, CaseFeed, { caseId: c.id, after: "0" });
    // Both feeds are open and caught up: each has the report and the invitation.
    for (const feed of [chairFeed, policeFeed]) {
      expect((await feed.waitFor(2)).map((e) => e.caseEvents.type)).toEqual(["CaseReported", "AgencyInvited"]);
    }

    // No step of the API takes an agency off a case today (a former lead stays informed), so the
    // police's part is removed in the database, as a correction there would.
    await t.hub.db.dataSource.query(`DELETE FROM case_participant WHERE case_id = $1 AND agency_id = $2`, [c.id, agency.GAJ]);
    expect((await t.gql(CaseById, { id: c.id }, { token: token.GAJ })).data!.case).toBeNull();

    const dismissed = await t.gql(Dismiss, { input: { caseId: c.id, expectedVersion: c.version, reason: "不属于违法行为" } }, { token: token.SWJ });
    expect(dismissed.data!.dismissCase.status).toBe("DISMISSED");

    const chairSaw = await chairFeed.waitUntil((e) => e.caseEvents.type === "CaseDismissed");
    expect(chairSaw.map((e) => e.caseEvents.type)).toEqual(["CaseReported", "AgencyInvited", "CaseDismissed"]);
    // The police feed ends rather than deliver the dismissal (waitUntil fails once the feed has failed).
    const police = await policeFeed.waitUntil((e) => e.caseEvents.type === "CaseDismissed").then(() => "delivered", () => "ended");
    expect(police).toBe("ended");
    expect(policeFeed.items.map((e) => e.caseEvents.type)).toEqual(["CaseReported", "AgencyInvited"]);
    expect(JSON.stringify(policeFeed.errors)).toContain("NOT_FOUND");
    expect(chairFeed.errors).toEqual([]);
    await Promise.all([chairFeed.dispose(), policeFeed.dispose()]);
  });
});
