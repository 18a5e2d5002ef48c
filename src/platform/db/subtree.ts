/**
 * A dotted code or path and everything below it: FOOD matches FOOD and FOOD.STREET_STALL, never
 * FOODSTUFF. Answers the condition on `column` and its parameters for a query builder's andWhere;
 * `key` names the parameters, so one query can hold two subtrees (a matter's and a region's).
 */
export function inSubtree(column: string, key: string, root: string): [condition: string, parameters: Record<string, string>] {
  return [`(${column} = :${key} OR starts_with(${column}, :${key}Dot))`, { [key]: root, [`${key}Dot`]: `${root}.` }];
}
