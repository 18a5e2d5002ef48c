import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { Permission } from "../src/platform/auth/access-gate.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";
import { subscribe, type Collected } from "./support/subscriptions.js";

// Subscribers of one feed whom the access gate shows the same thing share each event's work: it
// is checked, executed and serialised once for the group. What each subscriber receives must not
// change for it: every event once, in log order, as the gate allows its reader.

const Head = graphql(`query GroupHead { eventHead { cursor } }`);
const Matter = graphql(`mutation GroupMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const MatterFeed = graphql(`
  subscription GroupMatterFeed($after: String) { hubEvents(topics: [MATTER], after: $after) { cursor type subjectIds text actor { name role } } }
`);
const MatterLog = graphql(`query GroupMatterLog($after: String) { events(topics: [MATTER], after: $after, first: 500) { nodes { cursor subjectIds } } }`);
const Instrument = graphql(`mutation GroupInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }`);
const Declare = graphql(`mutation GroupDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }`);
const Report = graphql(`mutation GroupReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }`);
const Invite = graphql(`mutation GroupInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }`);
const Attach = graphql(`mutation GroupAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }`);
const Version = graphql(`query GroupVersion($id: ID!) { case(id: $id) { version } }`);
const File = graphql(`mutation GroupFile($input: FileCaseInput!) { fileCase(input: $input) { version } }`);
const CaseFeed = graphql(`
  subscription GroupCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }
