import type { Pool } from "pg";
import type { DataSource } from "typeorm";

/**
 * Hot reads as named prepared statements, their rows as plain instances of a class.
 *
 * PostgreSQL parses and plans a named statement once per connection instead of on every request,
 * and pg skips building a keyed object per row (rowMode "array"). The statement goes through the
 * same pg pool TypeORM uses: on embedded PGlite that pool is the one session, so a read waits for a
 * transaction in progress instead of running inside it (PGlite's pg adapter speaks the extended
 * protocol, named statements included). It is counted like every TypeORM statement.
 */

/** One name per statement text, for the life of the process: pg refuses one name for two texts. */
const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = `hub_read_${names.size + 1}`));
  return name;
}

/** Rows of a read as arrays of column values, in the statement's column order. */
export async function preparedRows(dataSource: DataSource, text: string, values: unknown[]): Promise<unknown[][]> {
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query<unknown[]>({ name: nameOf(text), text, values, rowMode: "array" });
  return result.rows;
}

/**
 * Rows made instances of `type` (so type-graphql's field resolvers take them as they are, without
 * copying each into a new instance), with `properties[i]` set from column i. Only those properties
 * are set: the query selected nothing else.
 */
export function rowsAs<T extends object>(type: abstract new (...args: never[]) => T, properties: readonly string[], rows: unknown[][]): T[] {
  const out: T[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const record = Object.create(type.prototype) as Record<string, unknown>;
    for (let i = 0; i < properties.length; i++) record[properties[i]] = row[i];
    out[r] = record as T;
  }
  return out;
}
