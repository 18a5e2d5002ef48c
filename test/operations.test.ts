import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { countyInstant, errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { TOWN, factories } from "./support/factories.js";
import { subscribe } from "./support/subscriptions.js";

const Launch = graphql(`
  mutation Launch($input: LaunchOperationInput!) {
    launchOperation(input: $input) { id status version lead { code } participants { agency { code } headcount officers { name } } }
  }
`);
const Brief = graphql(`mutation Brief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { status version } }`);
const Activate = graphql(`mutation Activate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status version } }`);
const Complete = graphql(`mutation CompleteOp($id: ID!, $v: Int!, $note: String!) { completeOperation(operationId: $id, expectedVersion: $v, afterActionNote: $note) { status afterActionNote } }`);
const Cancel = graphql(`mutation CancelOp($id: ID!, $v: Int!, $reason: String!) { cancelOperation(operationId: $id, expectedVersion: $v, reason: $reason) { status cancelReason } }`);
const Assign = graphql(`mutation SetAssignment($input: AssignmentInput!) { setAssignment(input: $input) { task location agency { code } } }`);
const Report = graphql(`mutation FieldReportMutation($input: FieldReportInput!) { fileFieldReport(input: $input) { sitesInspected violationsFound caseIds } }`);
const OperationView = graphql(`
  query OperationView($id: ID!, $agencyId: ID!) {
    operation(id: $id) {
      status
      cases { number status source lead { code } }
      summary { perAgency { agency { code } reports sitesInspected violationsFound casesOpened } perMatter { matterCode cases } casesByStatus { status count } afterActionNote }
      activityLog(agencyId: $agencyId) { what }
    }
  }
`);
const Operations = graphql(`query OperationList { operations { totalCount nodes { title } } }`);
const OpEvents = graphql(`subscription OpEvents($id: ID!, $after: String) { operationEvents(operationId: $id, after: $after) { cursor type payload } }`);
const Feed = graphql(`subscription OpFeed($after: String) { agencyFeed(after: $after) { type topic } }`);
const Head = graphql(`query OpHead { events(first: 500) { nodes { cursor } } }`);
const EventsAfter = graphql(`query OpEventsAfter($after: String) { events(after: $after, first: 500) { nodes { type } } }`);
const CaseCount = graphql(`query OpCaseCount { cases(first: 1) { totalCount } }`);
const AddItem = graphql(`mutation OpAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`);
const Open = graphql(`mutation OpOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }`);
const CheckIn = graphql(`mutation OpCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: "代表") { id } }`);
const Decide = graphql(`mutation OpDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }`);

let t: TestHub;
let make: ReturnType<typeof factories>;
const agency: Record<string, string> = {};
const officer: Record<string, string> = {};
const token: Record<string, string> = {};
let decisionId: string;

/** A day's window a week after the hub's today. */
const window = { startsAt: "", endsAt: "" };
const certificate = (n: string) => ({ number: `OP-${n}`, validFrom: countyInstant(t.clock, -400).slice(0, 10), validUntil: countyInstant(t.clock, 1000).slice(0, 10) });

beforeAll(async () => {
  t = await startTestHub();
  Object.assign(window, { startsAt: countyInstant(t.clock, 8, "08:00"), endsAt: countyInstant(t.clock, 8, "18:00") });
  make = factories(t);
  await make.county();
  for (const code of ["SCJGJ", "CGJ", "SWJ", "GAJ"]) agency[code] = (await make.agency(code)).id;
  for (const code of ["SCJGJ", "CGJ", "SWJ"]) officer[code] = (await make.officer(agency[code], `${code}队员`, certificate(code))).id;
  officer.GAJ = (await make.officer(agency.GAJ, "辅警")).id; // auxiliary only: never certified
  for (const code of ["FOOD", "FOOD.STREET_STALL"]) await make.matter(code);
  const law = (await make.instrument("食品安全法", ["36"])).id;
  await make.power(agency.SCJGJ, "CF-1", { matterCodes: ["FOOD.STREET_STALL"], legalBases: [{ instrumentId: law, articleNumber: "36" }] });
  for (const code of Object.keys(agency)) token[code] = await t.token(Role.AGENCY_OFFICER, code);
  // A joint meeting decides on joint enforcement, led by urban management.
  const m = await make.meeting("专题会议", countyInstant(t.clock, 4), { quorum: 1 });
  const item = (await t.gql(AddItem, { input: { meetingId: m.id, title: "夜市周边联合整治" } })).data!.addAgendaItem.id;
  await t.gql(Open, { id: m.id, v: m.version });
  await t.gql(CheckIn, { id: m.id, a: agency.CGJ });
  decisionId = (await t.gql(Decide, { input: { meetingId: m.id, itemId: item, kind: "JOINT_ENFORCEMENT", leadAgencyId: agency.CGJ, plan: "周五夜间联合整治占道食品摊点" } })).data!.recordDecision.decision.id;
});
afterAll(() => t?.stop());

const launchInput = (extra: Record<string, unknown> = {}) => ({
  title: "夜市占道食品摊点联合整治",
  leadAgencyId: agency.CGJ,
  participants: [
    { agencyId: agency.CGJ, headcount: 12, officerIds: [officer.CGJ] },
    { agencyId: agency.SCJGJ, headcount: 6, officerIds: [officer.SCJGJ] },
  ],
  regionCodes: [TOWN],
  matterCodes: ["FOOD.STREET_STALL"],
  objectives: "清理占道摊点，查处无证经营",
  decisionId,
  ...window,
  ...extra,
});

describe("joint operations", () => {
  it("refuses a window that ends before it starts, an agency with no certified officer, and an agency no decision named", async () => {
    const launched = async () => (await t.gql(Operations, {})).data!.operations.totalCount;
    const before = await launched();
    const backwards = await t.gql(Launch, { input: launchInput({ startsAt: window.endsAt, endsAt: window.startsAt }) });
    expect(backwards.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "endsAt" })] });
    const uncertified = await t.gql(Launch, { input: launchInput({ participants: [...launchInput().participants, { agencyId: agency.GAJ, headcount: 3, officerIds: [officer.GAJ] }] }) });
    expect(uncertified.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "participants.2.officerIds" })] });
    const notNamed = await t.gql(Launch, { input: launchInput({ leadAgencyId: agency.SWJ }) }, { token: token.SWJ });
    expect(errorCodes(notNamed)).toEqual(["FORBIDDEN"]);
    expect(await launched()).toBe(before);
  });

  it("runs from a decision: launched by the lead it named, briefed, activated, reported on, completed; the chair follows every event in order and an outsider sees none; then it sums up per agency and matter, links the cases opened on the spot, and keeps each agency's activity log", async () => {
    const head = (await t.gql(Head, {})).data!.events.nodes.at(-1)!.cursor;
    const outsiderFeed = subscribe(t.url, token.SWJ, Feed, { after: head });
    const participantFeed = subscribe(t.url, token.SCJGJ, Feed, { after: head });

    const launched = await t.gql(Launch, { input: launchInput() }, { token: token.CGJ });
    expect(launched.errors).toBeUndefined();
    const op = launched.data!.launchOperation;
    const operationId = op.id;
    let version = op.version;
    expect(op).toMatchObject({ status: "PLANNED", lead: { code: "CGJ" } });
    const chair = subscribe(t.url, t.chair, OpEvents, { id: operationId, after: head });

    await t.gql(Assign, { input: { operationId, agencyId: agency.SCJGJ, task: "检查摊点食品经营资质", location: "夜市东段", officerIds: [officer.SCJGJ] } }, { token: token.CGJ });
    const early = await t.gql(Report, { input: { operationId, sitesInspected: 1, violationsFound: 0 } }, { token: token.SCJGJ });
    expect(errorCodes(early)).toEqual(["INVALID_TRANSITION"]);
    version = (await t.gql(Brief, { id: operationId, v: version }, { token: token.CGJ })).data!.briefOperation.version;
    const skip = await t.gql(Complete, { id: operationId, v: version, note: "x" });
    expect(skip.errors![0].extensions).toMatchObject({ code: "INVALID_TRANSITION", allowed: expect.arrayContaining(["activate", "cancel"]) });
    version = (await t.gql(Activate, { id: operationId, v: version })).data!.activateOperation.version;
    const lateAssignment = await t.gql(Assign, { input: { operationId, agencyId: agency.SCJGJ, task: "x", location: "y", officerIds: [] } });
    expect(errorCodes(lateAssignment)).toEqual(["INVALID_TRANSITION"]);

    const market = await t.gql(Report, {
      input: { operationId, sitesInspected: 14, violationsFound: 3, notes: "三户无证", cases: [{ title: "无证经营烧烤摊", description: "现场查获", matterCode: "FOOD.STREET_STALL", regionCode: TOWN }] },
    }, { token: token.SCJGJ });
    expect(market.data!.fileFieldReport).toMatchObject({ sitesInspected: 14, violationsFound: 3, caseIds: [expect.any(String)] });
    await t.gql(Report, { input: { operationId, sitesInspected: 20, violationsFound: 5, notes: "清理占道 5 处" } }, { token: token.CGJ });
    const outsider = await t.gql(Report, { input: { operationId, sitesInspected: 1, violationsFound: 0 } }, { token: token.SWJ });
    expect(errorCodes(outsider)).toEqual(["NOT_FOUND"]);

    const completed = await t.gql(Complete, { id: operationId, v: version, note: "整治摊点 34 处，立案 1 起" }, { token: token.CGJ });
    expect(completed.data!.completeOperation).toEqual({ status: "COMPLETED", afterActionNote: "整治摊点 34 处，立案 1 起" });

    const expected = ["OperationLaunched", "AssignmentSet", "OperationBriefed", "OperationActivated", "FieldReportFiled", "FieldReportFiled", "OperationCompleted"];
    const seen = await chair.waitFor(expected.length);
    expect(seen.map((e) => e.operationEvents.type)).toEqual(expected);
    // The field report's event names the case it opened, so the chair following live can go to it.
    const [opened] = (await t.gql(OperationView, { id: operationId, agencyId: agency.SCJGJ })).data!.operation!.cases;
    expect(seen.filter((e) => e.operationEvents.type === "FieldReportFiled").map((e) => (e.operationEvents.payload as { cases: unknown[] }).cases)).toEqual([
      [{ id: market.data!.fileFieldReport.caseIds[0], number: opened.number, title: "无证经营烧烤摊", matterCode: "FOOD.STREET_STALL", regionCode: TOWN, status: opened.status, leadAgencyId: expect.any(String) }],
      [],
    ]);
    const cursors = seen.map((e) => BigInt(e.operationEvents.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : 1)));
    const mine = await participantFeed.waitFor(expected.length + 1); // and the CaseReported of the case it opened
    expect(mine.filter((e) => e.agencyFeed.topic === "OPERATION").map((e) => e.agencyFeed.type)).toEqual(expected);
    // A later event the outsider may see: once it arrives, the operation's events would have arrived before it.
    await make.officer(agency.SWJ, "SWJ值班");
    const outsiderSaw = await outsiderFeed.waitUntil((e) => e.agencyFeed.type === "OfficerRegistered");
    expect(outsiderSaw.filter((e) => e.agencyFeed.topic === "OPERATION")).toEqual([]);
    const outsiderLive = subscribe(t.url, token.SWJ, OpEvents, { id: operationId });
    await outsiderLive.ended;
    expect(JSON.stringify(outsiderLive.errors)).toContain("NOT_FOUND");
    await Promise.all([chair.dispose(), participantFeed.dispose(), outsiderFeed.dispose()]);

    // Completed, it sums up per agency and matter, links the cases opened on the spot, and keeps each agency's activity log.
    const view = (await t.gql(OperationView, { id: operationId, agencyId: agency.SCJGJ })).data!.operation!;
    expect(view.cases).toEqual([{ number: expect.stringMatching(/^PEI-/), status: "ASSIGNED", source: "JOINT_OPERATION", lead: { code: "SCJGJ" } }]);
    expect(view.summary.perAgency.map((a) => [a.agency.code, a.reports, a.sitesInspected, a.violationsFound, a.casesOpened]).sort()).toEqual([
      ["CGJ", 1, 20, 5, 0],
      ["SCJGJ", 1, 14, 3, 1],
    ]);
    expect(view.summary).toMatchObject({ perMatter: [{ matterCode: "FOOD.STREET_STALL", cases: 1 }], casesByStatus: [{ status: "ASSIGNED", count: 1 }], afterActionNote: "整治摊点 34 处，立案 1 起" });
    expect(view.activityLog.map((e) => e.what)).toEqual(["AssignmentSet", "FieldReportFiled"]);
    expect((await t.gql(Operations, {}, { token: token.SWJ })).data!.operations.totalCount).toBe(0);
  });

  it("files a field report and the cases it opens in one transaction: a report whose second case is refused leaves no report, no first case and no event", async () => {
    const op = (await t.gql(Launch, { input: launchInput({ title: "一次提交的现场报告" }) }, { token: token.CGJ })).data!.launchOperation;
    const briefed = (await t.gql(Brief, { id: op.id, v: op.version }, { token: token.CGJ })).data!.briefOperation.version;
    expect((await t.gql(Activate, { id: op.id, v: briefed })).data!.activateOperation.status).toBe("ACTIVE");
    const head = (await t.gql(Head, {})).data!.events.nodes.at(-1)!.cursor;
    const cases = async () => (await t.gql(CaseCount, {})).data!.cases.totalCount;
    const casesBefore = await cases();
    const spot = (title: string, matterCode = "FOOD.STREET_STALL") => ({ title, description: "现场查获", matterCode, regionCode: TOWN });

    const refused = await t.gql(Report, { input: { operationId: op.id, sitesInspected: 3, violationsFound: 2, cases: [spot("无证烧烤摊"), spot("无此事项", "NO.SUCH.MATTER")] } }, { token: token.SCJGJ });
    expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: expect.stringMatching(/^cases\.1\./) })] });
    expect(await cases()).toBe(casesBefore); // the first case was written in the report's transaction, and went with it
    expect((await t.gql(EventsAfter, { after: head })).data!.events.nodes).toEqual([]);

    const filed = await t.gql(Report, { input: { operationId: op.id, sitesInspected: 3, violationsFound: 2, cases: [spot("无证烧烤摊"), spot("无证炸串摊")] } }, { token: token.SCJGJ });
    expect(filed.data!.fileFieldReport.caseIds).toHaveLength(2);
    expect(await cases()).toBe(casesBefore + 2);
    // One commit: the report's own event first, then the events of the cases it opened.
    expect((await t.gql(EventsAfter, { after: head })).data!.events.nodes.map((e) => e.type)).toEqual(["FieldReportFiled", "CaseReported", "CaseReported"]);
  });

  it("puts a planned operation on the next joint meeting's agenda as a proposal", async () => {
    const { decisionId: _d, ...byChair } = launchInput({ title: "春节前烟花爆竹联合检查" });
    const planned = await t.gql(Launch, { input: byChair });
    expect(planned.data!.launchOperation.status).toBe("PLANNED");
    const agenda = await t.gql(graphql(`mutation OpAgenda($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { agenda { kind title } } }`), {
      input: { title: "例会", kind: "REGULAR", scheduledAt: countyInstant(t.clock, 31), place: "县政府" },
    });
    expect(agenda.data!.conveneMeeting.agenda).toContainEqual({ kind: "PROPOSED_OPERATION", title: "拟开展联合执法：春节前烟花爆竹联合检查" });
    const op = planned.data!.launchOperation;
    const noReason = await t.gql(Cancel, { id: op.id, v: op.version, reason: "  " });
    expect(errorCodes(noReason)).toEqual(["BAD_USER_INPUT"]);
    const cancelled = await t.gql(Cancel, { id: op.id, v: op.version, reason: "春节安排调整" });
    expect(cancelled.data!.cancelOperation).toEqual({ status: "CANCELLED", cancelReason: "春节安排调整" });
    const again = await t.gql(Cancel, { id: op.id, v: op.version + 1, reason: "x" });
    expect(errorCodes(again)).toEqual(["INVALID_TRANSITION"]);
  });
});
