import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";

const CreateMatter = graphql(`
  mutation CreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code name depth parent { code } } }
`);
const Matters = graphql(`
  query Matters($under: String) { matters(under: $under) { code depth children { code } } }
`);
const CreateInstrument = graphql(`
  mutation CreateInstrument($input: CreateLegalInstrumentInput!) {
    createLegalInstrument(input: $input) { id title level status version articleCount articles { number label text instrument { title } } }
  }
`);
const Repeal = graphql(`
  mutation Repeal($input: RepealLegalInstrumentInput!) { repealLegalInstrument(input: $input) { instrument { status repealedOn repealNote version } affectedPowers { code } } }
`);
const Instruments = graphql(`
  query Instruments($level: LegalLevel, $status: LegalStatus, $search: String) {
    legalInstruments(level: $level, status: $status, search: $search) { totalCount nodes { title status } }
  }
`);

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  await make.agency("SCJGJ");
});
afterAll(() => t?.stop());

describe("the matter taxonomy", () => {
  it("builds a tree from dotted codes, a parent before its children", async () => {
    for (const [code, name] of [["FOOD", "食品"], ["FOOD.STREET_STALL", "占道食品摊贩"], ["FOOD.CATERING", "餐饮服务"], ["URBAN", "城市管理"]]) {
      const result = await t.gql(CreateMatter, { input: { code, name } });
      expect(result.errors).toBeUndefined();
    }
    const food = await t.gql(Matters, { under: "FOOD" });
    expect(food.data!.matters).toEqual([
      { code: "FOOD", depth: 1, children: [{ code: "FOOD.CATERING" }, { code: "FOOD.STREET_STALL" }] },
      { code: "FOOD.CATERING", depth: 2, children: [] },
      { code: "FOOD.STREET_STALL", depth: 2, children: [] },
    ]);
  });

  it("refuses a matter whose parent does not exist, a malformed code and a duplicate", async () => {
    const orphan = await t.gql(CreateMatter, { input: { code: "WATER.RIVER", name: "河道" } });
    expect(orphan.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "code", message: expect.stringContaining("WATER") }] });
    const malformed = await t.gql(CreateMatter, { input: { code: "food.stall", name: "x" } });
    expect(errorCodes(malformed)).toEqual(["BAD_USER_INPUT"]);
    expect((await t.gql(CreateMatter, { input: { code: "SAFETY", name: "安全生产" } })).errors).toBeUndefined();
    const duplicate = await t.gql(CreateMatter, { input: { code: "SAFETY", name: "again" } });
    expect(errorCodes(duplicate)).toEqual(["BAD_USER_INPUT"]);
    const codes = (await t.gql(Matters, {})).data!.matters.map((m) => m.code);
    expect(codes.filter((code) => ["WATER.RIVER", "food.stall", "FOOD.STALL"].includes(code))).toEqual([]);
    expect(codes.filter((code) => code === "SAFETY")).toHaveLength(1);
  });

  it("lets only the chair and admin extend the taxonomy", async () => {
    const officer = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
    const result = await t.gql(CreateMatter, { input: { code: "CULTURE", name: "文化" } }, { token: officer });
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
  });
});

describe("the legal catalogue", () => {
  const apl = {
    title: "中华人民共和国行政处罚法",
    level: "LAW" as const,
    issuer: "全国人民代表大会常务委员会",
    documentNumber: "主席令第七十号",
    effectiveDate: "2021-07-15",
    articles: [
      { number: "25", text: "两个以上行政机关都有管辖权的，由最先立案的行政机关管辖。" },
      { number: "42", text: "行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人。" },
    ],
  };

  it("stores an instrument with its articles in order and cites them in Chinese", async () => {
    const result = await t.gql(CreateInstrument, { input: apl });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createLegalInstrument).toMatchObject({
      status: "IN_FORCE",
      articleCount: 2,
      articles: [
        { number: "25", label: "第25条", instrument: { title: apl.title } },
        { number: "42", label: "第42条" },
      ],
    });
  });

  it("refuses duplicate article numbers with the offending index, and writes nothing", async () => {
    const result = await t.gql(CreateInstrument, {
      input: { ...apl, title: "重复条文", articles: [{ number: "1", text: "a" }, { number: "1", text: "b" }] },
    });
    expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "articles.1.number", message: expect.any(String) }] });
    expect((await t.gql(Instruments, { search: "重复条文" })).data!.legalInstruments.totalCount).toBe(0);
  });

  it("repeals an instrument once; a second repeal is an invalid transition", async () => {
    const created = await t.gql(CreateInstrument, { input: { ...apl, title: "沛县某旧办法", level: "NORMATIVE_DOCUMENT", effectiveDate: "2015-01-01", articles: [] } });
    const id = created.data!.createLegalInstrument.id;
    const repealed = await t.gql(Repeal, { input: { id, repealedOn: "2026-03-01", note: "被新办法取代" } });
    expect(repealed.data!.repealLegalInstrument).toMatchObject({ instrument: { status: "REPEALED", repealedOn: "2026-03-01", version: 2 }, affectedPowers: [] });
    const again = await t.gql(Repeal, { input: { id, repealedOn: "2026-04-01" } });
    expect(errorCodes(again)).toEqual(["INVALID_TRANSITION"]);
    const titles = async (status: "IN_FORCE" | "REPEALED") => (await t.gql(Instruments, { status })).data!.legalInstruments.nodes.map((n) => n.title);
    expect(await titles("IN_FORCE")).not.toContain("沛县某旧办法");
    expect(await titles("REPEALED")).toEqual(["沛县某旧办法"]);
  });

  it("refuses a date that is not a calendar date", async () => {
    const result = await t.gql(CreateInstrument, { input: { ...apl, title: "坏日期", effectiveDate: "2026-02-30" } });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
  });
});
