import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { Role } from "../src/platform/auth/actor.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { seedSampleData } from "../src/sample/seed.js";
import { addCalendarDays } from "../src/modules/cases/statutory-clock.js";
import { TEST_SECRET, startTestHub, type TestHub } from "./support/hub.js";

const Overview = graphql(`
  query SampleOverview {
    regions { code level }
    agencies { code kind }
    matters { code }
    legalInstruments(first: 100) { totalCount nodes { title articleCount } }
    officers(first: 100, includeInactive: true) { totalCount nodes { role certificateNumber today: certifiedOn(date: "2026-11-26") } }
    verifyAuditTrail { intact checkedEntries }
  }
`);

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
  await seedSampleData(t.hub.services);
});
afterAll(() => t?.stop());

describe("the sample county", () => {
  it("loads through the services' own validation and gives a realistic county", async () => {
    const { data, errors } = await t.gql(Overview, {});
    expect(errors).toBeUndefined();
    expect(data!.regions.filter((r) => r.level === "COUNTY")).toEqual([{ code: "320322", level: "COUNTY" }]);
    expect(data!.regions.filter((r) => r.level === "TOWN" || r.level === "SUBDISTRICT").length).toBeGreaterThanOrEqual(15);
    expect(data!.agencies.length).toBeGreaterThanOrEqual(25);
    expect(data!.agencies.map((a) => a.code)).toEqual(expect.arrayContaining(["GAJ", "SCJGJ", "CGJ", "STHJJ", "ZRZYJ", "SWJ", "SFJ"]));
    expect(data!.matters.length).toBeGreaterThanOrEqual(40);
    expect(data!.legalInstruments.totalCount).toBeGreaterThanOrEqual(12);
    expect(data!.legalInstruments.nodes.every((i) => i.articleCount > 0)).toBe(true);
  });

  it("has auxiliary staff and some expired certificates, as a real roster does", async () => {
    const { data } = await t.gql(Overview, {});
    const officers = data!.officers.nodes;
    expect(data!.officers.totalCount).toBeGreaterThan(60);
    expect(officers.some((o) => o.role === "AUXILIARY" && o.certificateNumber === null)).toBe(true);
    expect(officers.some((o) => o.certificateNumber !== null && !o.today)).toBe(true);
  });

  it("records every sample datum in the audit trail", async () => {
    const { data } = await t.gql(Overview, {});
    expect(data!.verifyAuditTrail.intact).toBe(true);
    expect(data!.verifyAuditTrail.checkedEntries).toBeGreaterThan(200);
  });
});

const History = graphql(`
  query SampleHistory($from: LocalDate!, $to: LocalDate!) {
    closed: cases(status: [CLOSED], first: 20) { totalCount nodes { number filedOn closedOn } }
    sampleCaseFiles(size: 3, perAgencyMax: 1, seed: "sample", closedFrom: $from, closedTo: $to) { available cases { number } }
    reviewSummary { agency { code } reviewed }
    meetings(status: [CLOSED], first: 5) { nodes { title openedAt closedAt decisions { kind decidedAt } tasks { status overdue } minutes } }
    operations(status: [COMPLETED], first: 5) { nodes { title startsAt reports { sitesInspected createdAt } summary { afterActionNote perAgency { agency { code } } } } }
  }
`);

const EventTimes = graphql(`query SampleEventTimes($after: String) { events(first: 500, after: $after) { nodes { cursor occurredAt } pageInfo { hasNextPage } } }`);

describe("the sample county's history", () => {
  it("has closed and reviewed cases, a closed meeting with decisions and minutes, and a finished operation, all dated in the past", async () => {
    const today = t.clock.today();
    const { data, errors } = await t.gql(History, { from: addCalendarDays(today, -120), to: today });
    expect(errors).toBeUndefined();
    expect(data!.closed.totalCount).toBe(3);
    expect(data!.closed.nodes.every((c) => c.filedOn! < c.closedOn! && c.closedOn! < today)).toBe(true);
    expect(data!.sampleCaseFiles.available).toBe(3);
    expect(data!.reviewSummary.reduce((n, r) => n + r.reviewed, 0)).toBe(2);

    const [meeting] = data!.meetings.nodes;
    expect(meeting.decisions.map((d) => d.kind)).toEqual(["JOINT_ENFORCEMENT", "DESIGNATE_LEAD"]);
    expect(meeting.closedAt! < `${today}`).toBe(true);
    expect(meeting.minutes).toContain("决定");
    expect(meeting.tasks.map((x) => [x.status, x.overdue]).sort()).toEqual([["DONE", false], ["OPEN", false], ["OPEN", true]]);

    const [operation] = data!.operations.nodes;
    expect(operation.reports.length).toBeGreaterThanOrEqual(2);
    expect(operation.summary.afterActionNote).toMatch(/完成/);
    expect(operation.reports.every((r) => r.createdAt.slice(0, 10) <= addCalendarDays(today, -29))).toBe(true);
  });

  it("records its history in the event log in the order it happened", async () => {
    const times: string[] = [];
    for (let after: string | undefined; ; ) {
      const page = (await t.gql(EventTimes, { after })).data!.events;
      times.push(...page.nodes.map((e) => e.occurredAt));
      if (!page.pageInfo.hasNextPage) break;
      after = page.nodes.at(-1)!.cursor;
    }
    expect(times.length).toBeGreaterThan(200);
    expect(times).toEqual([...times].sort());
  });
});

