import { ConfigError, loadConfig } from "../config.js";
import { createServices } from "../context.js";
import { ENTITIES } from "../entities.js";
import { EventBus } from "../platform/events/event-bus.js";
import { migrate, openDatabase } from "../platform/db/data-source.js";
import { createLogger } from "../platform/logger.js";
import { seedIfEmpty } from "../sample/seed.js";

/**
 * `npm run seed`: migrates the database (DATABASE_URL or the embedded one) and loads the sample
 * county if it is empty. Stop a running embedded hub first: one process owns its data directory.
 */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, entities: ENTITIES, log });
  try {
    await migrate(db);
    const seeded = await seedIfEmpty(createServices(new EventBus(db.dataSource, log)), log);
    console.log(seeded ? "Sample county loaded." : "The database already has data; nothing was loaded.");
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
