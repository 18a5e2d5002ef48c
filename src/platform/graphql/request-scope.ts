import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The request id of the HTTP request or WebSocket message being served, readable from code that is
 * not handed the context (the error formatter), so a masked error and its log line share one id.
 */
const scope = new AsyncLocalStorage<{ requestId: string }>();

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return scope.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
