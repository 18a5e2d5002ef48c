import type { MigrationInterface, QueryRunner } from "typeorm";

/** Joint operations (联合执法行动): participants with their officers, assignments, field reports. */
export class Operations1764202100000 implements MigrationInterface {
  name = "Operations1764202100000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE operation (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title             text NOT NULL CHECK (length(trim(title)) > 0),
        lead_agency_id    uuid NOT NULL REFERENCES agency(id),
        status            text NOT NULL CHECK (status IN ('PLANNED','BRIEFED','ACTIVE','COMPLETED','CANCELLED')),
        starts_at         timestamptz NOT NULL,
        ends_at           timestamptz NOT NULL,
        region_codes      text[] NOT NULL CHECK (cardinality(region_codes) > 0),
        matter_codes      text[] NOT NULL CHECK (cardinality(matter_codes) > 0),
        objectives        text NOT NULL,
        decision_id       uuid REFERENCES meeting_decision(id),
        after_action_note text,
        cancel_reason     text,
        version           integer NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at)
      )`);
    await q.query(`
      CREATE TABLE operation_participant (
        operation_id uuid NOT NULL REFERENCES operation(id),
        agency_id    uuid NOT NULL REFERENCES agency(id),
        headcount    integer NOT NULL CHECK (headcount > 0),
        officer_ids  uuid[] NOT NULL,
        PRIMARY KEY (operation_id, agency_id)
      )`);
    await q.query(`CREATE INDEX operation_participant_agency_idx ON operation_participant (agency_id)`);
    await q.query(`
      CREATE TABLE operation_assignment (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        operation_id uuid NOT NULL REFERENCES operation(id),
        agency_id    uuid NOT NULL REFERENCES agency(id),
        task         text NOT NULL,
        location     text NOT NULL,
        officer_ids  uuid[] NOT NULL,
        notes        text,
        updated_at   timestamptz NOT NULL DEFAULT now(),
        UNIQUE (operation_id, agency_id)
      )`);
    await q.query(`
      CREATE TABLE field_report (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        operation_id     uuid NOT NULL REFERENCES operation(id),
        agency_id        uuid NOT NULL REFERENCES agency(id),
        sites_inspected  integer NOT NULL CHECK (sites_inspected >= 0),
        violations_found integer NOT NULL CHECK (violations_found >= 0),
        notes            text,
        case_ids         uuid[] NOT NULL DEFAULT '{}',
        filed_by         text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX field_report_operation_idx ON field_report (operation_id, created_at)`);
    await q.query(`ALTER TABLE agenda_item ADD COLUMN operation_ids uuid[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agenda_item DROP COLUMN operation_ids`);
    for (const table of ["field_report", "operation_assignment", "operation_participant", "operation"]) await q.query(`DROP TABLE ${table}`);
  }
}
