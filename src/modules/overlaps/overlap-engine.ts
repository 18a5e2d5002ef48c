import { hash } from "node:crypto";

/**
 * The overlap engine (职权交叉): which power items of different agencies claim the same kind of
 * power over the same or nested matters, in the same or nested places, at the same time.
 *
 * Pure: no database, no GraphQL. Two entry points:
 * - `findOverlaps(powers)`: the full scan of a catalogue (one result per unordered pair);
 * - `OverlapIndex`: an incremental index for "what does this (new or changed) power overlap?".
 *
 * Neither compares all pairs. Matter and region codes are interned into tries whose nodes carry
 * their chain of ancestors, so "a covers b" is one array read. The full scan groups (power, matter,
 * region) entries by category and matter, ordered inside a group by the region's pre-order number
 * (a subtree is one range); each power looks only at the groups of its matters' ancestors, at the
 * entries in its regions' subtrees or exactly at their ancestors. The incremental index keeps, per
 * category, matter node and region node, the powers declared there and those declared below, and
 * walks the matter tree both ways.
 */

export interface EnginePower {
  id: string;
  agencyId: string;
  category: string;
  matterCodes: string[]; // ≥ 1
  regionPaths: string[]; // ≥ 1
  validFrom: string | null; // inclusive; null = since ever
  validUntil: string | null; // inclusive; null = open-ended
  articleIds: string[]; // legal-basis article ids (may be empty)
}

export enum OverlapKind {
  SAME_BASIS = "SAME_BASIS",
  SAME_MATTER = "SAME_MATTER",
  NESTED_MATTER = "NESTED_MATTER",
}

export enum OverlapSeverity {
  HIGH = "HIGH",
  MEDIUM = "MEDIUM",
  LOW = "LOW",
}

export interface FoundOverlap {
  key: string; // stable identity: sha-256 of the sorted power ids, the kind and the scope
  powerIds: [string, string]; // sorted ascending
  agencyIds: [string, string]; // in the same order as powerIds
  category: string;
  kind: OverlapKind;
  severity: OverlapSeverity;
  matterCodes: string[]; // the shared matter scope, sorted, deduplicated
  regionPaths: string[]; // the shared region scope, sorted, deduplicated
  validFrom: string | null; // the intersection of the two intervals
  validUntil: string | null;
  sharedArticleIds: string[]; // sorted
}

export const SEVERITY_RULE =
  "HIGH when a PENALTY or COERCIVE_MEASURE overlap rests on the same legal basis or the same matter (SAME_BASIS, SAME_MATTER); " +
  "MEDIUM when a PENALTY or COERCIVE_MEASURE overlap is only on nested matters (NESTED_MATTER), or when a LICENSING, INSPECTION " +
  "or LEVY overlap rests on the same legal basis or the same matter; LOW otherwise.";

const ENFORCING = new Set(["PENALTY", "COERCIVE_MEASURE"]);
const ADMINISTERING = new Set(["LICENSING", "INSPECTION", "LEVY"]);

/** The severity table of SEVERITY_RULE. */
export function severityOf(category: string, kind: OverlapKind): OverlapSeverity {
  const direct = kind === OverlapKind.SAME_BASIS || kind === OverlapKind.SAME_MATTER;
  if (ENFORCING.has(category)) return direct ? OverlapSeverity.HIGH : OverlapSeverity.MEDIUM;
  if (ADMINISTERING.has(category) && direct) return OverlapSeverity.MEDIUM;
  return OverlapSeverity.LOW;
}

/**
 * The stable identity of an overlap: sha-256 (hex) of the canonical JSON
 * `["overlap/v1", lowerPowerId, higherPowerId, kind, sortedUniqueMatterCodes, sortedUniqueRegionPaths]`.
 * It does not depend on the interval, the severity or the article ids.
 */
export function overlapKey(o: Pick<FoundOverlap, "powerIds" | "kind" | "matterCodes" | "regionPaths">): string {
  const [a, b] = o.powerIds;
  const ids = a <= b ? [a, b] : [b, a];
  return keyOf([ids[0], ids[1]], o.kind, sortedUnique(o.matterCodes), sortedUnique(o.regionPaths));
}

/** Whether code `outer` covers code `inner` (equal, or an ancestor on whole dot-separated parts). */
export function covers(outer: string, inner: string): boolean {
  return inner === outer || (inner.length > outer.length && inner.charCodeAt(outer.length) === 46 /* . */ && inner.startsWith(outer));
}

