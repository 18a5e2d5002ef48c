import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, factories } from "./support/factories.js";

/**
 * Which powers an overlap joins is stored twice: overlap_power (foreign keys, the index that finds
 * "the overlaps of these powers") and overlap.power_ids (the ordered pair the API answers). These
 * tests hold the two to each other on every path that writes overlaps, and hold the foreign key.
 */
const PowersWithOverlaps = graphql(`
  query OverlapPowersOfPowers($search: String) {
    powers(search: $search, first: 10) {
      nodes {
        id code
        overlaps {
          id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version
          agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary
        }
      }
    }
  }
`);
const OneOverlap = graphql(`
  query OverlapPowersOne($id: ID!) {
    overlap(id: $id) {
      id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version
      agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary
    }
  }
`);
const ImportPowers = graphql(`mutation OverlapPowersImport($csv: String!) { importPowers(csv: $csv) { created openedOverlaps rejected } }`);
const Rescan = graphql(`mutation OverlapPowersRescan { rescanOverlaps { openedOverlaps { id } closedOverlaps { id } } }`);
const Withdraw = graphql(`mutation OverlapPowersWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id status } } }`);

let t: TestHub;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  t = await startTestHub();
  make = factories(t);
  await make.county();
  await make.matter("TRADE", { name: "经营" });
  await make.matter("TRADE.STALL", { name: "摊贩" });
});
afterAll(() => t?.stop());

/** Overlaps whose join rows are not their power_ids, in order; and the count of each. */
async function disagreements() {
  const db = t.hub.db.dataSource;
  const differ: { id: string }[] = await db.query(
    `SELECT o.id FROM overlap o
      WHERE o.power_ids IS DISTINCT FROM (SELECT array_agg(op.power_id ORDER BY op.position) FROM overlap_power op WHERE op.overlap_id = o.id)`,
  );
  const [{ overlaps, links }] = await db.query(`SELECT (SELECT count(*)::int FROM overlap) AS overlaps, (SELECT count(*)::int FROM overlap_power) AS links`);
  return { differ, overlaps: overlaps as number, links: links as number };
}

describe("the powers of an overlap", () => {
  it("agree between overlap_power and powerIds after declaring, importing, rescanning and withdrawing, and each power's overlaps are those that name it", async () => {
    const instrument = await make.instrument("摊贩管理办法", ["7"]);
    const basis = [{ instrumentId: instrument.id, articleNumber: "7" }];
    const agencies = await Promise.all(["OPA", "OPB", "OPC"].map((code) => make.agency(code)));
    for (const [i, agency] of agencies.entries()) {
      await make.power(agency.id, `OP-${i}`, { matterCodes: [i === 0 ? "TRADE" : "TRADE.STALL"], category: "INSPECTION", legalBases: basis, validFrom: "2026-01-01" });
    }
    const csv = ["事项编码,事项名称,权力类型,实施主体,设定依据,监管事项,适用区域", `OP-IMP,摊贩检查,行政检查,OPA,,TRADE.STALL,${COUNTY}`].join("\n");
    expect((await t.gql(ImportPowers, { csv })).data!.importPowers).toEqual({ created: 1, openedOverlaps: 2, rejected: false });

    const read = async () => {
      const result = await t.gql(PowersWithOverlaps, { search: "OP-" });
      expect(result.errors).toBeUndefined();
      return result.data!.powers.nodes;
    };
    const powers = await read();
    expect(powers.map((p) => p.code)).toEqual(["OP-0", "OP-1", "OP-2", "OP-IMP"]);
    // OP-0 and OP-IMP are the same agency's: every other pair overlaps.
    expect(powers.map((p) => p.overlaps.length)).toEqual([2, 3, 3, 2]);
    for (const power of powers) {
      for (const overlap of power.overlaps) {
        expect(overlap.powerIds).toContain(power.id);
        expect(overlap.powerIds).toEqual([...overlap.powerIds].sort()); // the engine's fixed order
        expect(overlap.powers.map((p) => p.code)).toHaveLength(2);
        // A power's overlaps (plain rows through overlap_power) answer as the overlap itself does.
        expect((await t.gql(OneOverlap, { id: overlap.id })).data!.overlap).toEqual(overlap);
      }
    }
    expect(powers[1].overlaps.find((o) => o.kind === "SAME_BASIS")).toMatchObject({ validFrom: "2026-01-01", sharedArticles: [{ label: expect.any(String) }] });
    expect(await disagreements()).toEqual({ differ: [], overlaps: 5, links: 10 });

    expect((await t.gql(Rescan)).data!.rescanOverlaps).toEqual({ openedOverlaps: [], closedOverlaps: [] });
    const withdrawn = await t.gql(Withdraw, { input: { id: powers[1].id, reason: "职责划转" } });
    expect(withdrawn.data!.withdrawPower.closedOverlaps.map((o) => o.status)).toEqual(["OBSOLETE", "OBSOLETE", "OBSOLETE"]);
    const after = await read(); // OP-1 is withdrawn: it leaves the list, and its three overlaps leave the others'
    expect(after.map((p) => [p.code, p.overlaps.length])).toEqual([["OP-0", 1], ["OP-2", 2], ["OP-IMP", 1]]);
    // An obsolete overlap keeps its powers: the record still says which two it was.
    expect(await disagreements()).toEqual({ differ: [], overlaps: 5, links: 10 });
  });

  it("hold a power with overlaps in place: it cannot be deleted from under them, as a power without any can", async () => {
    const [a, b, c] = await Promise.all(["FKA", "FKB", "FKC"].map((code) => make.agency(code)));
    const first = (await make.power(a.id, "FK-1", { matterCodes: ["TRADE.STALL"], category: "LEVY" })).power.id;
    const second = await make.power(b.id, "FK-2", { matterCodes: ["TRADE.STALL"], category: "LEVY" });
    expect(second.openedOverlaps).toHaveLength(1);
    const alone = (await make.power(c.id, "FK-3", { matterCodes: ["TRADE"], category: "REWARD" })).power.id;

    // Deletes the power and its revisions (their own foreign key) in a transaction that is rolled back either way.
    const tryDelete = (id: string) =>
      t.hub.db.dataSource.transaction(async (em) => {
        await em.query(`DELETE FROM power_revision WHERE id = $1`, [id]);
        await em.query(`DELETE FROM power WHERE id = $1`, [id]);
        throw new Error("rolled back");
      });
    await expect(tryDelete(alone)).rejects.toThrow("rolled back");
    await expect(tryDelete(first)).rejects.toMatchObject({ driverError: { code: "23503", constraint: "overlap_power_power_id_fkey" } });

    const overlap = (await t.gql(OneOverlap, { id: second.openedOverlaps[0].id })).data!.overlap!;
    expect(overlap.powers.map((p) => p.code)).toEqual(overlap.powerIds.map((id) => (id === first ? "FK-1" : "FK-2")));
  });
});
