import { OverlapSeverity } from "./overlap-engine.js";

/** Overlaps between two agencies with one severity: one row of the grouped count. */
export interface MatrixRow {
  a: string;
  b: string;
  severity: OverlapSeverity;
  n: number;
}

/** One pair of agencies (a before b in the matrix order) and its overlaps by severity. */
export interface MatrixPair {
  a: string;
  b: string;
  high: number;
  medium: number;
  low: number;
  total: number;
}

/**
 * The heatmap from grouped counts, with rows and columns in `order` (the caller's stable order of
 * agency ids: by code, so that two readings of the same data line up). Pairs come in matrix order
 * (row, then column, upper triangle), so a client can diff two readings line by line.
 */
export function buildOverlapMatrix(rows: readonly MatrixRow[], order: readonly string[]): { agencyIds: string[]; counts: number[][]; pairs: MatrixPair[] } {
  const index = new Map(order.map((id, i) => [id, i]));
  const counts = order.map(() => order.map(() => 0));
  const byPair = new Map<string, MatrixPair>();
  for (const row of rows) {
    const [i, j] = [index.get(row.a), index.get(row.b)];
    if (i === undefined || j === undefined) continue; // an agency the caller could not load (none today)
    counts[i][j] += row.n;
    if (i !== j) counts[j][i] += row.n;
    const [lo, hi] = i < j ? [i, j] : [j, i];
    const key = `${lo}|${hi}`;
    const pair = byPair.get(key) ?? { a: order[lo], b: order[hi], high: 0, medium: 0, low: 0, total: 0 };
    if (row.severity === OverlapSeverity.HIGH) pair.high += row.n;
    else if (row.severity === OverlapSeverity.MEDIUM) pair.medium += row.n;
    else pair.low += row.n;
    pair.total += row.n;
    byPair.set(key, pair);
  }
  const pairs = [...byPair.values()].sort((p, q) => index.get(p.a)! - index.get(q.a)! || index.get(p.b)! - index.get(q.b)!);
  return { agencyIds: [...order], counts, pairs };
}