describe("npm run token", () => {
  it("prints a token alone on the last line that the hub accepts for the named agency", async () => {
    // Exactly what a user types. Run asynchronously: a synchronous child would block this process's
    // own hub past its keep-alive timeout, and the next request would meet a closed socket.
    const { stdout: output } = await promisify(execFile)("npm", ["run", "--silent", "token", "--", "--role", "AGENCY_OFFICER", "--agency", "SCJGJ"], {
      env: { ...process.env, HUB_JWT_SECRET: TEST_SECRET, DATABASE_URL: "" },
      encoding: "utf8",
    });
    const token = output.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const me = await t.gql(graphql(`query TokenMe { me { role agency { code } } }`), {}, { token });
    expect(me.data!.me).toEqual({ role: "AGENCY_OFFICER", agency: { code: "SCJGJ" } });
  }, 120_000);
});

const SampleOverlaps = graphql(`
  query SampleOverlaps($matterCode: String) {
    overlaps(matterCode: $matterCode, first: 100) { totalCount nodes { kind severity agencies { code } } }
    gaps: regulatoryGaps { matter { code } regions { code } }
    powers(first: 1) { totalCount }
  }
`);
const ImportPowers = graphql(`
  mutation ImportPowers($csv: String!, $partial: Boolean) {
    importPowers(csv: $csv, partial: $partial) { rows created updated unchanged failed rejected openedOverlaps problems { row column reason } }
  }
`);
const ImportedCount = graphql(`query ImportedCount($search: String) { powers(search: $search, first: 100) { totalCount } }`);

describe("the sample power list", () => {
  it("holds the overlaps a county argues about: street food stalls, river sand mining, livestock pollution", async () => {
    const agenciesOn = async (matterCode: string) => {
      const { data } = await t.gql(SampleOverlaps, { matterCode });
      return new Set(data!.overlaps.nodes.flatMap((o) => o.agencies.map((a) => a.code)));
    };
    expect([...(await agenciesOn("FOOD.STREET_STALL"))]).toEqual(expect.arrayContaining(["SCJGJ", "CGJ"]));
    expect([...(await agenciesOn("WATER.RIVER.SAND_MINING"))]).toEqual(expect.arrayContaining(["SWJ", "ZRZYJ", "GAJ"]));
    expect([...(await agenciesOn("ENVIRONMENT.LIVESTOCK_POLLUTION"))]).toEqual(expect.arrayContaining(["NYNCJ", "STHJJ"]));
    const { data } = await t.gql(SampleOverlaps, {});
    expect(data!.powers.totalCount).toBeGreaterThan(300);
    expect(data!.overlaps.nodes.some((o) => o.severity === "HIGH" && o.kind === "SAME_BASIS")).toBe(true);
  });

  it("leaves at least one regulatory gap", async () => {
    const { data } = await t.gql(SampleOverlaps, {});
    expect(data!.gaps.map((g) => g.matter.code)).toContain("SAFETY.MINING");
  });
});

