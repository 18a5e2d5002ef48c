import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { clockStartingAt } from "../src/platform/time.js";
import { ADMIN_URL } from "./support/databases.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";

// The hub runs on 2027-03-01, a Monday in a year whose official holiday schedule the product does
// not ship: the whole case lifecycle must work there, its working-day clocks are provisional, and
// an ADMIN's loading the year moves them at once, on every instance.
const MONDAY_2027_03_01 = "2027-03-01T09:00:00+08:00";

/**
 * A schedule made up for this test only (the 2027 notice is not published yet): two days off
 * right after the hub's "today", and one make-up Sunday.
 */
const TEST_2027 = {
  year: 2027,
  holidays: [{ name: "测试假日 test holiday", dates: ["2027-03-02", "2027-03-03"] }],
  makeUpWorkdays: ["2027-03-07"],
  source: "test schedule, not the State Council's",
};

const SetCalendar = graphql(`
  mutation SetCalendar($input: SetWorkingCalendarInput!) {
    setWorkingCalendar(input: $input) { year version holidays { name dates } makeUpWorkdays source }
  }
`);
const Calendar = graphql(`query Calendar { workingCalendar { year version makeUpWorkdays } }`);
const CalendarEvents = graphql(`
  query CalendarEvents { events(topics: [CALENDAR], first: 50) { nodes { type subjectIds occurredAt actor { role } payload } } }
`);
const NextReport = graphql(`
  mutation NextYearReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number version status createdAt } } }
`);
const NextFile = graphql(`mutation NextYearFile($input: FileCaseInput!) { fileCase(input: $input) { status version filedOn } }`);
const NextStep = graphql(`mutation NextYearInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }`);
const NextDecide = graphql(`mutation NextYearDecide($input: DecideCaseInput!) { decideCase(input: $input) { status version decidedOn } }`);
const NextExecute = graphql(`mutation NextYearExecute($input: CaseStepInput!) { executeCase(input: $input) { status version executedOn } }`);
const NextClose = graphql(`mutation NextYearClose($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }`);
const NextRefer = graphql(`mutation NextYearRefer($input: ReferCaseInput!) { referCase(input: $input) { version } }`);
const NextCase = graphql(`
  query NextYearCase($id: ID!) {
    case(id: $id) { status deadlines { kind due daysLeft workingDays provisional } timeline { what at } }
  }
`);
const NextDeclare = graphql(`mutation NextYearDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }`);
const NextMatter = graphql(`mutation NextYearMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const NextInstrument = graphql(`
  mutation NextYearInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }
