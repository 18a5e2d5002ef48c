import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir, type DataDirLock } from "./data-dir-lock.js";

/** The embedded database and this process's lock on its data directory. */
export interface EmbeddedEngine {
  pglite: PGlite;
  lock: DataDirLock;
}

/**
 * A migrated, empty embedded database that the build leaves in dist/ (src/cli/pglite-template.ts),
 * found from wherever this code runs inside dist/ (the bundle or tsc's output). Undefined when the
 * code does not run from a build (tests run the sources): new databases are then created from scratch.
 */
export const EMBEDDED_TEMPLATE_FILE: string | undefined = (() => {
  const here = fileURLToPath(import.meta.url);
  const at = here.lastIndexOf(`${sep}dist${sep}`);
  return at < 0 ? undefined : join(here.slice(0, at), "dist", "pglite-template.tar.gz");
})();

/** Whether `dataDir` holds no embedded database yet (the first start creates one). */
export function isNewEmbeddedDatabase(dataDir: string): boolean {
  return !existsSync(join(resolve(dataDir, "pglite"), "PG_VERSION"));
}

/**
 * Opens embedded PGlite in `<dataDir>/pglite`. Kept apart from the TypeORM data source (and its
 * imports) so that main.ts can start the engine's WebAssembly compile first and load the rest of
 * the hub while it runs: that is most of a reopened hub's start-up time. A new database is
 * unpacked from the build's migrated template when there is one: several times faster than
 * initdb in WebAssembly; migrations the template lacks are applied after, as for any database.
 *
 * The data directory is locked first, synchronously: a second process on the same directory gets
 * DataDirLockedError thrown at the call, before it has opened anything.
 */
export function openEmbeddedEngine(dataDir: string): Promise<EmbeddedEngine> {
  const lock = lockDataDir(dataDir);
  const dir = resolve(dataDir, "pglite");
  const template = isNewEmbeddedDatabase(dataDir) && EMBEDDED_TEMPLATE_FILE && existsSync(EMBEDDED_TEMPLATE_FILE) ? EMBEDDED_TEMPLATE_FILE : undefined;
  mkdirSync(dir, { recursive: true });
  return PGlite.create(dir, template ? { loadDataDir: new Blob([readFileSync(template)]) } : {}).then(
    (pglite) => ({ pglite, lock }),
    (error: unknown) => {
      lock.release();
      throw error;
    },
  );
}
