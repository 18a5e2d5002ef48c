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

/** A document that parsed and passed validation, and the costs of its operations that take no variables. */
interface CheckedDocument {
  document: DocumentNode;
  fixedCosts: Map<string, number>;
}

/**
 * Documents that passed parsing and validation, by their text: the same text always parses and
 * validates the same way against the one schema, and clients send the same few queries again and
 * again, so the guard does that work once per text (about a millisecond of CPU per request saved).
 * Bounded: the most recently used 500 texts of up to 20,000 characters (at most ~10 MB); refused
 * texts are never kept, so a stream of bad or unique queries costs what it cost before.
 */
class CheckedDocuments {
  private static readonly MAX_ENTRIES = 500;
  private static readonly MAX_TEXT = 20_000;
  private readonly byText = new Map<string, CheckedDocument>();

  get(text: string): CheckedDocument | undefined {
    const found = this.byText.get(text);
    if (found) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.byText.delete(text);
      this.byText.set(text, found);
    }
    return found;
  }

  add(text: string, document: DocumentNode): CheckedDocument {
    const entry = { document, fixedCosts: new Map<string, number>() };
    if (text.length > CheckedDocuments.MAX_TEXT) return entry;
    this.byText.set(text, entry);
    if (this.byText.size > CheckedDocuments.MAX_ENTRIES) this.byText.delete(this.byText.keys().next().value!);
    return entry;
  }
}

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
  const checked = new CheckedDocuments();
  return (request) => {
    let known = checked.get(request.query);
    if (!known) {
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
      known = checked.add(request.query, document);
    }
    const { document } = known;
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
    // Without variables an operation's cost is fixed: priced once per document.
    const fixed = !operation.variableDefinitions?.length;
    const costKey = request.operationName ?? "";
    let cost = fixed ? known.fixedCosts.get(costKey) : undefined;
    if (cost === undefined) {
      cost = getComplexity({
        schema,
        query: document,
        operationName: request.operationName ?? undefined,
        variables: request.variables ?? {},
        estimators: [fanOutEstimator],
      });
      if (fixed) known.fixedCosts.set(costKey, cost);
    }
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
