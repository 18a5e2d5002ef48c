import { randomUUID } from "node:crypto";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { GraphQLError } from "graphql";
import { pinoHttp } from "pino-http";
import { createRequestContext, type HubServices, type RequestContext } from "./context.js";
import type { Actor } from "./platform/auth/actor.js";
import { migrationsApplied, type Database } from "./platform/db/data-source.js";
import { ErrorCode, UnauthenticatedError, type createErrorFormatter } from "./platform/graphql/errors.js";
import { guardHttpOperations } from "./platform/graphql/http-guard.js";
import { QUERY_LIMITS } from "./platform/graphql/limits.js";
import type { OperationGuard } from "./platform/graphql/operation-guard.js";
import { followsRequestsAcrossAwaits, runWithRequestId, tagError } from "./platform/graphql/request-scope.js";
import { graphiqlRouter } from "./platform/http/graphiql.js";
import { consoleRouter } from "./platform/http/console.js";
import { redactRequest } from "./platform/http/log-redaction.js";
import type { Logger } from "./platform/logger.js";
import { minutesPage } from "./modules/meetings/minutes-page.js";

/** What the HTTP app serves: the database it reports on, GraphQL through Apollo, and how callers are told apart. */
export interface HttpAppParts {
  db: Database;
  log: Logger;
  services: HubServices;
  apollo: ApolloServer<RequestContext>;
  guard: OperationGuard;
  formatError: ReturnType<typeof createErrorFormatter>;
  authenticate: (header: string | undefined) => Promise<Actor>;
}

/** GraphQL-shaped answer for requests that never reach GraphQL (bad JSON, too large). */
function httpError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The HTTP side of the hub: request logs with ids, health and readiness, GraphiQL, the printable
 * minutes page, and GraphQL at /graphql; every other answer is GraphQL-shaped JSON, never HTML.
 */
export function buildHttpApp({ db, log, services, apollo, guard, formatError, authenticate }: HttpAppParts): Express {
  const app = express();
  app.disable("x-powered-by");
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
  // Only a hub that counts SQL per request (tests, benchmarks) follows each request across its
  // awaits: that costs every promise (see request-scope.ts). Errors get their id where they surface.
  if (followsRequestsAcrossAwaits()) app.use((req, _res, next) => runWithRequestId(String(req.id), next));

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
          if (!(error instanceof UnauthenticatedError)) {
            tagError(error, String(req.id)); // masked by the formatter, logged with this id: no database text
            throw error;
          }
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
  return app;
}
