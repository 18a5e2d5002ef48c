import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** What one operation of a document compiled to: graphql-jit's function, or graphql-js for what it does not take. */
type Compiled = CompiledQuery | "graphql-js";

/**
 * HTTP queries run through graphql-jit: each operation of a document sent more than once is compiled into plain
 * JavaScript that resolves and completes its fields without graphql-js's per-field bookkeeping
 * (a promise and a path object per field), which dominates the CPU of large nested answers.
 * Mutations, subscriptions and anything graphql-jit refuses to compile run on graphql-js as before,
 * so a write's order of fields and a subscription's stream are exactly graphql-js's.
 *
 * Apollo Server 5 has no executor option; its gateway interface (load → executor) is the hook it
 * supports, and it keeps parsing, validation, the document cache, plugins and error formatting.
 * Compiled queries are kept per parsed document in a WeakMap: Apollo's document cache (an LRU)
 * holds the documents, so the compiled queries it no longer holds are collected with them.
 */
export function compiledQueryGateway(schema: GraphQLSchema): GatewayInterface {
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled | "seen once">>();

  const compiledFor = (document: DocumentNode, operationName: string | undefined): Compiled => {
    let operations = compiledByDocument.get(document);
    if (!operations) compiledByDocument.set(document, (operations = new Map()));
    const key = operationName ?? "";
    const known = operations.get(key);
    if (known === undefined) {
      // Compiling costs more than running a query once: a document sent once (an ad hoc query,
      // a fuzzer's) runs on graphql-js; one that comes back is compiled then.
      operations.set(key, "seen once");
      return "graphql-js";
    }
    if (known !== "seen once") return known;
    const compiled = compile(schema, document, operationName);
    operations.set(key, compiled);
    return compiled;
  };

  const executor: GatewayExecutor = async (request) => {
    const { document, context } = request;
    const operationName = request.request.operationName ?? undefined;
    const variables = request.request.variables ?? undefined;
    const compiled = compiledFor(document, operationName);
    const onGraphQLJs = () => execute({ schema, document, contextValue: context, variableValues: variables, operationName }) as Promise<ExecutionResult>;
    if (compiled === "graphql-js") return onGraphQLJs();
    const result = await compiled.query(undefined, context, variables ?? {});
    // No data: the variables were refused before anything ran. graphql-js words that refusal the
    // way Apollo recognises (BAD_USER_INPUT, HTTP 400), so it answers it.
    if (result.data === undefined) return onGraphQLJs();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` when the cause had none, which
 * Apollo's error normalising does not expect: the same error as graphql-js would make it, so the
 * one formatter sees what it sees for graphql-js (the cause, its path and where it was asked for).
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  if (error.locations) Object.defineProperty(copy, "locations", { value: error.locations, enumerable: true, writable: true, configurable: true });
  return copy;
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled {
  // Only queries: a missing or ambiguous operation is answered by graphql-js in its own words.
  if (getOperationAST(document, operationName)?.operation !== "query") return "graphql-js";
  try {
    const compiled = compileQuery(schema, document, operationName);
    return isCompiledQuery(compiled) ? compiled : "graphql-js";
  } catch {
    return "graphql-js"; // a construct graphql-jit does not handle: graphql-js does, as before
  }
}
