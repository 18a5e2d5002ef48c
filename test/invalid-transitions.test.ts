import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { countyInstant, errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";

const Matter = graphql(`mutation LifecycleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`mutation LifecycleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }`);
const Declare = graphql(`mutation LifecycleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }`);
const Report = graphql(`mutation LifecycleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }`);
const Investigate = graphql(`mutation LifecycleInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status } }`);
const Convene = graphql(`mutation LifecycleConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version status } }`);
const CloseMeeting = graphql(`mutation LifecycleCloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status } }`);
const CancelMeeting = graphql(`mutation LifecycleCancelMeeting($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: "改期") { version status } }`);
const OpenMeeting = graphql(`mutation LifecycleOpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status } }`);
const Launch = graphql(`mutation LifecycleLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version status } }`);
const Activate = graphql(`mutation LifecycleActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status } }`);

let t: TestHub;
const agency: Record<string, string> = {};
const officer: Record<string, string> = {};
/** Water and land resources on the river, as a joint operation needs at least two agencies. */
const crews = () => ["SWJ", "ZRZYJ"].map((code) => ({ agencyId: agency[code], headcount: 4, officerIds: [officer[code]] }));

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  for (const [i, code] of ["SWJ", "ZRZYJ"].entries()) {
    agency[code] = (await make.agency(code)).id;
    officer[code] = (await make.officer(agency[code], `${code}队员`, { number: `LC-${i}`, validFrom: "2020-01-01", validUntil: "2099-12-31" })).id;
  }
  for (const code of ["WATER", "WATER.RIVER"]) await t.gql(Matter, { input: { code, name: code } });
  const law = await t.gql(Instrument, { input: { title: "水法", level: "LAW", issuer: "人大", effectiveDate: "2016-07-02", articles: [{ number: "39", text: "采砂" }] } });
  await t.gql(Declare, {
    input: {
      agencyId: agency.SWJ, code: "CF-SWJ-RIVER", name: "河道采砂处罚", category: "PENALTY",
      matterCodes: ["WATER.RIVER"], regionCodes: [COUNTY], legalBases: [{ instrumentId: law.data!.createLegalInstrument.id, articleNumber: "39" }],
    },
  });
});
afterAll(() => t?.stop());

describe("a step from the wrong state", () => {
  it("is INVALID_TRANSITION for a case, naming its state, the step and the steps open now", async () => {
    const reported = await t.gql(Report, {
      input: { title: "河道非法采砂", description: "群众举报", matterCode: "WATER.RIVER", regionCode: TOWN, source: "HOTLINE_12345", occurredAt: t.clock.now().toISOString() },
    });
    const c = reported.data!.reportCase.case;
    expect(c.status).toBe("ASSIGNED");
    const skipped = await t.gql(Investigate, { input: { caseId: c.id, expectedVersion: c.version } }, { token: await t.token(Role.AGENCY_OFFICER, "SWJ") });
    // An assigned case is filed (立案), dismissed (不予立案) or referred (移送) before anything else.
    expect(skipped.errors![0].extensions).toMatchObject({ code: "INVALID_TRANSITION", from: "ASSIGNED", action: "INVESTIGATE", allowed: ["FILE", "DISMISS", "REFER"] });
  });

  it("is INVALID_TRANSITION for a meeting, with the steps open now, and none once it is cancelled", async () => {
    const convened = await t.gql(Convene, { input: { title: "联席会议", kind: "REGULAR", scheduledAt: countyInstant(t.clock, 3), place: "县政府", quorum: 1 } });
    const m = convened.data!.conveneMeeting;
    const early = await t.gql(CloseMeeting, { id: m.id, v: m.version });
    expect(early.errors![0].extensions).toMatchObject({ code: "INVALID_TRANSITION", from: "SCHEDULED", action: "CLOSE", allowed: ["OPEN", "CANCEL", "CHANGE_AGENDA", "CHECK_IN"] });

    const cancelled = (await t.gql(CancelMeeting, { id: m.id, v: m.version })).data!.cancelMeeting;
    expect(cancelled.status).toBe("CANCELLED");
    const reopened = await t.gql(OpenMeeting, { id: m.id, v: cancelled.version });
    expect(reopened.errors![0].extensions).toMatchObject({ code: "INVALID_TRANSITION", from: "CANCELLED", action: "OPEN", allowed: [] });
  });

  it("is INVALID_TRANSITION for a joint operation, with the steps open now", async () => {
    const launched = await t.gql(Launch, {
      input: {
        title: "河道采砂联合整治", leadAgencyId: agency.SWJ, objectives: "查处非法采砂",
        participants: crews(),
        regionCodes: [TOWN], matterCodes: ["WATER.RIVER"],
        startsAt: countyInstant(t.clock, 5, "08:00"), endsAt: countyInstant(t.clock, 5, "18:00"),
      },
    });
    expect(launched.errors).toBeUndefined();
    const op = launched.data!.launchOperation;
    expect(op.status).toBe("PLANNED");
    const skipped = await t.gql(Activate, { id: op.id, v: op.version });
    expect(skipped.errors![0].extensions).toMatchObject({ code: "INVALID_TRANSITION", from: "PLANNED", action: "activate", allowed: ["brief", "cancel", "assign"] });
  });
});

describe("launching a joint operation", () => {
  it("is for the chair and named lead agencies, not for supervisors, who read every operation", async () => {
    const input = {
      title: "督查行动", leadAgencyId: agency.SWJ, objectives: "督查",
      participants: crews(),
      regionCodes: [TOWN], matterCodes: ["WATER.RIVER"],
      startsAt: countyInstant(t.clock, 6, "08:00"), endsAt: countyInstant(t.clock, 6, "18:00"),
    };
    expect(errorCodes(await t.gql(Launch, { input }, { token: await t.token(Role.SUPERVISOR) }))).toEqual(["FORBIDDEN"]);
  });
});
