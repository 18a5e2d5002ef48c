import { inject } from "vitest";
import { pino, type Logger } from "pino";
import { print, type ExecutionResult } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { HubConfig } from "../../src/config.js";
import { startHub, type Hub } from "../../src/server.js";
import { Role } from "../../src/platform/auth/actor.js";
import { signToken } from "../../src/platform/auth/tokens.js";
import { agencyIdForCode } from "../../src/modules/agencies/agency-id.js";
import { freshDatabase, type TestDatabase } from "./databases.js";
import { clockStartingAt, type Clock } from "../../src/platform/time.js";
import { addCalendarDays } from "../../src/modules/cases/statutory-clock.js";

export const TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

/**
 * Where test hubs' clocks start unless a test picks another day: a Friday morning in the county,
 * so no test depends on the day or year it runs. Dates in tests are written relative to it.
 */
export const TEST_NOW = "2026-11-27T10:00:00+08:00";

export interface GraphQLResponse<T> extends ExecutionResult<T> {
  status: number;
}

export interface TestHub {
  hub: Hub;
  url: string;
  database: TestDatabase;
  /** Sends one GraphQL request over real HTTP; `token: null` sends none. */
  gql<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V> | string,
    variables?: V,
    options?: { token?: string | null; requestId?: string },
  ): Promise<GraphQLResponse<R>>;
  /** Signs a token as `npm run token` would. */
  token(role: Role, agencyCode?: string): Promise<string>;
  /** A chair token, the default for `gql`. */
  chair: string;
  /** The hub's clock (starts at TEST_NOW unless the test gave another). */
  clock: Clock;
  stop(): Promise<void>;
}

/** Starts a real hub on a free port over a fresh database copied from the migrated template. */
export async function startTestHub(
  overrides: Partial<HubConfig> = {},
  options: {
    shareDatabaseOf?: TestHub;
    clock?: Clock;
    /** Where the hub logs (default: nowhere), e.g. to inspect its request logs. */
    log?: Logger;
    /** For `hub.db.counter.forRequest`: request ids then follow every await in this test file's process. */
    countStatementsPerRequest?: boolean;
  } = {},
): Promise<TestHub> {
  // A second instance on the same database (PostgreSQL) leaves dropping it to the first.
  const shared = options.shareDatabaseOf?.database;
  const database = shared ? { ...shared, drop: async () => undefined } : await freshDatabase(inject("databaseTemplate"));
  const config: HubConfig = {
    port: 0,
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
    jwtSecret: TEST_SECRET,
    logLevel: "silent",
    nodeEnv: "test",
    casePrefix: "PEI",
    ...overrides,
  };
  const clock = options.clock ?? clockStartingAt(TEST_NOW);
  const hub = await startHub(config, {
    log: options.log ?? pino({ level: "silent" }),
    seed: false,
    clock,
    countStatementsPerRequest: options.countStatementsPerRequest,
  });
  const secret = hub.secret;
  const token = (role: Role, agencyCode?: string) =>
    signToken(secret, {
      sub: `test-${role}-${agencyCode ?? "hub"}`,
      name: `Test ${role}`,
      role,
      agencyId: agencyCode ? agencyIdForCode(agencyCode) : undefined,
    });
  const chair = await token(Role.CHAIR);

  return {
    hub,
    url: hub.url,
    database,
    chair,
    clock,
    token,
    async gql(document, variables, options = {}) {
      const query = typeof document === "string" ? document : print(document);
      const bearer = options.token === undefined ? chair : options.token;
      const response = await fetch(hub.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...(options.requestId ? { "x-request-id": options.requestId } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as ExecutionResult<never>) };
    },
    async stop() {
      await hub.stop();
      await database.drop();
    },
  };
}

/** An instant `days` after the clock's county date (negative: before), at a county time of day, e.g. "2026-12-01T09:00:00+08:00". */
export function countyInstant(clock: Clock, days: number, time = "09:00"): string {
  return `${addCalendarDays(clock.today(), days)}T${time}:00+08:00`;
}

/** The `extensions.code` of each error, for compact assertions. */
export function errorCodes(result: ExecutionResult<unknown>): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}
