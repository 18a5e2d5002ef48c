import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  gradeReview,
  REVIEW_THRESHOLDS,
  sampleCaseFiles,
  SAMPLE_ALLOCATION_RULES,
  summarizeReviews,
  validateScores,
  VETO_ITEMS,
  type SampleAllocation,
  type SampleCandidate,
  type SampleResult,
} from "../src/modules/cases/case-review.js";

// ---------------------------------------------------------------------------------------------
// Helpers

/** `counts[i]` files for agency `ag<i>`; ids are unique. */
function candidatesOf(counts: readonly number[], prefix = "ag"): SampleCandidate[] {
  const out: SampleCandidate[] = [];
  counts.forEach((n, i) => {
    for (let j = 0; j < n; j++) out.push({ id: `${prefix}${i}-case-${j}`, agencyId: `${prefix}${i}`, closedOn: `2025-${String((j % 12) + 1).padStart(2, "0")}-15` });
  });
  return out;
}

function ids(result: SampleResult): string[] {
  return result.picked.map((c) => c.id);
}

function pickedPerAgency(result: SampleResult): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of result.picked) m.set(c.agencyId, (m.get(c.agencyId) ?? 0) + 1);
  return m;
}

/**
 * An independent floating-point reference for the PROPORTIONAL quotas: q_i = clamp(λ·n_i, 1, c_i) with
 * Σ q_i = S, λ found by bisection. Only meaningful when S > number of agencies.
 */
function referenceQuotas(n: number[], c: number[], S: number): number[] {
  const f = (l: number) => n.reduce((sum, ni, i) => sum + Math.min(Math.max(l * ni, 1), c[i]), 0);
  let lo = 0;
  let hi = Math.max(...c.map((ci, i) => ci / n[i])) + 1;
  for (let iter = 0; iter < 200; iter++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < S) lo = mid;
    else hi = mid;
  }
  return n.map((ni, i) => Math.min(Math.max(hi * ni, 1), c[i]));
}

const EPS = 1e-9;

/** The guarantees of SAMPLE_ALLOCATION_RULES, checked on one result. */
function checkAllocation(candidates: readonly SampleCandidate[], size: number, perAgencyMax: number, allocation: SampleAllocation, r: SampleResult) {
  const available = new Map<string, number>();
  for (const c of candidates) available.set(c.agencyId, (available.get(c.agencyId) ?? 0) + 1);
  const agencies = [...available.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  expect(r.perAgency.map((a) => a.agencyId)).toEqual(agencies);
  const n = r.perAgency.map((a) => a.available);
  const k = r.perAgency.map((a) => a.picked);
  expect(n).toEqual(agencies.map((a) => available.get(a)));
  const c = n.map((ni) => Math.min(ni, perAgencyMax));
  const S = Math.min(size, c.reduce((s, ci) => s + ci, 0));
  const m = n.length;

  // The totals, the caps, and perAgency agreeing with picked.
  expect(k.reduce((s, ki) => s + ki, 0)).toBe(S);
  expect(r.picked).toHaveLength(S);
  const counted = pickedPerAgency(r);
  r.perAgency.forEach((a, i) => {
    expect(counted.get(a.agencyId) ?? 0).toBe(a.picked);
    expect(k[i]).toBeGreaterThanOrEqual(0);
    expect(k[i]).toBeLessThanOrEqual(c[i]);
  });

  if (allocation === "EQUAL") {
    // Max-min fair: an agency below its cap is within one file of every other agency.
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) {
        if (k[a] < c[a]) expect(k[b]).toBeLessThanOrEqual(k[a] + 1);
        // The odd file goes to the agency with more files.
        if (k[a] > k[b] && k[b] < c[b]) expect(n[a]).toBeGreaterThanOrEqual(n[b]);
      }
    return;
  }
  if (S <= m) {
    // Not enough for one each: one file each to the agencies with the most files.
    for (let a = 0; a < m; a++) {
      expect(k[a]).toBeLessThanOrEqual(1);
      for (let b = 0; b < m; b++) if (k[a] === 1 && k[b] === 0) expect(n[a]).toBeGreaterThanOrEqual(n[b]);
    }
    return;
  }
  // Every agency is represented, and gets its exact capped proportional quota rounded down or up ...
  const q = referenceQuotas(n, c, S);
  for (let i = 0; i < m; i++) {
    expect(k[i]).toBeGreaterThanOrEqual(1);
    expect(k[i]).toBeGreaterThanOrEqual(Math.floor(q[i] + EPS));
    expect(k[i]).toBeLessThanOrEqual(Math.ceil(q[i] - EPS));
  }
  // ... and the agencies rounded up have fractional parts at least as large as those rounded down.
  const frac = q.map((qi) => qi - Math.floor(qi + EPS));
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++)
      if (k[a] > q[a] + EPS && k[b] < q[b] - EPS) expect(frac[a]).toBeGreaterThanOrEqual(frac[b] - EPS);
}

