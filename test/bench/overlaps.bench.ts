import { findOverlaps, OverlapIndex, type EnginePower } from "../../src/modules/overlaps/overlap-engine.js";

/**
 * The overlap engine on synthetic catalogues (deterministic: seeded PRNG, no Math.random).
 *   npm run build && node dist/test/bench/overlaps.bench.js
 * - a county: 2,575 powers, 40 agencies (22 bureaus + 18 town governments), ~300 matter codes of
 *   depth ≤ 4, the county + 18 towns + 270 villages;
 * - a province: 100 such counties (2,500 powers each, 250,000 in all) under the root "32", each
 *   county its own subtree "32.3203xx", its own agencies.
 * Prints the full-scan time (median of 5 runs for the county, 3 for the province), the number of
 * overlaps, memory, and p50/p99 of `overlapsOf` for 1,000 random powers against a county index.
 * Aims: full scan ≤ 50 ms (county), ≤ 2 s (province); overlapsOf p99 ≤ 5 ms.
 */

const AIM_COUNTY_MS = 50;
const AIM_PROVINCE_MS = 2_000;
const AIM_INCREMENTAL_P99_MS = 5;
const SEED = Number(process.env.SEED ?? 20260201);

// ---------------------------------------------------------------- deterministic randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)];
function weighted<T>(rng: Rng, table: readonly [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rng() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1][0];
}

// ---------------------------------------------------------------- the synthetic world

const DOMAINS = ["FOOD", "DRUG", "SAND", "WATER", "LAND", "TRAFFIC", "CITY", "ENV", "SAFETY", "CULTURE", "FARM", "TRADE"];

/** A matter tree of ~300 codes, depth ≤ 4: 12 domains × 4 areas × 3 topics, some topics with 1–2 details. */
function matterTree(rng: Rng): { all: string[]; areas: string[]; below: Map<string, string[]> } {
  const all: string[] = [];
  const areas: string[] = [];
  const below = new Map<string, string[]>(); // area → its codes (itself included)
  for (const d of DOMAINS) {
    all.push(d);
    for (let a = 1; a <= 4; a++) {
      const area = `${d}.A${a}`;
      const codes = [area];
      for (let t = 1; t <= 3; t++) {
        const topic = `${area}.T${t}`;
        codes.push(topic);
        const details = rng() < 0.45 ? 1 + int(rng, 2) : 0;
        for (let x = 1; x <= details; x++) codes.push(`${topic}.D${x}`);
      }
      areas.push(area);
      below.set(area, codes);
      all.push(...codes);
    }
  }
  return { all, areas, below };
}

const CATEGORIES: [string, number][] = [
  ["PENALTY", 55],
  ["LICENSING", 10],
  ["INSPECTION", 10],
  ["COERCIVE_MEASURE", 8],
  ["LEVY", 3],
  ["CONFIRMATION", 4],
  ["BENEFIT", 3],
  ["REWARD", 2],
  ["ADJUDICATION", 1],
  ["OTHER", 4],
];
const DATES = ["2018-01-01", "2019-10-01", "2021-07-15", "2022-03-01", "2023-05-01", "2024-01-01", "2025-06-30", "2026-02-01"];

interface County {
  path: string;
  powers: EnginePower[];
}

/**
 * One county. Each of the 22 bureaus owns a main matter area (75% of its powers) and a second
 * one; five areas are one bureau's main and another's second area: the real overlaps. 0.5% of the
 * powers are broad (a whole domain), 4.5% cover a whole area, the rest a topic or a detail. The 18
 * town governments hold powers in their own town, mostly over matters no bureau holds, 8% over
 * city and environment matters (综合执法), which overlap the county bureaus there.
 */