/** The single overlap between two powers, or null. */
export function overlapBetween(p: EnginePower, q: EnginePower): FoundOverlap | null {
  if (p.id === q.id) return null;
  return new OverlapIndex([q]).overlapsOf(p)[0] ?? null;
}

/**
 * Full scan: every overlap of the catalogue, one per unordered pair, sorted by key.
 * A duplicated id counts once: the last power with that id wins.
 */
export function findOverlaps(powers: readonly EnginePower[]): FoundOverlap[] {
  const ids = new Set<string>();
  for (let i = 0; i < powers.length; i++) ids.add(powers[i].id);
  if (ids.size === powers.length) return scan(powers);
  const lastById = new Map<string, number>();
  for (let i = 0; i < powers.length; i++) lastById.set(powers[i].id, i);
  return scan(powers.filter((p, i) => lastById.get(p.id) === i));
}

export class OverlapIndex {
  private readonly store = new Store();
  private readonly slots = new Map<string, number>();

  constructor(powers?: readonly EnginePower[]) {
    if (powers) for (const p of powers) this.add(p);
  }

  /** Adds a power; replaces a power with the same id. */
  add(power: EnginePower): void {
    this.remove(power.id);
    this.slots.set(power.id, this.store.add(power));
  }

  remove(powerId: string): void {
    const slot = this.slots.get(powerId);
    if (slot === undefined) return;
    this.store.remove(slot);
    this.slots.delete(powerId);
  }

  has(powerId: string): boolean {
    return this.slots.has(powerId);
  }

  /**
   * Every overlap that involves this power against the powers in the index (the power itself need
   * not be in the index; a power with the same id in the index is ignored). Sorted by key.
   */
  overlapsOf(power: EnginePower): FoundOverlap[] {
    return this.store.overlapsOf(power);
  }

  /** Every overlap among the powers in the index (what findOverlaps reports for them), sorted by key. */
  allOverlaps(): FoundOverlap[] {
    return scan(this.store.powers());
  }

  get size(): number {
    return this.slots.size;
  }
}

// ---------------------------------------------------------------------------------------------
// internals

/** Dotted codes interned into a trie; every node knows its chain of ancestors (top first, itself last). */
class CodeTrie {
  private readonly ids = new Map<string, number>();
  readonly code: string[] = [];
  readonly chain: number[][] = [];
  readonly children: number[][] = [];

  get size(): number {
    return this.code.length;
  }

  intern(code: string): number {
    const hit = this.ids.get(code);
    if (hit !== undefined) return hit;
    // the missing prefixes, deepest first, then create them top-down
    const missing: string[] = [code];
    let parent = -1;
    for (let cut = code.lastIndexOf("."); cut >= 0; cut = code.lastIndexOf(".", cut - 1)) {
      const prefix = code.slice(0, cut);
      const id = this.ids.get(prefix);
      if (id !== undefined) {
        parent = id;
        break;
      }
      missing.push(prefix);
      if (cut === 0) break;
    }
    for (let i = missing.length - 1; i >= 0; i--) parent = this.create(missing[i], parent);
    return parent;
  }

  private create(code: string, parent: number): number {
    const id = this.code.length;
    const chain = parent < 0 ? [id] : [...this.chain[parent], id];
    this.ids.set(code, id);
    this.code.push(code);
    this.chain.push(chain);
    this.children.push([]);
    if (parent >= 0) this.children[parent].push(id);
    return id;
  }

  /** a covers b: a is b or one of its ancestors. */
  covers(a: number, b: number): boolean {
    const chain = this.chain[b];
    const depth = this.chain[a].length - 1;
    return depth < chain.length && chain[depth] === a;
  }

  /** Pre-order numbering: the subtree of n is exactly the nodes numbered [enter[n], leave[n]). */
  eulerTour(): { enter: Int32Array; leave: Int32Array } {
    const n = this.code.length;
    const enter = new Int32Array(n);
    const leave = new Int32Array(n);
    let clock = 0;
    const stack: number[] = [];
    for (let root = 0; root < n; root++) {
      if (this.chain[root].length !== 1) continue;
      stack.push(root);
      while (stack.length > 0) {
        const node = stack[stack.length - 1];
        if (node >= 0) {
          enter[node] = clock++;
          stack[stack.length - 1] = ~node; // revisit on the way out
          const kids = this.children[node];
          for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
        } else {
          leave[~node] = clock;
          stack.pop();
        }
      }
    }
    return { enter, leave };
  }
}

