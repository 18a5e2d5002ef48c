import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { addCalendarDays } from "../src/modules/cases/statutory-clock.js";
import { countyInstant, errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";

// Follow-up tasks (督办事项): a decision assigns them, the assignee completes them, and an overdue
// one comes to the next agenda under its owner's name until it is done.

const Convene = graphql(`mutation TaskConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version invited { id } agenda { id kind title taskIds } } }`);
const AddItem = graphql(`mutation TaskAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`);
const Open = graphql(`mutation TaskOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }`);
const CheckIn = graphql(`mutation TaskCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: "代表") { version } }`);
const Decide = graphql(`mutation TaskDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { tasks { id description dueOn status } } }`);
const Version = graphql(`query TaskVersion($id: ID!) { meeting(id: $id) { version agenda { status } minutes } }`);
const Close = graphql(`mutation TaskClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { kind status } } }`);
const Tasks = graphql(`query TaskList($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description dueOn status overdue assignee { code } } }`);
const Complete = graphql(`mutation TaskComplete($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }`);

let t: TestHub;
const agency: Record<string, string> = {};
const token: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  for (const code of ["SCJGJ", "CGJ"]) {
    agency[code] = (await make.agency(code)).id;
    token[code] = await t.token(Role.AGENCY_OFFICER, code);
  }
});
afterAll(() => t?.stop());

async function meetingWithItem(title: string, days: number) {
  const m = (await t.gql(Convene, { input: { title, kind: "AD_HOC", scheduledAt: countyInstant(t.clock, days), place: "县政府" } })).data!.conveneMeeting;
  const itemId = (await t.gql(AddItem, { input: { meetingId: m.id, title: "听取工作汇报" } })).data!.addAgendaItem.id;
  const v = (await t.gql(Version, { id: m.id })).data!.meeting!.version;
  await t.gql(Open, { id: m.id, v });
  for (const id of m.invited.map((a) => a.id)) await t.gql(CheckIn, { id: m.id, agencyId: id });
  return { ...m, itemId };
}

describe("follow-up tasks", () => {
  it("are assigned with a decision, with an owner and a due date that is not past", async () => {
    const m = await meetingWithItem("督办会议", 1);
    const past = await t.gql(Decide, {
      input: { meetingId: m.id, itemId: m.itemId, kind: "NO_CONFLICT", tasks: [{ assigneeAgencyId: agency.CGJ, description: "整改", dueOn: addCalendarDays(t.clock.today(), -1) }] },
    });
    expect(past.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "tasks.0.dueOn" })] });
    const due = addCalendarDays(t.clock.today(), 7);
    const r = await t.gql(Decide, { input: { meetingId: m.id, itemId: m.itemId, kind: "NO_CONFLICT", tasks: [{ assigneeAgencyId: agency.CGJ, description: "报送整改方案", dueOn: due }] } });
    expect(r.data!.recordDecision.tasks).toEqual([{ id: expect.any(String), description: "报送整改方案", dueOn: due, status: "OPEN" }]);
    await t.gql(Close, { id: m.id, v: (await t.gql(Version, { id: m.id })).data!.meeting!.version });
    const minutes = (await t.gql(Version, { id: m.id })).data!.meeting!.minutes;
    expect(minutes).toContain(`| 报送整改方案 | 沛县CGJ局 | ${due} | 办理中 |`);
    // Each agency sees its own: this task among urban management's, none at market regulation (no task here is its).
    const seenByCgj = (await t.gql(Tasks, {}, { token: token.CGJ })).data!.followUpTasks;
    expect(seenByCgj.map((x) => x.id)).toContain(r.data!.recordDecision.tasks[0].id);
    expect(seenByCgj.every((x) => x.assignee.code === "CGJ")).toBe(true);
    expect((await t.gql(Tasks, {}, { token: token.SCJGJ })).data!.followUpTasks).toEqual([]);
  });

  it("come to the next agenda under their owner's name once overdue, and leave it when done", async () => {
    // A task of this test's own, assigned by a meeting that closes, then made overdue.
    const assigning = await meetingWithItem("督办会议（台账）", 2);
    const assigned = await t.gql(Decide, {
      input: { meetingId: assigning.id, itemId: assigning.itemId, kind: "NO_CONFLICT", tasks: [{ assigneeAgencyId: agency.CGJ, description: "报送整改台账", dueOn: addCalendarDays(t.clock.today(), 7) }] },
    });
    expect(assigned.errors).toBeUndefined();
    await t.gql(Close, { id: assigning.id, v: (await t.gql(Version, { id: assigning.id })).data!.meeting!.version });
    const taskId = assigned.data!.recordDecision.tasks[0].id;
    const task = (await t.gql(Tasks, {})).data!.followUpTasks.find((x) => x.id === taskId)!;
    await t.hub.db.dataSource.query(`UPDATE follow_up_task SET due_on = $2 WHERE id = $1`, [task.id, addCalendarDays(t.clock.today(), -2)]);
    expect((await t.gql(Tasks, { overdue: true })).data!.followUpTasks.map((x) => x.id)).toEqual([task.id]);
    const m = await meetingWithItem("下次督办会议", 8);
    const overdue = m.agenda.filter((i) => i.kind === "OVERDUE_TASK");
    expect(overdue).toEqual([{ id: expect.any(String), kind: "OVERDUE_TASK", title: `逾期督办：报送整改台账（CGJ局，应于 ${addCalendarDays(t.clock.today(), -2)} 完成）`, taskIds: [task.id] }]);

    expect(errorCodes(await t.gql(Complete, { id: task.id, v: task.version, note: "x" }, { token: token.SCJGJ }))).toEqual(["NOT_FOUND"]);
    const blank = await t.gql(Complete, { id: task.id, v: task.version, note: "  " }, { token: token.CGJ });
    expect(blank.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "note" })] });
    const done = await t.gql(Complete, { id: task.id, v: task.version, note: "方案已报送" }, { token: token.CGJ });
    expect(done.data!.completeTask).toEqual({ status: "DONE", completionNote: "方案已报送" });
    expect(errorCodes(await t.gql(Complete, { id: task.id, v: task.version + 1, note: "again" }, { token: token.CGJ }))).toEqual(["INVALID_TRANSITION"]);

    // Done during the meeting: the item is settled at the close, not deferred to the next one.
    const closed = (await t.gql(Close, { id: m.id, v: (await t.gql(Version, { id: m.id })).data!.meeting!.version })).data!.closeMeeting;
    expect(closed.agenda.find((i) => i.kind === "OVERDUE_TASK")!.status).toBe("SETTLED");
    const next = (await t.gql(Convene, { input: { title: "再下次会议", kind: "AD_HOC", scheduledAt: countyInstant(t.clock, 15), place: "县政府" } })).data!.conveneMeeting;
    expect(next.agenda.filter((i) => i.kind === "OVERDUE_TASK")).toEqual([]);
  });
});
