import {
  GraphQLError,
  getNamedType,
  getNullableType,
  getOperationAST,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { BadInputError, type FieldProblem } from "./errors.js";
import { isUuid, isWellFormedText } from "./validation.js";

/**
 * The boundary check every request passes before anything runs, on HTTP and WebSocket alike:
 * hostile scalars are refused with BAD_USER_INPUT naming the argument path
 * (`reportCase.input.description`, `reorderAgenda.itemIds.2`), and nothing is written.
 *
 * What it refuses, by declared type (so no field needs its own patch):
 * - any string, in any scalar (String, ID, dates, JSON), holding a NUL character or half of a
 *   UTF-16 surrogate pair: PostgreSQL cannot store the first, and the second would be stored as
 *   a replacement character, silently changing what the user sent;
 * - an `ID` that is not a UUID. Rule: in this schema every `ID` a client sends names a record by
 *   its UUID; codes (matters, regions, agencies) and cursors are typed `String` and checked where
 *   they are read.
 * Type mismatches (a number where a string is declared) are left to GraphQL's own coercion, which
 * answers them with its own coded error.
 */
export function findHostileInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): FieldProblem[] {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return [];
  const given = variables ?? {};
  const problems: FieldProblem[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  // A variable the request leaves out takes its default, which is a literal in the document.
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);

  const checkLeaf = (value: unknown, type: GraphQLInputType, path: string) => {
    if (typeof value === "string" && !isWellFormedText(value)) {
      problems.push({ path, message: "contains a NUL character or a broken (unpaired surrogate) character" });
    } else if (getNamedType(type).name === "ID" && (typeof value === "string" || typeof value === "number") && !isUuid(String(value))) {
      problems.push({ path, message: "must be a UUID" });
    } else if (typeof value === "object" && value !== null) {
      // Custom scalars such as JSONObject: every string inside, keys included.
      for (const [key, inner] of Object.entries(value)) {
        if (!isWellFormedText(key)) problems.push({ path, message: "contains a NUL character or a broken (unpaired surrogate) character" });
        checkLeaf(inner, type, `${path}.${key}`);
      }
    }
  };

  /** A value as the client sent it in JSON (variables). */
  const checkValue = (value: unknown, type: GraphQLInputType, path: string): void => {
    if (value === null || value === undefined) return;
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) {
      const of = inner.ofType as GraphQLInputType;
      // A single value where a list is declared is coerced to a list of one.
      if (Array.isArray(value)) value.forEach((item, i) => checkValue(item, of, `${path}.${i}`));
      else checkValue(value, of, `${path}.0`);
    } else if (isInputObjectType(inner)) {
      if (typeof value !== "object" || Array.isArray(value)) return;
      const fields = inner.getFields();
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (fields[key]) checkValue(item, fields[key].type, `${path}.${key}`);
      }
    } else if (isScalarType(inner)) {
      checkLeaf(value, inner, path);
    }
  };

  /** A value written in the document, which may hold variables anywhere. */
  const checkLiteral = (node: ValueNode, type: GraphQLInputType, path: string): void => {
    const inner = getNullableType(type) as GraphQLInputType;
    switch (node.kind) {
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (given[name] !== undefined) checkValue(given[name], type, path);
        else if (defaults.has(name)) checkLiteral(defaults.get(name)!, type, path);
        return;
      }
      case Kind.LIST:
        if (isListType(inner)) node.values.forEach((item, i) => checkLiteral(item, inner.ofType as GraphQLInputType, `${path}.${i}`));
        return;
      case Kind.OBJECT:
        if (isInputObjectType(inner)) {
          const fields = inner.getFields();
          for (const f of node.fields) if (fields[f.name.value]) checkLiteral(f.value, fields[f.name.value].type, `${path}.${f.name.value}`);
        } else if (isScalarType(inner)) {
          for (const f of node.fields) checkLiteral(f.value, inner, `${path}.${f.name.value}`);
        }
        return;
      case Kind.STRING:
      case Kind.INT:
        if (isListType(inner)) checkLiteral(node, inner.ofType as GraphQLInputType, `${path}.0`);
        else if (isScalarType(inner)) checkLeaf(node.value, inner, path);
        return;
      default:
        return; // booleans, enums, floats, null: nothing a string check applies to
    }
  };

  const visitedFragments = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, prefix: string) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = "getFields" in parent ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue; // unknown fields are validation's business
        const name = selection.alias?.value ?? selection.name.value;
        const path = prefix ? `${prefix}.${name}` : name;
        for (const arg of selection.arguments ?? []) {
          const def = field.args.find((a) => a.name === arg.name.value);
          if (def) checkLiteral(arg.value, def.type, `${path}.${arg.name.value}`);
        }
        const named = getNamedType(field.type);
        if (selection.selectionSet && "getFields" in named) walk(selection.selectionSet, named as GraphQLCompositeType, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && "getFields" in type) walk(selection.selectionSet, type as GraphQLCompositeType, prefix);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visitedFragments.has(fragment.name.value)) continue;
        visitedFragments.add(fragment.name.value);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && "getFields" in type) walk(fragment.selectionSet, type as GraphQLCompositeType, prefix);
      }
    }
  };
  walk(operation.selectionSet, root, "");
  return problems;
}

/**
 * The refusal both transports answer with (BAD_USER_INPUT, HTTP 400, every problem named), or
 * undefined when the arguments are clean. The operation guard calls this for HTTP and WebSocket alike.
 */
export function hostileInputRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | undefined {
  const problems = findHostileInput(schema, document, operationName, variables);
  return problems.length ? new BadInputError(problems, { http: { status: 400 } }) : undefined;
}
