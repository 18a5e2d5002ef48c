import { randomUUID } from "node:crypto";
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, type GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Actor } from "../auth/actor.js";
import { sharedResult, type SharedResult } from "./shared-delivery.js";

export interface OperationGroupsOptions {
  /** A fresh per-operation context (`{ actor, loaders, services }`) for one execution. */
  createContext(actor: Actor, requestId: string): unknown;
  /** The formatter HTTP answers use, run so that a masked error's log line names `requestId`. */
  formatErrors(errors: readonly GraphQLError[], requestId: string): GraphQLFormattedError[];
  /** Runs `fn` as the request `requestId` (for the error formatter's log lines). */
  runAs<T>(requestId: string, fn: () => T): T;
}

interface Group {
  /**
   * Each event's one execution, by the event object the live group handed to every member: the
   * result once it is there, the promise of it before.
   */
  renders: WeakMap<object, SharedResult | Promise<SharedResult>>;
  members: number;
}

/**
 * Subscriptions over WebSocket whose events are executed once for all: the same document,
 * operation name and variables, read by actors the access gate shows the same thing
 * (AccessGate.visibilityKey). Each subscription keeps its own source stream (its access check at
 * the start, its replay, its position and backlog, its token's expiry); what the stream yields is
 * executed and serialised once per group and event, in place of graphql-js executing it once per
 * subscriber. The live groups of the event bus hand every member the same event object, which is
 * what tells two subscribers' events apart from one shared event here.
 *
 * So a field a subscription can select must not answer differently for two actors with the same
 * visibility key (no "is this mine?" on the token's subject): such a rule belongs in the gate, and
 * its fact in the key.
 */
export class OperationGroups {
  private readonly groups = new Map<string, Group>();
  private readonly admitted = new WeakMap<object, { key: string; actor: Actor }>();
  private executions = 0;

  constructor(private readonly options: OperationGroupsOptions) {}

  /**
   * The group key of an operation: its text, name and variables, and its actor as the gate sees it.
   * Called when the operation is admitted, with the context it will run with.
   */
  admit(contextValue: object, operation: { query: string; operationName?: string | null; variables?: unknown }, actor: Actor, visibility: string): void {
    const key = JSON.stringify([visibility, operation.operationName ?? null, operation.variables ?? null, operation.query]);
    this.admitted.set(contextValue, { key, actor });
  }

  /** Subscriptions executed since start, all groups together (for tests: once per group and event). */
  get executionCount(): number {
    return this.executions;
  }

  /** Groups with at least one subscription open. */
  get groupCount(): number {
    return this.groups.size;
  }

  /** graphql-ws's `subscribe`: the subscription's own source stream, its events rendered once per group. */
  async subscribe(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const admitted = this.admitted.get(args.contextValue as object);
    if (!admitted) throw new Error("A WebSocket subscription must be admitted before it runs");
    const { key, actor } = admitted;
    let group = this.groups.get(key);
    if (!group) {
      group = { renders: new WeakMap(), members: 0 };
      this.groups.set(key, group);
    }
    group.members++;
    const joined = group;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      if (--joined.members === 0 && this.groups.get(key) === joined) this.groups.delete(key);
    };
    const render = (event: unknown): SharedResult | Promise<SharedResult> => {
      if (typeof event !== "object" || event === null) return this.execute(args, event, actor);
      const known = joined.renders.get(event);
      if (known) return known;
      const rendering = this.execute(args, event, actor);
      joined.renders.set(event, rendering);
      // Members after the first take the result as it is: no promise to wait for per delivery.
      void rendering.then(
        (shared) => joined.renders.set(event, shared),
        () => undefined,
      );
      return rendering;
    };
    return renderedStream(source[Symbol.asyncIterator](), render, leave);
  }

  /** What graphql-js does for each event of a subscription (execute with the event as root), once. */
  private execute(args: ExecutionArgs, event: unknown, actor: Actor): Promise<SharedResult> {
    this.executions++;
    const requestId = randomUUID();
    // Fresh loaders for each event: names read today, and no cache that grows with the feed's life.
    const contextValue = this.options.createContext(actor, requestId);
    return this.options.runAs(requestId, async () => {
      const result = await execute({ ...args, rootValue: event, contextValue });
      return sharedResult(result.errors ? { ...result, errors: this.options.formatErrors(result.errors, requestId) } : result);
    });
  }
}

/** The source's events as shared results, in order; `leave` runs once when it ends, however it ends. */
function renderedStream(
  source: AsyncIterator<unknown>,
  render: (event: unknown) => SharedResult | Promise<SharedResult>,
  leave: () => void,
): AsyncGenerator<ExecutionResult, undefined> {
  const ended = (): IteratorResult<ExecutionResult, undefined> => {
    leave();
    return { value: undefined, done: true };
  };
  const failed = (error: unknown): never => {
    leave();
    throw error;
  };
  // Plain promise chains, not async functions: this runs once per delivery.
  const stream: AsyncGenerator<ExecutionResult, undefined> = {
    next() {
      return source.next().then((step) => {
        if (step.done) return ended();
        const shared = render(step.value);
        return shared instanceof Promise ? shared.then((value) => ({ value, done: false }), failed) : { value: shared, done: false };
      }, failed);
    },
    async return() {
      leave();
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      leave();
      if (source.throw) await source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