function county(rng: Rng, tree: ReturnType<typeof matterTree>, code: string, pathPrefix: string, powerCount: number): County {
  const path = pathPrefix ? `${pathPrefix}.${code}` : code;
  const towns: string[] = [];
  const villages = new Map<string, string[]>();
  for (let t = 0; t < 18; t++) {
    const townCode = `${code}${String(101 + t)}`;
    const town = `${path}.${townCode}`;
    towns.push(town);
    villages.set(
      town,
      Array.from({ length: 15 }, (_, v) => `${town}.${townCode}${String(201 + v)}`),
    );
  }
  const bureaus = Array.from({ length: 22 }, (_, b) => ({
    id: `${code}-B${String(b + 1).padStart(2, "0")}`,
    areas: [tree.areas[(b * 2) % tree.areas.length], tree.areas[(b * 2 + 1 + (b % 5 === 0 ? 2 : 0)) % tree.areas.length]],
  }));
  // town governments: mostly matters no county bureau holds (TRADE here), some city and environment matters
  const townOwn = tree.areas.filter((a) => a.startsWith("TRADE."));
  const townShared = tree.areas.filter((a) => a.startsWith("CITY.") || a.startsWith("ENV."));
  const governments = towns.map((town, t) => ({ id: `${code}-T${String(t + 1).padStart(2, "0")}`, town }));
  const articlePool = (area: string) => Array.from({ length: 12 }, (_, i) => `art:${area}:${i}`);

  const powers: EnginePower[] = [];
  const perBureau = Math.floor((powerCount * 0.72) / bureaus.length);
  const perTown = Math.floor((powerCount - perBureau * bureaus.length) / governments.length);
  let extra = powerCount - perBureau * bureaus.length - perTown * governments.length;
  const interval = (): [string | null, string | null] => {
    const from = rng() < 0.6 ? null : pick(rng, DATES);
    let until = rng() < 0.85 ? null : pick(rng, DATES);
    if (from !== null && until !== null && until < from) until = null;
    return [from, until];
  };
  const matterIn = (area: string): string => {
    const codes = tree.below.get(area)!;
    const x = rng();
    return x < 0.005 ? area.split(".")[0] : x < 0.05 ? area : pick(rng, codes.slice(1));
  };
  const make = (agencyId: string, n: number, areasOf: () => string[], regions: () => string[]) => {
    for (let i = 0; i < n; i++) {
      const areas = areasOf();
      const area = areas.length === 2 ? areas[rng() < 0.75 ? 0 : 1] : pick(rng, areas);
      const matterCodes = [matterIn(area)];
      if (rng() < 0.2) matterCodes.push(matterIn(pick(rng, areas)));
      const [validFrom, validUntil] = interval();
      const pool = articlePool(area);
      const articleIds = Array.from({ length: 1 + int(rng, 3) }, () => pick(rng, pool));
      powers.push({
        id: `${agencyId}-${String(i + 1).padStart(4, "0")}`,
        agencyId,
        category: weighted(rng, CATEGORIES),
        matterCodes,
        regionPaths: regions(),
        validFrom,
        validUntil,
        articleIds,
      });
    }
  };
  for (const b of bureaus) {
    make(
      b.id,
      perBureau + (extra-- > 0 ? 1 : 0),
      () => b.areas,
      () => (rng() < 0.9 ? [path] : Array.from({ length: 1 + int(rng, 2) }, () => pick(rng, towns))),
    );
  }
  for (const g of governments) {
    make(
      g.id,
      perTown + (extra-- > 0 ? 1 : 0),
      () => (rng() < 0.92 ? townOwn : townShared),
      () => (rng() < 0.8 ? [g.town] : [pick(rng, villages.get(g.town)!)]),
    );
  }
  return { path, powers };
}

// ---------------------------------------------------------------- measuring

const ms = (x: number) => `${x.toFixed(1)} ms`;
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}
function memory(label: string): void {
  const m = process.memoryUsage();
  console.log(`  memory ${label}: rss ${mib(m.rss)}, heapUsed ${mib(m.heapUsed)}`);
}
function timeScan(powers: readonly EnginePower[], runs: number): { times: number[]; count: number } {
  const times: number[] = [];
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    count = findOverlaps(powers).length;
    times.push(performance.now() - t0);
  }
  return { times, count };
}
const verdict = (value: number, aim: number) => (value <= aim ? "ok" : "OVER THE AIM");

