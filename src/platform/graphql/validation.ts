import { Matches } from "class-validator";

/** Rejects empty and whitespace-only strings, which Length() alone lets through. */
export const NotBlank = () => Matches(/\S/, { message: "must not be blank" });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive as free strings; anything that is not a UUID cannot name a record. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
