import { DefaultNamingStrategy } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/hub.js";

/**
 * The entities write no column names by hand: the hub's naming strategy derives them from the
 * property names. The migrations are the schema, so every name the strategy derives must be one
 * the migrations created, on the same table.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

describe("the names the entities map to", () => {
  it("are tables and columns the migrations created, every one of them", async () => {
    const dataSource = t.hub.db.dataSource;
    const rows: { table_name: string; column_name: string }[] = await dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const created = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    const mapped = dataSource.entityMetadatas.flatMap((m) => m.columns.map((c) => `${m.tableName}.${c.databaseName}`));
    expect(mapped.length).toBeGreaterThan(150);
    expect(mapped.filter((name) => !created.has(name))).toEqual([]);
    // A property whose name does not derive its column keeps a written name (power.updated_at).
    expect(mapped).toContain("power.updated_at");
  });

  it("name the one unique constraint as TypeORM's default strategy does, and hold no index, check or relation to name", () => {
    // The migrations name every index and constraint; only agency.code's unique flag reaches the metadata.
    const metadata = t.hub.db.dataSource.entityMetadatas;
    const defaults = new DefaultNamingStrategy();
    const uniques = metadata.flatMap((m) =>
      m.uniques.map((u) => ({ name: u.name, byDefault: defaults.uniqueConstraintName(m.tableName, u.columns.map((c) => c.databaseName)) })),
    );
    expect(uniques).toHaveLength(1);
    expect(uniques[0].name).toBe(uniques[0].byDefault);
    expect(metadata.flatMap((m) => [...m.indices, ...m.checks, ...m.foreignKeys, ...m.relations])).toEqual([]);
  });
});
