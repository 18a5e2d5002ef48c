import "reflect-metadata";
import { createServer, type Server } from "node:http";
import { randomUUID } from "node:crypto";
import express, { type NextFunction, type Request, type Response } from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { pinoHttp } from "pino-http";
import type { HubConfig } from "./config.js";
import { createRequestContext, createServices, type HubServices, type RequestContext } from "./context.js";
import { ENTITIES } from "./entities.js";
import { buildHubSchema } from "./schema.js";
import { migrate, migrationsApplied, openDatabase, type Database } from "./platform/db/data-source.js";
import type { EmbeddedEngine } from "./platform/db/embedded-engine.js";
import { resolveJwtSecret, verifyBearer } from "./platform/auth/tokens.js";
import { createErrorFormatter, ErrorCode, UnauthenticatedError } from "./platform/graphql/errors.js";
import type { Actor } from "./platform/auth/actor.js";
import { QUERY_LIMITS } from "./platform/graphql/limits.js";
import { createOperationGuard } from "./platform/graphql/operation-guard.js";
import { guardHttpOperations } from "./platform/graphql/http-guard.js";
import { serveGraphQLOverWebSocket } from "./platform/graphql/websocket.js";
import { currentRequestId, runWithRequestId } from "./platform/graphql/request-scope.js";
import { EventBus } from "./platform/events/event-bus.js";
import { graphiqlRouter } from "./platform/http/graphiql.js";
import { consoleRouter } from "./platform/http/console.js";
import { createLogger, type Logger } from "./platform/logger.js";
import { seedIfEmpty } from "./sample/seed.js";
import { minutesPage } from "./modules/meetings/minutes-page.js";
import { clockStartingAt, type Clock } from "./platform/time.js";
import { redactRequest } from "./platform/http/log-redaction.js";

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
}

/** GraphQL-shaped answer for requests that never reach GraphQL (bad JSON, too large). */
function httpError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export async function startHub(config: HubConfig, options: StartOptions = {}): Promise<Hub> {
  const log = options.log ?? createLogger(config.logLevel);
  const secret = resolveJwtSecret(config);
  const db =
    options.db ??
    (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, entities: ENTITIES, log, embeddedEngine: options.embeddedEngine }));
  const ran = await migrate(db, log);
  if (ran.length) log.info({ migrations: ran }, "migrations applied");

  const bus = new EventBus(db.dataSource, log, { listenUrl: config.databaseUrl });
  await bus.start();
  const services = createServices(bus, config.casePrefix, options.clock ?? (config.clockStart ? clockStartingAt(config.clockStart) : undefined), secret);
  const seeded = (options.seed ?? db.kind === "pglite") ? await seedIfEmpty(services, log) : false;
  const schema = await buildHubSchema();

  const app = express();
  app.disable("x-powered-by");
  const httpServer: Server = createServer(app);

  // Stack traces stay in the log unless asked for (HUB_EXPOSE_STACKTRACES=1), in development too.
  const exposeStack = config.exposeStacktraces === true;
  const formatError = createErrorFormatter({
    exposeStack,
    hideSuggestions: config.nodeEnv === "production",
    onUnexpected(error) {
      const requestId = currentRequestId();
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

  const guard = createOperationGuard(schema);
  const webSocket = serveGraphQLOverWebSocket({
    httpServer,
    schema,
    guard,
    formatError,
    authenticate,
    createContext: (actor, requestId) => createRequestContext(services, actor, requestId),
    bus,
  });

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: exposeStack,
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
      { async serverWillStart() { return { async drainServer() { await webSocket.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
      serializers: { req: redactRequest },
    }),
  );
  app.use((req, _res, next) => runWithRequestId(String(req.id), next));

  app.get("/healthz", (_req, res) => res.json({ status: "ok" }));
  app.get("/readyz", async (_req, res) => {
    try {
      await db.dataSource.query("SELECT 1");
      const applied = await migrationsApplied(db);
      res.status(applied ? 200 : 503).json({ status: applied ? "ready" : "migrations pending", database: db.kind });
    } catch (error) {
      log.warn({ err: error }, "readiness check failed");
      res.status(503).json({ status: "database unreachable", database: db.kind });
    }
  });
  app.use(graphiqlRouter());
  app.use(consoleRouter());
  app.use(minutesPage(services.meetings, authenticate, services.minutesLinks));
  app.use(
    "/graphql",
    express.json({ limit: QUERY_LIMITS.maxBodyBytes }),
    guardHttpOperations(guard, formatError, (req) => authenticate(req.headers.authorization).then(() => true, () => false)),
    expressMiddleware(apollo, {
      async context({ req }) {
        try {
          const actor = await authenticate(req.headers.authorization);
          return createRequestContext(services, actor, String(req.id));
        } catch (error) {
          if (!(error instanceof UnauthenticatedError)) throw error; // masked by the formatter: no database text
          throw new GraphQLError(error.message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
        }
      },
    }),
  );
  // Express answers body errors with an HTML page unless told otherwise.
  app.use((error: { type?: string; status?: number } & Error, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === "entity.parse.failed") return httpError(res, 400, "BAD_REQUEST", "The request body is not valid JSON");
    if (error.type === "entity.too.large") return httpError(res, 413, "PAYLOAD_TOO_LARGE", `The request body exceeds ${QUERY_LIMITS.maxBodyBytes} bytes`);
    if (error.status && error.status < 500) return httpError(res, error.status, "BAD_REQUEST", error.message);
    log.error({ err: error }, "unexpected HTTP error");
    return httpError(res, 500, ErrorCode.InternalServerError, "Internal server error");
  });
  app.use((_req, res) => httpError(res, 404, ErrorCode.NotFound, "No such path; GraphQL is at /graphql"));

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const began = Date.now();
      await apollo.stop(); // drains HTTP and WebSocket (plugins above)
      log.debug({ ms: Date.now() - began }, "HTTP and WebSocket drained");
      webSocket.close();
      await bus.stop();
      if (!options.db) await db.close();
      log.debug({ ms: Date.now() - began }, "database closed");
    })());

  return { config, url: `http://localhost:${port}/graphql`, port, db, services, bus, schema, log, secret, seeded, stop };
}
