import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { addCalendarDays } from "../src/modules/cases/statutory-clock.js";
import { countyInstant, errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";
import { subscribe } from "./support/subscriptions.js";

const Convene = graphql(`
  mutation Convene($input: ConveneMeetingInput!) {
    conveneMeeting(input: $input) {
      id version status quorum invited { code }
      agenda { id kind title status matterCode regionCode category categories severity caseIds gapRegionCodes weight { overlaps openCases oldestCaseWaitingDays } overlaps { id status } agencies { code } }
    }
  }
`);
const MeetingView = graphql(`
  query MeetingView($id: ID!) {
    meeting(id: $id) {
      id version status presence { present quorum met }
      agenda { id kind title status }
      decisions { kind resolvedOverlapIds reroutedCaseIds rules { lead { code } matterCode status } }
      tasks { description dueOn status overdue assignee { code } }
      minutes
    }
  }
`);
const Open = graphql(`mutation OpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version } }`);
const Close = graphql(`mutation CloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status version agenda { status } } }`);
const CheckIn = graphql(`mutation CheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { presence { present met } } }`);
const Decide = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      decision { id kind }
      rulesCreated { id lead { code } matterCode regionCode category }
      rulesSuperseded { id }
      overlapsResolved { id status }
      casesRerouted { id status lead { code } }
      tasks { id description }
    }
  }
`);
const Preview = graphql(`
  query PreviewDecision($input: RecordDecisionInput!) {
    previewDecision(input: $input) {
      problem code
      effects { rulesCreated { lead { code } } rulesSuperseded { id } overlapsResolved { id } casesRerouted { id lead { code } } tasks { description } }
    }
  }
`);
const Jurisdiction = graphql(`
  query MeetingJurisdiction($matterCode: String!, $regionCode: String!) {
    jurisdiction(matterCode: $matterCode, regionCode: $regionCode) { disputed lead { code } rule { decisionId } agencies { code } }
  }
`);
const Rules = graphql(`query Rules($status: RoutingRuleStatus) { routingRules(status: $status) { id status lead { code } decisionId } }`);
const Tasks = graphql(`query Tasks($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description status overdue } }`);
const Complete = graphql(`mutation CompleteTask($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }`);
const Report = graphql(`
  mutation MeetingReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status lead { code } } } }
