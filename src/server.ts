import "reflect-metadata";
import { createServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { HubConfig } from "./config.js";
import { createRequestContext, createServices, type HubServices, type RequestContext } from "./context.js";
import { ENTITIES } from "./entities.js";
import { buildHttpApp } from "./http-app.js";
import { buildHubSchema } from "./schema.js";
import { migrate, openDatabase, type Database } from "./platform/db/data-source.js";
import type { EmbeddedEngine } from "./platform/db/embedded-engine.js";
import { resolveJwtSecret, verifyBearer } from "./platform/auth/tokens.js";
import { createErrorFormatter, UnauthenticatedError } from "./platform/graphql/errors.js";
import type { Actor } from "./platform/auth/actor.js";
import { createOperationGuard, type OperationGuard } from "./platform/graphql/operation-guard.js";
import { serveGraphQLOverWebSocket } from "./platform/graphql/websocket.js";
import type { OperationGroups } from "./platform/graphql/operation-groups.js";
import { compiledQueryGateway } from "./platform/graphql/compiled-executor.js";
import { currentRequestId, followRequestsAcrossAwaits, requestIdOfError, tagError } from "./platform/graphql/request-scope.js";
import { EventBus } from "./platform/events/event-bus.js";
import { createLogger, type Logger } from "./platform/logger.js";
import { seedIfEmpty } from "./sample/seed.js";
import { clockStartingAt, type Clock } from "./platform/time.js";

export interface Hub {
  config: HubConfig;
  url: string;
  port: number;
  db: Database;
  services: HubServices;
  schema: GraphQLSchema;
  log: Logger;
  /** The token-signing secret, for the CLI and tests. */
  secret: Uint8Array;
  /** This instance's event reader and fan-out. */
  bus: EventBus;
  /** How WebSocket subscriptions share each event's execution (counters for tests and benchmarks). */
  liveOperations: OperationGroups;
  /** Whether sample data was loaded at this start. */
  seeded: boolean;
  /** Drains HTTP and WebSocket, then closes the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  /** Load sample data into an empty embedded database (default: true for embedded, false on PostgreSQL). */
  seed?: boolean;
  /** Embedded engine already being opened (main.ts starts it before loading the hub). */
  embeddedEngine?: Promise<EmbeddedEngine>;
  /** Use an already open database (tests); the hub then does not close it. */
  db?: Database;
  /** The hub's clock (default: the machine's); tests and demos pin it to another day. */
  clock?: Clock;
  /**
   * Count SQL statements per request (`db.counter.forRequest`), for tests and benchmarks. It makes
   * request ids follow every await (an AsyncLocalStorage), which costs every promise in the
   * process from then on: never in production.
   */
  countStatementsPerRequest?: boolean;
}

/**
 * Starts the hub in its named steps: open the database (migrated, its event reader started, the
 * services built on it), build GraphQL, attach WebSocket and build the HTTP app on one server,
 * listen. What it returns stops them in the reverse order.
 */
export async function startHub(config: HubConfig, options: StartOptions = {}): Promise<Hub> {
  const log = options.log ?? createLogger(config.logLevel);
  if (options.countStatementsPerRequest) followRequestsAcrossAwaits();
  const secret = resolveJwtSecret(config);
  const { db, bus } = await openHubDatabase(config, options, log);
  const services = createServices(bus, config.casePrefix, options.clock ?? (config.clockStart ? clockStartingAt(config.clockStart) : undefined), secret);
  const seeded = (options.seed ?? db.kind === "pglite") ? await seedIfEmpty(services, log) : false;
  const graphql = await buildGraphQL(config, log, services, secret);

  const httpServer: Server = createServer();
  const webSocket = attachWebSocket(httpServer, graphql, services, bus);
  const apollo = await startApollo(httpServer, graphql, () => webSocket.dispose());
  httpServer.on("request", buildHttpApp({ db, log, services, apollo, ...graphql }));
  const port = await listen(httpServer, config.port);

  const stop = stopOnce(async () => {
    const began = Date.now();
    await apollo.stop(); // drains HTTP and WebSocket (see startApollo)
    log.debug({ ms: Date.now() - began }, "HTTP and WebSocket drained");
    webSocket.close();
    await bus.stop();
    if (!options.db) await db.close();
    log.debug({ ms: Date.now() - began }, "database closed");
  });
  return { config, url: `http://localhost:${port}/graphql`, port, db, services, bus, liveOperations: webSocket.groups, schema: graphql.schema, log, secret, seeded, stop };
}

/** Opens the database (or takes the one given), applies pending migrations and starts this instance's event reader. */
async function openHubDatabase(config: HubConfig, options: StartOptions, log: Logger): Promise<{ db: Database; bus: EventBus }> {
  const db =
    options.db ??
    (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, entities: ENTITIES, log, embeddedEngine: options.embeddedEngine }));
  const ran = await migrate(db, log);
  if (ran.length) log.info({ migrations: ran }, "migrations applied");
  const bus = new EventBus(db.dataSource, log, { listenUrl: config.databaseUrl });
  await bus.start();
  return { db, bus };
}

