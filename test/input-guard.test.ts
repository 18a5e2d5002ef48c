import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { parse } from "graphql";
import { commandActor } from "../src/cli/run-with-hub.js";
import { parseCsv } from "../src/modules/powers/power-sheet.js";
import { graphql } from "./gql/index.js";
import { errorCodes, startTestHub, TEST_SECRET, type GraphQLResponse, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";
import { subscribe } from "./support/subscriptions.js";
import { committedSchema, fullValue, PLAIN_SCALARS, operationFor, replaceAt, rootFields, scalarAt, stringPaths, type RootField } from "./support/schema-operations.js";

/**
 * The boundary check (src/platform/graphql/input-guard.ts): hostile scalars in any argument are
 * refused with BAD_USER_INPUT naming the argument path, before anything runs, on both transports.
 */

const NUL = "报告\u0000内容";
const LONE_SURROGATE = "报告\ud800内容";

const ReportCase = graphql(`
  mutation GuardReportCase($input: ReportCaseInput!) { reportCase(input: $input) { created case { id } } }
`);
const CaseCount = graphql(`
  query GuardCaseCount { cases { totalCount } events(first: 100) { pageInfo { endCursor } } }
`);
const Attach = graphql(`
  mutation GuardAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { size } }
`);
const Me = graphql(`
  query GuardMe { me { name expiresAt } }
`);
const CaseFeed = graphql(`
  subscription GuardCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor } }
`);
const HubFeed = graphql(`
  subscription GuardHubFeed($after: String) { hubEvents(after: $after) { cursor } }
`);

/** The single BAD_USER_INPUT error a refused request answers, with the paths it names. */
function refusedPaths(result: GraphQLResponse<unknown>): string[] {
  expect(result.status).toBe(400);
  expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
  return ((result.errors![0].extensions!.fields ?? []) as { path: string }[]).map((f) => f.path);
}

let t: TestHub;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  t = await startTestHub();
  make = factories(t);
  await make.county();
  await make.agency("SCJGJ");
});
afterAll(() => t?.stop());