`);
const CaseStatus = graphql(`query MeetingCase($id: ID!) { case(id: $id) { status lead { code } participants { agency { code } role } } }`);
const OverlapStatus = graphql(`query MeetingOverlap($id: ID!) { overlap(id: $id) { status statusReason } }`);
const Feed = graphql(`subscription MeetingFeed($after: String) { agencyFeed(after: $after) { type topic } }`);
const Link = graphql(`query MeetingMinutesLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }`);
const Head = graphql(`query MeetingHead { events(first: 500) { nodes { cursor } } }`);
const AddItem = graphql(`mutation AddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position title } }`);

let t: TestHub;
let make: ReturnType<typeof factories>;
const agency: Record<string, string> = {};
const token: Record<string, string> = {};
let overlapId: string;
let disputedCaseId: string;

const report = (matterCode: string) => make.caseInput(matterCode);

/**
 * A county of its own for each group of tests below (set up in its beforeAll): what one group's
 * meetings decide (overlaps settled, cases re-routed) never reaches the other, in any order.
 */
async function setUpCounty() {
  t = await startTestHub();
  make = factories(t);
  await make.county();
  for (const code of ["SCJGJ", "CGJ", "SWJ"]) agency[code] = (await make.agency(code)).id;
  for (const code of ["SFJ", "JWJ"]) agency[code] = (await make.agency(code, { kind: "OVERSIGHT" })).id;
  agency.LGZ = (await make.agency("LGZ", { kind: "TOWN_GOVERNMENT", regionCode: TOWN })).id;
  for (const [code, name] of [["FOOD", "食品"], ["FOOD.STREET_STALL", "占道经营食品摊贩"], ["CULTURE", "文化市场"]]) await make.matter(code, { name });
  const law = (await make.instrument("食品安全法", ["36"])).id;
  const stall = (code: string) =>
    make.power(agency[code], `CF-${code}`, { name: "摊贩处罚", matterCodes: ["FOOD.STREET_STALL"], legalBases: [{ instrumentId: law, articleNumber: "36" }] });
  await stall("SCJGJ");
  overlapId = (await stall("CGJ")).openedOverlaps[0].id;
  for (const code of Object.keys(agency)) token[code] = await t.token(Role.AGENCY_OFFICER, code);
  disputedCaseId = (await make.case("FOOD.STREET_STALL")).id;
}

describe("the joint meeting closes the loop", () => {
  beforeAll(setUpCounty);
  afterAll(() => t?.stop());

  it("runs one meeting from its agenda to its minutes, each step building on the one before", async () => {
    let meetingId = "";
    let overlapItem = "";
    let caseItem = "";
    let version = 0;
    // Convenes with an agenda built from what is open, and tells the invited agencies.
    {
      const head = (await t.gql(Head, {})).data!.events.nodes.at(-1)!.cursor;
      const feed = subscribe(t.url, token.SCJGJ, Feed, { after: head });
      const result = await t.gql(Convene, { input: { title: "2026年第四季度联席会议", kind: "REGULAR", scheduledAt: countyInstant(t.clock, 4), place: "县政府第一会议室" } });
      expect(result.errors).toBeUndefined();
      const m = result.data!.conveneMeeting;
      meetingId = m.id;
      version = m.version;
      // Default invitation: every enforcement agency and every oversight body; the town government is not.
      expect(m.invited.map((a) => a.code).sort()).toEqual(["CGJ", "JWJ", "SCJGJ", "SFJ", "SWJ"]);
      expect(m.quorum).toBe(2);
      // One item per dispute: the street food stalls gather the overlap and the case waiting on it;
      // the culture matter, with no penalty power anywhere, is a gap. The waiting case ranks first.
      expect(m.agenda.map((i) => [i.kind, i.matterCode])).toEqual([["DISPUTE", "FOOD.STREET_STALL"], ["DISPUTE", "CULTURE"]]);
      const [stalls, gap] = m.agenda;
      overlapItem = stalls.id;
      expect(stalls).toMatchObject({
        title: "占道经营食品摊贩：CGJ局、SCJGJ局", regionCode: COUNTY, category: "PENALTY", categories: ["PENALTY"], severity: "HIGH",
        caseIds: [disputedCaseId], weight: { overlaps: 1, openCases: 1, oldestCaseWaitingDays: 0 }, overlaps: [{ id: overlapId, status: "UNDER_REVIEW" }],
      });
      expect(gap).toMatchObject({ title: "监管空白：文化市场（1 个镇街无处罚职权）", severity: "MEDIUM", gapRegionCodes: expect.arrayContaining([TOWN]) });
      // The chair adds an item of its own for the same matter (for the supersede test below).
      caseItem = (await t.gql(AddItem, { input: { meetingId, title: "听取市场监管局关于摊点整治的汇报", matterCode: "FOOD.STREET_STALL", regionCode: COUNTY, category: "PENALTY" } })).data!.addAgendaItem.id;
      version = (await t.gql(MeetingView, { id: meetingId })).data!.meeting!.version;
      const [event] = await feed.waitFor(1);
      expect(event.agencyFeed).toEqual({ type: "MeetingConvened", topic: "MEETING" });
      await feed.dispose();
    }
    // Records no decision before the session opens, or without quorum.
    {
      const input = { meetingId, itemId: overlapItem, kind: "DESIGNATE_LEAD" as const, leadAgencyId: agency.CGJ };
      expect(errorCodes(await t.gql(Decide, { input }))).toEqual(["INVALID_TRANSITION"]);
      const opened = await t.gql(Open, { id: meetingId, v: version });
      version = opened.data!.openMeeting.version;
      const noQuorum = await t.gql(Decide, { input });
      expect(noQuorum.errors![0]).toMatchObject({ message: expect.stringContaining("quorum"), extensions: { code: "FAILED_PRECONDITION", present: 0, needed: 2 } });
      await t.gql(CheckIn, { id: meetingId, agencyId: agency.SCJGJ, rep: "王局长" }, { token: token.SCJGJ });
      const other = await t.gql(CheckIn, { id: meetingId, agencyId: agency.CGJ, rep: "冒名" }, { token: token.SCJGJ });
      expect(errorCodes(other)).toEqual(["FORBIDDEN"]);
      const town = await t.gql(CheckIn, { id: meetingId, agencyId: agency.LGZ, rep: "镇长" });
      expect(town.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "agencyId" })] });
      const quorum = await t.gql(CheckIn, { id: meetingId, agencyId: agency.CGJ, rep: "李局长" });
      expect(quorum.data!.checkIn.presence).toEqual({ present: 2, met: true });
    }
    // Previews a designation: what it would resolve, re-route and create, writing nothing.
    {
      const input = { meetingId, itemId: overlapItem, kind: "DESIGNATE_LEAD" as const, leadAgencyId: agency.CGJ, assistingAgencyIds: [agency.SCJGJ], tasks: [{ assigneeAgencyId: agency.CGJ, description: "制定摊点整治方案", dueOn: addCalendarDays(t.clock.today(), 30) }] };
      const preview = (await t.gql(Preview, { input })).data!.previewDecision;
      expect(preview.problem).toBeNull();
      expect(preview.effects).toMatchObject({
        rulesCreated: [{ lead: { code: "CGJ" } }],
        overlapsResolved: [{ id: overlapId }],
        casesRerouted: [{ id: disputedCaseId, lead: { code: "CGJ" } }],
        tasks: [{ description: "制定摊点整治方案" }],
      });
      expect((await t.gql(OverlapStatus, { id: overlapId })).data!.overlap!.status).toBe("UNDER_REVIEW");
      expect((await t.gql(CaseStatus, { id: disputedCaseId })).data!.case!.status).toBe("DISPUTED");
      expect((await t.gql(Rules, {})).data!.routingRules).toEqual([]);
      expect((await t.gql(MeetingView, { id: meetingId })).data!.meeting!.decisions).toEqual([]);

      const recorded = (await t.gql(Decide, { input })).data!.recordDecision;
      // The recorded decision does exactly what the preview said.
      expect(recorded.rulesCreated.map((r) => r.lead.code)).toEqual(preview.effects!.rulesCreated.map((r) => r.lead.code));
      expect(recorded.overlapsResolved.map((o) => o.id)).toEqual(preview.effects!.overlapsResolved.map((o) => o.id));
      expect(recorded.casesRerouted.map((c) => c.id)).toEqual(preview.effects!.casesRerouted.map((c) => c.id));
      expect(recorded.rulesCreated[0]).toMatchObject({ matterCode: "FOOD.STREET_STALL", regionCode: COUNTY, category: "PENALTY" });
    }
    // Turns the decision into routing: the overlap is resolved, jurisdiction names the lead, cases go to it.
    {
      expect((await t.gql(OverlapStatus, { id: overlapId })).data!.overlap).toMatchObject({ status: "RESOLVED", statusReason: expect.stringContaining("明确牵头单位") });
      const j = (await t.gql(Jurisdiction, { matterCode: "FOOD.STREET_STALL", regionCode: TOWN })).data!.jurisdiction;
      expect(j).toMatchObject({ disputed: false, lead: { code: "CGJ" }, rule: { decisionId: expect.any(String) } });
      const earlier = (await t.gql(CaseStatus, { id: disputedCaseId })).data!.case!;
      expect(earlier.status).toBe("ASSIGNED");
      expect(earlier.participants.map((p) => [p.agency.code, p.role]).sort()).toEqual([["CGJ", "LEAD"], ["SCJGJ", "ASSISTING"]]);
      const fresh = (await t.gql(Report, { input: report("FOOD.STREET_STALL") })).data!.reportCase.case;
      expect(fresh).toMatchObject({ status: "ASSIGNED", lead: { code: "CGJ" } });
    }
    // Refuses a second rule for the same scope unless it supersedes, and keeps the history.
    {
      const scope = { matterCode: "FOOD.STREET_STALL", regionCode: COUNTY, category: "PENALTY" as const };
      const input = { meetingId, itemId: caseItem, kind: "DESIGNATE_LEAD" as const, leadAgencyId: agency.SCJGJ, scope };
      const conflict = await t.gql(Decide, { input });
      expect(errorCodes(conflict)).toEqual(["CONFLICT"]);
      const preview = (await t.gql(Preview, { input })).data!.previewDecision;
      expect(preview).toMatchObject({ effects: null, code: "CONFLICT", problem: expect.stringContaining("supersede") });
      const superseding = (await t.gql(Decide, { input: { ...input, supersede: true } })).data!.recordDecision;
      expect(superseding.rulesSuperseded).toHaveLength(1);
      expect((await t.gql(Rules, { status: "SUPERSEDED" })).data!.routingRules.map((r) => r.lead.code)).toEqual(["CGJ"]);
      expect((await t.gql(Rules, {})).data!.routingRules.map((r) => r.lead.code)).toEqual(["SCJGJ"]);
      expect((await t.gql(Jurisdiction, { matterCode: "FOOD.STREET_STALL", regionCode: TOWN })).data!.jurisdiction.lead).toEqual({ code: "SCJGJ" });
    }
    // Refuses a lead with no covering power unless the chair gives a reason, another meeting's item, and anyone but the chair.
    {
      const gapItem = (await t.gql(MeetingView, { id: meetingId })).data!.meeting!.agenda.find((i) => i.title.startsWith("监管空白"))!;
      const input = { meetingId, itemId: gapItem.id, kind: "DESIGNATE_LEAD" as const, leadAgencyId: agency.SWJ };
      const refused = await t.gql(Decide, { input });
      expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "leadAgencyId" })] });
      const byOfficer = await t.gql(Decide, { input: { ...input, reason: "x" } }, { token: token.SWJ });
      expect(errorCodes(byOfficer)).toEqual(["FORBIDDEN"]);
      const foreign = await t.gql(Decide, { input: { ...input, itemId: "00000000-0000-4000-8000-000000000000" } });
      expect(foreign.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "itemId" })] });
      const withReason = await t.gql(Decide, { input: { ...input, reason: "文化领域由水务局暂管，待编办明确", tasks: [{ assigneeAgencyId: agency.SWJ, description: "报编办明确职责", dueOn: addCalendarDays(t.clock.today(), 10) }] } });
      expect(withReason.data!.recordDecision.rulesCreated[0]).toMatchObject({ lead: { code: "SWJ" }, matterCode: "CULTURE", regionCode: COUNTY, category: "PENALTY" });
    }
    // Puts overdue tasks on the next agenda, and nothing the meeting settled.
    {
      const view = (await t.gql(MeetingView, { id: meetingId })).data!.meeting!;
      const closed = await t.gql(Close, { id: meetingId, v: view.version });
      expect(closed.data!.closeMeeting.status).toBe("CLOSED");
      expect(closed.data!.closeMeeting.agenda.map((i) => i.status)).toEqual(["DECIDED", "DECIDED", "DECIDED"]);

      const task = (await t.gql(Tasks, {})).data!.followUpTasks.find((x) => x.description === "报编办明确职责")!;
      await t.hub.db.dataSource.query(`UPDATE follow_up_task SET due_on = $2 WHERE id = $1`, [task.id, addCalendarDays(t.clock.today(), -30)]);
      expect((await t.gql(Tasks, { overdue: true })).data!.followUpTasks.map((x) => x.id)).toContain(task.id);

      const next = (await t.gql(Convene, { input: { title: "临时会议", kind: "AD_HOC", scheduledAt: countyInstant(t.clock, 18), place: "县政府" } })).data!.conveneMeeting;
      // The dispute was settled and the gap given to a lead: only the overdue task is left.
      expect(next.agenda.map((i) => [i.kind, i.title])).toEqual([["OVERDUE_TASK", expect.stringContaining("报编办明确职责（SWJ局")]]);

      const done = await t.gql(Complete, { id: task.id, v: task.version, note: "编办已复函" }, { token: token.SWJ });
      expect(done.data!.completeTask).toEqual({ status: "DONE", completionNote: "编办已复函" });
      const notMine = await t.gql(Complete, { id: task.id, v: task.version, note: "x" }, { token: token.CGJ });
      expect(errorCodes(notMine)).toEqual(["NOT_FOUND"]);
    }
    // Writes the minutes with Chinese headings, and serves them as a printable page to those invited.
    {
      const minutes = (await t.gql(MeetingView, { id: meetingId })).data!.meeting!.minutes;
      expect(minutes).toContain("# 2026年第四季度联席会议 会议纪要");
      for (const heading of ["## 出席单位", "## 议题及决定", "## 督办事项"]) expect(minutes).toContain(heading);
      expect(minutes).toContain("王局长");
      expect(minutes).toContain("明确牵头单位");
      expect(minutes).toContain("制定摊点整治方案");
      // Names, not codes; the actual times; the case re-routed, by number, to its lead.
      expect(minutes).toContain("适用范围：占道经营食品摊贩，沛县，行政处罚");
      expect(minutes).toMatch(/实际开始：2026年11月27日 \d\d:\d\d/);
      expect(minutes).toMatch(/实际结束：2026年11月27日 \d\d:\d\d/);
      expect(minutes).toMatch(/案件 PEI-2026-\d{6}（举报 FOOD\.STREET\\_STALL）改由 沛县CGJ局 牵头办理/);
      const base = t.url.replace(/\/graphql$/, "");
      const link = (await t.gql(Link, { id: meetingId }, { token: token.SCJGJ })).data!.minutesLink;
      const page = await fetch(`${base}${link.url}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<h2>议题及决定</h2>");
      expect((await fetch(`${base}/meetings/${meetingId}/minutes`)).status).toBe(401);
      expect((await fetch(`${base}/meetings/${meetingId}/minutes`, { headers: { authorization: `Bearer ${token.LGZ}` } })).status).toBe(404);
      expect(errorCodes(await t.gql(Link, { id: meetingId }, { token: token.LGZ }))).toEqual(["NOT_FOUND"]);
    }
  });
});

