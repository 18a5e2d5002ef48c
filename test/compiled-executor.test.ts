import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createClient } from "graphql-ws";
import type { ExecutionResult } from "graphql";
import { Role } from "../src/platform/auth/actor.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, factories } from "./support/factories.js";

// HTTP queries sent more than once run compiled (graphql-jit); the same query over WebSocket runs
// on graphql-js. Both go through the same guard and the same error formatter, so for every document
// a client may send the two answers must be the same, errors included.

let t: TestHub;
const token: Record<string, string> = {};
let missingAgency: string;

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  const scj = (await make.agency("SCJGJ")).id;
  const cgj = (await make.agency("CGJ")).id;
  await make.officer(scj, "市场甲");
  for (const code of ["FOOD", "FOOD.STREET_STALL"]) await make.matter(code);
  const law = (await make.instrument("食品安全法", ["36"])).id;
  const basis = { legalBases: [{ instrumentId: law, articleNumber: "36" }] };
  await make.power(scj, "CF-SCJ-1", { matterCodes: ["FOOD.STREET_STALL"], ...basis });
  await make.power(cgj, "CF-CGJ-1", { matterCodes: ["FOOD.STREET_STALL"], ...basis });
  await make.power(cgj, "CF-CGJ-2", { matterCodes: ["FOOD"], regionCodes: [COUNTY], ...basis });
  token.CHAIR = t.chair;
  token.INTAKE = await t.token(Role.INTAKE);
  token.SCJGJ = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
  missingAgency = "00000000-0000-4000-8000-000000000000";
});
afterAll(() => t?.stop());

/** The same operation over WebSocket: graphql-ws runs queries on graphql-js. */
async function overWebSocket(bearer: string, query: string, variables: Record<string, unknown>, operationName?: string): Promise<ExecutionResult> {
  const client = createClient({ url: t.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${bearer}` }, retryAttempts: 0 });
  try {
    return await new Promise<ExecutionResult>((resolve, reject) => {
      let result: ExecutionResult | undefined;
      client.subscribe({ query, variables, operationName }, {
        next: (value) => void (result = value as ExecutionResult),
        error: (errors) => (Array.isArray(errors) ? resolve({ errors }) : reject(errors)),
        complete: () => resolve(result!),
      });
    });
  } finally {
    await client.dispose();
  }
}

async function overHttp(bearer: string, query: string, variables: Record<string, unknown>, operationName?: string): Promise<ExecutionResult> {
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return (await response.json()) as ExecutionResult;
}

/** Request ids differ per request by design; everything else must match. */
const comparable = (result: ExecutionResult) =>
  JSON.parse(JSON.stringify(result, (key, value) => (key === "requestId" ? "<request id>" : value))) as ExecutionResult;

const DOCUMENTS: { what: string; as: keyof typeof token; query: string; variables?: () => Record<string, unknown>; operationName?: string }[] = [
  { what: "aliases and a root field twice", as: "CHAIR", query: `{ a: agencies { c: code n: name } b: agencies(active: true) { code } me { name role } }` },
  {
    what: "named and inline fragments, nested",
    as: "CHAIR",
    query: `query Frags { agencies { ...A region { ...R } } }
      fragment A on Agency { code kind ... on Agency { active shortName } }
      fragment R on Region { code name parent { code children { code } } }`,
  },
  {
    what: "variables with defaults, @skip and @include, a connection's edges and page info",
    as: "CHAIR",
    query: `query Vars($first: Int = 2, $withRegion: Boolean!, $skipName: Boolean = false) {
      powers(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code name @skip(if: $skipName) category
        agency { code region @include(if: $withRegion) { code } } overlaps { kind severity powers { code } } } } } }`,
    variables: () => ({ withRegion: true }),
  },
  {
    what: "the same document with other variables",
    as: "CHAIR",
    query: `query Vars($first: Int = 2, $withRegion: Boolean!, $skipName: Boolean = false) {
      powers(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code name @skip(if: $skipName) category
        agency { code region @include(if: $withRegion) { code } } overlaps { kind severity powers { code } } } } } }`,
    variables: () => ({ first: 1, withRegion: false, skipName: true }),
  },
  { what: "one of two operations by name", as: "CHAIR", query: `query A { me { name } } query B { me { role } }`, operationName: "B" },
  { what: "introspection", as: "CHAIR", query: `{ __typename __type(name: "Agency") { name kind fields { name type { name kind ofType { name } } } } }` },
  { what: "a record that does not exist", as: "CHAIR", query: `query One($id: ID!) { agency(id: $id) { code } }`, variables: () => ({ id: missingAgency }) },
  { what: "a malformed id", as: "CHAIR", query: `query One($id: ID!) { agency(id: $id) { code } }`, variables: () => ({ id: "not-a-uuid" }) },
  { what: "a variable of the wrong type", as: "CHAIR", query: `query Active($active: Boolean) { agencies(active: $active) { code } }`, variables: () => ({ active: "yes" }) },
  { what: "a missing required variable", as: "CHAIR", query: `query One($id: ID!) { agency(id: $id) { code } }` },
  { what: "a list the role may not read beside one it may", as: "INTAKE", query: `{ agencies { code } officers(first: 5) { totalCount nodes { name } } }` },
  { what: "nested fields the access gate decides for an intake system", as: "INTAKE", query: `{ powers(first: 5) { nodes { code agency { code } overlaps { kind } } } }` },
  { what: "an agency officer's own view", as: "SCJGJ", query: `{ me { name role agency { code } } powers(first: 5) { nodes { code overlaps { kind powers { code } } } } }` },
];

describe("the compiled executor for HTTP queries", () => {
  it.each(DOCUMENTS)("answers $what exactly as graphql-js does", async ({ as, query, variables, operationName }) => {
    const vars = variables?.() ?? {};
    await overHttp(token[as], query, vars, operationName); // the first time runs on graphql-js and has the document compiled
    const [compiled, reference] = await Promise.all([overHttp(token[as], query, vars, operationName), overWebSocket(token[as], query, vars, operationName)]);
    expect(comparable(compiled)).toEqual(comparable(reference));
  });

  it("answers an unexpected fault exactly as graphql-js does: masked, with its path and a request id", async () => {
    const query = `{ me { role } listed: agencies { code region { code } } }`;
    await overHttp(t.chair, query, {}); // compiled from the next time on
    // A real fault: the table behind one of the lists disappears under the running hub.
    await t.hub.db.dataSource.query("ALTER TABLE agency RENAME TO agency_away");
    try {
      const [compiled, reference] = await Promise.all([overHttp(t.chair, query, {}), overWebSocket(t.chair, query, {})]);
      expect(compiled.errors?.[0]).toMatchObject({ message: "Internal server error", path: ["listed"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId: expect.any(String) } });
      expect(compiled.data).toBeNull(); // the list is non-null: its failure nulls the whole answer
      expect(comparable(compiled)).toEqual(comparable(reference));
    } finally {
      await t.hub.db.dataSource.query("ALTER TABLE agency_away RENAME TO agency");
    }
  });

  it("covers answers with errors and with data (a set that checks only successes could miss a difference in errors)", async () => {
    const answers = await Promise.all(DOCUMENTS.map((d) => overHttp(token[d.as], d.query, d.variables?.() ?? {}, d.operationName)));
    expect(answers.filter((a) => a.errors?.length).length).toBeGreaterThanOrEqual(3);
    expect(answers.filter((a) => a.data && !a.errors).length).toBeGreaterThanOrEqual(6);
  });
});
