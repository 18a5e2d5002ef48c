import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Power items (权力事项) with their full revision history, and the overlaps (职权交叉) found
 * between them. Matters, regions and articles are kept as arrays: the service checks every code
 * against the reference tables in the same transaction, and nothing in the hub deletes those.
 */
export class PowersAndOverlaps1764201800000 implements MigrationInterface {
  name = "PowersAndOverlaps1764201800000";

  async up(q: QueryRunner): Promise<void> {
    const powerColumns = `
        code          text NOT NULL CHECK (length(trim(code)) > 0),
        agency_id     uuid NOT NULL REFERENCES agency(id),
        name          text NOT NULL CHECK (length(trim(name)) > 0),
        category      text NOT NULL CHECK (category IN ('LICENSING','PENALTY','COERCIVE_MEASURE','LEVY','BENEFIT','INSPECTION','CONFIRMATION','REWARD','ADJUDICATION','OTHER')),
        status        text NOT NULL CHECK (status IN ('ACTIVE','SUSPENDED','WITHDRAWN')),
        valid_from    date,
        valid_until   date,
        post          text,
        matter_codes  text[] NOT NULL CHECK (cardinality(matter_codes) > 0),
        region_codes  text[] NOT NULL CHECK (cardinality(region_codes) > 0),
        article_ids   uuid[] NOT NULL,
        version       integer NOT NULL,
        CHECK (valid_until >= valid_from)`;
    await q.query(`
      CREATE TABLE power (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${powerColumns},
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (code)
      )`);
    await q.query(`CREATE INDEX power_agency_idx ON power (agency_id, code)`);
    await q.query(`CREATE INDEX power_category_idx ON power (category, status)`);
    await q.query(`CREATE INDEX power_matters_idx ON power USING gin (matter_codes)`);
    await q.query(`CREATE INDEX power_regions_idx ON power USING gin (region_codes)`);
    await q.query(`CREATE INDEX power_articles_idx ON power USING gin (article_ids)`);

    // Every state a power has had, one row per version: `asOf` reads the version recorded by then.
    await q.query(`
      CREATE TABLE power_revision (
        id uuid NOT NULL REFERENCES power(id),
        ${powerColumns},
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (id, version)
      )`);
    await q.query(`CREATE INDEX power_revision_recorded_idx ON power_revision (recorded_at)`);

    await q.query(`
      CREATE TABLE overlap (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key                text NOT NULL UNIQUE,
        power_ids          uuid[] NOT NULL CHECK (cardinality(power_ids) = 2),
        agency_ids         uuid[] NOT NULL CHECK (cardinality(agency_ids) = 2),
        category           text NOT NULL,
        kind               text NOT NULL CHECK (kind IN ('SAME_BASIS','SAME_MATTER','NESTED_MATTER')),
        severity           text NOT NULL CHECK (severity IN ('HIGH','MEDIUM','LOW')),
        matter_codes       text[] NOT NULL,
        region_codes       text[] NOT NULL,
        valid_from         date,
        valid_until        date,
        shared_article_ids uuid[] NOT NULL,
        status             text NOT NULL CHECK (status IN ('OPEN','UNDER_REVIEW','RESOLVED','OBSOLETE')),
        status_reason      text,
        detected_at        timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        version            integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX overlap_powers_idx ON overlap USING gin (power_ids)`);
    await q.query(`CREATE INDEX overlap_agencies_idx ON overlap USING gin (agency_ids)`);
    await q.query(`CREATE INDEX overlap_status_idx ON overlap (status, severity)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE overlap`);
    await q.query(`DROP TABLE power_revision`);
    await q.query(`DROP TABLE power`);
  }
}
