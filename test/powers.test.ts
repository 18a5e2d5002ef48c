import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";
import { subscribe } from "./support/subscriptions.js";

const Declare = graphql(`
  mutation DeclarePower($input: DeclarePowerInput!) {
    declarePower(input: $input) {
      power { id code version status agency { code } matters { code } regions { code } legalBases { article { label } instrument { title } } }
      openedOverlaps { id kind severity status matterCodes regionCodes agencies { code } powers { code } sharedArticles { label } }
      closedOverlaps { id }
    }
  }
`);
const Amend = graphql(`
  mutation AmendPower($input: AmendPowerInput!) {
    amendPower(input: $input) {
      power { id version matterCodes }
      openedOverlaps { id kind }
      closedOverlaps { id status statusReason }
    }
  }
`);
const Withdraw = graphql(`
  mutation WithdrawPower($input: WithdrawPowerInput!) {
    withdrawPower(input: $input) { power { status version } closedOverlaps { id status statusReason } }
  }
`);
const Overlaps = graphql(`
  query Overlaps($agencyId: ID, $status: [OverlapStatus!], $matterCode: String, $severity: OverlapSeverity) {
    overlaps(agencyId: $agencyId, status: $status, matterCode: $matterCode, severity: $severity, first: 100) {
      totalCount
      nodes { id key kind severity status statusReason powers { code } }
    }
  }
`);
const Rescan = graphql(`mutation Rescan { rescanOverlaps { powersScanned openedOverlaps { id } closedOverlaps { id } } }`);
const Jurisdiction = graphql(`
  query Jurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate) {
    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at) { disputed gap agencies { code } powers { code } }
  }
`);
const Gaps = graphql(`
  query Gaps { regulatoryGaps { matter { code } regions { code } } }
`);
const PowersAsOf = graphql(`
  query PowersAsOf($asOf: LocalDate, $matterCode: String, $regionCode: String, $agencyId: ID) {
    powers(asOf: $asOf, matterCode: $matterCode, regionCode: $regionCode, agencyId: $agencyId, first: 100) {
      totalCount
      nodes { code version matterCodes history { version matterCodes } }
    }
  }
`);
const Matrix = graphql(`query Matrix { overlapMatrix { agencies { code } counts } }`);
const Usage = graphql(`query Usage { powerUsage(from: "2026-01-01", to: "2026-12-31") { county { activeItems usedItems ratio } agencies { agency { code } activeItems } } }`);
const Catalogue = graphql(`
  query Catalogue($agencyId: ID!) {
    legalCatalogue(agencyId: $agencyId) { agency { code } levels { level instruments { instrument { title } articles { article { number } powers { code } } } } }
    staleLegalBases { power { code } instrument { title } }
  }
`);
const Repeal = graphql(`
  mutation RepealInstrument($input: RepealLegalInstrumentInput!) {
    repealLegalInstrument(input: $input) { instrument { status } affectedPowers { code } affectedAgencies { code } openOverlaps { id } }
  }
`);
const CreateMatter = graphql(`mutation PowerCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const CreateInstrument = graphql(`
  mutation PowerCreateInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }
