import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  covers,
  findOverlaps,
  overlapBetween,
  sortOverlapsByKey,
  overlapKey,
  OverlapIndex,
  OverlapKind,
  OverlapSeverity,
  severityOf,
  SEVERITY_RULE,
  type EnginePower,
  type FoundOverlap,
} from "../src/modules/overlaps/overlap-engine.js";

// ---------------------------------------------------------------------------------------------
// A brute-force reference, straight from the rules: every pair, string operations only.

function refCovers(outer: string, inner: string): boolean {
  return outer === inner || inner.startsWith(outer + ".");
}

function refSeverity(category: string, kind: OverlapKind): OverlapSeverity {
  const direct = kind === OverlapKind.SAME_BASIS || kind === OverlapKind.SAME_MATTER;
  if ((category === "PENALTY" || category === "COERCIVE_MEASURE") && direct) return OverlapSeverity.HIGH;
  if (category === "PENALTY" || category === "COERCIVE_MEASURE") return OverlapSeverity.MEDIUM;
  if ((category === "LICENSING" || category === "INSPECTION" || category === "LEVY") && direct) return OverlapSeverity.MEDIUM;
  return OverlapSeverity.LOW;
}

function refPair(p: EnginePower, q: EnginePower): FoundOverlap | null {
  if (p.id === q.id || p.agencyId === q.agencyId || p.category !== q.category) return null;
  const froms = [p.validFrom, q.validFrom].filter((d): d is string => d !== null).sort();
  const untils = [p.validUntil, q.validUntil].filter((d): d is string => d !== null).sort();
  const validFrom = froms.length > 0 ? froms[froms.length - 1] : null;
  const validUntil = untils.length > 0 ? untils[0] : null;
  if (validFrom !== null && validUntil !== null && validFrom > validUntil) return null;
  const matters = new Set<string>();
  let sameMatter = false;
  for (const m of p.matterCodes) {
    for (const n of q.matterCodes) {
      if (m === n) sameMatter = true;
      if (refCovers(m, n)) matters.add(n);
      else if (refCovers(n, m)) matters.add(m);
    }
  }
  const regions = new Set<string>();
  for (const r of p.regionPaths) {
    for (const s of q.regionPaths) {
      if (refCovers(r, s)) regions.add(s);
      else if (refCovers(s, r)) regions.add(r);
    }
  }
  if (matters.size === 0 || regions.size === 0) return null;
  const sharedArticleIds = [...new Set(p.articleIds)].filter((a) => q.articleIds.includes(a)).sort();
  const kind = sharedArticleIds.length > 0 ? OverlapKind.SAME_BASIS : sameMatter ? OverlapKind.SAME_MATTER : OverlapKind.NESTED_MATTER;
  const [first, second] = p.id < q.id ? [p, q] : [q, p];
  const powerIds: [string, string] = [first.id, second.id];
  const matterCodes = [...matters].sort();
  const regionPaths = [...regions].sort();
  return {
    key: overlapKey({ powerIds, kind, matterCodes, regionPaths }),
    powerIds,
    agencyIds: [first.agencyId, second.agencyId],
    category: p.category,
    kind,
    severity: refSeverity(p.category, kind),
    matterCodes,
    regionPaths,
    validFrom,
    validUntil,
    sharedArticleIds,
  };
}

const byKey = (a: FoundOverlap, b: FoundOverlap) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function reference(powers: readonly EnginePower[]): FoundOverlap[] {
  const out: FoundOverlap[] = [];
  for (let i = 0; i < powers.length; i++) {
    for (let j = i + 1; j < powers.length; j++) {
      const found = refPair(powers[i], powers[j]);
      if (found) out.push(found);
    }
  }
  return out.sort(byKey);
}

function referenceOf(p: EnginePower, others: Iterable<EnginePower>): FoundOverlap[] {
  const out: FoundOverlap[] = [];
  for (const q of others) {
    const found = refPair(p, q);
    if (found) out.push(found);
  }
  return out.sort(byKey);
}

// ---------------------------------------------------------------------------------------------
// Unit tests

