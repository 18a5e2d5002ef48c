import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { startHub, type Hub } from "../src/server.js";
import { startTestHub, type TestHub } from "./support/hub.js";

/** What a client sees for each kind of error, from a hub in development (the default NODE_ENV). */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ nodeEnv: "development" });
});
afterAll(() => t?.stop());

interface ErrorBody {
  errors: { message: string; extensions: { code: string; stacktrace?: string[] } }[];
}

async function post(url: string, body: unknown, token: string | null): Promise<{ status: number; body: ErrorBody }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

/** One request per code a client can meet before or during execution. */
const CASES: { code: string; what: string; body: unknown; token?: "none" }[] = [
  { code: "GRAPHQL_PARSE_FAILED", what: "a syntax error", body: { query: "{ agencies { code " } },
  { code: "GRAPHQL_VALIDATION_FAILED", what: "an unknown field", body: { query: "{ agencies { noSuchField } }" } },
  { code: "GRAPHQL_PARSE_FAILED", what: "more than 5,000 tokens", body: { query: `{ agencies { ${"code ".repeat(6000)} } }` } },
  { code: "BAD_USER_INPUT", what: "a variable of the wrong type", body: { query: "query ($active: Boolean) { agencies(active: $active) { code } }", variables: { active: "yes" } } },
  { code: "UNAUTHENTICATED", what: "no token", body: { query: "{ agencies { code } }" }, token: "none" },
  { code: "PERSISTED_QUERY_NOT_FOUND", what: "a hash the hub has not seen", body: { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } } },
  { code: "OPERATION_RESOLUTION_FAILURE", what: "two operations and no operationName", body: { query: "query A { me { name } } query B { me { role } }" } },
];

describe("error responses", () => {
  it.each(CASES)("answer $what with $code without a stack trace, also in development", async ({ code, body, token }) => {
    const result = await post(t.url, body, token === "none" ? null : t.chair);
    expect(result.body.errors.map((e) => e.extensions.code), JSON.stringify(result.body)).toContain(code);
    expect(result.body.errors.every((e) => e.extensions.stacktrace === undefined)).toBe(true);
    expect(JSON.stringify(result.body)).not.toMatch(/node_modules|\.ts:\d+|\.js:\d+/);
  });

  describe("with HUB_EXPOSE_STACKTRACES=1 (for debugging)", () => {
    let debugging: Hub;
    beforeAll(async () => {
      // A second hub over the same open database, configured to show stack traces.
      debugging = await startHub({ ...t.hub.config, exposeStacktraces: true }, { db: t.hub.db, log: pino({ level: "silent" }), seed: false });
    });
    afterAll(() => debugging?.stop());

    it("puts the stack trace in extensions.stacktrace", async () => {
      const result = await post(debugging.url, { query: "{ agencies { noSuchField } }" }, t.chair);
      expect(result.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(result.body.errors[0].extensions.stacktrace?.length).toBeGreaterThan(0);
    });
  });
});
