import { ApolloArmor } from "@escape.tech/graphql-armor";
import { getNamedType, getNullableType, isListType, type ValidationRule } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";

/**
 * Limits checked before execution, over HTTP and WebSocket alike, so that one oversized, deeply
 * nested or fanned-out operation cannot starve the hub. Sized for the hub's own schema: the deepest
 * useful query (agency → officers → agency → region → children) is far below these.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 50,
  /** The estimated number of fields resolved, lists multiplied by their size (see `fanOutEstimator`). */
  maxCost: 20000,
  /** Rows assumed for a list without `first`: a power's matters, regions, bases or overlaps. */
  assumedListSize: 5,
  /**
   * Rows assumed for a tree's `children` (a town has about 20 villages): what makes
   * `children { parent { children … } }` cost what it really does.
   */
  treeFanOut: 20,
  /** Request bodies and WebSocket messages larger than this are refused before parsing. */
  maxBodyBytes: 1024 * 1024,
  /** Operations (queries, mutations, subscriptions) one WebSocket may have running at once. */
  maxOperationsPerSocket: 16,
  /** Subscriptions replaying the log at once, across the instance: more wait their turn. */
  maxConcurrentReplays: 4,
};

/**
 * The document rules of graphql-armor (depth, aliases, directives) as plain validation rules. Its
 * token limit is applied by the parser (`parse(…, { maxTokens })`), its flat cost limit is replaced
 * by `fanOutEstimator`, and field suggestions are stripped by the one error formatter.
 */
export function armorValidationRules(): ValidationRule[] {
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules as ValidationRule[];
}

/**
 * Prices a field at its own cost (1, or the `complexity` a resolver declares for expensive work such
 * as verifying the audit trail) plus its selection times the rows it can return: `first` for a
 * page, `assumedListSize` for a list without one. A resolver may declare an estimator of its own
 * instead (`treeChildrenComplexity`). A connection's `nodes`/`edges` are the page the
 * connection field already paid for. This is what makes recursive relations such as
 * `regions { children { parent { children … } } }` cost what they really do.
 */
export const fanOutEstimator: ComplexityEstimator = (options) => {
  const { type, field, args, childComplexity } = options;
  const declared = field.extensions?.complexity;
  if (typeof declared === "function") return (declared as ComplexityEstimator)(options);
  const own = typeof declared === "number" ? declared : 1;
  const insidePage = getNamedType(type).name.endsWith("Connection") && (field.name === "nodes" || field.name === "edges");
  let rows = 1;
  if (typeof args.first === "number") rows = Math.max(args.first, 1);
  else if (isListType(getNullableType(field.type)) && !insidePage) rows = QUERY_LIMITS.assumedListSize;
  return own + rows * childComplexity;
};

/** The price of a tree's `children` (regions, matters): `treeFanOut` rows of the selection. */
export const treeChildrenComplexity: ComplexityEstimator = ({ childComplexity }) => 1 + QUERY_LIMITS.treeFanOut * childComplexity;
