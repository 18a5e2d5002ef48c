import { ConfigError, loadConfig } from "../config.js";
import { createServices } from "../context.js";
import { ENTITIES } from "../entities.js";
import { Role, type Actor } from "../platform/auth/actor.js";
import { migrate, openDatabase } from "../platform/db/data-source.js";
import { EventBus } from "../platform/events/event-bus.js";
import { createLogger } from "../platform/logger.js";

/** `npm run overlaps:rescan`: recomputes every overlap, as the rescanOverlaps mutation does. */
const RESCAN_ACTOR: Actor = { sub: "cli-rescan", name: "Overlap rescan (command line)", role: Role.ADMIN, expiresAt: Number.MAX_SAFE_INTEGER };

async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, entities: ENTITIES, log });
  try {
    await migrate(db);
    const started = performance.now();
    const result = await createServices(new EventBus(db.dataSource, log)).powers.rescan(RESCAN_ACTOR);
    console.log(
      `Rescanned ${result.powersScanned} powers in ${Math.round(performance.now() - started)} ms: ` +
        `${result.opened.length} overlaps opened, ${result.closed.length} made obsolete.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