/** What evaluation reads of a power besides its interned codes. */
type Fields = Pick<EnginePower, "id" | "agencyId" | "category" | "validFrom" | "validUntil" | "articleIds">;

/** Interns codes into out[at..], skipping duplicates; returns the new end. */
function internInto(trie: CodeTrie, codes: readonly string[], out: Int32Array | number[], at: number): number {
  let end = at;
  for (let i = 0; i < codes.length; i++) {
    const id = trie.intern(codes[i]);
    let k = at;
    while (k < end && out[k] !== id) k++;
    if (k === end) out[end++] = id;
  }
  return end;
}

/**
 * The full scan. Entries (power, matter, region) are grouped by (category, matter) and, inside a
 * group, ordered by the region's pre-order number, so that the entries whose region lies in a
 * subtree form one range (found by binary search) and those declared exactly at a region form one
 * run. A power P looks only at the groups of its matters' ancestors-or-self (never descendants): a
 * pair is therefore found from the side whose matter is the narrower one, and when it is found from
 * both sides (some matter on each side covers one of the other), the lower slot reports it.
 * Per power, codes[off[i] .. split[i]) are its matter nodes and codes[split[i] .. off[i + 1]) its
 * region nodes: flat typed arrays, no object per power.
 */
function scan(powers: readonly EnginePower[]): FoundOverlap[] {
  const M = new CodeTrie();
  const R = new CodeTrie();
  const n = powers.length;
  let capacity = 0;
  for (let i = 0; i < n; i++) capacity += powers[i].matterCodes.length + powers[i].regionPaths.length;
  const codes = new Int32Array(capacity);
  const off = new Int32Array(n + 1);
  const split = new Int32Array(n);
  const catOf = new Int32Array(n);
  const categories = new Map<string, number>();
  let at = 0;
  for (let i = 0; i < n; i++) {
    const power = powers[i];
    off[i] = at;
    at = internInto(M, power.matterCodes, codes, at);
    split[i] = at;
    at = internInto(R, power.regionPaths, codes, at);
    let c = categories.get(power.category);
    if (c === undefined) categories.set(power.category, (c = categories.size));
    catOf[i] = c;
  }
  off[n] = at;
  const nM = M.size;
  const { enter, leave } = R.eulerTour();

  // groups by (category, matter): a dense table of category × matter node (a map if that is huge)
  const dense = categories.size * nM <= 1 << 22;
  const groupTable = new Int32Array(dense ? categories.size * nM : 0).fill(-1);
  const groupMap = new Map<number, number>();
  const groupOf = (key: number): number => (dense ? groupTable[key] : (groupMap.get(key) ?? -1));
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const base = catOf[i] * nM;
    const regionCount = off[i + 1] - split[i];
    for (let k = off[i]; k < split[i]; k++) {
      let g = groupOf(base + codes[k]);
      if (g < 0) {
        g = counts.length;
        if (dense) groupTable[base + codes[k]] = g;
        else groupMap.set(base + codes[k], g);
        counts.push(0);
      }
      counts[g] += regionCount;
    }
  }
  const start = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) start[g + 1] = start[g] + counts[g];
  const total = start[counts.length];
  // fill with packed (pre-order number, slot) keys, sort each group, unpack
  const SHIFT = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  const packed = new Float64Array(total);
  const fill = start.slice(0, counts.length);
  for (let i = 0; i < n; i++) {
    const base = catOf[i] * nM;
    for (let k = off[i]; k < split[i]; k++) {
      const g = groupOf(base + codes[k]);
      for (let j = split[i]; j < off[i + 1]; j++) packed[fill[g]++] = enter[codes[j]] * SHIFT + i;
    }
  }
  const tinOf = new Int32Array(total);
  const slotOf = new Int32Array(total);
  for (let g = 0; g < counts.length; g++) {
    const from = start[g];
    const to = start[g + 1];
    if (to - from > 1) packed.subarray(from, to).sort();
    for (let k = from; k < to; k++) {
      const key = packed[k];
      const tin = Math.floor(key / SHIFT);
      tinOf[k] = tin;
      slotOf[k] = key - tin * SHIFT;
    }
  }

  const out: FoundOverlap[] = [];
  const stamps = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) {
    const power = powers[p];
    const base = catOf[p] * nM;
    const pm0 = off[p];
    const pm1 = split[p];
    const pEnd = off[p + 1];
    stamps[p] = p;
    for (let mi = pm0; mi < pm1; mi++) {
      const mChain = M.chain[codes[mi]];
      for (let ai = 0; ai < mChain.length; ai++) {
        const g = groupOf(base + mChain[ai]);
        if (g < 0) continue;
        const gs = start[g];
        const ge = start[g + 1];
        for (let ri = pm1; ri < pEnd; ri++) {
          const r = codes[ri];
          const rChain = R.chain[r];
          // entries declared exactly at a proper ancestor of r, then entries anywhere in r's subtree
          for (let j = 0; j < rChain.length; j++) {
            const lo = enter[rChain[j]];
            const hi = j < rChain.length - 1 ? lo + 1 : leave[r];
            for (let k = lowerBound(tinOf, gs, ge, lo); k < ge && tinOf[k] < hi; k++) {
              const q = slotOf[k];
              if (stamps[q] === p) continue;
              stamps[q] = p;
              const found = evaluate(M, R, power, codes, pm0, pm1, pEnd, powers[q], codes, off[q], split[q], off[q + 1], q < p);
              if (found !== null) out.push(found);
            }
          }
        }
      }
    }
  }
  return sortOverlapsByKey(out);
}

