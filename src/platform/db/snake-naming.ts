import { DefaultNamingStrategy, type NamingStrategyInterface } from "typeorm";

/**
 * Columns are the snake_case of their properties (`regionCode` → region_code), so entities do not
 * spell each name twice. Only column names are derived: tables are named on each @Entity, and the
 * migrations name every index and constraint. Written here rather than taken from
 * typeorm-naming-strategies, whose peer range (typeorm ^0.2 || ^0.3) excludes TypeORM 1.x, and
 * which would also rename join tables and relations this hub does not have.
 */
export class SnakeColumnNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, embeddedPrefixes: string[]): string {
    return customName ?? snakeCase([...embeddedPrefixes, propertyName].join("_"));
  }
}

/** `recordedAt` → recorded_at, `sha256` → sha256, `leadAgencyId` → lead_agency_id. */
export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z])([A-Z])([a-z])/g, "$1_$2$3")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}
