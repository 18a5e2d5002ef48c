import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createClient, type Client } from "graphql-ws";
import type { GraphQLFormattedError } from "graphql";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { signToken } from "../src/platform/auth/tokens.js";
import { agencyIdForCode } from "../src/modules/agencies/agency-id.js";
import { QUERY_LIMITS } from "../src/platform/graphql/limits.js";
import { appendEvents } from "../src/platform/events/event-log.js";
import { EventTopic, EventVisibility, type NewEvent } from "../src/platform/events/topics.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";

const DeactivateAgency = graphql(`
  mutation LimitsDeactivateAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { code active } }
`);

/** `{ regions { children { parent { children … } } } }` with `levels` of children. */
function recursiveRegions(levels: number): string {
  let selection = "code";
  for (let i = 0; i < levels; i++) selection = i === 0 ? `children { ${selection} }` : `children { parent { ${selection} } }`;
  return `{ regions { ${selection} } }`;
}

/** One document per limit, each just over it, with the code a client gets back. */
const OVER_THE_LIMITS: { limit: string; query: string; code: string; message: RegExp }[] = [
  { limit: "depth", query: `{ agencies { region { ${"parent { ".repeat(QUERY_LIMITS.maxDepth)}code${" }".repeat(QUERY_LIMITS.maxDepth)} } } }`, code: "GRAPHQL_VALIDATION_FAILED", message: /depth/i },
  { limit: "aliases", query: `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { role }`).join(" ")} }`, code: "GRAPHQL_VALIDATION_FAILED", message: /aliases/i },
  { limit: "tokens", query: `{ me { ${"role ".repeat(QUERY_LIMITS.maxTokens)}} }`, code: "GRAPHQL_PARSE_FAILED", message: /tokens/i },
  { limit: "directives", query: `{ me { role ${"@include(if: true) ".repeat(QUERY_LIMITS.maxDirectives + 1)}} }`, code: "GRAPHQL_VALIDATION_FAILED", message: /directives/i },
  { limit: "cost of a recursive relation", query: recursiveRegions(3), code: "GRAPHQL_VALIDATION_FAILED", message: /cost/i },
  { limit: "cost of an expensive field", query: `{ a: verifyAuditTrail { intact } b: verifyAuditTrail { intact } }`, code: "GRAPHQL_VALIDATION_FAILED", message: /cost/i },
  { limit: "cost of a large page", query: `{ events(first: 100) { nodes { cursor actor { name } } } ${Array.from({ length: 29 }, (_, i) => `p${i}: events(first: 100) { nodes { cursor type topic subjectIds agencyIds payload } }`).join(" ")} }`, code: "GRAPHQL_VALIDATION_FAILED", message: /cost/i },
];

let t: TestHub;
let wsUrl: string;
let base: string;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestHub();
  wsUrl = t.url.replace(/^http/, "ws");
  base = t.url.replace(/\/graphql$/, "");
  const make = factories(t);
  await make.county();
  await make.agency("SCJGJ");
  await make.agency("CGJ");
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.stop();
});

/** A real graphql-ws client; `closed` resolves with the close code when the hub closes the socket. */
function connect(token: string): { client: Client; closed: Promise<{ code: number; reason: string }> } {
  // The close is what these tests wait for: `closed` reports it, so the client need not log it.
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
  clients.push(client);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => client.on("closed", (event) => resolve(event as { code: number; reason: string })));
  return { client, closed };
}

type Outcome = { data?: unknown; errors?: readonly GraphQLFormattedError[]; closedWith?: number };

/** Runs one operation over the socket to its end: its result, its errors, or the socket's close code. */
function run(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    let outcome: Outcome = {};
    client.subscribe(
      { query, variables },
      {
        next: (result) => (outcome = { data: result.data, errors: result.errors }),
        error: (error) =>
          resolve(Array.isArray(error) ? { errors: error as GraphQLFormattedError[] } : { closedWith: (error as { code?: number }).code }),
        complete: () => resolve(outcome),
      },
    );
  });
}

describe("limits over HTTP", () => {
  it.each(OVER_THE_LIMITS)("refuses a document over the $limit limit with HTTP 400 and a coded error, before running it", async ({ query, code, message }) => {
    const result = await t.gql(query, {}, { token: await t.token(Role.INTAKE) });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(errorCodes(result)).toContain(code);
    expect(result.errors!.map((e) => e.message).join(" ")).toMatch(message);
  });

  it("tells a caller without a valid token only that it needs one, whatever it sends", async () => {
    for (const token of [null, "nonsense"]) {
      for (const query of [OVER_THE_LIMITS[0].query, "{ agencie { code } }"]) {
        const result = await t.gql(query, {}, { token });
        expect([result.status, errorCodes(result)]).toEqual([401, ["UNAUTHENTICATED"]]);
      }
    }
  });

  it("masks a database failure while checking an officer's agency: no SQL in the answer, over HTTP or the minutes page", async () => {
    const officer = await t.token(Role.AGENCY_OFFICER, "SCJGJ"); // not used before: the agency check reads the table
    await t.hub.db.dataSource.query("ALTER TABLE agency RENAME TO agency_away");
    let overHttp: Awaited<ReturnType<TestHub["gql"]>>;
    let minutes: Response;
    try {
      overHttp = await t.gql("{ me { role } }", {}, { token: officer });
      minutes = await fetch(`${base}/meetings/00000000-0000-4000-8000-000000000000/minutes`, { headers: { authorization: `Bearer ${officer}` } });
    } finally {
      await t.hub.db.dataSource.query("ALTER TABLE agency_away RENAME TO agency");
    }
    expect([overHttp.status, errorCodes(overHttp)]).toEqual([500, ["INTERNAL_SERVER_ERROR"]]);
    expect(minutes.status).toBe(500);
    expect(JSON.stringify(overHttp) + (await minutes.text())).not.toMatch(/agency_away|relation|SELECT/i);
  });

  it("answers a parse error, an unknown field and a bad variable with HTTP 400", async () => {
    expect((await t.gql(`{ agencies { code `)).status).toBe(400);
    const unknown = await t.gql(`{ agencies { cod } }`);
    expect([unknown.status, errorCodes(unknown)]).toEqual([400, ["GRAPHQL_VALIDATION_FAILED"]]);
    const badVariable = await t.gql(`query ($first: Int!) { events(first: $first) { pageInfo { hasNextPage } } }`, { first: "many" });
    expect([badVariable.status, errorCodes(badVariable)]).toEqual([400, ["BAD_USER_INPUT"]]);
  });

  it("prices every request of the same document anew when its variables set the page size, and refuses an over-cost document every time it is sent", async () => {
    const pages = `query Pages($n: Int!) { ${Array.from({ length: 30 }, (_, i) => `p${i}: events(first: $n) { nodes { cursor type topic subjectIds agencyIds payload } }`).join(" ")} }`;
    const intake = await t.token(Role.INTAKE);
    const costs = [];
    for (const n of [1, 100, 1, 100]) {
      const result = await t.gql(pages, { n }, { token: intake });
      costs.push([n, result.status, errorCodes(result)]);
    }
    expect(costs).toEqual([
      [1, 200, []],
      [100, 400, ["GRAPHQL_VALIDATION_FAILED"]],
      [1, 200, []],
      [100, 400, ["GRAPHQL_VALIDATION_FAILED"]],
    ]);
    const overCost = OVER_THE_LIMITS.find((c) => c.limit === "cost of a large page")!.query;
    for (let i = 0; i < 2; i++) expect(errorCodes(await t.gql(overCost, {}, { token: intake }))).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it("still runs the fan-out a real client asks for: two levels of children and a full page", async () => {
    const result = await t.gql(`{ regions { code children { code parent { code } } } events(first: 100) { nodes { cursor type } } }`, {}, { token: await t.token(Role.INTAKE) });
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
  });

  it("refuses a five-level recursive region query at once, with memory flat", async () => {
    const intake = await t.token(Role.INTAKE);
    const heapBefore = process.memoryUsage().heapUsed;
    const result = await t.gql(recursiveRegions(5), {}, { token: intake });
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(result.errors![0].extensions).toMatchObject({ maxCost: QUERY_LIMITS.maxCost });
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
  });
});

describe("limits over WebSocket", () => {
  it.each(OVER_THE_LIMITS)("refuses a document over the $limit limit exactly as HTTP does", async ({ query }) => {
    const intake = await t.token(Role.INTAKE);
    const overHttp = await t.gql(query, {}, { token: intake });
    const { client } = connect(intake);
    const overWs = await run(client, query);
    expect(overWs.errors).toEqual(overHttp.errors);
  });

  it("refuses a message larger than the HTTP body cap before parsing it, closing the socket with 1009", async () => {
    const socket = new WebSocket(wsUrl, "graphql-transport-ws");
    await new Promise((resolve) => socket.once("open", resolve));
    socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${t.chair}` } }));
    await new Promise((resolve) => socket.once("message", resolve));
    const closed = new Promise<number>((resolve) => socket.once("close", resolve));
    socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ me { role } }", variables: { pad: "x".repeat(QUERY_LIMITS.maxBodyBytes) } } }));
    expect(await closed).toBe(1009);
  });

  it("masks an unexpected failure as INTERNAL_SERVER_ERROR with a request id and no database text", async () => {
    const { client } = connect(t.chair);
    await t.hub.db.dataSource.query("ALTER TABLE agency RENAME TO agency_away");
    let outcome: Outcome;
    try {
      outcome = await run(client, "{ agencies { code } }");
    } finally {
      await t.hub.db.dataSource.query("ALTER TABLE agency_away RENAME TO agency");
    }
    expect(outcome.errors).toEqual([{ message: "Internal server error", locations: expect.any(Array), path: ["agencies"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId: expect.any(String) } }]);
    expect(JSON.stringify(outcome)).not.toMatch(/agency_away|relation|at .*\.ts/);
  });

  it("runs at most the per-socket number of operations at once and refuses the next with TOO_MANY_OPERATIONS", async () => {
    const { client } = connect(t.chair);
    const live: (() => void)[] = [];
    for (let i = 0; i < QUERY_LIMITS.maxOperationsPerSocket; i++) {
      // Live subscriptions stay open; messages on one socket arrive in order, so all are running
      // by the time the next operation comes in.
      live.push(client.subscribe({ query: "subscription { hubEvents { cursor } }" }, { next: () => undefined, error: () => undefined, complete: () => undefined }));
    }
    const over = await run(client, "{ me { role } }");
    expect(over.errors?.map((e) => e.extensions?.code)).toEqual(["TOO_MANY_OPERATIONS"]);
    live.pop()!();
    await expect.poll(async () => (await run(client, "{ me { role } }")).data).toEqual({ me: { role: "CHAIR" } });
    live.forEach((end) => end());
  });
});

