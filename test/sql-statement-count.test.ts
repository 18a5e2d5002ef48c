import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, factories } from "./support/factories.js";

// Every relation goes through a per-request DataLoader, so the statements a nested query sends
// depend on the query's shape, never on how many rows it returns.
const Nested = graphql(`
  query NestedAgencies($first: Int) {
    agencies {
      code
      region { name parent { code } children { code } }
    }
    officers(first: $first) {
      totalCount
      nodes { name agency { code region { code } } }
    }
    legalInstruments(first: $first) { nodes { title articles { label instrument { title } } } }
  }
`);
const NestedPowers = graphql(`
  query NestedPowers {
    powers(first: 100) {
      totalCount
      nodes {
        code
        agency { code region { code } }
        matters { code parent { code } }
        regions { code }
        legalBases { article { label } instrument { title } }
        overlaps { kind agencies { code } powers { code } matters { code } }
        history { version }
      }
    }
  }
`);
const OverlapLines = graphql(`query CountOverlapLines($first: Int) { events(types: ["OverlapOpened"], first: $first) { nodes { text } } }`);
const ImportPowers = graphql(`mutation CountImportPowers($csv: String!) { importPowers(csv: $csv) { rows failed rejected } }`);

let t: TestHub;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  t = await startTestHub({}, { countStatementsPerRequest: true });
  make = factories(t);
  await make.county();
});
afterAll(() => t?.stop());

async function grow(from: number, to: number) {
  for (let i = from; i < to; i++) {
    const agency = await make.agency(`AG${String(i).padStart(2, "0")}`);
    await make.officer(agency.id, `官员${String(i).padStart(2, "0")}`);
    await make.instrument(`规章${i}`, ["1", "2"], { level: "DEPARTMENTAL_RULE", issuer: "某部" });
  }
}

/** Statements sent for one request only (the event bus reads the log in the background meanwhile). */
let requests = 0;
async function counted<R>(document: unknown, variables: Record<string, unknown> = {}) {
  const requestId = `count-${++requests}`;
  const result = await t.gql(document as never, variables as never, { requestId });
  expect(result.errors).toBeUndefined();
  return { statements: t.hub.db.counter.forRequest(requestId), data: result.data as R };
}

async function statementsFor(first: number): Promise<{ statements: number; agencies: number; officers: number }> {
  const { statements, data } = await counted<{ agencies: unknown[]; officers: { nodes: unknown[] } }>(Nested, { first });
  return { statements, agencies: data.agencies.length, officers: data.officers.nodes.length };
}

describe("SQL statements per request", () => {
  it("stay the same for a nested query over 3 and over 30 agencies", async () => {
    // Counted from what is there before, so agencies other tests made do not matter.
    const before = await statementsFor(100);
    await grow(0, 3);
    const small = await statementsFor(100);
    await grow(3, 30);
    const large = await statementsFor(100);
    expect(small.agencies).toBe(before.agencies + 3);
    expect(large.agencies).toBe(before.agencies + 30);
    expect(large.officers).toBe(before.officers + 30);
    expect(large.statements).toBe(small.statements);
    console.log(`nested query: ${large.statements} SQL statements for 3 and for 30 agencies`);
    // agencies, region, parent, children, officers page + count, agency, region, instruments page + count, articles, instrument
    expect(large.statements).toBeLessThanOrEqual(12);
  });
});

describe("SQL statements for the power list", () => {
  it("stay the same for powers with their overlaps, bases and history over 3 and over 30 powers, and for the lines of 2 and of many of the overlap events they made", async () => {
    await make.matter("FOOD", { name: "食品" });
    await make.matter("FOOD.STREET_STALL", { name: "摊贩" });
    const instrument = (await make.instrument("食品安全法", ["36"])).id;
    const declare = async (i: number) => {
      const agency = await make.agency(`PW${String(i).padStart(2, "0")}`);
      await make.power(agency.id, `CF-${i}`, { matterCodes: [i % 2 ? "FOOD" : "FOOD.STREET_STALL"], legalBases: [{ instrumentId: instrument, articleNumber: "36" }] });
    };
    const count = async () => {
      const { statements, data } = await counted<{ powers: { nodes: { overlaps: unknown[] }[] } }>(NestedPowers);
      return { statements, powers: data.powers.nodes.length, overlaps: data.powers.nodes.reduce((n, p) => n + p.overlaps.length, 0) };
    };
    for (let i = 0; i < 3; i++) await declare(i);
    const small = await count();
    for (let i = 3; i < 30; i++) await declare(i);
    const large = await count();
    expect(small.powers).toBe(3);
    expect(large.powers).toBe(30);
    expect(large.overlaps).toBeGreaterThan(small.overlaps);
    expect(large.statements).toBe(small.statements);
    console.log(`nested power query: ${large.statements} SQL statements for 3 and for 30 powers (${large.overlaps} overlap links)`);

    // The overlaps those powers opened: their event lines name agencies and matters.
    const lines = async (first: number) => {
      const { statements, data } = await counted<{ events: { nodes: { text: string }[] } }>(OverlapLines, { first });
      return { statements, texts: data.events.nodes.map((e) => e.text) };
    };
    const few = await lines(2);
    const many = await lines(100);
    expect(few.texts).toHaveLength(2);
    expect(many.texts.length).toBeGreaterThan(20);
    expect(many.texts.every((text) => /发现职权交叉（.+与.+，(食品|摊贩)）$/.test(text))).toBe(true);
    expect(many.statements).toBe(few.statements);
    console.log(`overlap event lines: ${many.statements} SQL statements for 2 and for ${many.texts.length} events`);
  });
});

describe("SQL statements for checking an import's references", () => {
  it("stay the same whether the rows name 2 or 12 agencies", async () => {
    const sheet = (agencies: number) =>
      ["事项编码,事项名称,权力类型,实施主体,设定依据,监管事项,适用区域"]
        .concat(Array.from({ length: 12 }, (_, i) => `REF-${i},检查 ${i},行政检查,NOAG${i % agencies},,NO.SUCH.MATTER,${COUNTY}`))
        .join("\n");
    const run = async (agencies: number) => {
      const { statements, data } = await counted<{ importPowers: { rows: number; failed: number; rejected: boolean } }>(ImportPowers, { csv: sheet(agencies) });
      expect(data.importPowers).toEqual({ rows: 12, failed: 12, rejected: true });
      return statements;
    };
    const few = await run(2);
    const many = await run(12);
    expect(many).toBe(few);
  });
});
