import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ENTITIES } from "../entities.js";
import { migrate, openDatabase } from "../platform/db/data-source.js";
import { EMBEDDED_TEMPLATE_FILE } from "../platform/db/embedded-engine.js";
import { createLogger } from "../platform/logger.js";

/**
 * Run by the build (src/cli/build.mjs) when a migration or PGlite changed: an embedded database
 * with every migration applied, as a tarball. A first start unpacks it instead of running initdb
 * and the migrations in WebAssembly, which is most of the wait on a new database; it holds no
 * data and no secret. Without it (or when it lags a migration) the hub creates and migrates as usual.
 */
if (!EMBEDDED_TEMPLATE_FILE) throw new Error("the template belongs to a build in dist/");
const dir = mkdtempSync(join(tmpdir(), "hub-pglite-template-"));
try {
  const db = await openDatabase({ dataDir: dir, entities: ENTITIES, log: createLogger("warn") });
  await migrate(db);
  await db.dataSource.destroy();
  const tarball = await db.pglite!.dumpDataDir("gzip");
  await db.pglite!.close();
  writeFileSync(EMBEDDED_TEMPLATE_FILE, Buffer.from(await tarball.arrayBuffer()));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
