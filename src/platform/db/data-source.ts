import { DataSource, type EntitySchema, type MixedList } from "typeorm";
import type { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import type { Logger as Pino } from "pino";
import { MIGRATIONS } from "../../../migrations/index.js";
import { CountingLogger, QueryCounter } from "./query-counter.js";
import { SnakeColumnNamingStrategy } from "./snake-naming.js";
import { openEmbeddedEngine, type EmbeddedEngine } from "./embedded-engine.js";

export interface Database {
  dataSource: DataSource;
  /** "postgres" when DATABASE_URL is set, "pglite" for the embedded database. */
  kind: "postgres" | "pglite";
  counter: QueryCounter;
  /** The embedded engine, when there is one (for LISTEN and for closing it). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  // Entities are passed in by the caller so that this platform file imports no module.
  entities: MixedList<Function | string | EntitySchema>;
  log: Pino;
  /** An embedded engine already being opened (main.ts starts it early); else one is opened here. */
  embeddedEngine?: Promise<EmbeddedEngine>;
  /** Pool size on PostgreSQL. PGlite is one session: always 1. */
  poolSize?: number;
}

/**
 * Opens PostgreSQL (DATABASE_URL) or embedded PGlite in dataDir. PGlite goes through TypeORM's
 * stock postgres driver over PGlite's own node-postgres adapter with a single connection: the
 * typeorm-pglite driver shares one session between "connections" and mixes transactions.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const counter = new QueryCounter();
  const common = {
    type: "postgres" as const,
    entities: options.entities,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    installExtensions: false,
    uuidExtension: "pgcrypto" as const,
    namingStrategy: new SnakeColumnNamingStrategy(),
    logger: new CountingLogger(counter, options.log),
    maxQueryExecutionTime: 1000,
  };

  if (options.databaseUrl) {
    const dataSource = new DataSource({
      ...common,
      url: options.databaseUrl,
      poolSize: options.poolSize ?? 10,
      applicationName: "enforcement-hub",
    });
    await dataSource.initialize();
    return { dataSource, kind: "postgres", counter, close: () => dataSource.destroy() };
  }

  const { pglite, lock } = await (options.embeddedEngine ?? openEmbeddedEngine(options.dataDir));
  const dataSource = new DataSource({
    ...common,
    poolSize: 1,
    extra: { ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 },
  });
  await dataSource.initialize();
  return {
    dataSource,
    kind: "pglite",
    counter,
    pglite,
    async close() {
      await dataSource.destroy();
      await pglite.close();
      lock.release();
    },
  };
}

/**
 * How many migrations are not recorded yet. One plain query: TypeORM's own check reads the
 * catalog several times, which costs about 300 ms at every start on embedded PGlite.
 */
async function pendingMigrations(db: Database): Promise<number> {
  const [{ present }] = await db.dataSource.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
  if (!present) return MIGRATIONS.length;
  const done = new Set((await db.dataSource.query(`SELECT name FROM migrations`)).map((r: { name: string }) => r.name));
  return MIGRATIONS.filter((migration) => !done.has(new migration().name)).length;
}

/** True when every migration is recorded. */
export async function migrationsApplied(db: Database): Promise<boolean> {
  return (await pendingMigrations(db)) === 0;
}

/** Applies pending migrations, saying so first when there are any; returns the names of those it ran. */
export async function migrate(db: Database, log?: Pino): Promise<string[]> {
  const pending = await pendingMigrations(db);
  if (pending === 0) return [];
  log?.info(`applying ${pending} database migration${pending === 1 ? "" : "s"}…`);
  const ran = await db.dataSource.runMigrations({ transaction: "each" });
  return ran.map((m) => m.name);
}