let seq = 0;
function power(overrides: Partial<EnginePower> = {}): EnginePower {
  seq++;
  return {
    id: `p${String(seq).padStart(4, "0")}`,
    agencyId: `agency-${seq}`,
    category: "PENALTY",
    matterCodes: ["FOOD"],
    regionPaths: ["320322"],
    validFrom: null,
    validUntil: null,
    articleIds: [],
    ...overrides,
  };
}

function pairOf(p: EnginePower, q: EnginePower): FoundOverlap | undefined {
  const found = findOverlaps([p, q]);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

describe("overlap rules", () => {
  it("two agencies with a penalty power over the same matter in the same place overlap as SAME_MATTER", () => {
    const p = power({ id: "b", agencyId: "SCJGJ", matterCodes: ["FOOD.STREET_STALL"] });
    const q = power({ id: "a", agencyId: "CGJ", matterCodes: ["FOOD.STREET_STALL"] });
    const o = pairOf(p, q)!;
    expect(o).toMatchObject({
      powerIds: ["a", "b"],
      agencyIds: ["CGJ", "SCJGJ"],
      category: "PENALTY",
      kind: OverlapKind.SAME_MATTER,
      severity: OverlapSeverity.HIGH,
      matterCodes: ["FOOD.STREET_STALL"],
      regionPaths: ["320322"],
      validFrom: null,
      validUntil: null,
      sharedArticleIds: [],
    });
    expect(o.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a broad matter of the first power overlaps a narrower matter of the second as NESTED_MATTER, scoped to the narrower", () => {
    const o = pairOf(power({ matterCodes: ["FOOD"] }), power({ matterCodes: ["FOOD.STREET_STALL.NIGHT"] }))!;
    expect(o.kind).toBe(OverlapKind.NESTED_MATTER);
    expect(o.severity).toBe(OverlapSeverity.MEDIUM);
    expect(o.matterCodes).toEqual(["FOOD.STREET_STALL.NIGHT"]);
  });

  it("a narrow matter of the first power overlaps a broader matter of the second as NESTED_MATTER, scoped to the narrower", () => {
    const o = pairOf(power({ matterCodes: ["FOOD.STREET_STALL"] }), power({ matterCodes: ["FOOD"] }))!;
    expect(o.kind).toBe(OverlapKind.NESTED_MATTER);
    expect(o.matterCodes).toEqual(["FOOD.STREET_STALL"]);
  });

  it("the shared scope is the narrower code of every nested pair, sorted and deduplicated", () => {
    const p = power({ matterCodes: ["FOOD", "SAND.RIVER", "FOOD"], regionPaths: ["320322.101", "320322.102.201"] });
    const q = power({ matterCodes: ["SAND", "FOOD.STALL", "FOOD.CANTEEN", "WATER"], regionPaths: ["320322", "320322.103"] });
    const o = pairOf(p, q)!;
    expect(o.matterCodes).toEqual(["FOOD.CANTEEN", "FOOD.STALL", "SAND.RIVER"]);
    expect(o.regionPaths).toEqual(["320322.101", "320322.102.201"]);
    expect(o.kind).toBe(OverlapKind.NESTED_MATTER);
  });

  it("a county-wide power overlaps a town power, scoped to the town", () => {
    const o = pairOf(power({ regionPaths: ["320322"] }), power({ regionPaths: ["320322.320322101"] }))!;
    expect(o.regionPaths).toEqual(["320322.320322101"]);
  });

  it("a village power overlaps a county-wide power, scoped to the village", () => {
    const o = pairOf(power({ regionPaths: ["320322.320322101.320322101201"] }), power({ regionPaths: ["320322"] }))!;
    expect(o.regionPaths).toEqual(["320322.320322101.320322101201"]);
  });

  it("powers in sibling towns never overlap", () => {
    expect(pairOf(power({ regionPaths: ["320322.320322101"] }), power({ regionPaths: ["320322.320322102"] }))).toBeUndefined();
    expect(
      pairOf(power({ regionPaths: ["320322.320322101.1"] }), power({ regionPaths: ["320322.320322102", "320322.320322101.2"] })),
    ).toBeUndefined();
  });

  it("FOOD does not cover FOODX, and region 320322 does not cover 3203221: nesting is on whole parts", () => {
    expect(pairOf(power({ matterCodes: ["FOOD"] }), power({ matterCodes: ["FOODX"] }))).toBeUndefined();
    expect(pairOf(power({ matterCodes: ["FOOD"] }), power({ matterCodes: ["FOODX.STALL"] }))).toBeUndefined();
    expect(pairOf(power({ regionPaths: ["320322"] }), power({ regionPaths: ["3203221"] }))).toBeUndefined();
    expect(pairOf(power({ regionPaths: ["320322.1"] }), power({ regionPaths: ["320322.12"] }))).toBeUndefined();
  });

  it("powers of the same agency never overlap", () => {
    expect(pairOf(power({ agencyId: "SCJGJ" }), power({ agencyId: "SCJGJ" }))).toBeUndefined();
  });

  it("powers of different categories never overlap", () => {
    expect(pairOf(power({ category: "PENALTY" }), power({ category: "INSPECTION" }))).toBeUndefined();
  });

  it("intervals that touch on one day overlap on that day", () => {
    const o = pairOf(
      power({ validFrom: "2021-01-01", validUntil: "2021-07-15" }),
      power({ validFrom: "2021-07-15", validUntil: "2023-12-31" }),
    )!;
    expect(o.validFrom).toBe("2021-07-15");
    expect(o.validUntil).toBe("2021-07-15");
  });

  it("intervals that do not intersect do not overlap", () => {
    expect(
      pairOf(power({ validFrom: "2021-01-01", validUntil: "2021-07-14" }), power({ validFrom: "2021-07-15", validUntil: null })),
    ).toBeUndefined();
    expect(pairOf(power({ validFrom: null, validUntil: "2020-12-31" }), power({ validFrom: "2021-01-01" }))).toBeUndefined();
  });

  it("an interval open at the start overlaps one open at the end when they meet", () => {
    const o = pairOf(power({ validFrom: null, validUntil: "2022-06-30" }), power({ validFrom: "2020-01-01", validUntil: null }))!;
    expect([o.validFrom, o.validUntil]).toEqual(["2020-01-01", "2022-06-30"]);
  });

  it("open-ended intervals on either side keep the other side's bound, and two open intervals stay open", () => {
    const a = pairOf(power({ validFrom: "2021-07-15", validUntil: null }), power({ validFrom: null, validUntil: null }))!;
    expect([a.validFrom, a.validUntil]).toEqual(["2021-07-15", null]);
    const b = pairOf(power({ validFrom: null, validUntil: "2030-01-01" }), power({ validFrom: null, validUntil: "2029-01-01" }))!;
    expect([b.validFrom, b.validUntil]).toEqual([null, "2029-01-01"]);
    const c = pairOf(power(), power())!;
    expect([c.validFrom, c.validUntil]).toEqual([null, null]);
  });

  it("SAME_BASIS wins over SAME_MATTER when the powers share an article", () => {
    const o = pairOf(
      power({ matterCodes: ["FOOD"], articleIds: ["art-2", "art-1", "art-9"] }),
      power({ matterCodes: ["FOOD"], articleIds: ["art-3", "art-2", "art-1"] }),
    )!;
    expect(o.kind).toBe(OverlapKind.SAME_BASIS);
    expect(o.sharedArticleIds).toEqual(["art-1", "art-2"]);
  });

  it("SAME_BASIS also applies to nested matters that share an article", () => {
    const o = pairOf(power({ matterCodes: ["FOOD"], articleIds: ["x"] }), power({ matterCodes: ["FOOD.STALL"], articleIds: ["x"] }))!;
    expect(o.kind).toBe(OverlapKind.SAME_BASIS);
  });

  it("the severity table: HIGH for penalty or coercion on the same basis or matter, MEDIUM for nested or for licensing, inspection, levy, LOW otherwise", () => {
    const table: [string, OverlapKind, OverlapSeverity][] = [];
    const categories = [
      "PENALTY",
      "LICENSING",
      "COERCIVE_MEASURE",
      "LEVY",
      "BENEFIT",
      "INSPECTION",
      "CONFIRMATION",
      "REWARD",
      "ADJUDICATION",
      "OTHER",
    ];
    for (const c of categories) {
      for (const k of [OverlapKind.SAME_BASIS, OverlapKind.SAME_MATTER, OverlapKind.NESTED_MATTER]) table.push([c, k, severityOf(c, k)]);
    }
    const expected: Record<string, [OverlapSeverity, OverlapSeverity, OverlapSeverity]> = {
      PENALTY: [OverlapSeverity.HIGH, OverlapSeverity.HIGH, OverlapSeverity.MEDIUM],
      COERCIVE_MEASURE: [OverlapSeverity.HIGH, OverlapSeverity.HIGH, OverlapSeverity.MEDIUM],
      LICENSING: [OverlapSeverity.MEDIUM, OverlapSeverity.MEDIUM, OverlapSeverity.LOW],
      INSPECTION: [OverlapSeverity.MEDIUM, OverlapSeverity.MEDIUM, OverlapSeverity.LOW],
      LEVY: [OverlapSeverity.MEDIUM, OverlapSeverity.MEDIUM, OverlapSeverity.LOW],
      BENEFIT: [OverlapSeverity.LOW, OverlapSeverity.LOW, OverlapSeverity.LOW],
      CONFIRMATION: [OverlapSeverity.LOW, OverlapSeverity.LOW, OverlapSeverity.LOW],
      REWARD: [OverlapSeverity.LOW, OverlapSeverity.LOW, OverlapSeverity.LOW],
      ADJUDICATION: [OverlapSeverity.LOW, OverlapSeverity.LOW, OverlapSeverity.LOW],
      OTHER: [OverlapSeverity.LOW, OverlapSeverity.LOW, OverlapSeverity.LOW],
    };
    for (const [c, k, s] of table) {
      expect(s, `${c} ${k}`).toBe(expected[c][[OverlapKind.SAME_BASIS, OverlapKind.SAME_MATTER, OverlapKind.NESTED_MATTER].indexOf(k)]);
    }
    // and findOverlaps applies it
    const cases: [string, Partial<EnginePower>, Partial<EnginePower>, OverlapSeverity][] = [
      ["COERCIVE_MEASURE", { articleIds: ["a"] }, { articleIds: ["a"] }, OverlapSeverity.HIGH],
      ["COERCIVE_MEASURE", { matterCodes: ["FOOD"] }, { matterCodes: ["FOOD.X"] }, OverlapSeverity.MEDIUM],
      ["LICENSING", {}, {}, OverlapSeverity.MEDIUM],
      ["INSPECTION", { matterCodes: ["FOOD"] }, { matterCodes: ["FOOD.X"] }, OverlapSeverity.LOW],
      ["LEVY", { articleIds: ["a"] }, { articleIds: ["a"] }, OverlapSeverity.MEDIUM],
      ["BENEFIT", {}, {}, OverlapSeverity.LOW],
    ];
    for (const [category, a, b, severity] of cases) {
      expect(pairOf(power({ category, ...a }), power({ category, ...b }))!.severity, category).toBe(severity);
    }
    expect(SEVERITY_RULE).toMatch(/HIGH/);
    expect(SEVERITY_RULE).toMatch(/MEDIUM/);
    expect(SEVERITY_RULE).toMatch(/LOW/);
  });

  it("reports one overlap per unordered pair and never a power with itself", () => {
    const ps = [power({ id: "x" }), power({ id: "y" }), power({ id: "z" })];
    const found = findOverlaps(ps);
    expect(found.map((o) => o.powerIds.join("+")).sort()).toEqual(["x+y", "x+z", "y+z"]);
  });

  it("returns the overlaps sorted by key", () => {
    const ps = Array.from({ length: 8 }, () => power());
    const keys = findOverlaps(ps).map((o) => o.key);
    expect(keys).toHaveLength(28);
    expect(keys).toEqual([...keys].sort());
  });

  it("a power whose interval is empty (validFrom after validUntil) overlaps nothing", () => {
    expect(pairOf(power({ validFrom: "2024-01-02", validUntil: "2024-01-01" }), power())).toBeUndefined();
  });

  it("a power without matters or without regions overlaps nothing", () => {
    expect(pairOf(power({ matterCodes: [] }), power())).toBeUndefined();
    expect(pairOf(power({ regionPaths: [] }), power())).toBeUndefined();
    expect(new OverlapIndex([power()]).overlapsOf(power({ matterCodes: [] }))).toEqual([]);
  });

  it("covers and overlapBetween follow the same rules", () => {
    expect(covers("FOOD", "FOOD")).toBe(true);
    expect(covers("FOOD", "FOOD.STALL")).toBe(true);
    expect(covers("FOOD.STALL", "FOOD")).toBe(false);
    expect(covers("FOOD", "FOODX")).toBe(false);
    const p = power({ matterCodes: ["FOOD"] });
    const q = power({ matterCodes: ["FOOD.STALL"] });
    expect(overlapBetween(p, q)).toEqual(findOverlaps([p, q])[0]);
    expect(overlapBetween(p, { ...q, matterCodes: ["DRUG"] })).toBeNull();
    expect(overlapBetween(p, p)).toBeNull();
  });

  it("a large catalogue (thousands of overlaps) matches the reference, sorted by key", () => {
    const matters = ["FOOD", "FOOD.STALL", "FOOD.STALL.NIGHT", "FOOD.CANTEEN", "DRUG"];
    const regions = ["320322", "320322.101", "320322.102", "320322.101.201"];
    const ps = Array.from({ length: 160 }, (_, i) =>
      power({
        id: `L${(i * 7919) % 1000}`,
        agencyId: `A${i % 9}`,
        matterCodes: [matters[i % matters.length], matters[(i * 3) % matters.length]],
        regionPaths: [regions[(i * 5) % regions.length]],
        validFrom: i % 4 === 0 ? "2022-01-01" : null,
        validUntil: i % 6 === 0 ? "2021-12-31" : null,
        articleIds: i % 3 === 0 ? ["x"] : [],
      }),
    );
    const found = findOverlaps(ps);
    expect(found.length).toBeGreaterThan(1000);
    expect(found).toEqual(reference(ps));
    expect(new OverlapIndex(ps).overlapsOf(ps[17])).toEqual(referenceOf(ps[17], ps));
  });

  it("sortOverlapsByKey orders keys that share their first 32 bits, and any other keys", () => {
    const template = findOverlaps([power(), power()])[0];
    const hex = (i: number) => ((i * 2654435761) % 2 ** 32).toString(16).padStart(8, "0");
    const keys = Array.from({ length: 600 }, (_, i) => (i % 5 === 0 ? "abcdef01" + hex(i) : hex(i) + "00"));
    const sorted = sortOverlapsByKey(keys.map((key) => ({ ...template, key }))).map((o) => o.key);
    expect(sorted).toEqual([...keys].sort());
    const odd = Array.from({ length: 300 }, (_, i) => (i % 2 ? `Z${i}` : `k${i}`));
    expect(sortOverlapsByKey(odd.map((key) => ({ ...template, key }))).map((o) => o.key)).toEqual([...odd].sort());
  });

  it("a duplicated id in the input counts once: the last one wins", () => {
    const p = power({ id: "same", agencyId: "A" });
    const pAgain = { ...p, agencyId: "B" };
    const q = power({ id: "other", agencyId: "A" });
    expect(findOverlaps([p, q])).toEqual([]);
    const found = findOverlaps([p, q, pAgain]);
    expect(found).toHaveLength(1);
    expect(found[0].agencyIds).toEqual(["A", "B"]);
  });
});

describe("overlap keys", () => {
  const p = power({ id: "p-1", matterCodes: ["FOOD"], regionPaths: ["320322"] });
  const q = power({ id: "p-2", matterCodes: ["FOOD.STALL"], regionPaths: ["320322.101"] });
  const r = power({ id: "p-3", matterCodes: ["FOOD"], regionPaths: ["320322.102"] });

  it("the key is stable across calls and input order", () => {
    const first = findOverlaps([p, q, r]);
    const again = findOverlaps([r, q, p]);
    expect(again).toEqual(first);
    expect(findOverlaps([q, p])[0].key).toBe(first.find((o) => o.powerIds.join() === "p-1,p-2")!.key);
    const o = first[0];
    expect(overlapKey(o)).toBe(o.key);
    expect(overlapKey({ ...o, powerIds: [o.powerIds[1], o.powerIds[0]], matterCodes: [...o.matterCodes].reverse() })).toBe(o.key);
  });

  it("the key is a fixed function of the pair, kind and scope (the same value in every process)", () => {
    const key = overlapKey({ powerIds: ["a", "b"], kind: OverlapKind.SAME_MATTER, matterCodes: ["FOOD"], regionPaths: ["320322"] });
    // sha-256 of ["overlap/v1","a","b","SAME_MATTER",["FOOD"],["320322"]]: pinned so that a change of the format is noticed
    expect(key).toBe("efd324977e189fa422694fdd5ffbc8935a65df56e8a9d29ff5a2febb23d63157");
    expect(
      overlapKey({ powerIds: ["b", "a"], kind: OverlapKind.SAME_MATTER, matterCodes: ["FOOD", "FOOD"], regionPaths: ["320322"] }),
    ).toBe(key);
  });

  it("the key changes when the scope changes", () => {
    const base = pairOf(p, q)!;
    const widerQ = pairOf(p, { ...q, regionPaths: ["320322.101", "320322.102"] })!;
    const otherMatter = pairOf(p, { ...q, matterCodes: ["FOOD.CANTEEN"] })!;
    expect(widerQ.key).not.toBe(base.key);
    expect(otherMatter.key).not.toBe(base.key);
  });

  it("the key changes when the kind changes", () => {
    const nested = pairOf(p, q)!;
    const basis = pairOf({ ...p, articleIds: ["a"] }, { ...q, articleIds: ["a"] })!;
    expect(basis.kind).toBe(OverlapKind.SAME_BASIS);
    expect(basis.key).not.toBe(nested.key);
  });

  it("the key does not change when the interval, or the articles without changing the kind, change", () => {
    const base = pairOf(p, q)!;
    const later = pairOf({ ...p, validFrom: "2024-01-01" }, { ...q, validUntil: "2030-12-31", articleIds: ["only-q"] })!;
    expect(later.validFrom).toBe("2024-01-01");
    expect(later.key).toBe(base.key);
  });
});

describe("OverlapIndex", () => {
  const catalogue = [
    power({ id: "i1", agencyId: "A", matterCodes: ["FOOD"] }),
    power({ id: "i2", agencyId: "B", matterCodes: ["FOOD.STALL"], regionPaths: ["320322.101"] }),
    power({ id: "i3", agencyId: "C", matterCodes: ["SAND"] }),
    power({ id: "i4", agencyId: "D", matterCodes: ["SAND.RIVER", "FOOD"], regionPaths: ["320322.102"] }),
    power({ id: "i5", agencyId: "A", matterCodes: ["FOOD.STALL.NIGHT"], category: "INSPECTION" }),
  ];

  it("overlapsOf agrees with findOverlaps for every power of the catalogue", () => {
    const index = new OverlapIndex(catalogue);
    const all = findOverlaps(catalogue);
    expect(all.length).toBeGreaterThan(0);
    expect(index.allOverlaps()).toEqual(all);
    for (const p of catalogue) {
      expect(index.overlapsOf(p)).toEqual(all.filter((o) => o.powerIds.includes(p.id)));
    }
  });

  it("overlapsOf ignores a power with the same id in the index, and works for a power not in it", () => {
    const index = new OverlapIndex(catalogue);
    const changed = { ...catalogue[0], agencyId: "E" };
    expect(index.overlapsOf(changed).map((o) => o.powerIds.join())).toEqual(
      findOverlaps([changed, ...catalogue.slice(1)])
        .filter((o) => o.powerIds.includes("i1"))
        .map((o) => o.powerIds.join()),
    );
    const fresh = power({ id: "i9", agencyId: "Z", matterCodes: ["SAND.RIVER.NIGHT"], regionPaths: ["320322.102.7"] });
    expect(index.overlapsOf(fresh)).toEqual(findOverlaps([...catalogue, fresh]).filter((o) => o.powerIds.includes("i9")));
  });

  it("add, remove and replace keep size and overlapsOf consistent", () => {
    const index = new OverlapIndex();
    expect(index.size).toBe(0);
    for (const p of catalogue) index.add(p);
    expect(index.size).toBe(5);
    const probe = power({ id: "probe", agencyId: "Z", matterCodes: ["FOOD", "SAND"] });
    expect(index.overlapsOf(probe).map((o) => o.powerIds[0])).toHaveLength(4);
    index.remove("i1");
    index.remove("nope");
    expect(index.size).toBe(4);
    expect(index.has("i1")).toBe(false);
    expect(index.overlapsOf(probe)).toEqual(referenceOf(probe, catalogue.slice(1)));
    // replace: i3 moves to agency Z (same as the probe) → no longer overlaps it
    index.add({ ...catalogue[2], agencyId: "Z" });
    expect(index.size).toBe(4);
    expect(index.overlapsOf(probe)).toEqual(
      referenceOf(probe, [catalogue[1], { ...catalogue[2], agencyId: "Z" }, catalogue[3], catalogue[4]]),
    );
    for (const p of catalogue) index.remove(p.id);
    expect(index.size).toBe(0);
    expect(index.overlapsOf(probe)).toEqual([]);
    index.add(catalogue[0]);
    expect(index.overlapsOf(probe)).toEqual(referenceOf(probe, [catalogue[0]]));
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests against the reference

const MATTER_PARTS = ["F", "S", "FS", "W"]; // "F" vs "FS": a prefix that is not nesting
const DATES = ["2019-12-31", "2020-01-01", "2021-07-15", "2021-07-16", "2023-06-30", "2025-01-01"];
const CATEGORIES = ["PENALTY", "COERCIVE_MEASURE", "LICENSING", "INSPECTION", "LEVY", "OTHER"];
const ARTICLES = ["art-1", "art-2", "art-3", "art-4", "art-5", "art-6"];

const matterCodeArb = fc
  .array(fc.constantFrom(...MATTER_PARTS), { minLength: 1, maxLength: 6, size: "medium" })
  .map((parts) => parts.join("."));
const regionPathArb = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constant("32"), weight: 8 }, { arbitrary: fc.constantFrom("33", "3", "321"), weight: 1 }),
    fc.array(fc.constantFrom("1", "2", "12"), { minLength: 0, maxLength: 3 }),
  )
  .map(([root, parts]) => [root, ...parts].join("."));
const dateArb = fc.option(fc.constantFrom(...DATES), { nil: null, freq: 2 });

interface Vocabulary {
  matters: string[];
  regions: string[];
  agencies: string[];
}

const vocabularyArb: fc.Arbitrary<Vocabulary> = fc.record({
  matters: fc.uniqueArray(matterCodeArb, { minLength: 1, maxLength: 10 }),
  regions: fc.uniqueArray(regionPathArb, { minLength: 1, maxLength: 10 }),
  agencies: fc.integer({ min: 2, max: 6 }).map((n) => Array.from({ length: n }, (_, i) => `agency-${i}`)),
});

function powerArb(v: Vocabulary, idArb: fc.Arbitrary<string>): fc.Arbitrary<EnginePower> {
  return fc.record({
    id: idArb,
    agencyId: fc.constantFrom(...v.agencies),
    category: fc.oneof({ arbitrary: fc.constant("PENALTY"), weight: 4 }, { arbitrary: fc.constantFrom(...CATEGORIES), weight: 2 }),
    matterCodes: fc.array(fc.constantFrom(...v.matters), { minLength: 1, maxLength: 3 }),
    regionPaths: fc.array(fc.constantFrom(...v.regions), { minLength: 1, maxLength: 3 }),
    validFrom: dateArb,
    validUntil: dateArb,
    articleIds: fc.array(fc.constantFrom(...ARTICLES), { maxLength: 3 }),
  });
}

const idArb = fc.integer({ min: 0, max: 60 }).map((n) => `p${n}`); // "p10" < "p9": string order

const catalogueArb = vocabularyArb.chain((v) =>
  fc.tuple(fc.constant(v), fc.uniqueArray(powerArb(v, idArb), { selector: (p) => p.id, minLength: 0, maxLength: 30, size: "medium" })),
);

const RUNS = { numRuns: 300 };

describe("properties (fast-check)", () => {
  it("findOverlaps equals the brute-force pairwise reference", () => {
    fc.assert(
      fc.property(catalogueArb, ([, powers]) => {
        expect(findOverlaps(powers)).toEqual(reference(powers));
      }),
      RUNS,
    );
  });

  it("codes with empty parts or stray dots follow the string rule too", () => {
    const oddCode = fc.array(fc.constantFrom("F", "S", ".", ""), { maxLength: 5 }).map((xs) => xs.join(""));
    const oddCatalogue = fc.uniqueArray(
      fc.record({
        id: idArb,
        agencyId: fc.constantFrom("a", "b", "c"),
        category: fc.constant("PENALTY"),
        matterCodes: fc.array(oddCode, { minLength: 1, maxLength: 3 }),
        regionPaths: fc.array(oddCode, { minLength: 1, maxLength: 2 }),
        validFrom: dateArb,
        validUntil: dateArb,
        articleIds: fc.array(fc.constantFrom(...ARTICLES), { maxLength: 2 }),
      }),
      { selector: (p) => p.id, maxLength: 20 },
    );
    fc.assert(
      fc.property(oddCatalogue, (powers) => {
        expect(findOverlaps(powers)).toEqual(reference(powers));
        if (powers.length > 0)
          expect(new OverlapIndex(powers.slice(1)).overlapsOf(powers[0])).toEqual(referenceOf(powers[0], powers.slice(1)));
      }),
      RUNS,
    );
  });

  it("findOverlaps does not depend on the order of the input", () => {
    fc.assert(
      fc.property(
        catalogueArb.chain(([, powers]) => fc.tuple(fc.constant(powers), fc.shuffledSubarray(powers, { minLength: powers.length }))),
        ([powers, shuffled]) => {
          expect(findOverlaps(shuffled)).toEqual(findOverlaps(powers));
        },
      ),
      RUNS,
    );
  });

  it("new OverlapIndex(others).overlapsOf(p) equals the brute-force overlaps involving p", () => {
    fc.assert(
      fc.property(
        catalogueArb.chain(([v, powers]) =>
          fc.tuple(fc.constant(powers), powers.length > 0 ? fc.oneof(powerArb(v, idArb), fc.constantFrom(...powers)) : powerArb(v, idArb)),
        ),
        ([powers, p]) => {
          const others = powers.filter((q) => q.id !== p.id);
          expect(new OverlapIndex(others).overlapsOf(p)).toEqual(referenceOf(p, others));
          // a power with the same id in the index is ignored
          expect(new OverlapIndex(powers).overlapsOf(p)).toEqual(referenceOf(p, others));
        },
      ),
      RUNS,
    );
  });

  it("adding, replacing and removing powers in random order keeps overlapsOf and size consistent", () => {
    const opsArb = vocabularyArb.chain((v) =>
      fc.tuple(
        fc.array(
          fc.oneof(
            { arbitrary: powerArb(v, idArb).map((p) => ({ op: "add" as const, p })), weight: 3 },
            { arbitrary: idArb.map((id) => ({ op: "remove" as const, id })), weight: 2 },
          ),
          { maxLength: 40 },
        ),
        fc.array(powerArb(v, idArb), { minLength: 1, maxLength: 4 }),
      ),
    );
    fc.assert(
      fc.property(opsArb, ([ops, probes]) => {
        const index = new OverlapIndex();
        const model = new Map<string, EnginePower>();
        for (const [step, o] of ops.entries()) {
          if (o.op === "add") {
            index.add(o.p);
            model.set(o.p.id, o.p);
          } else {
            index.remove(o.id);
            model.delete(o.id);
          }
          if (step % 7 === 6) expect(index.overlapsOf(probes[0])).toEqual(referenceOf(probes[0], model.values()));
        }
        expect(index.size).toBe(model.size);
        for (const probe of [...probes, ...model.values()]) {
          expect(index.overlapsOf(probe)).toEqual(referenceOf(probe, model.values()));
        }
        expect(index.allOverlaps()).toEqual(reference([...model.values()]));
      }),
      RUNS,
    );
  });
});
