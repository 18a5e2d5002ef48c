import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, factories } from "./support/factories.js";

/**
 * A county-sized import in one transaction: thousands of powers and more than ten thousand
 * overlaps, each with its event, written by one mutation. Every statement must stay within the
 * PostgreSQL protocol's 65,535 parameters, on PostgreSQL and on embedded PGlite alike.
 */
const ImportPowers = graphql(`
  mutation LargeImportPowers($csv: String!) {
    importPowers(csv: $csv) { rows created failed rejected openedOverlaps problems { row column reason } }
  }
`);
const Counts = graphql(`
  query LargeImportCounts {
    powers(first: 1) { totalCount }
    overlaps(first: 1) { totalCount }
    imported: events(first: 1, types: ["PowersImported"]) { nodes { cursor } }
  }
`);
const CreateRegion = graphql(`mutation LargeImportRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }`);
const CreateMatter = graphql(`mutation LargeImportMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const CreateInstrument = graphql(`
  mutation LargeImportInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }
`);

// 8 agencies × 15 towns × 25 matters = 3,000 penalty powers. In each town and matter all eight
// agencies cite the same article: C(8, 2) = 28 overlaps per cell, 375 cells, 10,500 overlaps.
const AGENCIES = ["SCJGJ", "CGJ", "SWJ", "ZRZYJ", "GAJ", "STHJJ", "NYNCJ", "WGLJ"];
const TOWNS = Array.from({ length: 15 }, (_, i) => `320322${String(101 + i)}`);
const MATTERS = Array.from({ length: 25 }, (_, i) => `BULK${String(i + 1).padStart(2, "0")}`);
const LAW = "沛县市容和环境卫生管理办法";

function powerList(): string {
  const lines = ["事项编码,事项名称,权力类型,实施主体,设定依据,监管事项,适用区域"];
  for (const town of TOWNS) {
    for (const matter of MATTERS) {
      for (const agency of AGENCIES) {
        lines.push(`${town}-CF-${agency}-${matter},对${matter}违法行为的行政处罚,行政处罚,${agency},《${LAW}》第12条,${matter},${town}`);
      }
    }
  }
  return lines.join("\n");
}

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  for (const code of TOWNS.slice(1)) await t.gql(CreateRegion, { input: { code, name: `镇${code.slice(-3)}`, level: "TOWN", parentCode: COUNTY } });
  for (const code of AGENCIES) await make.agency(code);
  for (const code of MATTERS) await t.gql(CreateMatter, { input: { code, name: `事项${code}` } });
  const law = await t.gql(CreateInstrument, {
    input: { title: LAW, level: "NORMATIVE_DOCUMENT", issuer: "沛县人民政府", effectiveDate: "2020-01-01", articles: [{ number: "12", text: "……" }] },
  });
  expect(law.errors).toBeUndefined();
});
afterAll(() => t?.stop());

describe("a county-sized import", () => {
  it("writes 3,000 powers and more than 10,000 overlaps, each with its event, in one transaction", async () => {
    const { data, errors } = await t.gql(ImportPowers, { csv: powerList() });
    expect(errors).toBeUndefined();
    expect(data!.importPowers).toMatchObject({ rows: 3000, created: 3000, failed: 0, rejected: false, problems: [] });
    expect(data!.importPowers.openedOverlaps).toBe(375 * 28);

    const counts = (await t.gql(Counts, {})).data!;
    expect(counts.powers.totalCount).toBe(3000);
    expect(counts.overlaps.totalCount).toBe(10_500);
    // One import, one transaction: a single PowersImported event closes it.
    expect(counts.imported.nodes).toHaveLength(1);
  }, 180_000);
});
