import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which request an error or an SQL statement belongs to, for code that is not handed the request's
 * context: the one error formatter (a masked error's answer and its log line share one id) and the
 * per-request SQL counter.
 *
 * Errors carry their request id with them: whoever holds the context when an error surfaces (an
 * Apollo plugin, the HTTP guard, the WebSocket server) tags it with `tagError`, and the formatter
 * reads it with `requestIdOfError`. Nothing follows the request across awaits for that.
 *
 * SQL statements are sent by services that never see the request, so counting them per request
 * needs the id to follow every await. On Node 20 an AsyncLocalStorage that has run once installs a
 * promise hook that costs every promise in the process, for good: so it exists only when a test or a
 * benchmark asks for per-request statement counts (`followRequestsAcrossAwaits`). Otherwise
 * `runWithRequestId` names the request for the synchronous call it wraps only, which is all the
 * error formatting inside it needs.
 */
let acrossAwaits: AsyncLocalStorage<string> | undefined;
let synchronous: string | undefined;

/** Makes `currentRequestId` answer across awaits from now on (tests and benchmarks that count SQL per request). */
export function followRequestsAcrossAwaits(): void {
  acrossAwaits ??= new AsyncLocalStorage<string>();
}

/** Whether request ids follow awaits (see `followRequestsAcrossAwaits`). */
export function followsRequestsAcrossAwaits(): boolean {
  return acrossAwaits !== undefined;
}

/** Runs `fn` as part of the request `requestId`: across its awaits only when asked for (see above). */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  if (acrossAwaits) return acrossAwaits.run(requestId, fn);
  const outer = synchronous;
  synchronous = requestId;
  try {
    return fn();
  } finally {
    synchronous = outer;
  }
}

/** The request being served, where `runWithRequestId` says so. */
export function currentRequestId(): string | undefined {
  return acrossAwaits ? acrossAwaits.getStore() : synchronous;
}

/** Which request each error surfaced in; weak, so an error's id goes when the error does. */
const errorRequests = new WeakMap<object, string>();

/** Marks `error`, and the errors it wraps (GraphQL's `originalError`), as raised while serving `requestId` (a first mark stays). */
export function tagError(error: unknown, requestId: string): void {
  for (let e = error, depth = 0; isObject(e) && depth < 5; e = (e as { originalError?: unknown }).originalError, depth++) {
    if (!errorRequests.has(e)) errorRequests.set(e, requestId);
  }
}

/** The request an error, or an error it wraps, was tagged with (see `tagError`). */
export function requestIdOfError(error: unknown): string | undefined {
  for (let e = error, depth = 0; isObject(e) && depth < 5; e = (e as { originalError?: unknown }).originalError, depth++) {
    const requestId = errorRequests.get(e);
    if (requestId) return requestId;
  }
  return undefined;
}

const isObject = (value: unknown): value is object => value !== null && typeof value === "object";
