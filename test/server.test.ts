import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditServer } from "graphql-http";
import WebSocket from "ws";
import { createClient } from "graphql-ws";
import { graphql } from "./gql/index.js";
import { pino } from "pino";
import { Role } from "../src/platform/auth/actor.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";

const Agencies = graphql(`
  query ServerAgencies { agencies { code } }
`);

let t: TestHub;
let base: string;
/** The hub's error log lines, to find a masked error's line by its request id. */
const errorLog: { msg: string; reqId?: string }[] = [];
beforeAll(async () => {
  t = await startTestHub({}, { log: pino({ level: "error" }, { write: (line: string) => void errorLog.push(JSON.parse(line)) }) });
  base = t.url.replace(/\/graphql$/, "");
});
afterAll(() => t?.stop());

describe("the HTTP server", () => {
  it("passes graphql-http's GraphQL-over-HTTP audits with no failure", async () => {
    const authorized: typeof fetch = (input, init = {}) =>
      fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${t.chair}` } });
    const results = await auditServer({ url: t.url, fetchFn: authorized });
    const failures = results.flatMap((r) => (r.status === "error" ? [`${r.name}: ${r.reason}`] : []));
    expect(failures).toEqual([]);
    expect(results.filter((r) => r.status === "ok").length).toBeGreaterThan(40);
  });

  it("answers malformed JSON with a GraphQL-shaped 400, not an HTML page", async () => {
    const response = await fetch(t.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${t.chair}` }, body: "{ not json" });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "BAD_REQUEST" } }] });
  });

  it("refuses a body over 1 MB with a GraphQL-shaped 413", async () => {
    const body = JSON.stringify({ query: `{ agencies { code } }`, variables: { pad: "x".repeat(1_100_000) } });
    const response = await fetch(t.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a GET mutation-free query without a CSRF-safe header (CSRF prevention is on)", async () => {
    const response = await fetch(`${t.url}?query=${encodeURIComponent("{ agencies { code } }")}`, { headers: { authorization: `Bearer ${t.chair}` } });
    expect(response.status).toBe(400);
  });

  it("rejects a query deeper than the limit before executing it", async () => {
    const deep = `{ agencies { region { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } }`;
    const result = await t.gql(deep);
    expect(result.errors).toBeDefined();
    expect(result.data).toBeUndefined();
    expect(result.errors![0].message).toMatch(/depth/i);
  });

  it("masks an unexpected failure as INTERNAL_SERVER_ERROR with a request id and no stack trace", async () => {
    // A real fault: the table disappears under the running hub.
    await t.hub.db.dataSource.query("ALTER TABLE agency RENAME TO agency_away");
    try {
      const response = await fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${t.chair}`, "x-request-id": "req-under-test" },
        body: JSON.stringify({ query: "{ agencies { code } }" }),
      });
      const body = (await response.json()) as { errors: unknown[] };
      expect(body.errors).toEqual([{ message: "Internal server error", locations: expect.any(Array), path: ["agencies"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-under-test" } }]);
      expect(JSON.stringify(body)).not.toMatch(/agency_away|relation|at .*\.ts/);
      expect(response.headers.get("x-request-id")).toBe("req-under-test");
      expect(errorLog).toContainEqual(expect.objectContaining({ msg: "unexpected error", reqId: "req-under-test" }));

      // The same fault met while recognising the caller (an officer's agency is looked up), before any resolver runs.
      const officer = await fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await t.token(Role.AGENCY_OFFICER, "SCJGJ")}`, "x-request-id": "req-in-context" },
        body: JSON.stringify({ query: "{ agencies { code } }" }),
      });
      const refused = (await officer.json()) as { errors: unknown[] };
      expect(refused.errors).toEqual([{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-in-context" } }]);
      expect(errorLog).toContainEqual(expect.objectContaining({ msg: "unexpected error", reqId: "req-in-context" }));
    } finally {
      await t.hub.db.dataSource.query("ALTER TABLE agency_away RENAME TO agency");
    }
    expect(errorCodes(await t.gql(Agencies))).toEqual([]);
  });

  it("answers /healthz and /readyz", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });

  it("serves GraphiQL and its assets from the hub itself when a browser opens /graphql", async () => {
    const page = await fetch(t.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("renderYogaGraphiQL");
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const script = await fetch(`${base}/graphiql-assets/yoga-graphiql.umd.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(1_000_000);
    expect((await fetch(`${base}/graphiql-assets/monacoeditorwork/editor.worker.bundle.js`)).status).toBe(200);
  });
});

describe("the WebSocket endpoint", () => {
  async function closeCodeFor(connectionParams: Record<string, unknown>): Promise<number> {
    const client = createClient({ url: t.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false });
    try {
      return await new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    } finally {
      await client.dispose();
    }
  }

  it("refuses a connection without a token or with a bad one with close code 4403", async () => {
    expect(await closeCodeFor({})).toBe(4403);
    expect(await closeCodeFor({ authorization: "Bearer nonsense" })).toBe(4403);
  });

  it("answers a query over WebSocket for a valid token", async () => {
    const client = createClient({ url: t.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${t.chair}` }, retryAttempts: 0 });
    try {
      const result = await new Promise((resolve, reject) => {
        client.subscribe({ query: "{ me { role } }" }, { next: resolve, error: reject, complete: () => undefined });
      });
      expect(result).toEqual({ data: { me: { role: "CHAIR" } } });
    } finally {
      await client.dispose();
    }
  });
});