describe("hostile scalars in every argument of the schema", () => {
  const schema = committedSchema();
  // Every string-carrying place of every argument of every query and mutation, filled as a
  // careful client would fill the rest.
  const cases = rootFields(schema).flatMap((root: RootField) =>
    root.field.args.flatMap((arg) => {
      const value = fullValue(arg.type);
      return stringPaths(value, arg.name)
        .map((path) => ({ root, arg, value, path, scalar: scalarAt(arg.type, path.split(".").slice(1)) }))
        .filter((c) => c.scalar in PLAIN_SCALARS); // enum values are refused by GraphQL's own coercion
    }),
  );

  it("covers every query and mutation that takes a string or an id", () => {
    expect(cases.length).toBeGreaterThan(200);
    expect(new Set(cases.map((c) => c.root.field.name))).toContain("reportCase");
  });

  it("refuses a NUL character, a lone surrogate and (for ids) a non-UUID, naming the argument path, over real HTTP", async () => {
    const unexpected: string[] = [];
    for (const { root, arg, value, path, scalar } of cases) {
      const hostile = [NUL, LONE_SURROGATE, ...(scalar === "ID" ? ["42", "case-1"] : [])];
      for (const bad of hostile) {
        const variables = Object.fromEntries(root.field.args.map((a) => [a.name, a === arg ? replaceAt(value, path.split(".").slice(1), bad) : fullValue(a.type)]));
        const result = await t.gql(operationFor(root, root.field.args), variables);
        const expected = `${root.field.name}.${path}`;
        const paths = result.status === 400 && errorCodes(result)[0] === "BAD_USER_INPUT" ? refusedPaths(result) : [];
        if (!paths.includes(expected)) unexpected.push(`${expected} = ${JSON.stringify(bad)}: ${result.status} ${JSON.stringify(result.errors)}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});

describe("the input guard over HTTP", () => {
  const report = { title: "沛城街道占道经营", description: "夜市路口占道经营", matterCode: "FOOD.STREET_STALL", regionCode: "320322", source: "HOTLINE_12345" as const, occurredAt: "2026-11-26T20:30:00+08:00" };

  it("refuses a report whose description holds a NUL and writes nothing", async () => {
    const before = await t.gql(CaseCount);
    const result = await t.gql(ReportCase, { input: { ...report, description: NUL } });
    expect(refusedPaths(result)).toEqual(["reportCase.input.description"]);
    expect(result.errors![0].message).toContain("reportCase.input.description");
    expect(result.data ?? null).toBeNull();
    expect(await t.gql(CaseCount)).toEqual(before);
  });

  it("names every hostile value of one request, in literals and variables alike", async () => {
    const result = await t.gql(`query { a: case(id: "no-such-id") { id } powers(search: "${"\\u0000"}") { totalCount } }`);
    expect(refusedPaths(result)).toEqual(["a.id", "powers.search"]);
  });

  it("answers a document that does not parse, holds a lone surrogate or passes the token limit with GRAPHQL_PARSE_FAILED 400, never a 500", async () => {
    const tooLong = `{ ${Array.from({ length: 2_600 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    const raw = `{ power(id: "${"\udc00"}") { id } }`; // a lone surrogate character in the document
    const escaped = `{ power(id: "\\udc00") { id } }`; // the same as a GraphQL escape sequence
    for (const query of ["{ agencies {", raw, escaped, tooLong]) {
      const result = await t.gql(query);
      expect(result.status).toBe(400);
      expect(errorCodes(result)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    }
  });

  it("lets paired surrogates (emoji) and ordinary Chinese text through", async () => {
    const result = await t.gql(`query($q: String) { powers(search: $q) { totalCount } }`, { q: "占道经营😀" });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ powers: { totalCount: 0 } });
  });

  it("answers a cursor the list never gave out, or one beyond the event log's range, with BAD_USER_INPUT", async () => {
    const handMade = Buffer.from(JSON.stringify([{ sql: 1 }, "x"])).toString("base64url");
    const infinite = Buffer.from("[1e400, \"x\"]").toString("base64url");
    for (const after of [handMade, infinite]) expect(errorCodes(await t.gql(`query($after: String) { officers(after: $after) { totalCount } }`, { after }))).toEqual(["BAD_USER_INPUT"]);
    const beyond = await t.gql(`{ events(after: "9999999999999999999") { pageInfo { hasNextPage } } }`);
    expect(beyond.status).toBe(200);
    expect(errorCodes(beyond)).toEqual(["BAD_USER_INPUT"]);
  });

  it("refuses an attachment size that is not a whole number", async () => {
    const input = { caseId: "0b1e9f4e-2c1a-4c3e-8f7a-1d2c3b4a5e6f", name: "现场照片.jpg", size: 1.5, sha256: "a".repeat(64) };
    const result = await t.gql(Attach, { input });
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].message).toContain("size");
  });

  it("answers a token whose exp lies beyond what a date can hold with UNAUTHENTICATED, not a 500", async () => {
    const secret = new TextEncoder().encode(TEST_SECRET);
    for (const exp of [1e300, 8.64e15]) {
      const token = await new SignJWT({ name: "远未来", role: "CHAIR" }).setProtectedHeader({ alg: "HS256" }).setSubject("far").setIssuer("enforcement-hub").setIssuedAt().setExpirationTime(exp).sign(secret);
      const result = await t.gql(Me, {}, { token });
      expect(result.status).toBe(401);
      expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("never shows database text: a hostile value that reaches PostgreSQL is a BAD_USER_INPUT without SQL", async () => {
    // A base64url cursor of the right shape whose values cannot be compared with the columns.
    const cursor = Buffer.from(JSON.stringify(["not a name", "not-a-uuid"])).toString("base64url");
    const result = await t.gql(`query($after: String) { officers(after: $after) { totalCount } }`, { after: cursor });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].extensions!.fields).toEqual([{ path: "officers", message: expect.any(String) }]);
    expect(JSON.stringify(result.errors)).not.toMatch(/uuid|syntax|SELECT|WHERE|invalid input|officer\./i);
  });
});

describe("power lists read from a file (npm run import)", () => {
  it("report a cell holding a NUL by row and column, and import nothing", async () => {
    // What the import command does with a file: the GraphQL guard never sees these cells. (A file
    // read as UTF-8 cannot hold a lone surrogate; an XLSX cell can, and the same check reads it.)
    const header = "事项编码,事项名称,权力类型,实施主体,设定依据,监管事项,适用区域";
    const csv = [header, `320322-CF-SCJGJ-1,对${NUL}的处罚,行政处罚,SCJGJ,《食品安全法》第36条,FOOD,320322`, `320322-CF-SCJGJ-2,对摊贩的处罚,行政处罚,SCJGJ,《食品安全法》第36条,FOOD${NUL},320322`].join("\n");
    const report = await t.hub.services.powerImport.import(commandActor("test-import", "测试导入"), parseCsv(csv), { partial: true });
    expect(report.problems).toEqual([
      { row: 2, column: "事项名称", reason: expect.stringContaining("NUL") },
      { row: 3, column: "监管事项", reason: expect.stringContaining("NUL") },
    ]);
    expect(report).toMatchObject({ created: 0, failed: 2 });
  });
});

describe("the input guard over WebSocket", () => {
  it("refuses a NUL character, a lone surrogate and (for ids) a non-UUID in every argument of every subscription", async () => {
    const unexpected: string[] = [];
    let tried = 0;
    for (const root of rootFields(committedSchema(), ["subscription"])) {
      for (const arg of root.field.args) {
        const value = fullValue(arg.type);
        for (const path of stringPaths(value, arg.name)) {
          const scalar = scalarAt(arg.type, path.split(".").slice(1));
          if (!(scalar in PLAIN_SCALARS)) continue;
          for (const bad of [NUL, LONE_SURROGATE, ...(scalar === "ID" ? ["PEI-2026-000001"] : [])]) {
            const variables = Object.fromEntries(root.field.args.map((a) => [a.name, a === arg ? replaceAt(value, path.split(".").slice(1), bad) : fullValue(a.type)]));
            tried++;
            const feed = subscribe(t.url, t.chair, parse(operationFor(root, root.field.args)), variables);
            await feed.ended;
            const [errors] = feed.errors as { extensions?: { code: string; fields?: { path: string }[] } }[][];
            const paths = errors?.[0]?.extensions?.code === "BAD_USER_INPUT" ? (errors[0].extensions.fields ?? []).map((f) => f.path) : [];
            if (!paths.includes(`${root.field.name}.${path}`) || feed.items.length) unexpected.push(`${root.field.name}.${path} = ${JSON.stringify(bad)}: ${JSON.stringify(feed.errors)}`);
            await feed.dispose();
          }
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(10); // after on four feeds, the case and operation ids
  });

  it("refuses a subscription with a non-UUID id or a NUL cursor, naming the argument, and starts nothing", async () => {
    const feeds = [
      { sub: subscribe(t.url, t.chair, CaseFeed, { caseId: "PEI-2026-000001" }), path: "caseEvents.caseId" },
      { sub: subscribe(t.url, t.chair, HubFeed, { after: `1${"\u0000"}` }), path: "hubEvents.after" },
    ];
    for (const { sub, path } of feeds) {
      await sub.ended;
      const [errors] = sub.errors as { extensions: { code: string; fields: { path: string }[] } }[][];
      expect(errors.map((e) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
      expect(errors[0].extensions.fields.map((f) => f.path)).toEqual([path]);
      expect(sub.items).toEqual([]);
      await sub.dispose();
    }
  });

  it("masks a database failure as INTERNAL_SERVER_ERROR, with no database text, as HTTP does", async () => {
    // A real fault: the event log disappears under the running hub, so the replay fails.
    await t.hub.db.dataSource.query("ALTER TABLE event_log RENAME TO event_log_away");
    try {
      const feed = subscribe(t.url, t.chair, HubFeed, { after: "0" });
      await feed.ended;
      const [errors] = feed.errors as { message: string; extensions: { code: string } }[][];
      expect(errors.map((e) => e.extensions.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
      expect(JSON.stringify(feed.errors)).not.toMatch(/event_log|relation|SELECT/);
      await feed.dispose();
    } finally {
      await t.hub.db.dataSource.query("ALTER TABLE event_log_away RENAME TO event_log");
    }
  });
});