describe("errors in production", () => {
  it("drop the \"Did you mean\" hints over HTTP and WebSocket alike", async () => {
    const typo = "{ agencie { code } }";
    expect((await t.gql(typo)).errors![0].message).toMatch(/Did you mean/);
    const production = await startTestHub({ nodeEnv: "production" });
    try {
      const overHttp = await production.gql(typo);
      expect(overHttp.status).toBe(400);
      expect(overHttp.errors!.map((e) => [e.message, e.extensions?.code])).toEqual([['Cannot query field "agencie" on type "Query".', "GRAPHQL_VALIDATION_FAILED"]]);
      const client = createClient({ url: production.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${production.chair}` }, retryAttempts: 0 });
      clients.push(client);
      expect((await run(client, typo)).errors).toEqual(overHttp.errors);
    } finally {
      await production.stop();
    }
  });
});

describe("a replay storm", () => {
  it("keeps the health check answering while 32 subscriptions replay the whole log, and delivers every event to each", async () => {
    // A log of a realistic size, written through the event log's own append (hashes and all).
    const loader = { sub: "load", name: "Load", role: Role.ADMIN, expiresAt: 0 };
    for (let batch = 0; batch < 2; batch++) {
      const events = Array.from({ length: 500 }, (_, i): NewEvent => ({
        topic: EventTopic.MATTER, type: "MatterCreated", subjectIds: [`LOAD.${batch}.${i}`], agencyIds: [], visibility: EventVisibility.PUBLIC, payload: { matter: { code: `LOAD.${batch}.${i}`, name: `LOAD.${batch}.${i}`, description: null, parentCode: null, decisionDays: null } },
      }));
      await t.hub.db.dataSource.transaction((em) => appendEvents(em, loader, events, t.hub.services.clock.now()));
    }
    const [{ cursor: head }] = (await t.hub.db.dataSource.query(`SELECT cursor FROM event_log_head WHERE id = 1`)) as { cursor: string }[];

    const sockets = 2;
    const received = new Map<string, number>();
    const done: Promise<void>[] = [];
    for (let s = 0; s < sockets; s++) {
      const { client } = connect(t.chair);
      for (let i = 0; i < QUERY_LIMITS.maxOperationsPerSocket; i++) {
        const key = `${s}.${i}`;
        done.push(
          new Promise<void>((resolve, reject) => {
            const end = client.subscribe<{ hubEvents: { cursor: string } }>(
              { query: `subscription { hubEvents(after: "0") { cursor } }` },
              {
                next: ({ data }) => {
                  received.set(key, (received.get(key) ?? 0) + 1);
                  if (data?.hubEvents.cursor === head) {
                    end();
                    resolve();
                  }
                },
                error: reject,
                complete: () => undefined,
              },
            );
          }),
        );
      }
      // The next one on a full socket is refused, not queued.
      expect((await run(client, "{ me { role } }")).errors?.map((e) => e.extensions?.code)).toEqual(["TOO_MANY_OPERATIONS"]);
    }

    let replaying = true;
    const all = Promise.all(done).finally(() => (replaying = false));
    const healthChecks: number[] = [];
    while (replaying) {
      const began = performance.now();
      const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
      expect(health.status).toBe(200);
      healthChecks.push(performance.now() - began);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await all;
    expect(healthChecks.length).toBeGreaterThan(0);
    console.log(`health checks during the replay storm: ${healthChecks.length}, slowest ${Math.round(Math.max(...healthChecks))} ms`);
    expect([...received.values()].every((count) => count === Number(head))).toBe(true);
    expect(received.size).toBe(sockets * QUERY_LIMITS.maxOperationsPerSocket);
  });
});

describe("identity on an open socket", () => {
  it("closes the socket with 4403 at the first operation after the token expired", async () => {
    const shortLived = await signToken(t.hub.secret, { sub: "brief", name: "Brief", role: Role.CHAIR }, "2s");
    const { exp } = JSON.parse(Buffer.from(shortLived.split(".")[1], "base64url").toString()) as { exp: number };
    const { client, closed } = connect(shortLived);
    expect(await run(client, "{ me { role } }")).toEqual({ data: { me: { role: "CHAIR" } }, errors: undefined });
    await expect.poll(() => Date.now() > exp * 1000, { timeout: 10_000, interval: 100 }).toBe(true);
    const after = await run(client, "{ agencies { code } }");
    expect(after.data).toBeUndefined();
    expect((await closed).code).toBe(4403);
    expect((await closed).reason).toMatch(/expired/);
  });

  it("closes an officer's socket with 4403 when the agency is deactivated, running subscriptions included", async () => {
    const officer = await t.token(Role.AGENCY_OFFICER, "CGJ");
    const { client, closed } = connect(officer);
    expect((await run(client, "{ me { role } }")).data).toEqual({ me: { role: "AGENCY_OFFICER" } });
    const feed = run(client, "subscription { agencyFeed { cursor type } }");
    const deactivated = await t.gql(DeactivateAgency, { input: { id: agencyIdForCode("CGJ"), active: false } });
    expect(deactivated.data?.updateAgency).toEqual({ code: "CGJ", active: false });
    expect((await closed).code).toBe(4403);
    expect(await feed).toEqual({ closedWith: 4403 });
    // And a new socket with the same token is refused at once.
    const again = connect(officer);
    expect((await again.closed).code).toBe(4403);
  });
});
