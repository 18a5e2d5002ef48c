import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationTypeNode,
} from "graphql";

/**
 * Operations generated from the committed schema (schema/schema.graphql), so that a test covers
 * every argument the hub offers, including those added after the test was written.
 */
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8"));
}

export type RootKind = "query" | "mutation" | "subscription";

export interface RootField {
  kind: RootKind;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema, kinds: RootKind[] = ["query", "mutation"]): RootField[] {
  return kinds.flatMap((kind) => {
    const root = schema.getRootType(kind as OperationTypeNode);
    return root ? Object.values(root.getFields()).map((field) => ({ kind, field })) : [];
  });
}

/**
 * One operation calling one root field with every given argument as a variable, selecting only
 * `__typename` below it: what is tested is the arguments, not the answer.
 */
export function operationFor({ kind, field }: RootField, args: readonly GraphQLArgument[]): string {
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  return `${kind}${defs ? `(${defs})` : ""} { ${field.name}${uses ? `(${uses})` : ""}${selection} }`;
}

/** A plausible value for each scalar: what a careful client would send. */
export const PLAIN_SCALARS: Record<string, unknown> = {
  String: "沛城街道",
  ID: "0b1e9f4e-2c1a-4c3e-8f7a-1d2c3b4a5e6f",
  Int: 1,
  Float: 1.5,
  Boolean: true,
  SafeInt: 1,
  LocalDate: "2026-03-02",
  DateTimeISO: "2026-03-02T09:00:00+08:00",
  JSONObject: {},
};

/**
 * A value of `type` with every input field filled (optional ones too), lists of one; `leaf`
 * chooses each scalar's value. Deep recursive input types stop at `depth`.
 */
export function fullValue(type: GraphQLInputType, leaf: (scalar: string) => unknown = (s) => PLAIN_SCALARS[s], depth = 4): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [fullValue(inner.ofType as GraphQLInputType, leaf, depth)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isScalarType(inner)) return leaf(inner.name);
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      if (depth > 0 || isNonNullType(f.type)) out[f.name] = fullValue(f.type, leaf, depth - 1);
    }
    return out;
  }
  throw new Error(`not an input type: ${String(type)}`);
}

/** Every place in a value where a string sits, as a dotted path (`input.articles.0.number`). */
export function stringPaths(value: unknown, prefix: string): string[] {
  if (typeof value === "string") return [prefix];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, `${prefix}.${i}`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringPaths(v, `${prefix}.${k}`));
  return [];
}

/** A copy of `value` with the string at `path` (relative, dotted) replaced. */
export function replaceAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (String(i) === head ? replaceAt(v, rest, replacement) : v));
  const object = value as Record<string, unknown>;
  return { ...object, [head]: replaceAt(object[head], rest, replacement) };
}

/** The scalar type's name at a dotted path inside a value of `type`. */
export function scalarAt(type: GraphQLInputType, path: string[]): string {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return scalarAt(inner.ofType as GraphQLInputType, path.slice(1));
  if (isInputObjectType(inner)) return scalarAt(inner.getFields()[path[0]].type, path.slice(1));
  return getNamedType(inner).name;
}
