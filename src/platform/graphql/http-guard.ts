import type { Request, RequestHandler } from "express";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import type { OperationGuard, OperationRequest } from "./operation-guard.js";
import { tagError } from "./request-scope.js";

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** The operation of a POST body or a GET query string; undefined when Apollo should answer the shape problem. */
function operationOf(method: string, body: unknown, query: Record<string, unknown>): OperationRequest | undefined {
  const source = method === "GET" ? query : body;
  if (!source || typeof source !== "object" || Array.isArray(source)) return undefined;
  const { query: text, operationName, variables } = source as Record<string, unknown>;
  if (typeof text !== "string") return undefined;
  if (operationName != null && typeof operationName !== "string") return undefined;
  let vars: unknown = variables;
  if (typeof vars === "string") {
    try {
      vars = JSON.parse(vars);
    } catch {
      return undefined;
    }
  }
  if (vars != null && (typeof vars !== "object" || Array.isArray(vars))) return undefined;
  return { query: text, operationName: operationName as string | undefined, variables: vars as Record<string, unknown> | undefined };
}

/**
 * Runs the operation guard in front of Apollo: a refused operation is answered here with HTTP 400
 * and errors formatted by the one formatter, and never reaches Apollo. Requests without a readable
 * operation (no query, batches, persisted-query hashes) go on to Apollo, which refuses or resolves
 * them; a persisted query was guarded when its text was first sent. A caller without a valid token
 * learns nothing about the schema: Apollo answers it 401 before it parses anything.
 */
export function guardHttpOperations(guard: OperationGuard, formatError: FormatError, isAuthenticated: (req: Request) => Promise<boolean>): RequestHandler {
  return async (req, res, next) => {
    const request = operationOf(req.method, req.body, req.query as Record<string, unknown>);
    if (!request) return next();
    const verdict = guard(request);
    if (verdict.ok || !(await isAuthenticated(req))) return next();
    const type = req.accepts(["application/json", "application/graphql-response+json"]) || "application/json";
    res
      .status(400)
      .type(type)
      .send(
        JSON.stringify({
          errors: verdict.errors.map((e: GraphQLError) => {
            tagError(e, String(req.id)); // should the formatter mask one, its log line names this request
            return formatError(e.toJSON(), e);
          }),
        }),
      );
  };
}
