import type { InsertResult, ObjectLiteral, Repository } from "typeorm";

/**
 * The PostgreSQL wire protocol counts a statement's parameters in 16 bits: one multi-row INSERT
 * with more than 65,535 of them fails with a protocol error (on PGlite too). A row takes at most
 * one parameter per column, so a chunk of 65,535 / columns rows always fits; 1,000 rows at most
 * keeps each statement a reasonable size.
 */
const MAX_PARAMETERS = 65_535;
const MAX_ROWS = 1_000;

/** How many rows of this table one INSERT may carry. */
export function insertChunkSize(repo: Repository<ObjectLiteral>): number {
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Math.max(1, repo.metadata.columns.length))));
}

/**
 * Inserts any number of rows in as few statements as the protocol allows, inside the caller's
 * transaction, and answers each chunk's result in order (identifiers line up with `rows`).
 */
export async function insertInChunks<T extends ObjectLiteral>(repo: Repository<T>, rows: readonly object[]): Promise<InsertResult[]> {
  const size = insertChunkSize(repo as Repository<ObjectLiteral>);
  const results: InsertResult[] = [];
  for (let i = 0; i < rows.length; i += size) results.push(await repo.insert(rows.slice(i, i + size)));
  return results;
}