`);
const CreateRegion = graphql(`mutation PowerCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }`);
const Feed = graphql(`subscription PowerFeed($after: String) { agencyFeed(after: $after) { type topic } }`);
const Head = graphql(`query PowerHead { events(first: 500) { nodes { cursor } } }`);

let t: TestHub;
let make: ReturnType<typeof factories>;
const ids: Record<string, string> = {};
let foodLaw: string;
let localRule: string;

const TOWN2 = "320322102";

beforeAll(async () => {
  t = await startTestHub();
  make = factories(t);
  await make.county();
  await t.gql(CreateRegion, { input: { code: TOWN2, name: "杨屯镇", level: "TOWN", parentCode: COUNTY } });
  for (const code of ["SCJGJ", "CGJ", "SWJ", "ZRZYJ"]) ids[code] = (await make.agency(code)).id;
  for (const code of ["FOOD", "FOOD.STREET_STALL", "FOOD.CATERING", "WATER", "WATER.RIVER", "WATER.RIVER.SAND_MINING", "CULTURE"]) {
    await t.gql(CreateMatter, { input: { code, name: code } });
  }
  foodLaw = (await t.gql(CreateInstrument, {
    input: { title: "中华人民共和国食品安全法", level: "LAW", issuer: "全国人大常委会", effectiveDate: "2021-04-29", articles: [{ number: "36", text: "食品摊贩……" }, { number: "122", text: "未取得许可……" }] },
  })).data!.createLegalInstrument.id;
  localRule = (await t.gql(CreateInstrument, {
    input: { title: "沛县占道经营管理办法", level: "NORMATIVE_DOCUMENT", issuer: "沛县人民政府", effectiveDate: "2020-01-01", articles: [{ number: "10", text: "占道经营……" }] },
  })).data!.createLegalInstrument.id;
});
afterAll(() => t?.stop());

const stall = (agency: string, code: string, extra: Record<string, unknown> = {}) => ({
  agencyId: ids[agency],
  code,
  name: `对占道经营食品摊贩的行政处罚 (${agency})`,
  category: "PENALTY" as const,
  matterCodes: ["FOOD.STREET_STALL"],
  regionCodes: [COUNTY],
  legalBases: [{ instrumentId: foodLaw, articleNumber: "36" }],
  ...extra,
});

describe("the power library", () => {
  it("declares powers, finds their overlaps and keeps them stable, answers jurisdiction and gaps, and follows law changes, each step building on the one before", async () => {
    // Lets an agency officer declare its own power, which cites its articles.
    {
      const officer = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
      const result = await t.gql(Declare, { input: stall("SCJGJ", "CF-SCJGJ-1") }, { token: officer });
      expect(result.errors).toBeUndefined();
      expect(result.data!.declarePower.power).toMatchObject({
        code: "CF-SCJGJ-1",
        version: 1,
        status: "ACTIVE",
        agency: { code: "SCJGJ" },
        legalBases: [{ article: { label: "第36条" }, instrument: { title: "中华人民共和国食品安全法" } }],
      });
      expect(result.data!.declarePower.openedOverlaps).toEqual([]);
    }
    // Refuses a power declared for another agency.
    {
      const officer = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
      const result = await t.gql(Declare, { input: stall("CGJ", "CF-CGJ-X") }, { token: officer });
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    }
    // Refuses unknown references, a penalty without basis and a backwards interval, naming every field, and writes nothing.
    {
      const result = await t.gql(Declare, {
        input: stall("CGJ", "CF-CGJ-BAD", {
          matterCodes: ["FOOD.NOPE"],
          regionCodes: ["999999"],
          legalBases: [],
          validFrom: "2026-06-01",
          validUntil: "2026-05-01",
        }),
      });
      expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      const paths = (result.errors![0].extensions!.fields as { path: string }[]).map((f) => f.path).sort();
      expect(paths).toEqual(["legalBases", "matterCodes.0", "regionCodes.0", "validUntil"]);
      // The API speaks to client developers: English messages, and only path and message (the import's Chinese stays in its report).
      expect(result.errors![0].extensions!.fields).toContainEqual({ path: "matterCodes.0", message: "no matter has code FOOD.NOPE" });
      const wrongArticle = await t.gql(Declare, { input: stall("CGJ", "CF-CGJ-BAD", { legalBases: [{ instrumentId: foodLaw, articleNumber: "999" }] }) });
      expect(wrongArticle.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: "legalBases.0.articleNumber" })]);
      expect((await t.gql(PowersAsOf, { agencyId: ids.CGJ })).data!.powers.totalCount).toBe(0);
    }
    // Opens a HIGH same-basis overlap when a second agency declares a penalty on the same article.
    {
      const result = await t.gql(Declare, { input: stall("CGJ", "CF-CGJ-1") });
      const [overlap] = result.data!.declarePower.openedOverlaps;
      expect(result.data!.declarePower.openedOverlaps).toHaveLength(1);
      expect(overlap).toMatchObject({ kind: "SAME_BASIS", severity: "HIGH", status: "OPEN", matterCodes: ["FOOD.STREET_STALL"], regionCodes: [COUNTY], sharedArticles: [{ label: "第36条" }] });
      expect(overlap.agencies.map((a) => a.code).sort()).toEqual(["CGJ", "SCJGJ"]);
    }
    // Finds a nested-matter overlap and a nested-region one, and none between sibling towns.
    {
      const water = await t.gql(Declare, {
        input: { agencyId: ids.SWJ, code: "CF-SWJ-1", name: "河道采砂处罚", category: "PENALTY", matterCodes: ["WATER.RIVER"], regionCodes: [COUNTY], legalBases: [{ instrumentId: localRule, articleNumber: "10" }] },
      });
      expect(water.data!.declarePower.openedOverlaps).toEqual([]);
      const land = await t.gql(Declare, {
        input: { agencyId: ids.ZRZYJ, code: "CF-ZRZYJ-1", name: "非法采砂处罚", category: "PENALTY", matterCodes: ["WATER.RIVER.SAND_MINING"], regionCodes: [TOWN], legalBases: [{ instrumentId: foodLaw, articleNumber: "122" }] },
      });
      expect(land.data!.declarePower.openedOverlaps).toMatchObject([{ kind: "NESTED_MATTER", severity: "MEDIUM", matterCodes: ["WATER.RIVER.SAND_MINING"], regionCodes: [TOWN] }]);

      const sibling = await t.gql(Declare, {
        input: { agencyId: ids.SCJGJ, code: "JC-SCJGJ-T2", name: "巡查", category: "INSPECTION", matterCodes: ["CULTURE"], regionCodes: [TOWN2] },
      });
      const other = await t.gql(Declare, {
        input: { agencyId: ids.CGJ, code: "JC-CGJ-T1", name: "巡查", category: "INSPECTION", matterCodes: ["CULTURE"], regionCodes: [TOWN] },
      });
      expect(sibling.data!.declarePower.openedOverlaps).toEqual([]);
      expect(other.data!.declarePower.openedOverlaps).toEqual([]);
    }
    // Finds no overlap between powers whose validity intervals do not meet.
    {
      await t.gql(Declare, { input: stall("SWJ", "CF-SWJ-OLD", { validUntil: "2019-12-31", legalBases: [{ instrumentId: localRule, articleNumber: "10" }], matterCodes: ["CULTURE"] }) });
      const later = await t.gql(Declare, { input: stall("ZRZYJ", "CF-ZRZYJ-NEW", { validFrom: "2020-01-01", legalBases: [{ instrumentId: localRule, articleNumber: "10" }], matterCodes: ["CULTURE"] }) });
      expect(later.data!.declarePower.openedOverlaps).toEqual([]);
    }
    // Keeps a stable identity: a rescan neither duplicates nor reopens, and a resolved overlap stays resolved.
    {
      const before = (await t.gql(Overlaps, { status: ["OPEN", "UNDER_REVIEW", "RESOLVED", "OBSOLETE"] })).data!.overlaps.nodes;
      expect(before.length).toBe(2);
      // A joint meeting's decision resolves it (meetings arrive with their own issue; here the record is set directly).
      const stallOverlap = before.find((o) => o.kind === "SAME_BASIS")!;
      await t.hub.db.dataSource.query(`UPDATE overlap SET status = 'RESOLVED', status_reason = 'decided' WHERE id = $1`, [stallOverlap.id]);
      const rescan = await t.gql(Rescan, {});
      expect(rescan.data!.rescanOverlaps).toMatchObject({ openedOverlaps: [], closedOverlaps: [] });
      const after = (await t.gql(Overlaps, { status: ["OPEN", "UNDER_REVIEW", "RESOLVED", "OBSOLETE"] })).data!.overlaps.nodes;
      expect(after.map((o) => [o.key, o.status]).sort()).toEqual(before.map((o) => [o.key, o.id === stallOverlap.id ? "RESOLVED" : o.status]).sort());
    }
    // Makes an overlap obsolete, with the reason, when an amendment removes its cause.
    {
      const land = (await t.gql(PowersAsOf, { agencyId: ids.ZRZYJ, matterCode: "WATER" })).data!.powers.nodes[0];
      const { data: power } = await t.gql(graphql(`query PowerByCode($search: String) { powers(search: $search) { nodes { id version } } }`), { search: "CF-ZRZYJ-1" });
      const amended = await t.gql(Amend, { input: { id: power!.powers.nodes[0].id, expectedVersion: 1, matterCodes: ["CULTURE"] } });
      expect(amended.data!.amendPower.power).toMatchObject({ version: 2, matterCodes: ["CULTURE"] });
      expect(amended.data!.amendPower.closedOverlaps).toMatchObject([{ status: "OBSOLETE", statusReason: expect.stringContaining("CF-ZRZYJ-1") }]);
      expect(land.version).toBe(1);
      const stale = await t.gql(Amend, { input: { id: power!.powers.nodes[0].id, expectedVersion: 1, name: "again" } });
      expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    }
    // Answers a past day with the powers as they stood then (asOf), and keeps the history.
    {
      const today = await t.gql(PowersAsOf, { agencyId: ids.ZRZYJ });
      const amended = today.data!.powers.nodes.find((n) => n.code === "CF-ZRZYJ-1")!;
      expect(amended.history.map((h) => [h.version, h.matterCodes])).toEqual([[1, ["WATER.RIVER.SAND_MINING"]], [2, ["CULTURE"]]]);
      const lastYear = await t.gql(PowersAsOf, { asOf: "2025-01-01" });
      expect(lastYear.data!.powers.totalCount).toBe(0); // nothing was recorded before today
      const pastValidity = await t.gql(PowersAsOf, { asOf: "2099-01-01" });
      expect(pastValidity.data!.powers.nodes.map((n) => n.code)).not.toContain("CF-SWJ-OLD");
    }
    // Makes the overlaps of a withdrawn power obsolete and shows agencies only their own overlaps.
    {
      const mine = await t.gql(Overlaps, { status: ["RESOLVED"] }, { token: await t.token(Role.AGENCY_OFFICER, "SWJ") });
      expect(mine.data!.overlaps.totalCount).toBe(0);
      const theirs = await t.gql(Overlaps, { status: ["RESOLVED"] }, { token: await t.token(Role.AGENCY_OFFICER, "CGJ") });
      expect(theirs.data!.overlaps.totalCount).toBe(1);

      const cgj = (await t.gql(PowersAsOf, { agencyId: ids.CGJ, matterCode: "FOOD" })).data!.powers.nodes[0];
      const { data } = await t.gql(graphql(`query PowerId($search: String) { powers(search: $search) { nodes { id } } }`), { search: cgj.code });
      const withdrawn = await t.gql(Withdraw, { input: { id: data!.powers.nodes[0].id, reason: "职责划转" } });
      expect(withdrawn.data!.withdrawPower).toMatchObject({ power: { status: "WITHDRAWN" }, closedOverlaps: [{ status: "OBSOLETE", statusReason: expect.stringContaining("职责划转") }] });
      const again = await t.gql(Withdraw, { input: { id: data!.powers.nodes[0].id, reason: "again" } });
      expect(errorCodes(again)).toEqual(["INVALID_TRANSITION"]);
    }
    // Names the one agency that covers a matter in a town, through parent matter and county region.
    {
      const result = await t.gql(Jurisdiction, { matterCode: "WATER.RIVER.SAND_MINING", regionCode: TOWN });
      expect(result.data!.jurisdiction).toEqual({ disputed: false, gap: false, agencies: [{ code: "SWJ" }], powers: [{ code: "CF-SWJ-1" }] });
    }
    // Says disputed when two agencies cover it, and gap when none does.
    {
      await t.gql(Declare, { input: stall("CGJ", "CF-CGJ-2") });
      const disputed = await t.gql(Jurisdiction, { matterCode: "FOOD.STREET_STALL", regionCode: TOWN });
      expect(disputed.data!.jurisdiction).toMatchObject({ disputed: true, gap: false });
      expect(disputed.data!.jurisdiction.agencies.map((a) => a.code).sort()).toEqual(["CGJ", "SCJGJ"]);
      const gap = await t.gql(Jurisdiction, { matterCode: "FOOD.CATERING", regionCode: TOWN });
      expect(gap.data!.jurisdiction).toEqual({ disputed: false, gap: true, agencies: [], powers: [] });
    }
    // Lists every leaf matter and town with no penalty power.
    {
      const gaps = (await t.gql(Gaps, {})).data!.regulatoryGaps;
      const byMatter = Object.fromEntries(gaps.map((g) => [g.matter.code, g.regions.map((r) => r.code).sort()]));
      expect(byMatter["FOOD.CATERING"]).toEqual([TOWN, TOWN2]);
      expect(byMatter["FOOD.STREET_STALL"]).toBeUndefined();
      expect(byMatter["WATER.RIVER.SAND_MINING"]).toBeUndefined();
    }
    // Counts overlaps per pair of agencies and active items per agency.
    {
      const matrix = (await t.gql(Matrix, {})).data!.overlapMatrix;
      const at = (code: string) => matrix.agencies.findIndex((a) => a.code === code);
      // Live now: CGJ's second stall power against SCJGJ's, and ZRZYJ's amended power against SWJ's expired one.
      expect(matrix.agencies.map((a) => a.code).sort()).toEqual(["CGJ", "SCJGJ", "SWJ", "ZRZYJ"]);
      expect(matrix.counts[at("CGJ")][at("SCJGJ")]).toBe(1);
      expect(matrix.counts[at("SCJGJ")][at("CGJ")]).toBe(1);
      expect(matrix.counts[at("SWJ")][at("ZRZYJ")]).toBe(1);
      expect(matrix.counts[at("CGJ")][at("SWJ")]).toBe(0);
      const usage = (await t.gql(Usage, {})).data!.powerUsage;
      expect(usage.county.usedItems).toBe(0);
      // Active today: CGJ's second stall power and its inspection, SCJGJ's penalty and inspection, SWJ's river
      // penalty (its old one expired in 2019), ZRZYJ's amended power and its new one.
      expect(usage.agencies.map((a) => [a.agency?.code, a.activeItems]).sort()).toEqual([["CGJ", 2], ["SCJGJ", 2], ["SWJ", 1], ["ZRZYJ", 2]]);
      expect(usage.county.activeItems).toBe(7);
    }
    // Lists an agency's legal catalogue by level, and what a repeal leaves without a basis.
    {
      const catalogue = (await t.gql(Catalogue, { agencyId: ids.SCJGJ })).data!;
      expect(catalogue.legalCatalogue.levels.map((l) => l.level)).toEqual(["LAW"]);
      expect(catalogue.legalCatalogue.levels[0].instruments[0].articles).toEqual([{ article: { number: "36" }, powers: [{ code: "CF-SCJGJ-1" }] }]);
      expect(catalogue.staleLegalBases).toEqual([]);
    }
    // Tells the affected agencies through their feeds when an instrument they rest on is repealed.
    {
      const head = (await t.gql(Head, {})).data!.events.nodes.at(-1)!.cursor;
      const feed = subscribe(t.url, await t.token(Role.AGENCY_OFFICER, "SWJ"), Feed, { after: head });
      const result = await t.gql(Repeal, { input: { id: localRule, repealedOn: "2026-10-01", note: "被新办法取代" } });
      expect(result.data!.repealLegalInstrument).toMatchObject({ instrument: { status: "REPEALED" }, affectedAgencies: expect.arrayContaining([{ code: "SWJ" }]) });
      expect(result.data!.repealLegalInstrument.affectedPowers.map((p) => p.code)).toContain("CF-SWJ-1");
      const [event] = await feed.waitFor(1);
      expect(event.agencyFeed).toEqual({ type: "LegalInstrumentRepealed", topic: "LEGAL" });
      await feed.dispose();
      const stale = (await t.gql(Catalogue, { agencyId: ids.SWJ })).data!.staleLegalBases;
      expect(stale.map((s) => s.power.code)).toContain("CF-SWJ-1");
      const refused = await t.gql(Declare, { input: stall("SWJ", "CF-SWJ-9", { legalBases: [{ instrumentId: localRule, articleNumber: "10" }] }) });
      expect(refused.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: "legalBases.0.instrumentId", message: expect.stringContaining("repealed") })]);
    }
  });
});
