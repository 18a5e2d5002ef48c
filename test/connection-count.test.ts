import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";

/**
 * A connection's COUNT runs only when the client selects totalCount: counted here as SQL statements
 * per request (test/sql-statement-count.test.ts counts the same way), on a list that every
 * connection shares the code of.
 */
const WithCount = graphql(`
  query CountedOfficers($first: Int, $after: String) {
    officers(first: $first, after: $after, search: "计数") { totalCount pageInfo { hasNextPage endCursor } nodes { name } }
  }
`);
const WithoutCount = graphql(`
  query UncountedOfficers($first: Int, $after: String) {
    officers(first: $first, after: $after, search: "计数") { pageInfo { hasNextPage endCursor } nodes { name } }
  }
`);

let t: TestHub;
let requests = 0;

beforeAll(async () => {
  t = await startTestHub({}, { countStatementsPerRequest: true });
  const make = factories(t);
  await make.county();
  const agency = await make.agency("CNT");
  for (let i = 0; i < 7; i++) await make.officer(agency.id, `计数员${i}`);
});
afterAll(() => t?.stop());

async function counted(document: typeof WithCount | typeof WithoutCount, variables: { first: number; after?: string }) {
  const requestId = `connection-count-${++requests}`;
  const result = await t.gql(document as typeof WithCount, variables, { requestId });
  expect(result.errors).toBeUndefined();
  return { statements: t.hub.db.counter.forRequest(requestId), officers: result.data!.officers };
}

describe("a connection's totalCount", () => {
  it("costs one statement when selected and none when not, and counts every match across pages", async () => {
    const without = await counted(WithoutCount, { first: 3 });
    const withCount = await counted(WithCount, { first: 3 });
    expect(withCount.officers.nodes).toEqual(without.officers.nodes);
    expect(withCount.officers.pageInfo.hasNextPage).toBe(true);
    expect(withCount.officers.totalCount).toBe(7);
    expect(withCount.statements).toBe(without.statements + 1);

    // From the second page on it is still every match, not what is left.
    const after = withCount.officers.pageInfo.endCursor!;
    const second = await counted(WithCount, { first: 3, after });
    expect(second.officers.totalCount).toBe(7);
    expect(second.statements).toBe((await counted(WithoutCount, { first: 3, after })).statements + 1);
  });

  it("is free when the first page holds every match: the page is its own count", async () => {
    const without = await counted(WithoutCount, { first: 20 });
    const withCount = await counted(WithCount, { first: 20 });
    expect(withCount.officers.pageInfo.hasNextPage).toBe(false);
    expect(withCount.officers.nodes).toHaveLength(7);
    expect(withCount.officers.totalCount).toBe(7);
    expect(withCount.statements).toBe(without.statements);
  });
});
