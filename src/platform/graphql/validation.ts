import { Matches } from "class-validator";
import { validate as validUuid } from "uuid";

/** Rejects empty and whitespace-only strings, which Length() alone lets through. */
export const NotBlank = () => Matches(/\S/, { message: "must not be blank" });

/** Ids arrive as free strings; anything that is not a UUID cannot name a record. */
export function isUuid(value: string): boolean {
  return validUuid(value);
}

/**
 * False for text holding NUL or a lone UTF-16 surrogate (paired ones, e.g. emoji, are fine):
 * PostgreSQL refuses the first, and the second would be stored as U+FFFD, not as sent.
 */
export function isWellFormedText(value: string): boolean {
  return !HOSTILE_TEXT.test(value);
}
const HOSTILE_TEXT = /\0|\p{Surrogate}/u;
