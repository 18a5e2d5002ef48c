import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, factories } from "./support/factories.js";

const Matrix = graphql(`
  query SeverityMatrix { overlapMatrix { agencies { code name } counts pairs { a { code name } b { code } high medium low total } } }
`);
const Declare = graphql(`mutation MatrixDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { severity } } }`);
const Matter = graphql(`mutation MatrixMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`mutation MatrixInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }`);

let t: TestHub;
const agency: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  // Created out of code order: the matrix must not depend on creation order or ids.
  for (const code of ["ZRZYJ", "SCJGJ", "CGJ"]) agency[code] = (await make.agency(code, { name: `沛县${code}` })).id;
  for (const code of ["FOOD", "FOOD.STREET_STALL"]) await t.gql(Matter, { input: { code, name: code } });
  const articles = ["1", "2", "3", "4", "5", "6", "7"].map((number) => ({ number, text: `第${number}条` }));
  const law = (await t.gql(Instrument, { input: { title: "食品安全条例", level: "LOCAL_REGULATION", issuer: "省人大", effectiveDate: "2021-01-01", articles } })).data!.createLegalInstrument.id;
  let article = 0;
  const declare = async (code: string, category: "PENALTY" | "INSPECTION" | "CONFIRMATION", matter: string) => {
    const result = await t.gql(Declare, {
      input: { agencyId: agency[code], code: `${code}-${category}-${matter}`, name: "职权", category, matterCodes: [matter], regionCodes: [COUNTY], legalBases: [{ instrumentId: law, articleNumber: String(++article) }] },
    });
    expect(result.errors).toBeUndefined();
  };
  await declare("SCJGJ", "PENALTY", "FOOD.STREET_STALL");
  await declare("CGJ", "PENALTY", "FOOD.STREET_STALL"); // same matter: HIGH with SCJGJ
  await declare("CGJ", "PENALTY", "FOOD"); // nested over SCJGJ's stall power: MEDIUM
  await declare("SCJGJ", "CONFIRMATION", "FOOD");
  await declare("CGJ", "CONFIRMATION", "FOOD"); // LOW with SCJGJ
  await declare("SCJGJ", "INSPECTION", "FOOD.STREET_STALL");
  await declare("ZRZYJ", "INSPECTION", "FOOD.STREET_STALL"); // MEDIUM with SCJGJ
});
afterAll(() => t?.stop());

describe("the overlap matrix", () => {
  it("lists agencies by code with their names, and counts each pair's overlaps by severity in matrix order", async () => {
    const result = await t.gql(Matrix, {});
    expect(result.errors).toBeUndefined();
    const m = result.data!.overlapMatrix;
    expect(m.agencies).toEqual([{ code: "CGJ", name: "沛县CGJ" }, { code: "SCJGJ", name: "沛县SCJGJ" }, { code: "ZRZYJ", name: "沛县ZRZYJ" }]);
    expect(m.pairs).toEqual([
      { a: { code: "CGJ", name: "沛县CGJ" }, b: { code: "SCJGJ" }, high: 1, medium: 1, low: 1, total: 3 },
      { a: { code: "SCJGJ", name: "沛县SCJGJ" }, b: { code: "ZRZYJ" }, high: 0, medium: 1, low: 0, total: 1 },
    ]);
    expect(m.counts).toEqual([
      [0, 3, 0],
      [3, 0, 1],
      [0, 1, 0],
    ]);
  });

  it("reads the same twice", async () => {
    expect((await t.gql(Matrix, {})).data).toEqual((await t.gql(Matrix, {})).data);
  });
});
