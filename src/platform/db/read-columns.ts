import type { Selection } from "../graphql/selection.js";

/**
 * Which columns of a table a GraphQL selection needs, so a planned read selects only those (pg then
 * parses no array or timestamp nobody asked for). `needs` lists, per GraphQL field, the properties
 * it reads (a relation field: its foreign key; `[]`: none). A field missing from `needs` (one added
 * later) makes the read take every column: a new field is always answered, only less leanly.
 */
export class ReadColumns {
  /** Every property: for a read that does not know what will be selected. */
  readonly all: readonly string[];

  constructor(
    /** Property → SQL column, in the order the statement lists them. */
    private readonly columns: Readonly<Record<string, string>>,
    private readonly needs: Readonly<Record<string, readonly string[]>>,
    /** Read whatever is selected (keys, cursors). */
    private readonly always: readonly string[],
  ) {
    this.all = Object.keys(columns);
  }

  /** The properties the selection needs, in column order; every property when it names a field not in `needs`. */
  propertiesFor(...selections: (Selection | undefined)[]): readonly string[] {
    const wanted = new Set(this.always);
    for (const selection of selections) {
      if (!selection) continue;
      for (const field of selection.fields.keys()) {
        if (field === "__typename") continue;
        const properties = this.needs[field];
        if (!properties) return this.all;
        for (const p of properties) wanted.add(p);
      }
    }
    return this.all.filter((p) => wanted.has(p));
  }

  /** The SELECT list for these properties, e.g. `id, code, short_name`; `alias` qualifies each column. */
  selectList(properties: readonly string[], alias?: string): string {
    return properties.map((p) => (alias ? `${alias}.${this.columns[p]}` : this.columns[p])).join(", ");
  }
}
