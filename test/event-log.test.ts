import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { signToken } from "../src/platform/auth/tokens.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";
import { subscribe } from "./support/subscriptions.js";

const HubEvents = graphql(`
  subscription HubEvents($after: String, $topics: [EventTopic!]) {
    hubEvents(after: $after, topics: $topics) { cursor topic type subjectIds actor { role } payload }
  }
`);
const AgencyFeed = graphql(`
  subscription AgencyFeed($after: String) {
    agencyFeed(after: $after) { cursor topic type subjectIds agencyIds }
  }
`);
const Events = graphql(`
  query Events($after: String, $first: Int, $topics: [EventTopic!], $agencyId: ID) {
    events(after: $after, first: $first, topics: $topics, agencyId: $agencyId) {
      pageInfo { hasNextPage endCursor }
      nodes { cursor type topic visibility agencyIds actor { sub role } occurredAt }
    }
  }
`);
const Audit = graphql(`
  query Audit($after: String) {
    auditTrail(after: $after, first: 500) { nodes { cursor hash previousHash event { type } } }
    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }
  }
`);
const Verify = graphql(`
  query Verify { verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem } }
`);
const CreateMatter = graphql(`
  mutation EventCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }
`);

let t: TestHub;
let make: ReturnType<typeof factories>;
let market: { id: string };
let urban: { id: string };

beforeAll(async () => {
  t = await startTestHub();
  make = factories(t);
  await make.county();
  market = await make.agency("SCJGJ");
  urban = await make.agency("CGJ");
});
afterAll(() => t?.stop());

async function headCursor(): Promise<string> {
  const page = await t.gql(Events, { first: 500 });
  return page.data!.events.nodes.at(-1)!.cursor;
}

describe("the event log", () => {
  it("records every change in the same transaction, and nothing for a change that was refused", async () => {
    const before = await headCursor();
    const created = await t.gql(CreateMatter, { input: { code: "FOOD", name: "食品" } });
    expect(created.errors).toBeUndefined();
    const refused = await t.gql(CreateMatter, { input: { code: "FOOD.X.Y", name: "无父" } });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    const after = await t.gql(Events, { after: before });
    expect(after.data!.events.nodes.map((e) => [e.type, e.actor.role])).toEqual([["MatterCreated", "CHAIR"]]);
  });

  it("replays what a subscriber missed while disconnected, then goes on live: every event once, in order", async () => {
    const start = await headCursor();
    const first = subscribe(t.url, t.chair, HubEvents, { after: start, topics: ["MATTER"] });
    await t.gql(CreateMatter, { input: { code: "WATER", name: "水务" } });
    const [seen] = await first.waitFor(1);
    await first.dispose();

    // Missed while disconnected:
    for (const code of ["WATER.RIVER", "WATER.RIVER.SAND_MINING", "WATER.ABSTRACTION"]) await t.gql(CreateMatter, { input: { code, name: code } });

    const second = subscribe(t.url, t.chair, HubEvents, { after: seen.hubEvents.cursor, topics: ["MATTER"] });
    await second.waitFor(3);
    await t.gql(CreateMatter, { input: { code: "WATER.DRINKING", name: "饮用水" } });
    const all = await second.waitFor(4);
    await second.dispose();

    const subjects = [seen, ...all].map((e) => e.hubEvents.subjectIds[0]);
    expect(subjects).toEqual(["WATER", "WATER.RIVER", "WATER.RIVER.SAND_MINING", "WATER.ABSTRACTION", "WATER.DRINKING"]);
    const cursors = [seen, ...all].map((e) => BigInt(e.hubEvents.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(second.items).toHaveLength(4);
  });

  it("never gives an agency another agency's private record, live or replayed", async () => {
    const start = await headCursor();
    const marketOfficer = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
    const urbanOfficer = await t.token(Role.AGENCY_OFFICER, "CGJ");
    const marketFeed = subscribe(t.url, marketOfficer, AgencyFeed, { after: start });
    const urbanFeed = subscribe(t.url, urbanOfficer, AgencyFeed, { after: start });

    await make.officer(urban.id, "城管队员甲"); // private to CGJ
    await make.officer(market.id, "市场监管员乙"); // private to SCJGJ

    const [urbanEvent] = await urbanFeed.waitFor(1);
    const [marketEvent] = await marketFeed.waitFor(1);
    expect(urbanEvent.agencyFeed).toMatchObject({ type: "OfficerRegistered", agencyIds: [urban.id] });
    expect(marketEvent.agencyFeed).toMatchObject({ type: "OfficerRegistered", agencyIds: [market.id] });

    // A later event for each agency: feeds deliver in log order, so once it arrives each feed has
    // had its chance at the other's officer.
    const Touch = graphql(`mutation TouchAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }`);
    await t.gql(Touch, { input: { id: market.id, shortName: "市场监管" } });
    await t.gql(Touch, { input: { id: urban.id, shortName: "城管" } });
    const touched = (agencyId: string) => (i: { agencyFeed: { type: string; agencyIds: string[] } }) => i.agencyFeed.type !== "OfficerRegistered" && i.agencyFeed.agencyIds.includes(agencyId);
    const urbanSaw = await urbanFeed.waitUntil(touched(urban.id));
    const marketSaw = await marketFeed.waitUntil(touched(market.id));
    expect(urbanSaw.map((i) => i.agencyFeed.agencyIds)).toEqual([[urban.id], [urban.id]]);
    expect(marketSaw.every((i) => i.agencyFeed.agencyIds.includes(market.id) && !i.agencyFeed.agencyIds.includes(urban.id))).toBe(true);
    await Promise.all([marketFeed.dispose(), urbanFeed.dispose()]);

    // Catching up over HTTP obeys the same gate.
    const replay = await t.gql(Events, { after: start, topics: ["OFFICER"] }, { token: marketOfficer });
    expect(replay.data!.events.nodes.map((e) => e.agencyIds)).toEqual([[market.id]]);
    const asChair = await t.gql(Events, { after: start, topics: ["OFFICER"] });
    expect(asChair.data!.events.nodes).toHaveLength(2);
  });

  it("keeps the feed and the audit trail to those allowed", async () => {
    const officer = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
    const audit = await t.gql(Audit, {}, { token: officer });
    expect(errorCodes(audit)).toContain("FORBIDDEN");
    const hubFeed = subscribe(t.url, officer, HubEvents, {});
    await hubFeed.ended;
    expect(JSON.stringify(hubFeed.errors)).toContain("FORBIDDEN");
    const chairFeed = subscribe(t.url, t.chair, AgencyFeed, {});
    await chairFeed.ended;
    expect(JSON.stringify(chairFeed.errors)).toContain("FORBIDDEN");
  });

  it("ends a subscription when its token expires", async () => {
    // On a loaded machine the token may expire before the subscription is even connected (then
    // the connection is refused, 4403): try again with a longer life until one got through.
    let errors = "";
    for (const ttl of ["2s", "5s", "15s"]) {
      const shortLived = await signToken(t.hub.secret, { sub: "brief", name: "Brief", role: Role.CHAIR }, ttl);
      const feed = subscribe(t.url, shortLived, HubEvents, {});
      await feed.ended;
      errors = JSON.stringify(feed.errors);
      const refusedAtConnect = feed.errors.some((e) => (e as { code?: unknown }).code === 4403);
      if (!refusedAtConnect) break;
    }
    expect(errors).toContain("UNAUTHENTICATED");
  });

  it("reads an explicit null cursor as no cursor", async () => {
    const result = await t.gql(Events, { after: null, first: 1 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.events.nodes[0].cursor).toBe("1");
  });

  it("refuses a cursor that is not one", async () => {
    const result = await t.gql(Events, { after: "yesterday" });
    expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "after" })] });
  });
});

