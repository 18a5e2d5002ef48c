import { createHash } from "node:crypto";

/**
 * Case-file review (案卷评查): drawing the files to review, grading a reviewed file, summing up per agency.
 *
 * Pure: no database, no GraphQL, no clock, no global randomness. The scheme follows common practice under
 * Jiangsu's DB32/T 4181-2021 (行政执法案卷制作及评查规范): a file with any veto item (否决项) fails outright;
 * otherwise it scores up to 20 points for form (卷面/形式) and 80 for content (内容), and its total is graded
 * excellent (优秀) / pass (合格) / fail (不合格) against thresholds that are a configurable default here.
 *
 * Sampling (随机抽查) is reproducible without any random-number generator: every file gets a draw key,
 * sha-256 (hex) of the canonical JSON `["case-review/file", seed, fileId]`, and an agency takes the files with
 * the smallest keys. Modelling sha-256 as a random function, that is a uniformly random subset of the
 * agency's files of the allocated size; anyone holding the candidate list and the seed can recompute it. It
 * also makes the draw within an agency nested: allocating one more file to an agency adds one file and
 * keeps the others. The seed should be fixed after the candidate list is (e.g. drawn in the review meeting),
 * because whoever knows both can predict the sample.
 */

// ---------------------------------------------------------------------------------------------
// Sampling

/** A closed case file that may be drawn for review. `closedOn` is carried along; choosing the period is the caller's job. */
export interface SampleCandidate {
  id: string;
  agencyId: string;
  closedOn: string;
}

/**
 * How the sample is shared among agencies (see SAMPLE_ALLOCATION_RULES):
 * - PROPORTIONAL (default): in proportion to each agency's files, at least one each while size allows;
 * - EQUAL: the same number per agency, an agency with fewer files giving all it has.
 */
export type SampleAllocation = "PROPORTIONAL" | "EQUAL";

export interface SampleRequest {
  /** How many files to draw in all: a non-negative integer. */
  size: number;
  /** At most this many files from one agency: a non-negative integer, or Infinity for no cap. */
  perAgencyMax: number;
  /** Any string; record it with the result so the draw can be recomputed. */
  seed: string;
  /** Default PROPORTIONAL. */
  allocation?: SampleAllocation;
}

export interface SampleResult {
  /** The drawn files, sorted by agencyId then id (code-unit order). */
  picked: SampleCandidate[];
  /** Every agency that has candidates, sorted by agencyId: how many files it has and how many were drawn. */
  perAgency: { agencyId: string; available: number; picked: number }[];
  seed: string;
  allocation: SampleAllocation;
}

/**
 * The allocation rules, word for word what sampleCaseFiles does. Notation: agency i has n_i files, its cap is
 * c_i = min(n_i, perAgencyMax), m agencies have files, and S = min(size, Σ c_i) files are drawn in all.
 * "Priority order" ranks agencies by more files first, then by the agency's seeded key, sha-256 of
 * `["case-review/agency", seed, agencyId]` (smaller first): it breaks every tie.
 */
export const SAMPLE_ALLOCATION_RULES: Readonly<Record<SampleAllocation, string>> = Object.freeze({
  PROPORTIONAL:
    "Largest-remainder (Hamilton) proportional allocation with a floor of one file per agency and the caps. " +
    "If S ≤ m, the first S agencies in priority order get one file each. Otherwise each agency's quota is " +
    "q_i = clamp(λ·n_i, 1, c_i), with the single λ that makes Σ q_i = S (computed exactly, in integers); each " +
    "agency gets ⌊q_i⌋, and the S − Σ⌊q_i⌋ files left over go one each to the agencies with the largest " +
    "fractional parts q_i − ⌊q_i⌋ (ties in priority order). So every agency gets its exact quota rounded down " +
    "or up, at least one file, and never more than its cap. Like every largest-remainder method, it is not " +
    "monotone in size: a redraw with a larger size may give some agency one file fewer (the Alabama paradox).",
  EQUAL:
    "Water-filling (max-min fair) allocation. The level t is the largest integer with Σ min(c_i, t) ≤ S; each " +
    "agency gets min(c_i, t), and the S − Σ min(c_i, t) files left over go one each to agencies with c_i > t, " +
    "in priority order. So two agencies' counts differ by at most one unless the smaller one has given all it " +
    "may, and a larger size only ever adds files to the sample.",
});