describe("importing a power list", () => {
  const sample = readFileSync("test/fixtures/powers-sample.csv", "utf8");
  const bad = readFileSync("test/fixtures/powers-bad.csv", "utf8");

  it("reports every bad row with its row number, column and reason, and imports nothing", async () => {
    const stored = async () => (await t.gql(ImportedCount, { search: "320322-BAD-" })).data!.powers.totalCount;
    const before = await stored();
    const { data } = await t.gql(ImportPowers, { csv: bad });
    expect(data!.importPowers).toMatchObject({ rows: 6, created: 0, failed: 3, rejected: true });
    expect(data!.importPowers.problems).toEqual([
      { row: 3, column: "权力类型", reason: "“行政审批”不是权力类型（应填行政处罚、行政许可、行政检查等）" },
      { row: 5, column: "监管事项", reason: "监管事项编码 FOOD.NIGHT_MARKET 不在监管事项目录中" },
      { row: 6, column: "设定依据", reason: "行政处罚类权力至少要有一条设定依据（《法规名称》第N条）" },
    ]);
    expect(await stored()).toBe(before);
  });

  it("tells the officer in Chinese what to fix in each cell, with the value written there", async () => {
    const header = "事项编码,事项名称,权力类型,实施主体,设定依据,监管事项,适用区域,生效日期,失效日期";
    const row = (code: string, cells: Partial<Record<"agency" | "bases" | "matters" | "regions" | "from" | "until", string>> = {}) =>
      [
        code,
        "对占道经营食品摊贩的行政处罚",
        "行政处罚",
        cells.agency ?? "SCJGJ",
        cells.bases ?? "《中华人民共和国食品安全法》第36条",
        cells.matters ?? "FOOD.STREET_STALL",
        cells.regions ?? "320322",
        cells.from ?? "",
        cells.until ?? "",
      ].join(",");
    const csv = [
      header,
      row("320322-ZH-1"),
      row("320322-ZH-1"),
      row("320322-ZH-3", { from: "2026-13-01" }),
      row("320322-ZH-4", { bases: "《食品安全法》第36条" }),
      row("320322-ZH-5", { bases: "食品安全法36条" }),
      row("320322-ZH-6", { agency: "NOSUCH" }),
      row("320322-ZH-7", { regions: "999999" }),
      row("320322-ZH-8", { bases: "《中华人民共和国食品安全法》第999条" }),
      row("320322-ZH-9", { from: "2026-12-01", until: "2026-11-01" }),
    ].join("\n");
    const { data } = await t.gql(ImportPowers, { csv });
    expect(data!.importPowers).toMatchObject({ rows: 9, created: 0, failed: 8, rejected: true });
    expect(data!.importPowers.problems).toEqual([
      { row: 3, column: "事项编码", reason: "权力编码 320322-ZH-1 在文件中重复出现" },
      { row: 4, column: "生效日期", reason: "2026-13-01 不是日期（格式：YYYY-MM-DD）" },
      { row: 5, column: "设定依据", reason: "《食品安全法》不在法律法规目录中" },
      { row: 6, column: "设定依据", reason: "无法识别“食品安全法36条”，请写作《法规名称》第N条" },
      { row: 7, column: "实施主体", reason: "执法单位编码 NOSUCH 不在执法单位名录中" },
      { row: 8, column: "适用区域", reason: "区域编码 999999 不在行政区域名录中" },
      { row: 9, column: "设定依据", reason: "法律法规目录中没有《中华人民共和国食品安全法》第999条" },
      { row: 10, column: "失效日期", reason: "失效日期 2026-11-01 早于生效日期 2026-12-01" },
    ]);
  });

  it("imports the valid rows in partial mode", async () => {
    const { data } = await t.gql(ImportPowers, { csv: bad, partial: true });
    expect(data!.importPowers).toMatchObject({ created: 3, failed: 3, rejected: false });
    expect((await t.gql(ImportedCount, { search: "320322-BAD-" })).data!.powers.totalCount).toBe(3);
  });

  it("imports a published list, finds its overlaps, and changes nothing when the same file comes again", async () => {
    const first = (await t.gql(ImportPowers, { csv: sample })).data!.importPowers;
    expect(first).toMatchObject({ rows: 16, created: 16, updated: 0, failed: 0, rejected: false });
    expect(first.openedOverlaps).toBeGreaterThan(0);
    const again = (await t.gql(ImportPowers, { csv: sample })).data!.importPowers;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 16, openedOverlaps: 0 });
    const edited = sample.replace("对食品摊贩未取得登记卡从事食品经营的行政处罚", "对食品摊贩未取得登记卡从事食品经营的处罚");
    expect((await t.gql(ImportPowers, { csv: edited })).data!.importPowers).toMatchObject({ updated: 1, unchanged: 15 });
  });

  it("reads the same list from an XLSX workbook", async () => {
    const { parseXlsx, parseCsv } = await import("../src/modules/powers/power-sheet.js");
    const fromXlsx = await parseXlsx(readFileSync("test/fixtures/powers-sample.xlsx"));
    expect(fromXlsx.rows).toEqual(parseCsv(sample).rows);
  });

  it("lets an agency officer import its own agency's rows only", async () => {
    const officer = await t.token(Role.AGENCY_OFFICER, "CGJ");
    const { data } = await t.gql(ImportPowers, { csv: sample }, { token: officer });
    expect(data!.importPowers.rejected).toBe(true);
    expect(new Set(data!.importPowers.problems.map((p) => p.column))).toEqual(new Set(["实施主体"]));
  });
});