const countsArb = fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 10 });
const requestArb = fc.record({
  size: fc.integer({ min: 0, max: 80 }),
  perAgencyMax: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(Infinity)),
  seed: fc.string(),
  allocation: fc.constantFrom<SampleAllocation>("PROPORTIONAL", "EQUAL"),
});
/** Candidates and the same candidates in another order. */
const candidatesArb = countsArb.chain((counts) => {
  const candidates = candidatesOf(counts);
  return fc.tuple(fc.constant(candidates), fc.shuffledSubarray(candidates, { minLength: candidates.length, maxLength: candidates.length }));
});

// The county's case: 40 agencies, 1,360 closed files, very uneven; 180 to draw, at most 12 from one agency.
// Four large bureaus (capped at 12), sixteen middling ones with 20 or 40 files, twenty towns with 1 or 2.
// By hand: λ = 0.2333… (= 112/480): bureaus 12 each (48), 20-file agencies 4.67 → 5, 40-file ones 9.33 → 9
// (largest remainders: the eight 0.67s take the eight leftover files), towns 1 each (20): 48 + 40 + 72 + 20 = 180.
const BUREAUS: [string, number][] = [
  ["market-regulation", 320],
  ["urban-management", 260],
  ["transport", 150],
  ["ecology-environment", 120],
];
function countyCandidates(): SampleCandidate[] {
  const out: SampleCandidate[] = [];
  const add = (agencyId: string, count: number) => {
    for (let j = 0; j < count; j++) out.push({ id: `${agencyId}/2025/${j + 1}`, agencyId, closedOn: `2025-${String((j % 12) + 1).padStart(2, "0")}-01` });
  };
  for (const [agencyId, count] of BUREAUS) add(agencyId, count);
  for (let i = 1; i <= 16; i++) add(`bureau-${String(i).padStart(2, "0")}`, i % 2 === 0 ? 40 : 20);
  for (let i = 1; i <= 20; i++) add(`town-${String(i).padStart(2, "0")}`, i % 2 === 0 ? 2 : 1);
  return out;
}

// ---------------------------------------------------------------------------------------------

