import type { Server } from "node:http";
import { randomUUID } from "node:crypto";
import { WebSocketServer, type WebSocket } from "ws";
import { CloseCode, type Context, type SubscribePayload } from "graphql-ws";
import { useServer, type Extra } from "graphql-ws/use/ws";
import { execute, GraphQLError, type ExecutionArgs, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { Actor } from "../auth/actor.js";
import type { EventBus } from "../events/event-bus.js";
import { isEvent } from "../events/event-catalogue.js";
import { ErrorCode, HubError, UnauthenticatedError } from "./errors.js";
import { QUERY_LIMITS } from "./limits.js";
import type { OperationGuard } from "./operation-guard.js";
import { OperationGroups } from "./operation-groups.js";
import { runWithRequestId } from "./request-scope.js";
import { isSharedResult, SharedPayloadSocket, sharedMessageReplacer } from "./shared-delivery.js";

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface WebSocketOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  /** The same guard HTTP requests pass (limits, validation, cost). */
  guard: OperationGuard;
  /** The same formatter HTTP answers use. */
  formatError: FormatError;
  /** Token and agency check; throws UNAUTHENTICATED with the reason. */
  authenticate(authorization: string | undefined): Promise<Actor>;
  /** The per-operation context (`{ actor, loaders, services }`). */
  createContext(actor: Actor, requestId: string): { requestId: string };
  /** The access gate's AccessGate.visibilityKey: subscribers with equal keys share each event's execution. */
  visibilityKey(actor: Actor): string;
  /** Where agency deactivations are heard, from this instance or any other. */
  bus: EventBus;
}

/** What the hub keeps about one open socket. */
interface SocketState {
  socket: WebSocket;
  authorization?: string;
  actor?: Actor;
}

type SocketContext = Context<Record<string, unknown> | undefined, Extra & { hub?: SocketState }>;

const requestIdOf = (args: ExecutionArgs) => (args.contextValue as { requestId: string }).requestId;

/** WebSocket close reasons are limited to 123 bytes. */
const closeReason = (message: string) => Buffer.from(message).subarray(0, 120).toString();

/**
 * GraphQL over graphql-ws on the HTTP server's `/graphql`, guarded exactly like HTTP: messages over
 * the body cap are refused by `ws` before parsing (close 1009), every operation passes
 * `guardWebSocketOperation`, and every error goes through the one formatter.
 *
 * Subscriptions share their deliveries: subscribers with the same document, operation name and
 * variables whose actors the gate shows the same thing get each event executed and serialised
 * once (OperationGroups), and the same bytes inside their own graphql-ws envelope (shared-delivery.ts).
 */
export function serveGraphQLOverWebSocket(options: WebSocketOptions) {
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: "/graphql",
    maxPayload: QUERY_LIMITS.maxBodyBytes,
    WebSocket: SharedPayloadSocket,
  });
  const open = new Set<SocketState>();

  const forbid = (state: SocketState, message: string) => state.socket.close(CloseCode.Forbidden, closeReason(message));

  /**
   * The one place an operation arriving over WebSocket is checked before it runs, in order: the
   * per-socket operation cap, identity again (the token may have expired, the agency may have been
   * deactivated since the socket opened: the socket is then closed with 4403 Forbidden), then the
   * shared operation guard. Add further checks here.
   */
  async function guardWebSocketOperation(ctx: SocketContext, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const state = ctx.extra.hub!;
    // Counted before the first await: messages on one socket are taken in order, and
    // `ctx.subscriptions` already holds this one and every operation still running.
    if (Object.keys(ctx.subscriptions).length > QUERY_LIMITS.maxOperationsPerSocket) {
      return [
        new HubError(ErrorCode.TooManyOperations, `At most ${QUERY_LIMITS.maxOperationsPerSocket} operations may run at once on one socket; complete one first`, {
          maxOperationsPerSocket: QUERY_LIMITS.maxOperationsPerSocket,
        }),
      ];
    }
    let actor: Actor;
    try {
      actor = await options.authenticate(state.authorization);
    } catch (error) {
      // Anything but a refusal (the database failing) is masked by the formatter, never sent.
      if (!(error instanceof UnauthenticatedError)) return [new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error as Error })];
      forbid(state, error.message);
      return [error];
    }
    state.actor = actor;
    const verdict = options.guard({ query: payload.query, operationName: payload.operationName, variables: payload.variables });
    if (!verdict.ok) return verdict.errors;
    const requestId = randomUUID();
    const contextValue = options.createContext(actor, requestId);
    groups.admit(contextValue, payload, actor, options.visibilityKey(actor));
    return {
      schema: options.schema,
      document: verdict.document,
      operationName: payload.operationName,
      variableValues: verdict.variables,
      contextValue,
    };
  }

  const format = (errors: readonly GraphQLError[], requestId: string = randomUUID()) =>
    runWithRequestId(requestId, () => errors.map((e) => options.formatError(e.toJSON(), e)));

  const groups = new OperationGroups({
    createContext: options.createContext,
    formatErrors: format,
    runAs: runWithRequestId,
  });

  const cleanup = useServer(
    {
      schema: options.schema,
      execute: (args: ExecutionArgs) => runWithRequestId(requestIdOf(args), () => execute(args)),
      subscribe: (args: ExecutionArgs) => runWithRequestId(requestIdOf(args), () => groups.subscribe(args)),
      jsonMessageReplacer: sharedMessageReplacer,
      async onConnect(ctx: SocketContext) {
        const authorization = ctx.connectionParams?.authorization;
        const state: SocketState = { socket: ctx.extra.socket, authorization: typeof authorization === "string" ? authorization : undefined };
        try {
          state.actor = await options.authenticate(state.authorization);
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
        ctx.extra.hub = state;
        open.add(state);
        state.socket.once("close", () => open.delete(state));
        return true;
      },
      onSubscribe: (ctx: SocketContext, _id: string, payload: SubscribePayload) => guardWebSocketOperation(ctx, payload),
      // A shared result was formatted when it was executed; graphql-ws sends it as it is.
      onNext: (_ctx, _id, _payload, args, result) =>
        isSharedResult(result) ? result : result.errors ? { ...result, errors: format(result.errors, requestIdOf(args)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wsServer,
  );

  // A deactivated agency's officers lose their open sockets at once, running subscriptions included.
  const unsubscribe = options.bus.subscribe({
    accepts: (event) => isEvent(event, "AgencyUpdated") && event.payload.changes?.active === false,
    deliver: (event) => {
      for (const state of open) {
        if (state.actor?.agencyId && event.subjectIds.includes(state.actor.agencyId)) forbid(state, "The agency of this token is no longer active");
      }
    },
  });

  return {
    /** How subscriptions share executions (for tests). */
    groups,
    /** Ends every socket's operations (on drain). */
    async dispose() {
      unsubscribe();
      await cleanup.dispose();
    },
    close() {
      wsServer.close();
    },
  };
}
