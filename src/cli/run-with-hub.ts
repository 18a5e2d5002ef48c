import { ConfigError, loadConfig } from "../config.js";
import { createServices, type HubServices } from "../context.js";
import { ENTITIES } from "../entities.js";
import { Role, type Actor } from "../platform/auth/actor.js";
import { DataDirLockedError } from "../platform/db/data-dir-lock.js";
import { migrate, openDatabase } from "../platform/db/data-source.js";
import { EventBus } from "../platform/events/event-bus.js";
import { createLogger, type Logger } from "../platform/logger.js";

/** Commands act as the hub's administrator; the audit trail names the command. */
export function commandActor(sub: string, name: string): Actor {
  return { sub, name, role: Role.ADMIN, expiresAt: Number.MAX_SAFE_INTEGER };
}

/**
 * Runs a command against the database the configuration names (DATABASE_URL, or the embedded one
 * in HUB_DATA_DIR, which a running embedded hub owns: the command then refuses, naming its pid),
 * migrated, with the same services the server uses. Exits 1 with the message on failure.
 */
export function runWithHub(command: (services: HubServices, log: Logger) => Promise<void>): void {
  (async () => {
    const config = loadConfig();
    const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, entities: ENTITIES, log });
    try {
      await migrate(db);
      await command(createServices(new EventBus(db.dataSource, log)), log);
    } finally {
      await db.close();
    }
  })().catch((error) => {
    // A bad setting or a data directory another process owns: the message says it all.
    console.error(error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : error);
    process.exit(1);
  });
}