/** What HTTP and WebSocket share: the schema, its guard, the one error formatter and how a caller is recognised. */
interface HubGraphQL {
  schema: GraphQLSchema;
  guard: OperationGuard;
  formatError: ReturnType<typeof createErrorFormatter>;
  exposeStack: boolean;
  authenticate: (header: string | undefined) => Promise<Actor>;
}

async function buildGraphQL(config: HubConfig, log: Logger, services: HubServices, secret: Uint8Array): Promise<HubGraphQL> {
  const schema = await buildHubSchema();
  // Stack traces stay in the log unless asked for (HUB_EXPOSE_STACKTRACES=1), in development too.
  const exposeStack = config.exposeStacktraces === true;
  const formatError = createErrorFormatter({
    exposeStack,
    hideSuggestions: config.nodeEnv === "production",
    onUnexpected(error) {
      // Tagged where the error surfaced (Apollo's didEncounterErrors, the HTTP context, the HTTP
      // guard); WebSocket answers format inside runWithRequestId.
      const requestId = requestIdOfError(error) ?? currentRequestId();
      log.error({ err: error, reqId: requestId }, "unexpected error");
      return requestId;
    },
  });

  /** A valid token, and for an agency officer an agency that exists and is active. */
  const authenticate = async (header: string | undefined): Promise<Actor> => {
    const actor = await verifyBearer(secret, header);
    if (actor.agencyId && !(await services.agencies.acceptsOfficers(actor.agencyId))) {
      throw new UnauthenticatedError("The token names an agency that does not exist or is no longer active");
    }
    return actor;
  };
  return { schema, guard: createOperationGuard(schema), formatError, exposeStack, authenticate };
}

/** graphql-ws on /graphql of the same server, with the same guard, formatter and authentication as HTTP. */
function attachWebSocket(httpServer: Server, graphql: HubGraphQL, services: HubServices, bus: EventBus) {
  return serveGraphQLOverWebSocket({
    httpServer,
    schema: graphql.schema,
    guard: graphql.guard,
    formatError: graphql.formatError,
    authenticate: graphql.authenticate,
    createContext: (actor, requestId) => createRequestContext(services, actor, requestId),
    visibilityKey: (actor) => services.access.visibilityKey(actor),
    bus,
  });
}

/** Apollo for HTTP; on stop it drains the HTTP server, then ends the WebSocket operations (`drainWebSocket`). */
async function startApollo(httpServer: Server, graphql: HubGraphQL, drainWebSocket: () => Promise<void>): Promise<ApolloServer<RequestContext>> {
  const apollo = new ApolloServer<RequestContext>({
    // Queries run compiled (graphql-jit); Apollo still parses, validates, caches and formats.
    gateway: compiledQueryGateway(graphql.schema),
    formatError: graphql.formatError,
    includeStacktraceInErrorResponses: graphql.exposeStack,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and stops everything in order; Apollo's own handler would race
    // it and leave the second apollo.stop() waiting forever.
    stopOnTerminationSignals: false,
    introspection: true,
    // Limits and validation run in guardHttpOperations before Apollo sees an operation.
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      // Before Apollo formats an operation's errors: the formatter logs a masked one with this id.
      { async requestDidStart() { return { async didEncounterErrors({ errors, contextValue }) { for (const e of errors) tagError(e, contextValue.requestId); } }; } },
      { async serverWillStart() { return { async drainServer() { await drainWebSocket(); } }; } },
    ],
  });
  await apollo.start();
  return apollo;
}

/** Listens on the configured port (0: any free one) and answers the port it got. */
async function listen(httpServer: Server, port: number): Promise<number> {
  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const address = httpServer.address();
  return typeof address === "object" && address ? address.port : port;
}

/** A stop that runs once, however often it is called (main.ts on a signal, a test's afterAll). */
function stopOnce(stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => (stopping ??= stop());
}