function lowerBound(xs: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Bucket {
  own: Map<number, number[]>; // region node → slots declared exactly there
  sub: Map<number, number[]>; // region node → slots declared in its subtree (itself included)
}

/**
 * The incremental index: category → matter node → bucket; a bucket holds, per region node, the
 * slots declared exactly there (`own`) and the slots declared anywhere in its subtree (`sub`). So
 * the powers whose region nests with r are `own` at r's proper ancestors plus `sub` at r.
 */
class Store {
  private readonly matters = new CodeTrie();
  private readonly regions = new CodeTrie();
  /** per slot: a copy of the power, its codes (matters at [0, split), regions at [split, end)) */
  private readonly recs: ({ power: EnginePower; codes: number[]; split: number } | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly byCategory = new Map<string, Map<number, Bucket>>();
  private readonly stamps: number[] = [];
  private stamp = 0;

  private encode(power: EnginePower): { codes: number[]; split: number } {
    const codes: number[] = [];
    const split = internInto(this.matters, power.matterCodes, codes, 0);
    internInto(this.regions, power.regionPaths, codes, split);
    return { codes, split };
  }

  add(input: EnginePower): number {
    const power: EnginePower = {
      id: input.id,
      agencyId: input.agencyId,
      category: input.category,
      matterCodes: input.matterCodes.slice(),
      regionPaths: input.regionPaths.slice(),
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      articleIds: input.articleIds.slice(),
    };
    const { codes, split } = this.encode(power);
    const slot = this.free.length > 0 ? this.free.pop()! : this.recs.length;
    this.recs[slot] = { power, codes, split };
    this.stamps[slot] = 0;
    let buckets = this.byCategory.get(power.category);
    if (!buckets) this.byCategory.set(power.category, (buckets = new Map()));
    for (let i = 0; i < split; i++) {
      const m = codes[i];
      let bucket = buckets.get(m);
      if (!bucket) buckets.set(m, (bucket = { own: new Map(), sub: new Map() }));
      for (let j = split; j < codes.length; j++) {
        push(bucket.own, codes[j], slot);
        for (const a of this.regions.chain[codes[j]]) push(bucket.sub, a, slot);
      }
    }
    return slot;
  }

  remove(slot: number): void {
    const rec = this.recs[slot];
    if (!rec) return;
    const { power, codes, split } = rec;
    const buckets = this.byCategory.get(power.category)!;
    for (let i = 0; i < split; i++) {
      const m = codes[i];
      const bucket = buckets.get(m)!;
      for (let j = split; j < codes.length; j++) {
        pull(bucket.own, codes[j], slot);
        for (const a of this.regions.chain[codes[j]]) pull(bucket.sub, a, slot);
      }
      if (bucket.own.size === 0) buckets.delete(m);
    }
    if (buckets.size === 0) this.byCategory.delete(power.category);
    this.recs[slot] = undefined;
    this.free.push(slot);
  }

  powers(): EnginePower[] {
    const out: EnginePower[] = [];
    for (const rec of this.recs) if (rec) out.push(rec.power);
    return out;
  }

  overlapsOf(power: EnginePower): FoundOverlap[] {
    const buckets = this.byCategory.get(power.category);
    if (!buckets) return [];
    const { codes, split } = this.encode(power);
    const end = codes.length;
    const { recs, stamps, matters, regions } = this;
    const mark = ++this.stamp;
    const out: FoundOverlap[] = [];
    const visitBucket = (bucket: Bucket): void => {
      for (let i = split; i < end; i++) {
        const r: number = codes[i];
        const rChain: number[] = regions.chain[r];
        const last: number = rChain.length - 1;
        for (let j = 0; j <= last; j++) {
          const list: number[] | undefined = j < last ? bucket.own.get(rChain[j]) : bucket.sub.get(r);
          if (list === undefined) continue;
          for (const q of list) {
            if (stamps[q] === mark) continue;
            stamps[q] = mark;
            const other = recs[q]!;
            if (other.power.id === power.id) continue;
            const found = evaluate(
              matters,
              regions,
              power,
              codes,
              0,
              split,
              end,
              other.power,
              other.codes,
              0,
              other.split,
              other.codes.length,
              false,
            );
            if (found !== null) out.push(found);
          }
        }
      }
    };
    const stack: number[] = [];
    for (let i = 0; i < split; i++) {
      const m = codes[i];
      // ancestors-or-self
      for (const a of matters.chain[m]) {
        const bucket = buckets.get(a);
        if (bucket) visitBucket(bucket);
      }
      // proper descendants
      for (const kid of matters.children[m]) stack.push(kid);
      while (stack.length > 0) {
        const d = stack.pop()!;
        const bucket = buckets.get(d);
        if (bucket) visitBucket(bucket);
        const kids = matters.children[d];
        for (let k = 0; k < kids.length; k++) stack.push(kids[k]);
      }
    }
    return sortOverlapsByKey(out);
  }
}

function push(map: Map<number, number[]>, key: number, slot: number): void {
  const list = map.get(key);
  if (list) list.push(slot);
  else map.set(key, [slot]);
}

function pull(map: Map<number, number[]>, key: number, slot: number): void {
  const list = map.get(key)!;
  const at = list.lastIndexOf(slot);
  list[at] = list[list.length - 1];
  list.pop();
  if (list.length === 0) map.delete(key);
}

/**
 * The overlap of p and q, or null (the category is equal by construction of the indexes). Their
 * matter nodes are pc[pm0 .. pm1), their region nodes pc[pm1 .. pEnd); the same for q. With
 * `yieldToOther`, returns null when q finds p in its own scan too (some matter of p covers one of
 * q's): the pair is then reported from q's side.
 */
function evaluate(
  M: CodeTrie,
  R: CodeTrie,
  p: Fields,
  pc: ArrayLike<number>,
  pm0: number,
  pm1: number,
  pEnd: number,
  q: Fields,
  qc: ArrayLike<number>,
  qm0: number,
  qm1: number,
  qEnd: number,
  yieldToOther: boolean,
): FoundOverlap | null {
  if (p.agencyId === q.agencyId) return null;
  const pFrom = p.validFrom ?? null;
  const qFrom = q.validFrom ?? null;
  const pUntil = p.validUntil ?? null;
  const qUntil = q.validUntil ?? null;
  const validFrom = pFrom === null ? qFrom : qFrom === null || pFrom > qFrom ? pFrom : qFrom;
  const validUntil = pUntil === null ? qUntil : qUntil === null || pUntil < qUntil ? pUntil : qUntil;
  if (validFrom !== null && validUntil !== null && validFrom > validUntil) return null;

  let nested = false;
  let equal = false;
  let pCoversQ = false;
  for (let i = pm0; i < pm1; i++) {
    const a = pc[i];
    for (let j = qm0; j < qm1; j++) {
      const b = qc[j];
      if (a === b) nested = equal = pCoversQ = true;
      else if (M.covers(a, b)) nested = pCoversQ = true;
      else if (M.covers(b, a)) nested = true;
    }
  }
  if (!nested || (yieldToOther && pCoversQ)) return null;

  let placed = false;
  for (let i = pm1; i < pEnd && !placed; i++) {
    const a = pc[i];
    for (let j = qm1; j < qEnd; j++) {
      const b = qc[j];
      if (R.covers(a, b) || R.covers(b, a)) {
        placed = true;
        break;
      }
    }
  }
  if (!placed) return null;

  const matterCodes = narrowerOfNested(M, pc, pm0, pm1, qc, qm0, qm1);
  const regionPaths = narrowerOfNested(R, pc, pm1, pEnd, qc, qm1, qEnd);
  const sharedArticleIds = sharedSorted(p.articleIds, q.articleIds);
  const kind = sharedArticleIds.length > 0 ? OverlapKind.SAME_BASIS : equal ? OverlapKind.SAME_MATTER : OverlapKind.NESTED_MATTER;
  const pFirst = p.id < q.id;
  const powerIds: [string, string] = pFirst ? [p.id, q.id] : [q.id, p.id];
  const agencyIds: [string, string] = pFirst ? [p.agencyId, q.agencyId] : [q.agencyId, p.agencyId];
  return {
    key: keyOf(powerIds, kind, matterCodes, regionPaths),
    powerIds,
    agencyIds,
    category: p.category,
    kind,
    severity: severityOf(p.category, kind),
    matterCodes,
    regionPaths,
    validFrom,
    validUntil,
    sharedArticleIds,
  };
}

/** sha-256 hex of the canonical JSON; the lists must already be sorted and unique, the ids in order. */
function keyOf(
  powerIds: readonly [string, string],
  kind: OverlapKind,
  matterCodes: readonly string[],
  regionPaths: readonly string[],
): string {
  return hash("sha256", JSON.stringify(["overlap/v1", powerIds[0], powerIds[1], kind, matterCodes, regionPaths]), "hex");
}

/** For every nested (or equal) pair of xs[x0 .. x1) × ys[y0 .. y1), the narrower code; sorted, unique. */
function narrowerOfNested(
  trie: CodeTrie,
  xs: ArrayLike<number>,
  x0: number,
  x1: number,
  ys: ArrayLike<number>,
  y0: number,
  y1: number,
): string[] {
  if (x1 - x0 === 1 && y1 - y0 === 1) {
    const a = xs[x0];
    const b = ys[y0];
    return trie.covers(a, b) ? [trie.code[b]] : trie.covers(b, a) ? [trie.code[a]] : [];
  }
  const out: string[] = [];
  for (let i = x0; i < x1; i++) {
    for (let j = y0; j < y1; j++) {
      const a = xs[i];
      const b = ys[j];
      if (trie.covers(a, b)) out.push(trie.code[b]);
      else if (trie.covers(b, a)) out.push(trie.code[a]);
    }
  }
  return sortedUnique(out);
}

function sortedUnique(xs: readonly string[]): string[] {
  const sorted = xs.length <= 1 ? xs.slice() : [...xs].sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  sorted.length = n;
  return sorted;
}

/** The ids in both lists, sorted, unique. */
function sharedSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  if (a.length === 0 || b.length === 0) return out;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (b.includes(x) && !out.includes(x)) out.push(x);
  }
  return out.length > 1 ? out.sort() : out;
}