`);

/** What a hub dated 2027-03-01 holds for these tests: the water bureau's officers and power, and the tokens used. */
interface Hub2027 {
  hub: TestHub;
  admin: string;
  swj: string;
  articleId: string;
  team: string[];
  agency: Record<string, string>;
}

/** A hub of its own whose clock reads 2027-03-01, with 2027's schedule not loaded yet. */
async function startHubIn2027(): Promise<Hub2027> {
  const hub = await startTestHub({}, { clock: clockStartingAt(MONDAY_2027_03_01) });
  const make = factories(hub);
  await make.county();
  const agency: Record<string, string> = {};
  const team: string[] = [];
  for (const code of ["SWJ", "GAJ"]) agency[code] = (await make.agency(code)).id;
  for (const name of ["王强", "李明"]) team.push((await make.officer(agency.SWJ, name, { number: `SWJ-${name}`, validFrom: "2027-01-01", validUntil: "2029-12-31" })).id);
  await hub.gql(NextMatter, { input: { code: "WATER", name: "水务" } });
  const law = (await hub.gql(NextInstrument, { input: { title: "水法", level: "LAW", issuer: "人大", effectiveDate: "2016-07-02", articles: [{ number: "39", text: "采砂" }] } }))
    .data!.createLegalInstrument;
  const declared = await hub.gql(NextDeclare, {
    input: {
      agencyId: agency.SWJ, code: "CF-SWJ-WATER", name: "非法采砂处罚", category: "PENALTY",
      matterCodes: ["WATER"], regionCodes: [COUNTY], legalBases: [{ instrumentId: law.id, articleNumber: "39" }],
    },
  });
  expect(declared.errors).toBeUndefined();
  return { hub, admin: await hub.token(Role.ADMIN), swj: await hub.token(Role.AGENCY_OFFICER, "SWJ"), articleId: law.articles[0].id, team, agency };
}

let t: TestHub;
let admin: string;
let swj: string;
let articleId: string;
let team: string[];
let agency: Record<string, string>;

beforeAll(async () => {
  ({ hub: t, admin, swj, articleId, team, agency } = await startHubIn2027());
});
afterAll(() => t?.stop());

async function reportRiverCase(hub: TestHub = t) {
  const occurredAt = new Date(hub.clock.now().getTime() - 86_400_000).toISOString();
  const result = await hub.gql(NextReport, { input: { title: "河道非法采砂", description: "群众举报夜间采砂", matterCode: "WATER", regionCode: TOWN, source: "HOTLINE_12345", occurredAt } });
  expect(result.errors).toBeUndefined();
  return result.data!.reportCase.case;
}

describe("a hub whose clock reads 2027-03-01, before and after 2027's holiday schedule is loaded (setWorkingCalendar)", () => {
  it("runs a case dated 2027 with provisional clocks, lets only an ADMIN load a valid schedule, then moves the deadlines at once when 2027 is loaded, each step building on the one before", async () => {
    // Runs a case through its whole lifecycle, dated 2027 by the hub's clock, its clocks provisional until 2027 is loaded.
    {
      const c = await reportRiverCase();
      expect(c.number).toBe("PEI-2027-000001");
      expect(c.createdAt.slice(0, 10)).toBe("2027-03-01");
      const filed = (await t.gql(NextFile, { input: { caseId: c.id, expectedVersion: c.version, leadOfficerId: team[0], officerIds: [team[1]] } }, { token: swj })).data!.fileCase;
      expect(filed).toMatchObject({ status: "ACCEPTED", filedOn: "2027-03-01" });
      // 90 calendar days from 2027-03-01 end on Sunday 2027-05-30: rolled to the next working day,
      // which only a loaded 2027 schedule can confirm.
      const open = (await t.gql(NextCase, { id: c.id })).data!.case!;
      expect(open.deadlines).toEqual([{ kind: "DECISION", due: "2027-05-31", daysLeft: 91, workingDays: false, provisional: true }]);
      let v = (await t.gql(NextStep, { input: { caseId: c.id, expectedVersion: filed.version } }, { token: swj })).data!.startInvestigation.version;
      const decided = (await t.gql(NextDecide, { input: { caseId: c.id, expectedVersion: v, outcome: "PENALTY", amount: 20000, articleId, summary: "罚款二万元" } }, { token: swj }))
        .data!.decideCase;
      expect(decided.decidedOn).toBe("2027-03-01");
      const executed = (await t.gql(NextExecute, { input: { caseId: c.id, expectedVersion: decided.version } }, { token: swj })).data!.executeCase;
      expect(executed.executedOn).toBe("2027-03-01");
      v = executed.version;
      const closed = (await t.gql(NextClose, { input: { caseId: c.id, expectedVersion: v } }, { token: swj })).data!.closeCase;
      expect(closed).toMatchObject({ status: "CLOSED", closedOn: "2027-03-01" });
      const timeline = (await t.gql(NextCase, { id: c.id })).data!.case!.timeline;
      expect(timeline.map((e) => e.what)).toEqual(["CaseReported", "CaseFiled", "CaseInvestigationStarted", "CaseDecided", "CaseExecuted", "CaseClosed"]);
      expect(timeline.every((e) => e.at.startsWith("2027-03-01"))).toBe(true);
    }
    // Lets only an ADMIN load a schedule.
    {
      for (const role of [Role.CHAIR, Role.SUPERVISOR, Role.INTAKE]) {
        expect(errorCodes(await t.gql(SetCalendar, { input: TEST_2027 }, { token: await t.token(role) }))).toEqual(["FORBIDDEN"]);
      }
      expect(errorCodes(await t.gql(SetCalendar, { input: TEST_2027 }, { token: swj }))).toEqual(["FORBIDDEN"]);
      expect((await t.gql(Calendar, {})).data!.workingCalendar.map((y) => y.year)).toEqual([2026]);
    }
    // Refuses a bad schedule with BAD_USER_INPUT naming each field, and changes nothing.
    {
      const bad = async (input: typeof TEST_2027) => {
        const result = await t.gql(SetCalendar, { input }, { token: admin });
        expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
        return (result.errors![0].extensions!.fields as { path: string; message: string }[]).map((f) => f.path);
      };
      expect(await bad({ ...TEST_2027, holidays: [{ name: "元旦", dates: ["2027-01-01", "2026-12-31"] }], makeUpWorkdays: ["2028-01-08"] }))
        .toEqual(["holidays.0.dates.1", "makeUpWorkdays.0"]);
      expect(await bad({ ...TEST_2027, makeUpWorkdays: ["2027-03-07", "2027-03-03"] })).toEqual(["makeUpWorkdays.1"]);
      expect(await bad({ ...TEST_2027, holidays: [...TEST_2027.holidays, { name: "again", dates: ["2027-03-03"] }] })).toEqual(["holidays.1.dates.0"]);
      expect(await bad({ ...TEST_2027, makeUpWorkdays: ["2027-03-07", "2027-03-07"] })).toEqual(["makeUpWorkdays.1"]);
      expect(await bad({ ...TEST_2027, makeUpWorkdays: ["2027-03-08"] })).toEqual(["makeUpWorkdays.0"]); // a Monday
      expect(await bad({ ...TEST_2027, year: 2026 })).toEqual(["holidays.0.dates.0", "holidays.0.dates.1", "makeUpWorkdays.0"]);
      expect((await t.gql(Calendar, {})).data!.workingCalendar.map((y) => y.year)).toEqual([2026]);
      expect((await t.gql(CalendarEvents, {})).data!.events.nodes).toEqual([]);
    }
    // Moves a case's working-day deadline at once when the year is loaded, and records the event.
    {
      const c = await reportRiverCase();
      await t.gql(NextRefer, { input: { caseId: c.id, expectedVersion: c.version, toAgencyId: agency.GAJ, reason: "涉嫌犯罪", kind: "CRIMINAL" } }, { token: swj });
      const answer = async () => (await t.gql(NextCase, { id: c.id })).data!.case!.deadlines.find((d) => d.kind === "REFERRAL_ANSWER")!;
      // Monday to Friday assumed: three working days after Monday 03-01 is Thursday 03-04.
      expect(await answer()).toMatchObject({ due: "2027-03-04", daysLeft: 3, workingDays: true, provisional: true });

      const loaded = await t.gql(SetCalendar, { input: TEST_2027 }, { token: admin });
      expect(loaded.errors).toBeUndefined();
      expect(loaded.data!.setWorkingCalendar).toMatchObject({ year: 2027, version: 1, makeUpWorkdays: ["2027-03-07"] });
      // 03-02 and 03-03 off; 03-04, 03-05 and the make-up Sunday 03-07 count.
      expect(await answer()).toMatchObject({ due: "2027-03-07", daysLeft: 3, provisional: false });

      const [event] = (await t.gql(CalendarEvents, {})).data!.events.nodes;
      expect(event).toMatchObject({ type: "WorkingCalendarSet", subjectIds: ["2027"], actor: { role: "ADMIN" }, payload: { year: 2027, daysOff: 2, replaced: false } });
      expect(event.occurredAt.slice(0, 10)).toBe("2027-03-01");

      // Loaded again without the make-up day: version 2, and the deadline follows.
      const again = await t.gql(SetCalendar, { input: { ...TEST_2027, makeUpWorkdays: [] } }, { token: admin });
      expect(again.data!.setWorkingCalendar.version).toBe(2);
      expect(await answer()).toMatchObject({ due: "2027-03-08", provisional: false });
      expect((await t.gql(Calendar, {})).data!.workingCalendar.map((y) => [y.year, y.version])).toEqual([[2026, 1], [2027, 2]]);
    }
  });
});

// Several instances on one PostgreSQL database: each keeps the calendar in memory and drops it
// when the WorkingCalendarSet event reaches its bus.
describe.runIf(Boolean(ADMIN_URL))("a second hub instance on the same PostgreSQL database", () => {
  it("counts on the newly loaded schedule as soon as the event reaches it", async () => {
    // A first instance of its own, so that what this test loads for 2027 reaches no other test.
    const a = await startHubIn2027();
    try {
      // 2027 as loaded without its make-up working day.
      expect((await a.hub.gql(SetCalendar, { input: { ...TEST_2027, makeUpWorkdays: [] } }, { token: a.admin })).errors).toBeUndefined();
      const b = await startTestHub({}, { shareDatabaseOf: a.hub, clock: clockStartingAt(MONDAY_2027_03_01) });
      try {
        const c = await reportRiverCase(a.hub);
        await a.hub.gql(NextRefer, { input: { caseId: c.id, expectedVersion: c.version, toAgencyId: a.agency.GAJ, reason: "涉嫌犯罪", kind: "CRIMINAL" } }, { token: a.swj });
        const dueOnB = async () => (await b.gql(NextCase, { id: c.id })).data!.case!.deadlines.find((d) => d.kind === "REFERRAL_ANSWER")!.due;
        expect(await dueOnB()).toBe("2027-03-08"); // B has read (and cached) the calendar as it stands
        await a.hub.gql(SetCalendar, { input: { ...TEST_2027, holidays: [{ name: "测试假日 test holiday", dates: ["2027-03-02"] }], makeUpWorkdays: [] } }, { token: a.admin });
        // B learns of it through LISTEN/NOTIFY (or its poll): wait for that, not for a fixed time.
        let due = await dueOnB();
        for (let i = 0; i < 100 && due !== "2027-03-05"; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          due = await dueOnB();
        }
        expect(due).toBe("2027-03-05");
      } finally {
        await b.stop();
      }
    } finally {
      await a.hub.stop();
    }
  });
});
