import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from "typeorm";
import { ConflictError } from "../graphql/errors.js";

/**
 * Optimistic concurrency for tables with `id` and `version` columns. TypeORM's @VersionColumn does
 * not guard a save against a stale version, so the guard is the WHERE clause: exactly one row must
 * change, else CONFLICT.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  describe: string,
  /** The property that holds the row's last-change time. */
  touched = "updatedAt",
): Promise<void> {
  // The version and the change time are SQL expressions, which TypeORM's set() takes as functions.
  const values: QueryDeepPartialEntity<ObjectLiteral> = { ...changes, version: () => "version + 1", [touched]: () => "now()" };
  const result = await em
    .createQueryBuilder()
    .update<ObjectLiteral>(target)
    .set(values)
    .where("id = :id AND version = :version", { id, version: expectedVersion })
    .execute();
  if (result.affected !== 1) {
    throw new ConflictError(`${describe} has changed since version ${expectedVersion}; read it again`);
  }
}
