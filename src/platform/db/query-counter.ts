import type { Logger, QueryRunner } from "typeorm";
import type { Logger as Pino } from "pino";
import { currentRequestId, followsRequestsAcrossAwaits } from "../graphql/request-scope.js";

/**
 * Counts every SQL statement the hub sends. Tests read it to prove that statement counts do not
 * grow with result size; the benchmark scripts print it.
 */
export class QueryCounter {
  count = 0;
  private readonly perRequest = new Map<string, number>();

  record(requestId: string | undefined): void {
    this.count++;
    if (!requestId) return;
    this.perRequest.set(requestId, (this.perRequest.get(requestId) ?? 0) + 1);
    // Keep the most recent requests only: the map serves tests and benchmarks, not history.
    if (this.perRequest.size > 1000) this.perRequest.delete(this.perRequest.keys().next().value!);
  }

  /**
   * Statements sent while serving one request (by its x-request-id), background work excluded. Only
   * a hub started with `countStatementsPerRequest` knows: elsewhere this throws rather than answer 0.
   */
  forRequest(requestId: string): number {
    if (!followsRequestsAcrossAwaits()) throw new Error("SQL statements are counted per request only by a hub started with countStatementsPerRequest");
    return this.perRequest.get(requestId) ?? 0;
  }
}

/** TypeORM logger that counts statements and forwards slow queries and errors to pino. */
export class CountingLogger implements Logger {
  constructor(
    private readonly counter: QueryCounter,
    private readonly pino: Pino,
  ) {}

  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.counter.record(currentRequestId());
  }
  logQueryError(error: string | Error, query: string): void {
    this.pino.debug({ err: error, query }, "query failed");
  }
  logQuerySlow(time: number, query: string): void {
    this.pino.warn({ time, query }, "slow query");
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.pino.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.pino.warn(String(message));
  }
}
