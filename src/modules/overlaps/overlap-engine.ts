import { createHash } from "node:crypto";

/**
 * The overlap engine (职权交叉): which power items of different agencies claim the same kind of
 * power over the same or nested matters, in the same or nested places, at the same time.
 *
 * Pure: no database, no GraphQL. Two entry points share one index structure:
 * - `findOverlaps(powers)`: the full scan of a catalogue (one result per unordered pair);
 * - `OverlapIndex`: an incremental index for "what does this (new or changed) power overlap?".
 *
 * Index layout: category → matter node → bucket; a bucket holds, per region node, the powers
 * declared exactly there (`own`) and the powers declared anywhere in its subtree (`sub`). So the
 * powers whose region nests with r are `own` at r's proper ancestors plus `sub` at r: a handful
 * of map look-ups, never a scan of the catalogue. Matter and region codes are interned into tries
 * whose nodes carry their ancestor chain, so "a covers b" is one array read.
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
  "HIGH: a PENALTY or COERCIVE_MEASURE overlap on the same legal basis or the same matter. " +
  "MEDIUM: a PENALTY or COERCIVE_MEASURE overlap on nested matters, or a LICENSING, INSPECTION or LEVY overlap " +
  "on the same legal basis or the same matter. LOW: everything else.";

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
  const canonical = JSON.stringify(["overlap/v1", ids[0], ids[1], o.kind, sortedUnique(o.matterCodes), sortedUnique(o.regionPaths)]);
  return createHash("sha256").update(canonical).digest("hex");
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

/** Full scan: every overlap of the catalogue, one per unordered pair, sorted by key. Duplicate ids: the last one wins. */
export function findOverlaps(powers: readonly EnginePower[]): FoundOverlap[] {
  const store = new Store();
  const lastById = new Map<string, number>();
  for (let i = 0; i < powers.length; i++) lastById.set(powers[i].id, i);
  for (let i = 0; i < powers.length; i++) if (lastById.get(powers[i].id) === i) store.add(powers[i]);
  return store.scanAll();
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

  /** Every overlap among the powers in the index (as findOverlaps would report), sorted by key. */
  allOverlaps(): FoundOverlap[] {
    return this.store.scanAll();
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
  readonly chain: Int32Array[] = [];
  readonly children: number[][] = [];

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
    const up = parent < 0 ? undefined : this.chain[parent];
    const chain = new Int32Array((up?.length ?? 0) + 1);
    if (up) chain.set(up);
    chain[chain.length - 1] = id;
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
}

interface Rec {
  id: string;
  agencyId: string;
  category: string;
  matters: Int32Array; // unique node ids
  regions: Int32Array; // unique node ids
  validFrom: string | null;
  validUntil: string | null;
  articles: string[]; // sorted, unique
}

interface Bucket {
  own: Map<number, number[]>; // region node → slots declared exactly there
  sub: Map<number, number[]>; // region node → slots declared in its subtree (itself included)
}

class Store {
  private readonly matters = new CodeTrie();
  private readonly regions = new CodeTrie();
  private readonly recs: (Rec | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly byCategory = new Map<string, Map<number, Bucket>>();
  private stamps = new Float64Array(64);
  private stamp = 0;

  add(power: EnginePower): number {
    const rec: Rec = {
      id: power.id,
      agencyId: power.agencyId,
      category: power.category,
      matters: internAll(this.matters, power.matterCodes),
      regions: internAll(this.regions, power.regionPaths),
      validFrom: power.validFrom ?? null,
      validUntil: power.validUntil ?? null,
      articles: sortedUnique(power.articleIds),
    };
    const slot = this.free.length > 0 ? this.free.pop()! : this.recs.length;
    this.recs[slot] = rec;
    if (slot >= this.stamps.length) {
      const grown = new Float64Array(Math.max(slot + 1, this.stamps.length * 2));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    let buckets = this.byCategory.get(rec.category);
    if (!buckets) this.byCategory.set(rec.category, (buckets = new Map()));
    for (const m of rec.matters) {
      let bucket = buckets.get(m);
      if (!bucket) buckets.set(m, (bucket = { own: new Map(), sub: new Map() }));
      for (const r of rec.regions) {
        push(bucket.own, r, slot);
        for (const a of this.regions.chain[r]) push(bucket.sub, a, slot);
      }
    }
    return slot;
  }

  remove(slot: number): void {
    const rec = this.recs[slot];
    if (!rec) return;
    const buckets = this.byCategory.get(rec.category)!;
    for (const m of rec.matters) {
      const bucket = buckets.get(m)!;
      for (const r of rec.regions) {
        pull(bucket.own, r, slot);
        for (const a of this.regions.chain[r]) pull(bucket.sub, a, slot);
      }
      if (bucket.own.size === 0) buckets.delete(m);
    }
    if (buckets.size === 0) this.byCategory.delete(rec.category);
    this.recs[slot] = undefined;
    this.free.push(slot);
  }

  /**
   * Full scan. Each power P looks only at the buckets of its matters' ancestors-or-self (never
   * descendants): a pair is therefore found from the side whose matter is the deeper one, and when
   * it is found from both sides, the lower slot reports it.
   */
  scanAll(): FoundOverlap[] {
    const out: FoundOverlap[] = [];
    const { recs, stamps, matters, regions } = this;
    for (let p = 0; p < recs.length; p++) {
      const rec = recs[p];
      if (!rec) continue;
      const buckets = this.byCategory.get(rec.category)!;
      const mark = ++this.stamp;
      stamps[p] = mark;
      for (const m of rec.matters) {
        const mChain = matters.chain[m];
        for (let i = 0; i < mChain.length; i++) {
          const bucket = buckets.get(mChain[i]);
          if (bucket === undefined) continue;
          for (let ri = 0; ri < rec.regions.length; ri++) {
            const r: number = rec.regions[ri];
            const rChain: Int32Array = regions.chain[r];
            const last: number = rChain.length - 1;
            for (let j = 0; j <= last; j++) {
              const list: number[] | undefined = j < last ? bucket.own.get(rChain[j]) : bucket.sub.get(r);
              if (list === undefined) continue;
              for (let k = 0; k < list.length; k++) {
                const q = list[k];
                if (stamps[q] === mark) continue;
                stamps[q] = mark;
                const found = this.evaluate(rec, recs[q]!, q < p);
                if (found !== null) out.push(found);
              }
            }
          }
        }
      }
    }
    return sortByKey(out);
  }

  overlapsOf(power: EnginePower): FoundOverlap[] {
    const buckets = this.byCategory.get(power.category);
    if (!buckets) return [];
    const rec: Rec = {
      id: power.id,
      agencyId: power.agencyId,
      category: power.category,
      matters: internAll(this.matters, power.matterCodes),
      regions: internAll(this.regions, power.regionPaths),
      validFrom: power.validFrom ?? null,
      validUntil: power.validUntil ?? null,
      articles: sortedUnique(power.articleIds),
    };
    const { recs, stamps, matters, regions } = this;
    const mark = ++this.stamp;
    const out: FoundOverlap[] = [];
    const visitBucket = (bucket: Bucket): void => {
      for (let i = 0; i < rec.regions.length; i++) {
        const r: number = rec.regions[i];
        const rChain: Int32Array = regions.chain[r];
        const last: number = rChain.length - 1;
        for (let j = 0; j <= last; j++) {
          const list: number[] | undefined = j < last ? bucket.own.get(rChain[j]) : bucket.sub.get(r);
          if (list === undefined) continue;
          for (const q of list) {
            if (stamps[q] === mark) continue;
            stamps[q] = mark;
            const other = recs[q]!;
            if (other.id === rec.id) continue;
            const found = this.evaluate(rec, other, false);
            if (found !== null) out.push(found);
          }
        }
      }
    };
    const stack: number[] = [];
    for (const m of rec.matters) {
      // ancestors-or-self
      for (const a of matters.chain[m]) {
        const bucket = buckets.get(a);
        if (bucket) visitBucket(bucket);
      }
      // proper descendants
      stack.push(...matters.children[m]);
      while (stack.length > 0) {
        const d = stack.pop()!;
        const bucket = buckets.get(d);
        if (bucket) visitBucket(bucket);
        const kids = matters.children[d];
        for (let i = 0; i < kids.length; i++) stack.push(kids[i]);
      }
    }
    return sortByKey(out);
  }

  /**
   * The overlap of p and q (same category is given by the index), or null. With `yieldToOther`,
   * returns null when q would find p in its own scan too (some matter of p covers one of q): the
   * pair is then reported from q's side.
   */
  private evaluate(p: Rec, q: Rec, yieldToOther: boolean): FoundOverlap | null {
    if (p.agencyId === q.agencyId) return null;
    const validFrom = p.validFrom === null ? q.validFrom : q.validFrom === null || p.validFrom > q.validFrom ? p.validFrom : q.validFrom;
    const validUntil = p.validUntil === null ? q.validUntil : q.validUntil === null || p.validUntil < q.validUntil ? p.validUntil : q.validUntil;
    if (validFrom !== null && validUntil !== null && validFrom > validUntil) return null;

    const M = this.matters;
    const pm = p.matters;
    const qm = q.matters;
    let nested = false;
    let equal = false;
    let pCoversQ = false;
    for (let i = 0; i < pm.length; i++) {
      const a = pm[i];
      for (let j = 0; j < qm.length; j++) {
        const b = qm[j];
        if (a === b) nested = equal = pCoversQ = true;
        else if (M.covers(a, b)) nested = pCoversQ = true;
        else if (M.covers(b, a)) nested = true;
      }
    }
    if (!nested || (yieldToOther && pCoversQ)) return null;

    const R = this.regions;
    const pr = p.regions;
    const qr = q.regions;
    let placed = false;
    for (let i = 0; i < pr.length && !placed; i++) {
      for (let j = 0; j < qr.length; j++) {
        if (R.covers(pr[i], qr[j]) || R.covers(qr[j], pr[i])) {
          placed = true;
          break;
        }
      }
    }
    if (!placed) return null;

    return this.build(p, q, equal, validFrom, validUntil);
  }

  private build(p: Rec, q: Rec, equal: boolean, validFrom: string | null, validUntil: string | null): FoundOverlap {
    const matterCodes = narrowerOfNested(this.matters, p.matters, q.matters);
    const regionPaths = narrowerOfNested(this.regions, p.regions, q.regions);
    const sharedArticleIds = intersectSorted(p.articles, q.articles);
    const kind = sharedArticleIds.length > 0 ? OverlapKind.SAME_BASIS : equal ? OverlapKind.SAME_MATTER : OverlapKind.NESTED_MATTER;
    const pFirst = p.id < q.id;
    const powerIds: [string, string] = pFirst ? [p.id, q.id] : [q.id, p.id];
    const agencyIds: [string, string] = pFirst ? [p.agencyId, q.agencyId] : [q.agencyId, p.agencyId];
    const canonical = JSON.stringify(["overlap/v1", powerIds[0], powerIds[1], kind, matterCodes, regionPaths]);
    return {
      key: createHash("sha256").update(canonical).digest("hex"),
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
}

function internAll(trie: CodeTrie, codes: readonly string[]): Int32Array {
  const ids: number[] = [];
  for (const c of codes) {
    const id = trie.intern(c);
    if (!ids.includes(id)) ids.push(id);
  }
  return Int32Array.from(ids);
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

/** For every nested (or equal) pair, the narrower of the two; sorted, unique. */
function narrowerOfNested(trie: CodeTrie, xs: Int32Array, ys: Int32Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < ys.length; j++) {
      const a = xs[i];
      const b = ys[j];
      if (trie.covers(a, b)) out.push(trie.code[b]);
      else if (trie.covers(b, a)) out.push(trie.code[a]);
    }
  }
  return sortedUnique(out);
}

function sortedUnique(xs: readonly string[]): string[] {
  const sorted = [...xs].sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  sorted.length = n;
  return sorted;
}

function intersectSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  if (a.length === 0 || b.length === 0) return out;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

function sortByKey(out: FoundOverlap[]): FoundOverlap[] {
  return out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
