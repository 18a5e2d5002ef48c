import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type InlineFragmentNode,
  type FragmentSpreadNode,
  type SelectionSetNode,
} from "graphql";

/**
 * What a query selects below one field, by field name: aliases, fragments and repeated fields are
 * merged, fields that @skip/@include leave out are absent. A read planner uses it to fetch only the
 * columns and relations a query asks for. Arguments are not kept: the fields planned from it take none.
 */
export class Selection {
  readonly fields = new Map<string, Selection>();

  has(field: string): boolean {
    return this.fields.has(field);
  }

  get(field: string): Selection | undefined {
    return this.fields.get(field);
  }

  /** The selections of several fields merged into one (e.g. a connection's `nodes` and `edges.node`). */
  static merge(parts: (Selection | undefined)[]): Selection | undefined {
    const present = parts.filter((p): p is Selection => p !== undefined);
    if (present.length <= 1) return present[0];
    const merged = new Selection();
    for (const part of present) merged.absorb(part);
    return merged;
  }

  private absorb(other: Selection): void {
    for (const [name, sub] of other.fields) {
      const mine = this.fields.get(name);
      if (mine) mine.absorb(sub);
      else this.fields.set(name, sub);
    }
  }
}

/**
 * The selection below the field being resolved. Walks the query with graphql-js's own helpers for
 * directives and types; it runs once per planned root field, not per row.
 */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const walker = new SelectionWalker(info.schema, info.fragments, info.variableValues);
  const selection = new Selection();
  const type = getNamedType(info.returnType);
  for (const node of info.fieldNodes) if (node.selectionSet) walker.collect(node.selectionSet, type, selection);
  return selection;
}

class SelectionWalker {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  collect(set: SelectionSetNode, type: GraphQLNamedType, into: Selection): void {
    for (const node of set.selections) {
      if (!this.included(node)) continue;
      if (node.kind === "Field") this.field(node, type, into);
      else if (node.kind === "InlineFragment") {
        if (this.applies(node.typeCondition?.name.value, type)) this.collect(node.selectionSet, type, into);
      } else {
        const fragment = this.fragments[node.name.value];
        if (fragment && this.applies(fragment.typeCondition.name.value, type)) this.collect(fragment.selectionSet, type, into);
      }
    }
  }

  private field(node: FieldNode, type: GraphQLNamedType, into: Selection): void {
    const name = node.name.value;
    let sub = into.fields.get(name);
    if (!sub) into.fields.set(name, (sub = new Selection()));
    if (!node.selectionSet || !isObjectType(type)) return;
    const definition = (type as GraphQLObjectType).getFields()[name];
    if (definition) this.collect(node.selectionSet, getNamedType(definition.type), sub);
  }

  /** A fragment applies to an object type when it names that type or an interface or union it belongs to. */
  private applies(condition: string | undefined, type: GraphQLNamedType): boolean {
    if (condition === undefined || condition === type.name) return true;
    const named = this.schema.getType(condition);
    return named !== undefined && isAbstractType(named) && isObjectType(type) && this.schema.isSubType(named, type);
  }

  private included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
    if (!node.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, node, this.variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, this.variables)?.if !== false;
  }
}
