import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { IsOptional, Max, Min } from "class-validator";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { BadInputError } from "./errors.js";
import { isWellFormedText } from "./validation.js";

// simpleResolvers (here, on edges and on connections): plain values a resolver built; no per-field middleware.
@ObjectType({ description: "Where a page of a connection stands (Relay cursor connections)", simpleResolvers: true })
export class PageInfo {
  @Field({ description: "True when more items follow this page" })
  hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the last item of this page: pass it as `after` for the next page" })
  endCursor!: string | null;
}

/** Relay pagination arguments shared by every list that grows. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: "How many items (1 to 100)" })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor" })
  @IsOptional()
  after?: string;
}

export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A number, or the promise of one that is only made when read (paginate counts on demand). */
  readonly totalCount: number | Promise<number>;
}

/** Builds the `XConnection` and `XEdge` types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor`, simpleResolvers: true })
  class Edge {
    @Field()
    cursor!: string;
    @Field(() => nodeType)
    node!: T;
  }

  // Not reachable from any resolver itself, so never emitted: only its named subclasses are.
  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];
    @Field(() => [nodeType], { description: "The items of this page, without cursors" })
    nodes!: T[];
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
    // Not simple: the count is a promise read on demand (see paginate), and the compiled executor
    // awaits a field's value only where the field has a resolver.
    @Field(() => Int, { description: "How many items match, across all pages", simple: false })
    totalCount!: number;
  }
  return ConnectionType;
}

type SortValue = string | number | null;

function encodeCursor(values: SortValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

function decodeCursor(cursor: string, arity: number): SortValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // Only what encodeCursor writes: a hand-made cursor could carry objects or 1e400 (Infinity).
    const sortValue = (v: unknown) => v === null || (typeof v === "string" && isWellFormedText(v)) || (typeof v === "number" && Number.isFinite(v));
    if (Array.isArray(values) && values.length === arity && values.every(sortValue)) return values;
  } catch {
    // fall through to the error below
  }
  throw BadInputError.field("after", "is not a cursor this list gave out");
}

/**
 * Keyset pagination: orders by `sortColumns` (SQL expressions over the query's alias; the last one
 * must be unique, e.g. the primary key), takes `first` + 1 rows to learn whether more follow.
 * One statement for the page; the COUNT behind `totalCount` runs only when something reads it
 * (the field's default resolver does, when a client selects it), so a client that does not ask
 * does not pay for it, and no service needs to know the selection. A first page that holds every
 * match is its own count.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  sortColumns: { sql: string; of: (row: T) => SortValue }[],
): Promise<Page<T>> {
  const countQuery = qb.clone();
  const page = qb.clone();
  if (args.after) {
    const values = decodeCursor(args.after, sortColumns.length);
    const left = sortColumns.map((c) => c.sql).join(", ");
    const right = values.map((_, i) => `:cursor${i}`).join(", ");
    page.andWhere(`(${left}) > (${right})`, Object.fromEntries(values.map((v, i) => [`cursor${i}`, v])));
  }
  sortColumns.forEach((c, i) => (i === 0 ? page.orderBy(c.sql, "ASC") : page.addOrderBy(c.sql, "ASC")));
  const rows = await page.limit(args.first + 1).getMany();
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortColumns.map((c) => c.of(node))), node }));
  const hasNextPage = rows.length > args.first;
  let counted: number | Promise<number> | undefined = !args.after && !hasNextPage ? nodes.length : undefined;
  return {
    nodes,
    edges,
    get totalCount() {
      return (counted ??= countQuery.getCount());
    },
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
