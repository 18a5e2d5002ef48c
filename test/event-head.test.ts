import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";
import { subscribe } from "./support/subscriptions.js";

const Head = graphql(`query EventHeadNow { eventHead { cursor feeds } }`);
const Verify = graphql(`query EventHeadVerify { verifyAuditTrail { headCursor } }`);
const Feed = graphql(`subscription EventHeadFeed($after: String) { agencyFeed(after: $after) { cursor type } }`);
const CreateMatter = graphql(`mutation EventHeadMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);

let t: TestHub;
let make: ReturnType<typeof factories>;
let swj: string;
const token: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub({}, { countStatementsPerRequest: true });
  make = factories(t);
  await make.county();
  swj = (await make.agency("SWJ")).id;
  token.SWJ = await t.token(Role.AGENCY_OFFICER, "SWJ");
  token.INTAKE = await t.token(Role.INTAKE);
  token.SUPERVISOR = await t.token(Role.SUPERVISOR);
});
afterAll(() => t?.stop());

/** The statements one request sent (the event bus reads the log in the background meanwhile). */
let requests = 0;
async function headWithStatements(tokenOf?: string) {
  const requestId = `head-${++requests}`;
  const result = await t.gql(Head, {}, { requestId, token: tokenOf });
  expect(result.errors).toBeUndefined();
  return { head: result.data!.eventHead, statements: t.hub.db.counter.forRequest(requestId) };
}

describe("the head cursor to start from", () => {
  it("is the newest cursor in the log, the one the audit trail ends at", async () => {
    const { head } = await headWithStatements();
    expect(head.cursor).toBe((await t.gql(Verify, {})).data!.verifyAuditTrail.headCursor);
    expect(BigInt(head.cursor)).toBeGreaterThan(0n);
  });

  it("lets an agency read, then subscribe after the head, and miss nothing that happened in between", async () => {
    const { head } = await headWithStatements(token.SWJ);
    // A change that concerns the agency, after the client read the head and before it subscribed.
    await make.officer(swj, "水务新队员");
    const feed = subscribe(t.url, token.SWJ, Feed, { after: head.cursor });
    const [first] = await feed.waitFor(1);
    await feed.dispose();
    expect(first.agencyFeed.type).toBe("OfficerRegistered");
    expect(BigInt(first.agencyFeed.cursor)).toBe(BigInt(head.cursor) + 1n);
  });

  it("costs the same one statement however long the log grows", async () => {
    // The fewest of three requests: a statement the event bus sends in the background can land in one count.
    const fewest = async () => {
      const runs = [await headWithStatements(token.SWJ), await headWithStatements(token.SWJ), await headWithStatements(token.SWJ)];
      return { cursor: runs[2].head.cursor, statements: Math.min(...runs.map((r) => r.statements)) };
    };
    const before = await fewest();
    for (let i = 0; i < 20; i++) await t.gql(CreateMatter, { input: { code: `M${i}`, name: `事项${i}` } });
    const after = await fewest();
    expect(BigInt(after.cursor) - BigInt(before.cursor)).toBe(20n);
    expect(after.statements).toBe(before.statements);
    expect(after.statements).toBe(1);
  });

  it("names the feeds each caller may follow from it", async () => {
    expect((await headWithStatements()).head.feeds).toEqual(["events", "hubEvents", "caseEvents", "operationEvents"]);
    expect((await headWithStatements(token.SWJ)).head.feeds).toEqual(["events", "agencyFeed", "caseEvents", "operationEvents"]);
    expect((await headWithStatements(token.SUPERVISOR)).head.feeds).toEqual(["events", "hubEvents", "caseEvents", "operationEvents"]);
    expect((await headWithStatements(token.INTAKE)).head.feeds).toEqual(["events", "caseEvents"]);
  });

  it("is refused without a token", async () => {
    expect(errorCodes(await t.gql(Head, {}, { token: null }))).toEqual(["UNAUTHENTICATED"]);
  });
});
