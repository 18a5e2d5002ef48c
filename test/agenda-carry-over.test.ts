import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { addCalendarDays } from "../src/modules/cases/statutory-clock.js";
import { countyInstant, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";

// Carry-over over many meetings, whatever the chair decides: at any time at most one open agenda
// entry per overlap, case, gap, task or operation, and no new agenda holds anything already settled.

const Convene = graphql(`
  mutation CarryConvene($input: ConveneMeetingInput!) {
    conveneMeeting(input: $input) { id version invited { id } agenda { id kind carriedFrom agencies { id } overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } }
  }
`);
const Open = graphql(`mutation CarryOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }`);
const CheckIn = graphql(`mutation CarryCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: "代表") { version } }`);
const Decide = graphql(`mutation CarryDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }`);
const Version = graphql(`query CarryVersion($id: ID!) { meeting(id: $id) { version } }`);
const Cancel = graphql(`mutation CarryCancel($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: "改期") { status } }`);
const Close = graphql(`mutation CarryClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version } }`);
const State = graphql(`
  query CarryState {
    meetings(first: 100) { nodes { status agenda { id status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } }
    overlaps(first: 100, status: [OPEN, UNDER_REVIEW]) { nodes { id } }
    cases(first: 100, status: [DISPUTED, UNASSIGNED]) { nodes { id } }
    followUpTasks(status: [OPEN]) { id }
  }
`);
const Matter = graphql(`mutation CarryMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`mutation CarryInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }`);
const Declare = graphql(`mutation CarryDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { id } } }`);
const Report = graphql(`mutation CarryReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id } } }`);

type Item = { carriedFrom?: string | null; overlapIds: string[]; caseIds: string[]; taskIds: string[]; operationIds: string[]; gapRegionCodes: string[]; matterCode?: string | null };
const subjects = (i: Item) => [
  ...i.overlapIds.map((id) => `overlap:${id}`),
  ...i.caseIds.map((id) => `case:${id}`),
  ...i.taskIds.map((id) => `task:${id}`),
  ...i.operationIds.map((id) => `operation:${id}`),
  ...(i.gapRegionCodes.length ? [`gap:${i.matterCode}`] : []),
];

let t: TestHub;
const agencies: string[] = [];
let law: string;
let day = 2;
let run = 0;

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  for (const code of ["SCJGJ", "CGJ", "SWJ", "GAJ"]) agencies.push((await make.agency(code)).id);
  law = (await t.gql(Instrument, { input: { title: "某某条例", level: "LOCAL_REGULATION", issuer: "省人大", effectiveDate: "2020-01-01", articles: [{ number: "1", text: "…" }] } })).data!.createLegalInstrument.id;
});
afterAll(() => t?.stop());

/** Fresh disputes for a run: matters held by two agencies each (one nested), a waiting case on some, a gap on one. */
async function seedRun(holders: [number, number][]): Promise<string[]> {
  run++;
  const root = `R${run}`;
  await t.gql(Matter, { input: { code: root, name: `事项${run}` } });
  const codes: string[] = [];
  for (const [j, [a, b]] of holders.entries()) {
    const code = `${root}.M${j}`;
    await t.gql(Matter, { input: { code, name: `事项${run}之${j}` } });
    codes.push(code);
    for (const [k, holder] of [a, b].entries()) {
      await t.gql(Declare, {
        input: {
          agencyId: agencies[holder], code: `${code}-${k}`, name: "处罚", category: "PENALTY", matterCodes: [code], regionCodes: [k === 0 ? COUNTY : TOWN],
          legalBases: [{ instrumentId: law, articleNumber: "1" }],
        },
      });
    }
  }
  await t.gql(Matter, { input: { code: `${root}.GAP`, name: `无人管${run}` } });
  return codes;
}

async function report(matterCode: string) {
  const r = await t.gql(Report, {
    input: { title: `举报${matterCode}`, description: "群众反映", matterCode, regionCode: TOWN, source: "HOTLINE_12345", occurredAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString() },
  });
  expect(r.errors).toBeUndefined();
}

async function checkInvariant(newAgenda?: Item[]) {
  const result = await t.gql(State, {});
  expect(result.errors).toBeUndefined();
  const state = result.data!;
  const open = state.meetings.nodes.flatMap((m) => m.agenda.filter((i) => i.status === "OPEN")).flatMap(subjects);
  const twice = open.filter((s, i) => open.indexOf(s) !== i);
  expect(twice).toEqual([]);
  if (newAgenda) {
    const live = new Set([...state.overlaps.nodes.map((o) => `overlap:${o.id}`), ...state.cases.nodes.map((c) => `case:${c.id}`), ...state.followUpTasks.map((x) => `task:${x.id}`)]);
    const settled = newAgenda.flatMap(subjects).filter((s) => !s.startsWith("gap:") && !live.has(s));
    expect(settled).toEqual([]);
    // A new item continues an item of a meeting that was held, never one of a cancelled meeting.
    const held = new Set(state.meetings.nodes.filter((m) => m.status === "CLOSED").flatMap((m) => m.agenda.map((i) => i.id)));
    expect(newAgenda.filter((i) => i.carriedFrom && !held.has(i.carriedFrom))).toEqual([]);
  }
}

const action = fc.constantFrom("lead", "noConflict", "defer", "skip" as const);
const meetingPlan = fc.record({
  size: fc.integer({ min: 1, max: 4 }),
  actions: fc.array(action, { minLength: 4, maxLength: 4 }),
  reportOn: fc.array(fc.nat({ max: 2 }), { maxLength: 2 }),
  tasksFallDue: fc.boolean(),
  /** Convene the next meeting while this one is still scheduled (then cancel it). */
  alsoScheduleAnother: fc.boolean(),
});
const holderPair = fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 3 })).filter(([a, b]) => a !== b);

describe("carry-over over several meetings", () => {
  it("never leaves two open entries for one subject, and never puts a settled one on a new agenda", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(holderPair, { minLength: 3, maxLength: 3 }), fc.array(meetingPlan, { minLength: 2, maxLength: 4 }), async (holders, meetings) => {
        const codes = await seedRun(holders);
        await report(codes[0]);
        for (const plan of meetings) {
          for (const j of plan.reportOn) await report(codes[j]);
          day += 1;
          const m = (await t.gql(Convene, { input: { title: `第${day}次会议`, kind: "AD_HOC", scheduledAt: countyInstant(t.clock, day), place: "县政府", agendaSize: plan.size } })).data!.conveneMeeting;
          await checkInvariant(m.agenda);
          if (plan.alsoScheduleAnother) {
            const other = (await t.gql(Convene, { input: { title: `第${day}次会议（备用）`, kind: "AD_HOC", scheduledAt: countyInstant(t.clock, day, "15:00"), place: "县政府" } })).data!.conveneMeeting;
            await checkInvariant(other.agenda);
            await t.gql(Cancel, { id: other.id, v: other.version });
          }
          await t.gql(Open, { id: m.id, v: m.version });
          for (const id of m.invited.map((a) => a.id)) await t.gql(CheckIn, { id: m.id, agencyId: id });
          for (const [i, item] of m.agenda.entries()) {
            const what = plan.actions[i % plan.actions.length];
            if (what === "skip") continue;
            const scoped = item.kind === "DISPUTE";
            const kind = what === "lead" && scoped ? "DESIGNATE_LEAD" : what === "defer" ? "DEFER" : "NO_CONFLICT";
            const lead = item.agencies[0]?.id ?? agencies[0];
            const r = await t.gql(Decide, {
              input: {
                meetingId: m.id, itemId: item.id, kind, leadAgencyId: kind === "DESIGNATE_LEAD" ? lead : undefined, reason: "会议研究决定", supersede: true,
                tasks: kind === "DEFER" ? [] : [{ assigneeAgencyId: lead, description: "落实会议决定", dueOn: addCalendarDays(t.clock.today(), 1) }],
              },
            });
            // An item an earlier decision of this meeting settled is no longer open: CONFLICT, and nothing changes.
            if (r.errors) expect(r.errors.map((e) => e.extensions?.code)).toEqual(["CONFLICT"]);
            await checkInvariant();
          }
          await t.gql(Close, { id: m.id, v: (await t.gql(Version, { id: m.id })).data!.meeting!.version });
          await checkInvariant();
          if (plan.tasksFallDue) await t.hub.db.dataSource.query(`UPDATE follow_up_task SET due_on = $1 WHERE status = 'OPEN'`, [addCalendarDays(t.clock.today(), -1)]);
        }
      }),
      { numRuns: 4 },
    );
  }, 120_000);
});
