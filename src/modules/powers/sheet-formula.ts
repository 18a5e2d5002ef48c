/**
 * Spreadsheet formula injection (CSV injection, OWASP): a cell that starts with "=", "+", "-" or
 * "@" is run as a formula when someone opens the file in Excel or WPS, which can leak data or
 * start programs (DDE). The hub refuses such cells when it reads a power list, so none are stored
 * and later written back out.
 *
 * Legal text uses a leading "-" or "+" legitimately: a dash as a list bullet ("- 对……的处罚"), a
 * placeholder "-" for "none". A formula needs an ASCII character after the sign (a digit, a
 * letter, an operator, a bracket or a quote: "-1+cmd|' /C calc'!A0", "+SUM(A1)"), so a "+" or
 * "-" is refused only when the next character that is not a space is ASCII; Chinese text or
 * full-width punctuation after it, or nothing at all, is accepted. "=" and "@" are always refused.
 * Cells are trimmed before this check, so a leading tab or line break cannot hide the sign.
 *
 * The hub writes no spreadsheet today. An export added later must still escape every cell that
 * starts with "=", "+", "-", "@", a tab or a carriage return (prefix a single quote), because text
 * reaches the database by other paths than an import (declarePower, amendPower).
 */

const ALWAYS_FORMULA = /^[=@]/;
const SIGN_THEN_ASCII = /^[+-]\s*[\x21-\x7e]/;

/** Why a cell would be run as a formula, for the officer who fixes the sheet; null when it is plain text. */
export function formulaCellReason(cell: string | undefined): string | null {
  if (!cell) return null;
  if (ALWAYS_FORMULA.test(cell) || SIGN_THEN_ASCII.test(cell)) {
    return `以“${cell[0]}”开头，表格软件会把它当作公式执行（公式注入）；请删去开头的“${cell[0]}”`;
  }
  return null;
}