describe("the audit trail", () => {
  it("chains every entry to the one before and verifies intact", async () => {
    const supervisor = await t.token(Role.SUPERVISOR);
    const result = await t.gql(Audit, {}, { token: supervisor });
    const entries = result.data!.auditTrail.nodes;
    expect(entries[0].previousHash).toBe("0".repeat(64));
    entries.slice(1).forEach((entry, i) => expect(entry.previousHash).toBe(entries[i].hash));
    expect(result.data!.verifyAuditTrail).toMatchObject({ intact: true, checkedEntries: entries.length, firstBrokenCursor: null });
  });

  it("is refused UPDATE, DELETE and TRUNCATE by the database itself", async () => {
    const sql = t.hub.db.dataSource;
    await expect(sql.query(`UPDATE event_log SET type = 'Forged' WHERE cursor = 1`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`DELETE FROM event_log WHERE cursor = 1`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`TRUNCATE event_log`)).rejects.toThrow(/append-only/);
  });

  it("names the entry a superuser changed behind the guard's back", async () => {
    // A log of its own to forge: the other tests keep an intact one, whatever the order.
    const forged = await startTestHub();
    try {
      await factories(forged).county();
      await factories(forged).agency("SCJGJ");
      const sql = forged.hub.db.dataSource;
      await sql.query(`ALTER TABLE event_log DISABLE TRIGGER event_log_append_only`);
      await sql.query(`UPDATE event_log SET payload = '{"forged": true}' WHERE cursor = 3`);
      await sql.query(`ALTER TABLE event_log ENABLE TRIGGER event_log_append_only`);
      const verdict = await forged.gql(Verify, {});
      expect(verdict.data!.verifyAuditTrail).toMatchObject({ intact: false, firstBrokenCursor: "3", problem: expect.stringContaining("hash") });
    } finally {
      await forged.stop();
    }
  });
});