const byKey = (x: FoundOverlap, y: FoundOverlap): number => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

/**
 * Sorts overlaps by key and returns the sorted list (not necessarily the same array). Large lists of
 * hex keys: a numeric sort on the first 32 bits of the key, packed with the position, then a string
 * sort of the (rare) runs that share those bits. Anything else: a plain string sort.
 */
export function sortOverlapsByKey(out: FoundOverlap[]): FoundOverlap[] {
  const n = out.length;
  const SHIFT = 2 ** 21;
  if (n < 256 || n >= SHIFT) return out.sort(byKey);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = out[i].key;
    const head = Number("0x" + key.slice(0, 8)); // NaN unless 8 hex digits
    if (key.length < 8 || !(head >= 0) || key.slice(0, 8) !== key.slice(0, 8).toLowerCase()) return out.sort(byKey);
    packed[i] = head * SHIFT + i;
  }
  packed.sort();
  const sorted: FoundOverlap[] = new Array(n);
  for (let i = 0; i < n; i++) sorted[i] = out[packed[i] % SHIFT];
  for (let i = 0; i < n;) {
    const head = Math.floor(packed[i] / SHIFT);
    let j = i + 1;
    while (j < n && Math.floor(packed[j] / SHIFT) === head) j++;
    if (j - i > 1) {
      const run = sorted.slice(i, j).sort(byKey);
      for (let k = 0; k < run.length; k++) sorted[i + k] = run[k];
    }
    i = j;
  }
  return sorted;
}
