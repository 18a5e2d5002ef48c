import { ConfigError, loadConfig } from "./config.js";
import { DataDirLockedError } from "./platform/db/data-dir-lock.js";
import { isNewEmbeddedDatabase, openEmbeddedEngine } from "./platform/db/embedded-engine.js";
import { createConsoleLogger, wantsPrettyLog } from "./platform/logger.js";

/** The token commands the banner shows: one per role. */
const TOKEN_COMMANDS = [
  "npm run token -- --role CHAIR",
  "npm run token -- --role AGENCY_OFFICER --agency SCJGJ",
  "npm run token -- --role SUPERVISOR",
  'npm run token -- --role INTAKE --name "12345 hotline"',
  "npm run token -- --role ADMIN",
];

/** Reads config, opens the database, starts the server, and stops cleanly on SIGTERM/SIGINT. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const started = Date.now();
  // Before the engine creates it: a first start takes longer, and says so.
  const creating = !config.databaseUrl && isNewEmbeddedDatabase(config.dataDir);
  // The embedded engine compiles its WebAssembly while the rest of the hub's code loads.
  let embeddedEngine;
  try {
    embeddedEngine = config.databaseUrl ? undefined : openEmbeddedEngine(config.dataDir);
  } catch (error) {
    // Another process owns the data directory: say which, and start nothing.
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  embeddedEngine?.catch(() => undefined); // reported where it is awaited
  const [{ startHub }, log] = await Promise.all([import("./server.js"), createConsoleLogger(config.logLevel, config.logFormat)]);
  if (creating) log.info(`first start: creating the embedded database in ${config.dataDir}…`);
  else log.info(config.databaseUrl ? "opening PostgreSQL (DATABASE_URL)…" : `opening the embedded database in ${config.dataDir}…`);
  const hub = await startHub(config, { log, embeddedEngine });
  const readyMs = Date.now() - started;
  const where = hub.db.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)";
  // Before announcing readiness: whoever reads "ready" may stop the hub at once, and the signal
  // must find the handler that drains and closes the database (and frees the data directory).
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "draining HTTP and WebSocket, then closing the database");
    try {
      await hub.stop();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  if (!wantsPrettyLog(config.logFormat)) {
    // A log collector reads JSON lines: the banner would be noise there.
    log.info({ url: hub.url, port: hub.port, database: hub.db.kind, readyMs, seeded: hub.seeded }, "hub ready");
  } else {
    console.log(
      [
        "",
        `  The enforcement hub is ready in ${readyMs} ms on ${where}${hub.seeded ? ", with the sample county loaded" : ""}.`,
        "",
        `  GraphQL (HTTP and WebSocket):  ${hub.url}`,
        `  GraphiQL in a browser:         ${hub.url}`,
        `  Console in a browser:          http://localhost:${hub.port}/console`,
        `  Health:                        http://localhost:${hub.port}/healthz  ·  /readyz`,
        "",
        "  Every request needs a bearer token. Get a demo token in another terminal, one per role:",
        ...TOKEN_COMMANDS.map((command) => `    ${command}`),
        `  then open http://localhost:${hub.port}/console#token=<token> or ${hub.url}#token=<token>,`,
        `  or send "Authorization: Bearer <token>".`,
        "",
      ].join("\n"),
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
