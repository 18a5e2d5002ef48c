import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";

/**
 * Opens embedded PGlite in `<dataDir>/pglite`. Kept apart from the TypeORM data source (and its
 * imports) so that main.ts can start the engine's WebAssembly compile first and load the rest of
 * the hub while it runs: that is most of a reopened hub's start-up time.
 */
export function openEmbeddedEngine(dataDir: string): Promise<PGlite> {
  const dir = resolve(dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  return PGlite.create(dir);
}
