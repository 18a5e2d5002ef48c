import { In, type EntityManager, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from "typeorm";

/**
 * The rows of `entity` whose `column` holds one of `keys`, in `order`: the one batched read behind
 * each loader of a record's children (a case's participants, a meeting's agenda, an operation's
 * reports), so that a page of N parents costs one query per kind of child, not N.
 */
export function rowsWhereIn<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  column: keyof T & string,
  keys: readonly unknown[],
  order?: FindOptionsOrder<T>,
): Promise<T[]> {
  return em.getRepository(entity).find({ where: { [column]: In([...keys]) } as FindOptionsWhere<T>, order });
}