const RemoveItem = graphql(`mutation RemoveItem($m: ID!, $i: ID!) { removeAgendaItem(meetingId: $m, itemId: $i) { agenda { id } } }`);
const Reorder = graphql(`mutation Reorder($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { agenda { id position } } }`);
const Cancel = graphql(`mutation Cancel($m: ID!, $v: Int!, $reason: String!) { cancelMeeting(meetingId: $m, expectedVersion: $v, reason: $reason) { status cancelReason } }`);

describe("the agenda and the other kinds of decision", () => {
  beforeAll(setUpCounty);
  afterAll(() => t?.stop());

  const inspection = (code: string, region = COUNTY) =>
    make.power(agency[code], `JC-${code}-${region}`, { name: "文化市场检查", category: "INSPECTION", matterCodes: ["CULTURE"], regionCodes: [region] });

  it("lets the chair add, reorder and remove items and cancel a meeting, then split a scope by region and settle other items, each step building on the one before", async () => {
    // Lets the chair add, reorder and remove items until the meeting opens; removed overlaps go back to OPEN; a cancelled meeting releases its overlaps.
    {
      await inspection("SWJ");
      const overlap = (await inspection("SCJGJ")).openedOverlaps;
      expect(overlap).toHaveLength(1);
      const m = (await t.gql(Convene, { input: { title: "临时会议二", kind: "AD_HOC", scheduledAt: countyInstant(t.clock, 23), place: "县政府" } })).data!.conveneMeeting;
      const cultureItem = m.agenda.find((i) => i.kind === "DISPUTE" && i.matterCode === "CULTURE")!;
      expect(cultureItem.overlaps.map((o) => o.status)).toEqual(["UNDER_REVIEW"]);
      const added = (await t.gql(AddItem, { input: { meetingId: m.id, title: "听取城管局工作汇报" } })).data!.addAgendaItem;
      expect(added.position).toBe(m.agenda.length);
      const ids = [added.id, ...m.agenda.map((i) => i.id)];
      const reordered = (await t.gql(Reorder, { m: m.id, ids })).data!.reorderAgenda.agenda;
      expect(reordered[0]).toEqual({ id: added.id, position: 0 });
      const partial = await t.gql(Reorder, { m: m.id, ids: ids.slice(1) });
      expect(partial.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "itemIds" })] });
      await t.gql(RemoveItem, { m: m.id, i: cultureItem.id });
      expect((await t.gql(OverlapStatus, { id: overlap[0].id })).data!.overlap!.status).toBe("OPEN");
      const cancelled = await t.gql(Cancel, { m: m.id, v: m.version, reason: "改期" });
      expect(cancelled.data!.cancelMeeting).toEqual({ status: "CANCELLED", cancelReason: "改期" });
      const late = await t.gql(AddItem, { input: { meetingId: m.id, title: "x" } });
      expect(errorCodes(late)).toEqual(["INVALID_TRANSITION"]);
    }
    // Splits a scope by region, and settles other items as no conflict or by joint enforcement.
    {
      await inspection("CGJ");
      const m = (await t.gql(Convene, { input: { title: "专题会议", kind: "AD_HOC", scheduledAt: countyInstant(t.clock, 25), place: "县政府" } })).data!.conveneMeeting;
      // One dispute over culture inspections, whichever pairs of the three agencies overlap.
      const culture = m.agenda.filter((i) => i.kind === "DISPUTE" && i.matterCode === "CULTURE");
      expect(culture).toHaveLength(1);
      expect(culture[0].overlaps.length).toBe(3);
      const added = (await t.gql(AddItem, { input: { meetingId: m.id, title: "文化市场联合检查", agencyIds: [agency.SWJ, agency.CGJ] } })).data!.addAgendaItem;
      const items = [culture[0], added];
      const v = (await t.gql(Open, { id: m.id, v: m.version })).data!.openMeeting.version;
      for (const code of ["SCJGJ", "CGJ", "SWJ"]) await t.gql(CheckIn, { id: m.id, agencyId: agency[code], rep: `${code} 代表` });

      const split = await t.gql(Decide, {
        input: {
          meetingId: m.id, itemId: items[0].id, kind: "SPLIT_BY_REGION",
          scope: { matterCode: "CULTURE", regionCode: COUNTY, category: "INSPECTION" },
          splits: [{ regionCode: TOWN, agencyId: agency.CGJ }, { regionCode: COUNTY, agencyId: agency.SWJ }],
        },
      });
      expect(split.errors).toBeUndefined();
      expect(split.data!.recordDecision.rulesCreated.map((r) => [r.regionCode, r.lead.code]).sort()).toEqual([[COUNTY, "SWJ"], [TOWN, "CGJ"]]);
      expect(split.data!.recordDecision.overlapsResolved).toHaveLength(3);
      const joint = await t.gql(Decide, { input: { meetingId: m.id, itemId: items[1].id, kind: "JOINT_ENFORCEMENT", leadAgencyId: agency.SWJ } });
      expect(joint.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "plan" })] });
      const planned = await t.gql(Decide, { input: { meetingId: m.id, itemId: items[1].id, kind: "JOINT_ENFORCEMENT", leadAgencyId: agency.SWJ, plan: "十二月开展文化市场联合检查" } });
      expect(planned.data!.recordDecision.decision.kind).toBe("JOINT_ENFORCEMENT");
      const again = await t.gql(Decide, { input: { meetingId: m.id, itemId: items[1].id, kind: "NO_CONFLICT" } });
      expect(errorCodes(again)).toEqual(["CONFLICT"]);
      const view = (await t.gql(MeetingView, { id: m.id })).data!.meeting!;
      expect(view.decisions.map((d) => d.kind)).toEqual(["SPLIT_BY_REGION", "JOINT_ENFORCEMENT"]);
      expect(v).toBeGreaterThan(m.version);
    }
  });
});
