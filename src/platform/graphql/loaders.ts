import DataLoader from "dataloader";

/**
 * A per-request loader of one record per key: one statement for every key asked in the same tick.
 * Missing keys resolve to null.
 */
export function oneByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((v) => [keyOf(v), v] as const));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A per-request loader of the records that belong to each key (children, members). */
export function manyByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const value of await fetch(keys)) groups.get(keyOf(value))?.push(value);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** The records a loadMany found, in order; keys it could not find are dropped. */
export function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}
