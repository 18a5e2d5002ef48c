import type { EntityManager } from "typeorm";
import { insertChunkSize } from "../../platform/db/chunked-insert.js";
import { Overlap } from "./overlap.entity.js";

/**
 * Overlaps as plain rows: every field the GraphQL `Overlap` type shows and its field resolvers read
 * (sharedArticleIds for `sharedArticles`), named as the entity names them, without TypeORM's
 * hydration. Dates come as text, as the entity has them ('2026-01-01'); timestamps as Date.
 */
function overlapFields(alias: string): string {
  const a = alias ? `${alias}.` : "";
  return `${a}id, ${a}key, ${a}power_ids AS "powerIds", ${a}agency_ids AS "agencyIds", ${a}category, ${a}kind, ${a}severity,
    ${a}matter_codes AS "matterCodes", ${a}region_codes AS "regionCodes", ${a}valid_from::text AS "validFrom", ${a}valid_until::text AS "validUntil",
    ${a}shared_article_ids AS "sharedArticleIds", ${a}status, ${a}status_reason AS "statusReason", ${a}detected_at AS "detectedAt",
    ${a}updated_at AS "updatedAt", ${a}version`;
}

/**
 * The overlaps, in the given statuses (all when null), that involve any of the powers: looked up
 * through overlap_power's index on power_id, so the cost follows the powers asked about, not the
 * size of the overlap table.
 */
export function overlapsInvolving(em: EntityManager, powerIds: readonly string[], statuses: readonly string[] | null): Promise<Overlap[]> {
  return em.query(
    `SELECT ${overlapFields("o")} FROM overlap o
      WHERE o.id IN (SELECT op.overlap_id FROM overlap_power op WHERE op.power_id = ANY($1::uuid[]))
        AND ($2::text[] IS NULL OR o.status = ANY($2::text[]))`,
    [powerIds, statuses],
  );
}

/** Every overlap of the catalogue, whatever its status (a rescan reconciles against all of them). */
export function allOverlaps(em: EntityManager): Promise<Overlap[]> {
  return em.query(`SELECT ${overlapFields("")} FROM overlap`);
}

/**
 * Inserts new overlaps and, in the same statement, the overlap_power rows that say which powers each
 * joins, taken from the inserted row's own power_ids: the ordered copy and the join rows cannot
 * disagree. Answers the stored overlaps (ids, defaults included). In chunks, as
 * insertInChunks does: one statement per row is slow, one for thousands passes the protocol's
 * parameter limit.
 */
export async function insertOverlaps(em: EntityManager, rows: readonly Partial<Overlap>[]): Promise<Overlap[]> {
  const repo = em.getRepository(Overlap);
  const size = insertChunkSize(repo);
  const stored: Overlap[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const [insert, parameters] = repo
      .createQueryBuilder()
      .insert()
      .values(rows.slice(i, i + size))
      .returning(overlapFields(""))
      .getQueryAndParameters();
    const chunk: Overlap[] = await em.query(
      `WITH inserted AS (${insert}),
            linked AS (INSERT INTO overlap_power (overlap_id, position, power_id)
                       SELECT inserted.id, m.position, m.power_id FROM inserted CROSS JOIN LATERAL unnest(inserted."powerIds") WITH ORDINALITY AS m(power_id, position))
       SELECT * FROM inserted`,
      parameters,
    );
    stored.push(...chunk);
  }
  return stored;
}
