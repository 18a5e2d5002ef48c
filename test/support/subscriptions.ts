import WebSocket from "ws";
import { createClient, type Client } from "graphql-ws";
import { print, type ExecutionResult } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `count` items have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /**
   * Resolves with everything received once an item matching `seen` has arrived. A feed delivers
   * in log order, so waiting for a later event this subscriber may see proves that an earlier
   * event it must not see was not delivered: no sleeping and hoping.
   */
  waitUntil(seen: (item: T) => boolean, timeoutMs?: number): Promise<T[]>;
  /** Resolves when the subscription errors or completes. */
  ended: Promise<void>;
  dispose(): Promise<void>;
}

/** A real graphql-ws client over a real WebSocket, collecting what one subscription delivers. */
export function subscribe<R, V extends Record<string, unknown>>(
  url: string,
  token: string,
  document: TypedDocumentNode<R, V>,
  variables: V,
): Collected<R> {
  const client: Client = createClient({
    url: url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const items: R[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  let endedResolve!: () => void;
  const ended = new Promise<void>((resolve) => (endedResolve = resolve));
  const notify = () => waiters.splice(0).forEach((w) => w());
  // Generous: the limit only stops a broken test; a loaded machine (two suites at once) is slow.
  const until = async (done: () => boolean, what: string, timeoutMs = 25_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${items.length} items, waiting for ${what}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, Math.min(left, 200));
      });
    }
  };
  const result: Collected<R> = {
    items,
    errors,
    completed: false,
    ended,
    async waitFor(count, timeoutMs) {
      await until(() => items.length >= count, `${count} items`, timeoutMs);
      return items.slice(0, count);
    },
    async waitUntil(seen, timeoutMs) {
      await until(() => items.some(seen), "the item awaited", timeoutMs);
      return [...items];
    },
    async dispose() {
      await client.dispose();
    },
  };
  client.subscribe<R>(
    { query: print(document), variables },
    {
      next: (value: ExecutionResult<R>) => {
        if (value.errors?.length) errors.push(...value.errors);
        if (value.data) items.push(value.data);
        notify();
      },
      error: (error) => {
        errors.push(error);
        notify();
        endedResolve();
      },
      complete: () => {
        result.completed = true;
        notify();
        endedResolve();
      },
    },
  );
  return result;
}
