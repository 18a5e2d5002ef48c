import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * Limits checked before execution, so that one oversized or deeply nested query cannot starve the
 * hub. Sized for the hub's own schema: the deepest useful query (agency → officers → agency →
 * region → children) is far below these.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 50,
  maxCost: 20000,
  /** Request bodies larger than this are refused with 413 before parsing. */
  maxBodyBytes: 1024 * 1024,
};

/** Apollo's parseOptions: a document over the token limit fails to parse (GRAPHQL_PARSE_FAILED). */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens };

export function createArmor(options: { blockFieldSuggestions: boolean }) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // graphql-js's parser counts tokens itself (PARSE_OPTIONS below); armor's token counter runs
    // its own parse and answers every syntax error as GRAPHQL_VALIDATION_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }).protect();
}
