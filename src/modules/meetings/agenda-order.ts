import { BadInputError } from "../../platform/graphql/errors.js";

/**
 * The agenda's ids with `itemId` moved to `position` (0 = first, as `AgendaItem.position` counts)
 * and every other item kept in its order. A position past the end is BAD_USER_INPUT: the chair
 * should see the agenda it meant, not a silently clamped one.
 */
export function moveInOrder(ids: readonly string[], itemId: string, position: number): string[] {
  const from = ids.indexOf(itemId);
  if (from < 0) throw BadInputError.field("itemId", "is not an item of this meeting's agenda");
  if (!Number.isInteger(position) || position < 0 || position >= ids.length) {
    throw BadInputError.field("position", `must be from 0 to ${ids.length - 1} (the agenda has ${ids.length} items)`);
  }
  const rest = ids.filter((id) => id !== itemId);
  return [...rest.slice(0, position), itemId, ...rest.slice(position)];
}
