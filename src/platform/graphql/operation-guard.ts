import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { createRequire } from "node:module";
import { ErrorCode } from "./errors.js";
import { hostileInputRefusal } from "./input-guard.js";
import { armorValidationRules, fanOutEstimator, QUERY_LIMITS } from "./limits.js";

// Its ESM build imports graphql's `.mjs` files, a second copy of graphql beside the CommonJS one the
// hub and type-graphql load ("Cannot use GraphQLObjectType from another realm"); the CommonJS build shares it.
const { getComplexity } = createRequire(import.meta.url)("graphql-query-complexity") as typeof import("graphql-query-complexity");

/** One GraphQL operation as a client sends it, over HTTP or WebSocket. */
export interface OperationRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export type GuardResult =
  | { ok: true; document: DocumentNode; operation: OperationDefinitionNode; variables: Record<string, unknown>; cost: number }
  | { ok: false; errors: GraphQLError[] };

export type OperationGuard = (request: OperationRequest) => GuardResult;

function refusal(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/**
 * The one gate every operation passes before it runs, whatever the transport: parse with the token
 * limit, validate with the standard rules and the document limits, refuse hostile scalars (NUL,
 * lone surrogates, ids that are not UUIDs: see input-guard.ts), coerce the variables, and price
 * the operation with fan-out (see `fanOutEstimator`). HTTP and WebSocket both call this, so their
 * limits cannot drift apart. Refusals carry GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
 * OPERATION_RESOLUTION_FAILURE or BAD_USER_INPUT; each is a client error (HTTP 400).
 */
export function createOperationGuard(schema: GraphQLSchema): OperationGuard {
  const rules = [...specifiedRules, ...armorValidationRules()];
  return (request) => {
    let document: DocumentNode;
    try {
      document = parse(request.query, { maxTokens: QUERY_LIMITS.maxTokens });
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : "The query could not be parsed";
      return { ok: false, errors: [refusal(ErrorCode.GraphQLParseFailed, message)] };
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length) {
      return { ok: false, errors: invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: ErrorCode.GraphQLValidationFailed } })) };
    }
    const operation = getOperationAST(document, request.operationName ?? undefined);
    if (!operation) {
      const message = request.operationName ? `No operation named "${request.operationName}"` : "Name the operation to run: the document has several";
      return { ok: false, errors: [refusal(ErrorCode.OperationResolutionFailure, message)] };
    }
    const hostile = hostileInputRefusal(schema, document, request.operationName, request.variables);
    if (hostile) return { ok: false, errors: [hostile] };
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 20 });
    if (coerced.errors) {
      return { ok: false, errors: coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: ErrorCode.BadUserInput } })) };
    }
    const cost = getComplexity({
      schema,
      query: document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
      estimators: [fanOutEstimator],
    });
    if (cost > QUERY_LIMITS.maxCost) {
      return {
        ok: false,
        errors: [
          refusal(ErrorCode.GraphQLValidationFailed, `The operation would cost about ${cost}, over the limit of ${QUERY_LIMITS.maxCost}: ask for fewer rows (first) or fewer nested lists`, {
            cost,
            maxCost: QUERY_LIMITS.maxCost,
          }),
        ],
      };
    }
    return { ok: true, document, operation, variables: request.variables ?? {}, cost };
  };
}
