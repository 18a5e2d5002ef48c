import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Agendas of disputes (争议事项): an item gathers the overlaps, disputed cases and gaps of one matter,
 * with its severity, categories and the oldest case's waiting time; SETTLED marks an item another
 * decision settled. A meeting keeps the size the chair asked for and the backlog left at its close.
 */
export class AgendaDisputes1764202400000 implements MigrationInterface {
  name = "AgendaDisputes1764202400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agenda_item
        ADD COLUMN subject_key            text,
        ADD COLUMN severity               text CHECK (severity IN ('HIGH','MEDIUM','LOW')),
        ADD COLUMN categories             text[] NOT NULL DEFAULT '{}',
        ADD COLUMN gap_region_codes       text[] NOT NULL DEFAULT '{}',
        ADD COLUMN waiting_since          timestamptz,
        ADD COLUMN settled_by_decision_id uuid REFERENCES meeting_decision(id)`);
    await q.query(`ALTER TABLE agenda_item DROP CONSTRAINT agenda_item_status_check`);
    await q.query(`ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_status_check CHECK (status IN ('OPEN','DECIDED','DEFERRED','SETTLED'))`);
    // The next agenda looks up the open items and the last deferred item of a subject.
    await q.query(`CREATE INDEX agenda_item_open_idx ON agenda_item (status, subject_key)`);
    await q.query(`
      ALTER TABLE meeting
        ADD COLUMN agenda_size integer NOT NULL DEFAULT 10 CHECK (agenda_size BETWEEN 1 AND 100),
        ADD COLUMN backlog     jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting DROP COLUMN backlog, DROP COLUMN agenda_size`);
    await q.query(`DROP INDEX agenda_item_open_idx`);
    await q.query(`UPDATE agenda_item SET status = 'DECIDED' WHERE status = 'SETTLED'`);
    await q.query(`ALTER TABLE agenda_item DROP CONSTRAINT agenda_item_status_check`);
    await q.query(`ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_status_check CHECK (status IN ('OPEN','DECIDED','DEFERRED'))`);
    await q.query(`
      ALTER TABLE agenda_item
        DROP COLUMN settled_by_decision_id, DROP COLUMN waiting_since, DROP COLUMN gap_region_codes,
        DROP COLUMN categories, DROP COLUMN severity, DROP COLUMN subject_key`);
  }
}
