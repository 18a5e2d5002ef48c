import { BadInputError } from "../graphql/errors.js";

/** A LIKE/ILIKE pattern that matches `text` anywhere, with the caller's %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The ILIKE pattern for a `search` argument of a reference list (matters, regions, agencies): part of
 * a Chinese name or a code, in any letter case. A blank or overlong search is a BAD_USER_INPUT on the
 * `search` field rather than a silent "everything".
 */
export function searchPattern(search: string, field = "search"): string {
  const text = search.trim();
  if (text.length === 0 || text.length > 100) throw BadInputError.field(field, "must be 1 to 100 characters of a name or code");
  return containsPattern(text);
}