/** Above this many candidates the exact integer arithmetic of the allocation could exceed 2^53. */
const MAX_CANDIDATES = 2 ** 26;

/**
 * A reproducible random sample, stratified across agencies: the same candidates (in any order) and the same seed
 * give the same sample. First the size is shared among the agencies with files (SAMPLE_ALLOCATION_RULES; never
 * more than perAgencyMax or than an agency has; when size exceeds what the caps allow, as many as allowed), then
 * each agency's files are drawn at random by their seeded draw keys (see the module comment).
 *
 * Throws a RangeError on a size or perAgencyMax that is not a non-negative integer (perAgencyMax may be
 * Infinity), on a seed that is not a string, on an empty id or agencyId, and on two candidates with the same id.
 */
export function sampleCaseFiles(candidates: readonly SampleCandidate[], request: SampleRequest): SampleResult {
  const { size, perAgencyMax, seed } = request;
  const allocation = request.allocation ?? "PROPORTIONAL";
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer (got ${size})`);
  if (!(perAgencyMax === Infinity || (Number.isSafeInteger(perAgencyMax) && perAgencyMax >= 0)))
    throw new RangeError(`perAgencyMax must be a non-negative integer or Infinity (got ${perAgencyMax})`);
  if (typeof seed !== "string") throw new RangeError("seed must be a string");
  if (allocation !== "PROPORTIONAL" && allocation !== "EQUAL") throw new RangeError(`unknown allocation ${String(allocation)}`);
  if (candidates.length > MAX_CANDIDATES) throw new RangeError(`at most ${MAX_CANDIDATES} candidates (got ${candidates.length})`);

  // Strata: one per agency, its files ordered by draw key.
  const ids = new Set<string>();
  const byAgency = new Map<string, { key: string; file: SampleCandidate }[]>();
  for (const file of candidates) {
    if (typeof file.id !== "string" || file.id === "") throw new RangeError("a candidate has an empty id");
    if (typeof file.agencyId !== "string" || file.agencyId === "") throw new RangeError(`candidate ${file.id} has an empty agencyId`);
    if (ids.has(file.id)) throw new RangeError(`candidate id ${file.id} appears twice`);
    ids.add(file.id);
    let files = byAgency.get(file.agencyId);
    if (!files) byAgency.set(file.agencyId, (files = []));
    files.push({ key: drawKey("case-review/file", seed, file.id), file });
  }
  const strata = [...byAgency.entries()]
    .map(([agencyId, files]) => ({
      agencyId,
      files: files.sort((a, b) => compare(a.key, b.key) || compare(a.file.id, b.file.id)).map((f) => f.file),
      tieKey: drawKey("case-review/agency", seed, agencyId),
    }))
    .sort((a, b) => compare(a.agencyId, b.agencyId));

  const counts = strata.map((s) => s.files.length);
  const caps = counts.map((n) => Math.min(n, perAgencyMax));
  const total = Math.min(size, caps.reduce((sum, c) => sum + c, 0));
  // Priority order: more files first, then the seeded agency key.
  const priority = strata.map((_, i) => i).sort((i, j) => counts[j] - counts[i] || compare(strata[i].tieKey, strata[j].tieKey));
  const rank = new Array<number>(strata.length);
  priority.forEach((i, r) => (rank[i] = r));

  const allotted =
    allocation === "EQUAL" ? allocateEqually(caps, total, priority) : allocateProportionally(counts, caps, total, priority, rank);

  const picked: SampleCandidate[] = [];
  strata.forEach((s, i) => picked.push(...s.files.slice(0, allotted[i]).sort((a, b) => compare(a.id, b.id))));
  return {
    picked,
    perAgency: strata.map((s, i) => ({ agencyId: s.agencyId, available: counts[i], picked: allotted[i] })),
    seed,
    allocation,
  };
}

/** PROPORTIONAL of SAMPLE_ALLOCATION_RULES. All arithmetic is on integers below 2^53 (n_i, c_i, S ≤ 2^26). */
function allocateProportionally(n: number[], c: number[], S: number, priority: number[], rank: number[]): number[] {
  const m = n.length;
  const k = new Array<number>(m).fill(0);
  if (S <= m) {
    for (let r = 0; r < S; r++) k[priority[r]] = 1;
    return k;
  }
  // Here S > m, so perAgencyMax ≥ 1 and every c_i ≥ 1. f(λ) = Σ clamp(λ·n_i, 1, c_i) is continuous and
  // non-decreasing, from m (λ ≤ 1/max n) to Σ c_i ≥ S, and linear between its breakpoints 1/n_i and c_i/n_i.
  // Find the first breakpoint β_j with f(β_j) ≥ S; λ lies in (β_{j-1}, β_j], where no breakpoint falls.
  const points: [number, number][] = []; // fractions [numerator, denominator]
  for (let i = 0; i < m; i++) points.push([1, n[i]], [c[i], n[i]]);
  points.sort((a, b) => a[0] * b[1] - b[0] * a[1]);
  const reaches = ([p, q]: [number, number]) => {
    let sum = 0; // q · f(p/q)
    for (let i = 0; i < m; i++) sum += Math.min(Math.max(p * n[i], q), c[i] * q);
    return sum >= S * q;
  };
  let lo = 0; // f(points[0]) = m < S
  let hi = points.length - 1; // f(points[last]) = Σ c_i ≥ S
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (reaches(points[mid])) hi = mid;
    else lo = mid;
  }
  const [loP, loQ] = points[lo];
  const [hiP, hiQ] = points[hi];
  // On that segment an agency sits at its floor (1/n_i ≥ β_j), at its cap (c_i/n_i ≤ β_{j-1}), or is free.
  // λ = P / Q, where P = S minus the fixed quotas and Q = Σ n_i over the free agencies.
  const free: number[] = [];
  let P = S;
  let Q = 0;
  for (let i = 0; i < m; i++) {
    if (hiP * n[i] <= hiQ) k[i] = 1; // 1/n_i ≥ β_j
    else if (c[i] * loQ <= loP * n[i]) k[i] = c[i]; // c_i/n_i ≤ β_{j-1}
    else {
      free.push(i);
      Q += n[i];
      continue;
    }
    P -= k[i];
  }
  // f is strictly increasing on the segment (f(β_{j-1}) < S ≤ f(β_j)), so some agency is free and Q > 0.
  // A free agency's quota is P·n_i / Q, in (1, c_i]: ⌊q_i⌋ and its fractional part remainder_i / Q.
  const remainder = new Array<number>(m).fill(0);
  let left = P;
  for (const i of free) {
    remainder[i] = (P * n[i]) % Q;
    k[i] = (P * n[i] - remainder[i]) / Q;
    left -= k[i];
  }
  // Σ q_i = S, so the fractional parts add up to `left`, and more than `left` of them are positive.
  const order = free.filter((i) => remainder[i] > 0).sort((i, j) => remainder[j] - remainder[i] || rank[i] - rank[j]);
  for (let r = 0; r < left; r++) k[order[r]] += 1;
  return k;
}

/** EQUAL of SAMPLE_ALLOCATION_RULES. */
function allocateEqually(c: number[], S: number, priority: number[]): number[] {
  const filled = (t: number) => c.reduce((sum, ci) => sum + Math.min(ci, t), 0);
  let lo = 0; // filled(0) = 0 ≤ S
  let hi = c.reduce((max, ci) => Math.max(max, ci), 0) + 1; // filled(max c_i + 1) = Σ c_i, which may equal S
  // The largest t in [0, max c_i] with filled(t) ≤ S (a t above max c_i adds nothing).
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (filled(mid) <= S) lo = mid;
    else hi = mid;
  }
  const t = lo;
  const k = c.map((ci) => Math.min(ci, t));
  let left = S - filled(t);
  for (const i of priority) {
    if (left === 0) break;
    if (c[i] > t) {
      k[i] += 1;
      left -= 1;
    }
  }
  return k;
}

function drawKey(kind: string, seed: string, id: string): string {
  return createHash("sha256").update(JSON.stringify([kind, seed, id])).digest("hex");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Grading

export type ReviewGrade = "EXCELLENT" | "PASS" | "FAIL";

/** Form (卷面/形式) 0–20 points, content (内容) 0–80 points. Fractions (half points) are allowed. */
export interface ReviewScores {
  form: number;
  content: number;
}

export interface ReviewInput {
  scores: ReviewScores;
  /** Codes of the veto items (否决项) the file fails, usually from VETO_ITEMS; a local code is accepted as is. */
  failedVetoItems: readonly string[];
}

export interface ReviewOutcome {
  /** form + content, as scored (rounded to 0.01 against floating-point noise); a veto does not change it. */
  total: number;
  grade: ReviewGrade;
  /** Why, in one line: the veto items, or the total against the thresholds. */
  reason: string;
}

export const REVIEW_MAX_SCORES: Readonly<ReviewScores> = Object.freeze({ form: 20, content: 80 });

/**
 * The default grade boundaries, both inclusive: EXCELLENT at ≥ 90 points, PASS at ≥ 60, FAIL below 60 (or on
 * any veto item). 90/60 is a common choice in county and city review schemes; it is a default, not a rule
 * read from DB32/T 4181-2021: a county that grades otherwise passes its own thresholds to gradeReview.
 */
export const REVIEW_THRESHOLDS: Readonly<{ excellent: number; pass: number }> = Object.freeze({ excellent: 90, pass: 60 });

/**
 * Typical veto items (否决项, "基本标准"): any one of them makes the file fail, whatever its points. They
 * mirror the grounds on which an enforcement decision does not stand (no authority, unqualified officers,
 * facts and evidence, legal basis, procedure, review, time limits, gross impropriety, a crime not referred).
 * A county's own scheme may add or merge items; the codes are stable identifiers.
 */
export const VETO_ITEMS: readonly { code: string; description: string }[] = Object.freeze(
  [
    { code: "UNLAWFUL_AUTHORITY", description: "执法主体不合法或者超越法定职权" },
    { code: "UNQUALIFIED_OFFICERS", description: "执法人员不具备执法资格或者少于两人" },
    { code: "MISSING_KEY_EVIDENCE", description: "认定事实不清、主要证据不足" },
    { code: "NO_LEGAL_BASIS", description: "适用法律依据错误" },
    { code: "PROCEDURE_VIOLATION", description: "违反法定程序（如未告知当事人陈述、申辩或者听证的权利）" },
    { code: "NO_LEGAL_REVIEW", description: "应当进行法制审核而未审核" },
    { code: "OVERDUE_DECISION", description: "超过法定期限作出决定" },
    { code: "CLEARLY_IMPROPER", description: "行政裁量明显不当（畸轻畸重）" },
    { code: "CRIMINAL_REFERRAL_OMITTED", description: "涉嫌犯罪应当移送司法机关而未移送（以罚代刑）" },
  ].map((item) => Object.freeze(item)),
);

const VETO_DESCRIPTIONS = new Map(VETO_ITEMS.map((v) => [v.code, v.description]));

/** The problems with a pair of scores (out of range, not a finite number); empty when they are fine. */
export function validateScores(scores: ReviewScores): string[] {
  if (scores === null || typeof scores !== "object") return ["scores are missing"];
  const problems: string[] = [];
  for (const part of ["form", "content"] as const) {
    const value: unknown = scores[part];
    const max = REVIEW_MAX_SCORES[part];
    if (typeof value !== "number" || !Number.isFinite(value)) problems.push(`${part} must be a finite number (got ${String(value)})`);
    else if (value < 0) problems.push(`${part} must not be negative (got ${value})`);
    else if (value > max) problems.push(`${part} must be at most ${max} (got ${value})`);
  }
  return problems;
}

/**
 * Grades one reviewed file: FAIL on any veto item, whatever its points; otherwise EXCELLENT at total ≥
 * thresholds.excellent, PASS at total ≥ thresholds.pass, FAIL below. Throws a RangeError when the scores fail
 * validateScores or the thresholds are not 0 ≤ pass ≤ excellent ≤ 100.
 */
export function gradeReview(input: ReviewInput, thresholds: { excellent: number; pass: number } = REVIEW_THRESHOLDS): ReviewOutcome {
  const problems = validateScores(input.scores);
  if (problems.length > 0) throw new RangeError(problems.join("; "));
  const { excellent, pass } = thresholds;
  if (![excellent, pass].every(Number.isFinite) || pass < 0 || pass > excellent || excellent > 100)
    throw new RangeError(`thresholds must satisfy 0 ≤ pass ≤ excellent ≤ 100 (got pass ${pass}, excellent ${excellent})`);

  const total = Math.round((input.scores.form + input.scores.content) * 100) / 100;
  const vetoes = [...new Set(input.failedVetoItems)];
  if (vetoes.length > 0) {
    const items = vetoes.map((code) => (VETO_DESCRIPTIONS.has(code) ? `${code} ${VETO_DESCRIPTIONS.get(code)}` : code));
    return { total, grade: "FAIL", reason: `存在否决项：${items.join("；")}。不论得分（${total}分），评为不合格` };
  }
  if (total >= excellent) return { total, grade: "EXCELLENT", reason: `得分${total}分，达到${excellent}分：优秀` };
  if (total >= pass) return { total, grade: "PASS", reason: `得分${total}分，达到${pass}分、不足${excellent}分：合格` };
  return { total, grade: "FAIL", reason: `得分${total}分，不足${pass}分：不合格` };
}

// ---------------------------------------------------------------------------------------------
// Summary

export interface ReviewRecord {
  agencyId: string;
  grade: ReviewGrade;
  total: number;
}

export interface AgencyReviewSummary {
  agencyId: string;
  reviewed: number;
  excellent: number;
  pass: number;
  fail: number;
  /** Mean of the records' totals (vetoed files count with their points), not rounded. */
  averageTotal: number;
  /** (excellent + pass) / reviewed, in [0, 1], not rounded. */
  passRate: number;
}

/** One summary per agency that has records, sorted by agencyId (code-unit order). Throws a RangeError on an unknown grade. */
export function summarizeReviews(records: readonly ReviewRecord[]): AgencyReviewSummary[] {
  const byAgency = new Map<string, { reviewed: number; excellent: number; pass: number; fail: number; sum: number }>();
  for (const r of records) {
    let s = byAgency.get(r.agencyId);
    if (!s) byAgency.set(r.agencyId, (s = { reviewed: 0, excellent: 0, pass: 0, fail: 0, sum: 0 }));
    if (r.grade === "EXCELLENT") s.excellent++;
    else if (r.grade === "PASS") s.pass++;
    else if (r.grade === "FAIL") s.fail++;
    else throw new RangeError(`unknown grade ${String(r.grade)} for agency ${r.agencyId}`);
    s.reviewed++;
    s.sum += r.total;
  }
  return [...byAgency.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([agencyId, s]) => ({
      agencyId,
      reviewed: s.reviewed,
      excellent: s.excellent,
      pass: s.pass,
      fail: s.fail,
      averageTotal: s.sum / s.reviewed,
      passRate: (s.excellent + s.pass) / s.reviewed,
    }));
}