const rng = mulberry32(SEED);
const tree = matterTree(rng);
console.log(`overlap engine bench, node ${process.version}, seed ${SEED}, matter tree of ${tree.all.length} codes`);
memory("at start");

// a county
const pei = county(rng, tree, "320322", "", 2575);
{
  const agencies = new Set(pei.powers.map((p) => p.agencyId)).size;
  const { times, count } = timeScan(pei.powers, 5);
  console.log(`county: ${pei.powers.length} powers, ${agencies} agencies, region ${pei.path} + 18 towns + 270 villages`);
  console.log(
    `  full scan: median ${ms(median(times))} of 5 runs [${times.map((t) => t.toFixed(1)).join(", ")}]  aim ≤ ${AIM_COUNTY_MS} ms: ${verdict(median(times), AIM_COUNTY_MS)}`,
  );
  const all = findOverlaps(pei.powers);
  const bySeverity = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const o of all) {
    bySeverity.set(o.severity, (bySeverity.get(o.severity) ?? 0) + 1);
    byKind.set(o.kind, (byKind.get(o.kind) ?? 0) + 1);
  }
  console.log(
    `  overlaps found: ${count} (${[...byKind].map(([k, n]) => `${k} ${n}`).join(", ")}; ${[...bySeverity].map(([k, n]) => `${k} ${n}`).join(", ")})`,
  );

  // incremental: overlapsOf against a county index
  const t0 = performance.now();
  const index = new OverlapIndex(pei.powers);
  const buildMs = performance.now() - t0;
  const probeRng = mulberry32(SEED ^ 0x5eed);
  const lat: number[] = [];
  let found = 0;
  for (let i = 0; i < 1000; i++) {
    const p = pick(probeRng, pei.powers);
    // half of the probes are a re-declaration by another agency (a new power), half the stored power itself
    const probe = i % 2 === 0 ? p : { ...p, id: `probe-${i}`, agencyId: `${p.agencyId}-other` };
    const s = performance.now();
    found += index.overlapsOf(probe).length;
    lat.push(performance.now() - s);
  }
  const p99 = quantile(lat, 0.99);
  console.log(`  index: built in ${ms(buildMs)} for ${index.size} powers`);
  console.log(
    `  overlapsOf × 1000: p50 ${lat.length ? quantile(lat, 0.5).toFixed(3) : "-"} ms, p99 ${p99.toFixed(3)} ms, max ${Math.max(...lat).toFixed(3)} ms ` +
      `(${(found / 1000).toFixed(1)} overlaps per call)  aim p99 ≤ ${AIM_INCREMENTAL_P99_MS} ms: ${verdict(p99, AIM_INCREMENTAL_P99_MS)}`,
  );
  const u: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const p = pick(probeRng, pei.powers);
    const s = performance.now();
    index.remove(p.id);
    index.add(p);
    u.push(performance.now() - s);
  }
  console.log(`  remove + add × 1000: p50 ${quantile(u, 0.5).toFixed(3)} ms, p99 ${quantile(u, 0.99).toFixed(3)} ms`);
}

// a province
{
  memory("before the province");
  const t0 = performance.now();
  const powers: EnginePower[] = [];
  for (let c = 0; c < 100; c++) powers.push(...county(rng, tree, `3203${String(c).padStart(2, "0")}`, "32", 2500).powers);
  const genMs = performance.now() - t0;
  console.log(`province: ${powers.length} powers in 100 counties under "32" (generated in ${ms(genMs)})`);
  memory("with the province generated");
  const { times, count } = timeScan(powers, 3);
  console.log(
    `  full scan: median ${ms(median(times))} of 3 runs [${times.map((t) => t.toFixed(0)).join(", ")}]  aim ≤ ${AIM_PROVINCE_MS} ms: ${verdict(median(times), AIM_PROVINCE_MS)}`,
  );
  console.log(`  overlaps found: ${count}`);
  memory("after the province scans");
}
console.log(`  peak rss (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
