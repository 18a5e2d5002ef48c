import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * Test databases. With DATABASE_URL (any database on the server, used as the admin connection)
 * every test file gets a fresh PostgreSQL database copied from a migrated template; without it,
 * a fresh copy of a migrated embedded PGlite data directory. Either way, real PostgreSQL.
 */
export const ADMIN_URL = process.env.DATABASE_URL || undefined;

export function databaseUrlFor(name: string): string {
  const url = new URL(ADMIN_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export interface TestDatabase {
  /** Set on PostgreSQL. */
  databaseUrl?: string;
  /** Set on PGlite. */
  dataDir: string;
  drop(): Promise<void>;
}

/** A fresh, migrated, empty database for one test file. */
export async function freshDatabase(template: string): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "hub-test-"));
  if (ADMIN_URL) {
    const name = uniqueName("hub_test");
    await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    return {
      databaseUrl: databaseUrlFor(name),
      dataDir,
      async drop() {
        rmSync(dataDir, { recursive: true, force: true });
        await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  cpSync(template, join(dataDir, "pglite"), { recursive: true });
  return {
    dataDir,
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