describe("sampleCaseFiles", () => {
  const candidates = candidatesOf([9, 4, 7, 1, 12, 3]);

  it("gives the identical sample for the same candidates and seed, whatever the candidates' order", () => {
    const request = { size: 15, perAgencyMax: 5, seed: "2026 review" };
    const forward = sampleCaseFiles(candidates, request);
    const backward = sampleCaseFiles([...candidates].reverse(), request);
    const shuffled = sampleCaseFiles([...candidates].sort((a, b) => (a.id.split("").reverse().join("") < b.id.split("").reverse().join("") ? -1 : 1)), request);
    expect(backward).toEqual(forward);
    expect(shuffled).toEqual(forward);
    expect(forward.seed).toBe("2026 review");
    expect(forward.allocation).toBe("PROPORTIONAL");
  });

  it("gives a different sample for a different seed", () => {
    const a = sampleCaseFiles(candidates, { size: 15, perAgencyMax: 5, seed: "2026-Q1" });
    const b = sampleCaseFiles(candidates, { size: 15, perAgencyMax: 5, seed: "2026-Q2" });
    expect(ids(a)).not.toEqual(ids(b));
  });

  it("represents every agency with files when size is at least the number of agencies", () => {
    for (const allocation of ["PROPORTIONAL", "EQUAL"] as const) {
      const r = sampleCaseFiles(candidates, { size: 6, perAgencyMax: 3, seed: "s", allocation });
      expect(r.perAgency.map((a) => a.picked)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(new Set(r.picked.map((c) => c.agencyId)).size).toBe(6);
    }
  });

  it("gives one file each to the agencies with the most files when size is below the number of agencies", () => {
    const r = sampleCaseFiles(candidates, { size: 3, perAgencyMax: 3, seed: "s" });
    // ag4 has 12, ag0 9, ag2 7.
    expect(r.perAgency.filter((a) => a.picked > 0).map((a) => a.agencyId)).toEqual(["ag0", "ag2", "ag4"]);
  });

  it("never draws more than perAgencyMax from one agency", () => {
    const r = sampleCaseFiles(candidates, { size: 30, perAgencyMax: 4, seed: "s" });
    for (const a of r.perAgency) expect(a.picked).toBeLessThanOrEqual(4);
    expect(r.perAgency.map((a) => a.picked)).toEqual([4, 4, 4, 1, 4, 3]);
  });

  it("never draws more than size", () => {
    for (let size = 0; size <= 36; size++) expect(sampleCaseFiles(candidates, { size, perAgencyMax: 20, seed: "s" }).picked).toHaveLength(size);
  });

  it("draws everything the caps allow when size is larger than that", () => {
    const all = sampleCaseFiles(candidates, { size: 1000, perAgencyMax: Infinity, seed: "s" });
    expect(ids(all)).toEqual(candidates.map((c) => c.id).sort());
    const capped = sampleCaseFiles(candidates, { size: 1000, perAgencyMax: 5, seed: "s" });
    expect(capped.perAgency.map((a) => a.picked)).toEqual([5, 4, 5, 1, 5, 3]);
  });

  it("returns an empty sample for no candidates, listing no agency", () => {
    expect(sampleCaseFiles([], { size: 10, perAgencyMax: 3, seed: "s" })).toEqual({ picked: [], perAgency: [], seed: "s", allocation: "PROPORTIONAL" });
  });

  it("returns an empty sample for size 0 or perAgencyMax 0, still listing what each agency has", () => {
    for (const r of [
      sampleCaseFiles(candidates, { size: 0, perAgencyMax: 3, seed: "s" }),
      sampleCaseFiles(candidates, { size: 10, perAgencyMax: 0, seed: "s" }),
    ]) {
      expect(r.picked).toEqual([]);
      expect(r.perAgency.map((a) => [a.available, a.picked])).toEqual([[9, 0], [4, 0], [7, 0], [1, 0], [12, 0], [3, 0]]);
    }
  });

  it("shares the sample in proportion to the agencies' files, the largest remainders taking the leftovers", () => {
    // 5, 3, 2 files, 5 to draw: quotas 2.5, 1.5, 1 → 2 + 1 + 1 and one left over; the tie of remainders goes to
    // the agency with more files.
    const r = sampleCaseFiles(candidatesOf([5, 3, 2]), { size: 5, perAgencyMax: Infinity, seed: "x" });
    expect(r.perAgency.map((a) => a.picked)).toEqual([3, 1, 1]);
    // 6, 3, 1 files, 5 to draw: λ = 4/9, quotas 2.67, 1.33, 1 → the leftover file goes to the 0.67.
    expect(sampleCaseFiles(candidatesOf([6, 3, 1]), { size: 5, perAgencyMax: Infinity, seed: "x" }).perAgency.map((a) => a.picked)).toEqual([3, 1, 1]);
    // 100, 1, 1 files, 10 to draw: the small agencies get their floor of one, the large one the rest.
    expect(sampleCaseFiles(candidatesOf([100, 1, 1]), { size: 10, perAgencyMax: Infinity, seed: "x" }).perAgency.map((a) => a.picked)).toEqual([8, 1, 1]);
  });

  it("shares the sample equally under EQUAL, an agency with fewer files giving all it has", () => {
    // Caps 9, 4, 7, 1, 12, 3 with size 25: level 5 fills 5+4+5+1+5+3 = 23; the two leftovers go to the agencies
    // with the most files among those with room (ag4: 12, then ag0: 9).
    const r = sampleCaseFiles(candidates, { size: 25, perAgencyMax: Infinity, seed: "s", allocation: "EQUAL" });
    expect(r.perAgency.map((a) => a.picked)).toEqual([6, 4, 5, 1, 6, 3]);
  });

  it("the county's case: 180 files from 40 agencies with uneven counts", () => {
    const county = countyCandidates();
    expect(county).toHaveLength(1360);
    const r = sampleCaseFiles(county, { size: 180, perAgencyMax: 12, seed: "沛县2026年度案卷评查" });
    expect(r.picked).toHaveLength(180);
    expect(r.perAgency).toHaveLength(40);
    const got = new Map(r.perAgency.map((a) => [a.agencyId, a.picked]));
    for (const [agencyId] of BUREAUS) expect(got.get(agencyId)).toBe(12);
    for (let i = 1; i <= 16; i++) expect(got.get(`bureau-${String(i).padStart(2, "0")}`)).toBe(i % 2 === 0 ? 9 : 5);
    for (let i = 1; i <= 20; i++) expect(got.get(`town-${String(i).padStart(2, "0")}`)).toBe(1);
    checkAllocation(county, 180, 12, "PROPORTIONAL", r);
    // Reproducible from the recorded seed, in any order; another seed draws other files.
    expect(sampleCaseFiles([...county].reverse(), { size: 180, perAgencyMax: 12, seed: r.seed })).toEqual(r);
    const other = sampleCaseFiles(county, { size: 180, perAgencyMax: 12, seed: "沛县2027年度案卷评查" });
    expect(other.perAgency).toEqual(r.perAgency);
    expect(ids(other)).not.toEqual(ids(r));
    // Under EQUAL: level 7 fills 7·20 + 10·1 + 10·2 = 170 (the towns give all they have); the ten leftovers go to
    // the four bureaus and six of the eight 40-file agencies (the seed breaks that tie).
    const equal = sampleCaseFiles(county, { size: 180, perAgencyMax: 12, seed: r.seed, allocation: "EQUAL" });
    checkAllocation(county, 180, 12, "EQUAL", equal);
    const eq = new Map(equal.perAgency.map((a) => [a.agencyId, a.picked]));
    for (const [agencyId] of BUREAUS) expect(eq.get(agencyId)).toBe(8);
    const forties = [...eq].filter(([id]) => /^bureau-\d+$/.test(id) && Number(id.slice(-2)) % 2 === 0).map(([, k]) => k);
    expect(forties.sort()).toEqual([7, 7, 8, 8, 8, 8, 8, 8]);
    for (let i = 1; i <= 16; i += 2) expect(eq.get(`bureau-${String(i).padStart(2, "0")}`)).toBe(7);
    for (let i = 1; i <= 20; i++) expect(eq.get(`town-${String(i).padStart(2, "0")}`)).toBe(i % 2 === 0 ? 2 : 1);
  });

  it("draws each of an agency's files with equal probability across seeds", () => {
    const four = candidatesOf([4]);
    const hits = new Map<string, number>();
    for (let s = 0; s < 4000; s++) {
      const [file] = sampleCaseFiles(four, { size: 1, perAgencyMax: 1, seed: `seed-${s}` }).picked;
      hits.set(file.id, (hits.get(file.id) ?? 0) + 1);
    }
    // Expect 1000 each; the standard deviation is about 27.
    expect(hits.size).toBe(4);
    for (const count of hits.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it("rejects a size or cap that is not a non-negative integer, and duplicate ids", () => {
    expect(() => sampleCaseFiles(candidates, { size: -1, perAgencyMax: 3, seed: "s" })).toThrow(RangeError);
    expect(() => sampleCaseFiles(candidates, { size: 2.5, perAgencyMax: 3, seed: "s" })).toThrow(RangeError);
    expect(() => sampleCaseFiles(candidates, { size: NaN, perAgencyMax: 3, seed: "s" })).toThrow(RangeError);
    expect(() => sampleCaseFiles(candidates, { size: 3, perAgencyMax: -2, seed: "s" })).toThrow(RangeError);
    const dup = [...candidates, { ...candidates[0], agencyId: "ag5" }];
    expect(() => sampleCaseFiles(dup, { size: 3, perAgencyMax: 3, seed: "s" })).toThrow(/appears twice/);
  });

  it("documents both allocation rules", () => {
    expect(SAMPLE_ALLOCATION_RULES.PROPORTIONAL).toMatch(/largest-remainder/i);
    expect(SAMPLE_ALLOCATION_RULES.EQUAL).toMatch(/max-min/i);
  });

  describe("properties", () => {
    it("draws a subset of the candidates without duplicates, sorted, matching perAgency", () => {
      fc.assert(
        fc.property(candidatesArb, requestArb, ([candidates], request) => {
          const r = sampleCaseFiles(candidates, request);
          const byId = new Map(candidates.map((c) => [c.id, c]));
          expect(new Set(ids(r)).size).toBe(r.picked.length);
          for (const c of r.picked) expect(byId.get(c.id)).toBe(c);
          const sorted = [...r.picked].sort((a, b) => (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : a.id < b.id ? -1 : 1));
          expect(r.picked).toEqual(sorted);
        }),
        { numRuns: 300 },
      );
    });

    it("is reproducible: the same candidates in any order and the same seed give the same result", () => {
      fc.assert(
        fc.property(candidatesArb, requestArb, ([candidates, shuffled], request) => {
          expect(sampleCaseFiles(shuffled, request)).toEqual(sampleCaseFiles(candidates, request));
        }),
        { numRuns: 300 },
      );
    });

    it("keeps every agency within perAgencyMax and within what it has, and the total within size", () => {
      fc.assert(
        fc.property(candidatesArb, requestArb, ([candidates], request) => {
          const r = sampleCaseFiles(candidates, request);
          expect(r.picked.length).toBeLessThanOrEqual(request.size);
          for (const a of r.perAgency) {
            expect(a.picked).toBeLessThanOrEqual(request.perAgencyMax);
            expect(a.picked).toBeLessThanOrEqual(a.available);
          }
        }),
        { numRuns: 300 },
      );
    });

    it("allocates as evenly as the caps allow: the exact quota rounded down or up, or max-min fair under EQUAL", () => {
      fc.assert(
        fc.property(candidatesArb, requestArb, ([candidates], request) => {
          checkAllocation(candidates, request.size, request.perAgencyMax, request.allocation, sampleCaseFiles(candidates, request));
        }),
        { numRuns: 500 },
      );
    });

    it("draws within an agency in a fixed seeded order: of two draws with one seed, the smaller share is inside the larger", () => {
      fc.assert(
        fc.property(candidatesArb, requestArb, requestArb, ([candidates], first, second) => {
          const a = sampleCaseFiles(candidates, first);
          const b = sampleCaseFiles(candidates, { ...second, seed: first.seed });
          const of = (r: SampleResult, agencyId: string) => r.picked.filter((c) => c.agencyId === agencyId).map((c) => c.id);
          for (const { agencyId } of a.perAgency) {
            const [small, large] = [of(a, agencyId), of(b, agencyId)].sort((x, y) => x.length - y.length);
            for (const id of small) expect(large).toContain(id);
          }
        }),
        { numRuns: 300 },
      );
    });

    it("only adds files when size grows under EQUAL", () => {
      fc.assert(
        fc.property(candidatesArb, requestArb, ([candidates], request) => {
          const r = sampleCaseFiles(candidates, { ...request, allocation: "EQUAL" });
          const next = new Set(ids(sampleCaseFiles(candidates, { ...request, allocation: "EQUAL", size: request.size + 1 })));
          for (const id of ids(r)) expect(next.has(id)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe("gradeReview", () => {
  const grade = (form: number, content: number, veto: string[] = []) => gradeReview({ scores: { form, content }, failedVetoItems: veto });

  it("uses 90 for excellent and 60 for pass by default", () => {
    expect(REVIEW_THRESHOLDS).toEqual({ excellent: 90, pass: 60 });
  });

  it.each([
    { form: 20, content: 80, veto: ["NO_LEGAL_BASIS"], total: 100, expected: "FAIL" },
    { form: 18, content: 77, veto: [], total: 95, expected: "EXCELLENT" },
    { form: 15, content: 60, veto: [], total: 75, expected: "PASS" },
    { form: 10, content: 40, veto: [], total: 50, expected: "FAIL" },
    { form: 20, content: 70, veto: [], total: 90, expected: "EXCELLENT" },
    { form: 19.5, content: 70, veto: [], total: 89.5, expected: "PASS" },
    { form: 12, content: 48, veto: [], total: 60, expected: "PASS" },
    { form: 11.5, content: 48, veto: [], total: 59.5, expected: "FAIL" },
    { form: 0, content: 0, veto: [], total: 0, expected: "FAIL" },
  ])("grades form $form + content $content with vetoes $veto as $expected", ({ form, content, veto, total, expected }) => {
    const outcome = grade(form, content, veto);
    expect(outcome.total).toBe(total);
    expect(outcome.grade).toBe(expected);
  });

  it("fails a file with any veto item even at 100 points, naming the items in the reason", () => {
    const outcome = grade(20, 80, ["NO_LEGAL_REVIEW", "OVERDUE_DECISION", "NO_LEGAL_REVIEW", "LOCAL_ITEM_7"]);
    expect(outcome).toMatchObject({ total: 100, grade: "FAIL" });
    expect(outcome.reason).toContain("应当进行法制审核而未审核");
    expect(outcome.reason).toContain("OVERDUE_DECISION");
    expect(outcome.reason).toContain("LOCAL_ITEM_7");
    expect(outcome.reason.match(/NO_LEGAL_REVIEW/g)).toHaveLength(1);
  });

  it("explains the grade in the reason", () => {
    expect(grade(18, 77).reason).toMatch(/95.*90.*优秀/);
    expect(grade(15, 60).reason).toMatch(/75.*60.*合格/);
    expect(grade(10, 40).reason).toMatch(/50.*60.*不合格/);
  });

  it("takes other thresholds, boundaries inclusive", () => {
    const t = { excellent: 85, pass: 70 };
    expect(gradeReview({ scores: { form: 15, content: 70 }, failedVetoItems: [] }, t).grade).toBe("EXCELLENT");
    expect(gradeReview({ scores: { form: 14, content: 70 }, failedVetoItems: [] }, t).grade).toBe("PASS");
    expect(gradeReview({ scores: { form: 10, content: 60 }, failedVetoItems: [] }, t).grade).toBe("PASS");
    expect(gradeReview({ scores: { form: 9, content: 60 }, failedVetoItems: [] }, t).grade).toBe("FAIL");
  });

  it("rounds a total off by floating-point noise to 0.01 before grading", () => {
    expect(grade(19.999999999999996, 70)).toMatchObject({ total: 90, grade: "EXCELLENT" });
    expect(grade(0.1 + 0.2, 59.7)).toMatchObject({ total: 60, grade: "PASS" });
  });

  it("rejects invalid scores and inconsistent thresholds", () => {
    expect(() => grade(21, 70)).toThrow(RangeError);
    expect(() => grade(10, NaN)).toThrow(/content/);
    expect(() => gradeReview({ scores: { form: 10, content: 70 }, failedVetoItems: [] }, { excellent: 60, pass: 90 })).toThrow(RangeError);
    expect(() => gradeReview({ scores: { form: 10, content: 70 }, failedVetoItems: [] }, { excellent: 120, pass: 60 })).toThrow(RangeError);
    expect(() => gradeReview({ scores: { form: 10, content: 70 }, failedVetoItems: [] }, { excellent: 90, pass: NaN })).toThrow(RangeError);
  });

  it("grades consistently with the thresholds for any valid scores (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }).map((h) => h / 2),
        fc.integer({ min: 0, max: 160 }).map((h) => h / 2),
        fc.array(fc.constantFrom(...VETO_ITEMS.map((v) => v.code)), { maxLength: 3 }),
        (form, content, veto) => {
          const outcome = grade(form, content, veto);
          expect(outcome.total).toBe(form + content);
          const expected = veto.length > 0 ? "FAIL" : form + content >= 90 ? "EXCELLENT" : form + content >= 60 ? "PASS" : "FAIL";
          expect(outcome.grade).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("validateScores", () => {
  it("accepts scores within range, boundaries included", () => {
    expect(validateScores({ form: 0, content: 0 })).toEqual([]);
    expect(validateScores({ form: 20, content: 80 })).toEqual([]);
    expect(validateScores({ form: 12.5, content: 66.5 })).toEqual([]);
  });

  it("catches 21 form points, negative content and NaN", () => {
    expect(validateScores({ form: 21, content: 50 })).toEqual(["form must be at most 20 (got 21)"]);
    expect(validateScores({ form: 10, content: -1 })).toEqual(["content must not be negative (got -1)"]);
    expect(validateScores({ form: NaN, content: 50 })).toEqual(["form must be a finite number (got NaN)"]);
    expect(validateScores({ form: 20.5, content: 81 })).toHaveLength(2);
    expect(validateScores({ form: Infinity, content: 50 })).toHaveLength(1);
    expect(validateScores({ form: "10" as unknown as number, content: 50 })).toHaveLength(1);
  });
});

describe("VETO_ITEMS", () => {
  it("lists 6 to 10 veto items with unique codes and Chinese descriptions", () => {
    expect(VETO_ITEMS.length).toBeGreaterThanOrEqual(6);
    expect(VETO_ITEMS.length).toBeLessThanOrEqual(10);
    expect(new Set(VETO_ITEMS.map((v) => v.code)).size).toBe(VETO_ITEMS.length);
    for (const v of VETO_ITEMS) {
      expect(v.code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(v.description).toMatch(/[\u4e00-\u9fff]/);
      expect(v.description).not.toMatch(/第.+条/); // no article numbers
    }
    for (const code of ["NO_LEGAL_BASIS", "UNQUALIFIED_OFFICERS", "PROCEDURE_VIOLATION", "NO_LEGAL_REVIEW", "MISSING_KEY_EVIDENCE", "OVERDUE_DECISION"])
      expect(VETO_ITEMS.map((v) => v.code)).toContain(code);
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(VETO_ITEMS)).toBe(true);
    expect(Object.isFrozen(VETO_ITEMS[0])).toBe(true);
    expect(Object.isFrozen(REVIEW_THRESHOLDS)).toBe(true);
  });
});

describe("summarizeReviews", () => {
  it("counts grades, averages totals and computes the pass rate per agency, sorted by agencyId", () => {
    const summary = summarizeReviews([
      { agencyId: "urban-management", grade: "EXCELLENT", total: 94 },
      { agencyId: "market-regulation", grade: "PASS", total: 72 },
      { agencyId: "urban-management", grade: "FAIL", total: 55 },
      { agencyId: "market-regulation", grade: "FAIL", total: 98 }, // vetoed, with its points
      { agencyId: "urban-management", grade: "PASS", total: 81 },
      { agencyId: "market-regulation", grade: "EXCELLENT", total: 90 },
      { agencyId: "market-regulation", grade: "PASS", total: 60 },
    ]);
    expect(summary).toEqual([
      { agencyId: "market-regulation", reviewed: 4, excellent: 1, pass: 2, fail: 1, averageTotal: 80, passRate: 0.75 },
      { agencyId: "urban-management", reviewed: 3, excellent: 1, pass: 1, fail: 1, averageTotal: 230 / 3, passRate: 2 / 3 },
    ]);
  });

  it("returns nothing for no records, and rejects an unknown grade", () => {
    expect(summarizeReviews([])).toEqual([]);
    expect(() => summarizeReviews([{ agencyId: "a", grade: "GOOD" as never, total: 80 }])).toThrow(RangeError);
  });

  it("accounts for every record exactly once (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ agencyId: fc.constantFrom("a", "b", "c", "B"), grade: fc.constantFrom("EXCELLENT" as const, "PASS" as const, "FAIL" as const), total: fc.integer({ min: 0, max: 100 }) })),
        (records) => {
          const summary = summarizeReviews(records);
          expect(summary.map((s) => s.agencyId)).toEqual([...new Set(records.map((r) => r.agencyId))].sort());
          expect(summary.reduce((s, a) => s + a.reviewed, 0)).toBe(records.length);
          for (const s of summary) {
            expect(s.excellent + s.pass + s.fail).toBe(s.reviewed);
            expect(s.passRate).toBeCloseTo((s.excellent + s.pass) / s.reviewed, 12);
            const mine = records.filter((r) => r.agencyId === s.agencyId);
            expect(s.averageTotal).toBeCloseTo(mine.reduce((t, r) => t + r.total, 0) / mine.length, 9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
