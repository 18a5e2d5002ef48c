import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir, type DataDirLock } from "./data-dir-lock.js";

/** The embedded database and this process's lock on its data directory. */
export interface EmbeddedEngine {
  pglite: PGlite;
  lock: DataDirLock;
}

/**
 * Opens embedded PGlite in `<dataDir>/pglite`. Kept apart from the TypeORM data source (and its
 * imports) so that main.ts can start the engine's WebAssembly compile first and load the rest of
 * the hub while it runs: that is most of a reopened hub's start-up time.
 *
 * The data directory is locked first, synchronously: a second process on the same directory gets
 * DataDirLockedError thrown at the call, before it has opened anything.
 */
export function openEmbeddedEngine(dataDir: string): Promise<EmbeddedEngine> {
  const lock = lockDataDir(dataDir);
  const dir = resolve(dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  return PGlite.create(dir).then(
    (pglite) => ({ pglite, lock }),
    (error: unknown) => {
      lock.release();
      throw error;
    },
  );
}
