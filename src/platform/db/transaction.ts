import type { DataSource, EntityManager } from "typeorm";

/**
 * Runs `work` in one database transaction: either everything it wrote stays, or nothing does.
 * Services take their repositories from `manager`, never from the global data source.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(work);
}