`);

let t: TestHub;
const token: Record<string, string> = {};
const agency: Record<string, string> = {};
let leadOfficer: string;
let secondOfficer: string;

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  for (const code of ["SWJ", "GAJ"]) {
    agency[code] = (await make.agency(code)).id;
    token[code] = await t.token(Role.AGENCY_OFFICER, code);
  }
  token.HOTLINE = await t.token(Role.INTAKE);
  token.SUPERVISOR = await t.token(Role.SUPERVISOR);
  const cert = (number: string) => ({ number, validFrom: "2025-01-01", validUntil: "2030-12-31" });
  leadOfficer = (await make.officer(agency.SWJ, "水务甲", cert("CERT-G1"))).id;
  secondOfficer = (await make.officer(agency.SWJ, "水务乙", cert("CERT-G2"))).id;
  for (const code of ["WATER", "WATER.RIVER"]) await t.gql(Matter, { input: { code, name: code } });
  const law = await t.gql(Instrument, { input: { title: "水法", level: "LAW", issuer: "人大", effectiveDate: "2016-07-02", articles: [{ number: "39", text: "采砂" }] } });
  await t.gql(Declare, {
    input: {
      agencyId: agency.SWJ, code: "CF-SWJ-GROUP", name: "河道采砂处罚", category: "PENALTY",
      matterCodes: ["WATER.RIVER"], regionCodes: [COUNTY], legalBases: [{ instrumentId: law.data!.createLegalInstrument.id, articleNumber: "39" }],
    },
  });
});
afterAll(() => t?.stop());

let open: Collected<unknown>[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.dispose()));
  open = [];
  // The next test counts executions: nothing of this one may still be listening.
  await until(() => t.hub.bus.memberCount === 0, "every subscription of the test to end");
});

function follow<R, V extends Record<string, unknown>>(...args: Parameters<typeof subscribe<R, V>>): Collected<R> {
  const feed = subscribe(...args);
  open.push(feed as Collected<unknown>);
  return feed;
}

/** Polls a condition of the hub (no fixed sleep); the limit only stops a broken test. */
async function until(done: () => boolean, what: string, timeoutMs = 25_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const headCursor = async () => (await t.gql(Head)).data!.eventHead.cursor;

async function matter(code: string, name = code) {
  expect((await t.gql(Matter, { input: { code, name } })).errors).toBeUndefined();
}

async function reportByHotline(title: string) {
  const input = { title, description: "河道夜间采砂", matterCode: "WATER.RIVER", regionCode: TOWN, source: "HOTLINE_12345" as const, occurredAt: "2026-11-20T08:00:00.000Z" };
  const result = await t.gql(Report, { input }, { token: token.HOTLINE });
  expect(result.errors).toBeUndefined();
  return result.data!.reportCase.case;
}

describe("a group of subscribers", () => {
  it("gives every one of 20 subscribers the same events in log order, with identical payloads, executed once per event", async () => {
    const after = await headCursor();
    const feeds = Array.from({ length: 20 }, () => follow(t.url, t.chair, MatterFeed, { after }));
    // Every subscription has joined its group before the events are written: then each is live.
    await until(() => t.hub.bus.memberCount === 20, "20 subscribers on the bus");
    expect(t.hub.bus.groupCount).toBe(1);
    const executed = t.hub.liveOperations.executionCount;

    const codes = ["GROUP_A", "GROUP_B", "GROUP_C", "GROUP_D", "GROUP_E"];
    for (const code of codes) await matter(code, `分组${code}`);
    const received = await Promise.all(feeds.map((feed) => feed.waitFor(codes.length)));

    for (const items of received) {
      expect(items.map((i) => i.hubEvents.subjectIds[0])).toEqual(codes);
      expect(JSON.stringify(items)).toBe(JSON.stringify(received[0]));
    }
    const cursors = received[0].map((i) => BigInt(i.hubEvents.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : 1)));
    expect(received[0][0].hubEvents.text).toContain("分组GROUP_A");
    // Once per event for the group; graphql-js alone would have executed 100 times.
    expect(t.hub.liveOperations.executionCount - executed).toBe(codes.length);
    for (const feed of feeds) expect(feed.errors).toEqual([]);
  });

  it("catches 12 subscribers resuming from one cursor up, while events keep coming: each gets every event once, in order", async () => {
    const after = await headCursor();
    // Missed before they subscribe:
    for (const code of ["RESUME_A", "RESUME_B", "RESUME_C"]) await matter(code);
    const feeds = Array.from({ length: 12 }, () => follow(t.url, t.chair, MatterFeed, { after }));
    // Written while they replay and join: some reach a feed by its replay, some live, some both ways.
    const during = ["RESUME_D", "RESUME_E", "RESUME_F", "RESUME_G", "RESUME_H", "RESUME_I"];
    for (const code of during) await matter(code);
    await until(() => t.hub.bus.memberCount === 12, "12 subscribers on the bus");
    await matter("RESUME_J");

    const log = (await t.gql(MatterLog, { after })).data!.events.nodes;
    expect(log.map((e) => e.subjectIds[0])).toEqual(["RESUME_A", "RESUME_B", "RESUME_C", ...during, "RESUME_J"]);
    for (const feed of feeds) {
      const items = await feed.waitFor(log.length);
      expect(items.map((i) => i.hubEvents.cursor)).toEqual(log.map((e) => e.cursor));
      // Nothing after the last: wait for one more event and see it come next.
      await matter(`RESUME_K${feeds.indexOf(feed)}`);
    }
    for (const feed of feeds) {
      const all = await feed.waitUntil((i) => i.hubEvents.subjectIds[0] === `RESUME_K${feeds.length - 1}`);
      expect(new Set(all.map((i) => i.hubEvents.cursor)).size).toBe(all.length);
      expect(all.slice(0, log.length).map((i) => i.hubEvents.cursor)).toEqual(log.map((e) => e.cursor));
      expect(feed.errors).toEqual([]);
    }
  });
});

describe("groups of a case's readers", () => {
  it("give the chair, the lead agency's officers and the reporting hotline each what the gate allows it, executed once per group and event", async () => {
    const c = await reportByHotline("河道非法采砂（分组）");
    const after = await headCursor();
    const chair = [1, 2, 3].map(() => follow(t.url, t.chair, CaseFeed, { caseId: c.id, after }));
    const officers = [1, 2, 3].map(() => follow(t.url, token.SWJ, CaseFeed, { caseId: c.id, after }));
    const hotline = [1, 2, 3].map(() => follow(t.url, token.HOTLINE, CaseFeed, { caseId: c.id, after }));
    // Another agency's officer may not follow the case at all.
    const outsider = subscribe(t.url, token.GAJ, CaseFeed, { caseId: c.id, after });
    await outsider.ended;
    expect(JSON.stringify(outsider.errors)).toContain("NOT_FOUND");
    await outsider.dispose();
    await until(() => t.hub.bus.memberCount === 9, "9 subscribers on the bus");
    expect(t.hub.bus.groupCount).toBe(3);
    const executed = t.hub.liveOperations.executionCount;

    const opts = { token: token.SWJ };
    await t.gql(Invite, { input: { caseId: c.id, agencyId: agency.GAJ, role: "ASSISTING" } }, opts);
    await t.gql(Attach, { input: { caseId: c.id, name: "举报录音.mp3", size: 2048, sha256: "c".repeat(64) } }, opts);
    const { version } = (await t.gql(Version, { id: c.id }, opts)).data!.case!;
    const filed = await t.gql(File, { input: { caseId: c.id, expectedVersion: version, leadOfficerId: leadOfficer, officerIds: [secondOfficer], note: "带队：水务甲" } }, opts);
    expect(filed.errors).toBeUndefined();

    // CaseFiled is the last event: once a feed has it, it has had its chance at every other.
    const filedSeen = (i: { caseEvents: { type: string } }) => i.caseEvents.type === "CaseFiled";
    const chairSaw = await Promise.all(chair.map((f) => f.waitUntil(filedSeen)));
    const officersSaw = await Promise.all(officers.map((f) => f.waitUntil(filedSeen)));
    const hotlineSaw = await Promise.all(hotline.map((f) => f.waitUntil(filedSeen)));

    expect(chairSaw[0].map((i) => i.caseEvents.type)).toEqual(["AgencyInvited", "AttachmentAdded", "CaseFiled"]);
    expect(chairSaw[0][2].caseEvents.payload).toHaveProperty("leadOfficerId", leadOfficer);
    // The lead agency sees the case whole too; the hotline its status steps only, without names or notes.
    expect(officersSaw[0].map((i) => i.caseEvents.type)).toEqual(["AgencyInvited", "AttachmentAdded", "CaseFiled"]);
    expect(hotlineSaw[0].map((i) => i.caseEvents.type)).toEqual(["CaseFiled"]);
    expect(hotlineSaw[0][0].caseEvents.actor.name).toBe("（不公开）");
    expect(JSON.stringify(hotlineSaw)).not.toMatch(/水务甲|leadOfficerId|举报录音|Test AGENCY_OFFICER/);
    for (const group of [chairSaw, officersSaw, hotlineSaw]) {
      for (const items of group) expect(JSON.stringify(items)).toBe(JSON.stringify(group[0]));
    }
    // One execution per group and event it received: 3 + 3 + 1, where one per subscriber would be 21.
    expect(t.hub.liveOperations.executionCount - executed).toBe(chairSaw[0].length + officersSaw[0].length + hotlineSaw[0].length);
  });

  it("asks the gate once per event for a group of 12 readers of a case, as often as for one", async () => {
    const c = await reportByHotline("河道非法采砂（复核）");
    const recheck = vi.spyOn(t.hub.services.access, "requireIds");
    const caseChecks = () => recheck.mock.calls.filter(([, permission, ids]) => permission === Permission.ReadCases && ids.includes(c.id)).length;
    try {
      /** Gate checks of the case while `readers` chair subscribers receive one new event. */
      const checksFor = async (readers: number, sha: string) => {
        const after = await headCursor();
        const feeds = Array.from({ length: readers }, () => follow(t.url, t.chair, CaseFeed, { caseId: c.id, after }));
        await until(() => t.hub.bus.memberCount === readers, `${readers} subscribers on the bus`);
        const before = caseChecks();
        await t.gql(Attach, { input: { caseId: c.id, name: `${sha}.jpg`, size: 1, sha256: sha.repeat(64) } }, { token: token.SWJ });
        await Promise.all(feeds.map((f) => f.waitFor(1)));
        const checks = caseChecks() - before;
        await Promise.all(feeds.map((f) => f.dispose()));
        await until(() => t.hub.bus.memberCount === 0, "the subscribers to end");
        return checks;
      };
      const one = await checksFor(1, "d");
      const twelve = await checksFor(12, "e");
      expect(one).toBeGreaterThan(0);
      expect(twelve).toBe(one);
    } finally {
      recheck.mockRestore();
    }
  });
});
