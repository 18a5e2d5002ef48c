import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reference data of the hub: regions, agencies, officers, the matter taxonomy and the legal
 * catalogue. Plain SQL so that the same file runs on PostgreSQL and on embedded PGlite.
 */
export class Foundation1764201600000 implements MigrationInterface {
  name = "Foundation1764201600000";

  async up(q: QueryRunner): Promise<void> {

    await q.query(`
      CREATE TABLE region (
        code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6,12}$'),
        name        text NOT NULL CHECK (length(trim(name)) > 0),
        level       text NOT NULL CHECK (level IN ('COUNTY','TOWN','SUBDISTRICT','VILLAGE','COMMUNITY')),
        parent_code text REFERENCES region(code),
        -- materialized path of codes from the root, joined by '.', so subtree tests are one LIKE
        path        text NOT NULL UNIQUE,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX region_parent_idx ON region (parent_code)`);
    await q.query(`CREATE INDEX region_path_idx ON region (path text_pattern_ops)`);

    await q.query(`
      CREATE TABLE agency (
        id          uuid PRIMARY KEY,
        code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_]{2,32}$'),
        name        text NOT NULL CHECK (length(trim(name)) > 0),
        short_name  text NOT NULL CHECK (length(trim(short_name)) > 0),
        kind        text NOT NULL CHECK (kind IN ('ENFORCEMENT','TOWN_GOVERNMENT','OVERSIGHT','COORDINATION')),
        region_code text NOT NULL REFERENCES region(code),
        active      boolean NOT NULL DEFAULT true,
        version     integer NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX agency_region_idx ON agency (region_code)`);

    await q.query(`
      CREATE TABLE officer (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id               uuid NOT NULL REFERENCES agency(id),
        name                    text NOT NULL CHECK (length(trim(name)) > 0),
        role                    text NOT NULL CHECK (role IN ('CERTIFIED_OFFICER','AUXILIARY','LEGAL_REVIEWER','LEADER')),
        certificate_number      text UNIQUE,
        certificate_valid_from  date,
        certificate_valid_until date,
        active                  boolean NOT NULL DEFAULT true,
        version                 integer NOT NULL DEFAULT 1,
        created_at              timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now(),
        CHECK ((certificate_number IS NULL) = (certificate_valid_from IS NULL)
           AND (certificate_number IS NULL) = (certificate_valid_until IS NULL)),
        CHECK (certificate_valid_until >= certificate_valid_from),
        CHECK (role <> 'AUXILIARY' OR certificate_number IS NULL)
      )`);
    await q.query(`CREATE INDEX officer_agency_name_idx ON officer (agency_id, name, id)`);

    await q.query(`
      CREATE TABLE matter (
        code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)*$'),
        name        text NOT NULL CHECK (length(trim(name)) > 0),
        description text,
        parent_code text REFERENCES matter(code),
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX matter_parent_idx ON matter (parent_code)`);

    await q.query(`
      CREATE TABLE legal_instrument (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title           text NOT NULL CHECK (length(trim(title)) > 0),
        level           text NOT NULL CHECK (level IN ('LAW','ADMINISTRATIVE_REGULATION','LOCAL_REGULATION','DEPARTMENTAL_RULE','LOCAL_GOVERNMENT_RULE','NORMATIVE_DOCUMENT')),
        issuer          text NOT NULL CHECK (length(trim(issuer)) > 0),
        document_number text,
        effective_date  date NOT NULL,
        status          text NOT NULL DEFAULT 'IN_FORCE' CHECK (status IN ('IN_FORCE','AMENDED','REPEALED')),
        repealed_on     date,
        repeal_note     text,
        version         integer NOT NULL DEFAULT 1,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        UNIQUE (title, effective_date),
        CHECK ((status = 'REPEALED') = (repealed_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX legal_instrument_level_idx ON legal_instrument (level, title, id)`);

    await q.query(`
      CREATE TABLE legal_article (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instrument_id uuid NOT NULL REFERENCES legal_instrument(id),
        number        text NOT NULL CHECK (length(trim(number)) > 0),
        position      integer NOT NULL,
        text          text NOT NULL,
        UNIQUE (instrument_id, number),
        UNIQUE (instrument_id, position)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["legal_article", "legal_instrument", "matter", "officer", "agency", "region"]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
