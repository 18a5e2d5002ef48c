import type { ObjectLiteral, Repository } from "typeorm";
import { BadInputError } from "../graphql/errors.js";
import { searchPattern } from "./like.js";

const SHOWN = 10;

/**
 * One record of a named reference table (matters, regions) from what a person types: its code, its
 * exact name, or a part of its name or code that only it contains. People know 沛城街道 and 占道, not
 * 320322001 and FOOD.STREET_STALL. When the text fits several records, BAD_USER_INPUT on `field`
 * lists them (name and code), so the caller can pick; nothing is guessed.
 */
export async function oneByNameOrCode<T extends ObjectLiteral & { code: string; name: string }>(
  repo: Repository<T>,
  ref: string,
  field: string,
  noun: string,
): Promise<T> {
  const text = ref.trim();
  const pattern = searchPattern(text, field);
  const exact = await repo.createQueryBuilder("x").where("x.code = :text OR x.name = :text", { text }).orderBy("x.code").getMany();
  const byCode = exact.find((x) => x.code === text);
  if (byCode) return byCode;
  if (exact.length === 1) return exact[0];
  const found = exact.length
    ? exact
    : await repo.createQueryBuilder("x").where("x.name ILIKE :pattern OR x.code ILIKE :pattern", { pattern }).orderBy("x.code").limit(SHOWN + 1).getMany();
  if (found.length === 1) return found[0];
  if (found.length === 0) throw BadInputError.field(field, `no ${noun} has a name or code containing 「${text}」`);
  const listed = found.slice(0, SHOWN).map((x) => `${x.name}（${x.code}）`).join("、");
  throw BadInputError.field(field, `「${text}」 fits more than one ${noun}: ${listed}${found.length > SHOWN ? "…" : ""}; give more of the name, or the code`);
}
