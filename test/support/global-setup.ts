import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import type { TestProject } from "vitest/node";
import { ENTITIES } from "../../src/entities.js";
import { migrate, openDatabase } from "../../src/platform/db/data-source.js";
import { ADMIN_URL, databaseUrlFor, uniqueName, withAdmin } from "./databases.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL: the template database's name. PGlite: the template data directory. */
    databaseTemplate: string;
  }
}

/** Migrates one template database per run; every test file copies it (fast) instead of migrating. */
export default async function setup(project: TestProject) {
  const log = pino({ level: "silent" });
  if (ADMIN_URL) {
    const name = uniqueName("hub_template");
    await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
    const db = await openDatabase({ databaseUrl: databaseUrlFor(name), dataDir: tmpdir(), entities: ENTITIES, log, poolSize: 1 });
    await migrate(db);
    await db.close();
    project.provide("databaseTemplate", name);
    console.log(`tests run on PostgreSQL (${new URL(ADMIN_URL).host}), one fresh database per file`);
    return async () => {
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "hub-template-"));
  const db = await openDatabase({ dataDir: dir, entities: ENTITIES, log });
  await migrate(db);
  await db.close();
  project.provide("databaseTemplate", join(dir, "pglite"));
  console.log("tests run on embedded PGlite, one fresh database per file");
  return () => rmSync(dir, { recursive: true, force: true });
}
