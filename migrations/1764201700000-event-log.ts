import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The event log: every state change of the hub, in commit order, hash-chained. It is the audit
 * trail (全过程记录, APL Art. 47) and the source of every subscription. The database itself refuses
 * to change or remove an entry.
 */
export class EventLog1764201700000 implements MigrationInterface {
  name = "EventLog1764201700000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event_log (
        cursor          bigint PRIMARY KEY,
        topic           text NOT NULL,
        type            text NOT NULL,
        subject_ids     text[] NOT NULL,
        agency_ids      uuid[] NOT NULL,
        visibility      text NOT NULL CHECK (visibility IN ('PUBLIC','AGENCIES')),
        actor_sub       text NOT NULL,
        actor_name      text NOT NULL,
        actor_role      text NOT NULL,
        actor_agency_id uuid,
        occurred_at     timestamptz NOT NULL,
        payload         jsonb NOT NULL,
        previous_hash   text NOT NULL,
        hash            text NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX event_log_agencies_idx ON event_log USING gin (agency_ids)`);
    await q.query(`CREATE INDEX event_log_subjects_idx ON event_log USING gin (subject_ids)`);
    await q.query(`CREATE INDEX event_log_topic_idx ON event_log (topic, cursor)`);

    // One row that every append locks: cursors are handed out in commit order, so a reader that
    // has seen cursor N can never later find a smaller one committed, and the hash chain has no fork.
    await q.query(`
      CREATE TABLE event_log_head (
        id        integer PRIMARY KEY CHECK (id = 1),
        cursor    bigint NOT NULL,
        hash      text NOT NULL
      )`);
    await q.query(`INSERT INTO event_log_head (id, cursor, hash) VALUES (1, 0, repeat('0', 64))`);

    await q.query(`
      CREATE FUNCTION event_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'event_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER event_log_append_only BEFORE UPDATE OR DELETE ON event_log
      FOR EACH ROW EXECUTE FUNCTION event_log_refuse_change()`);
    await q.query(`
      CREATE TRIGGER event_log_no_truncate BEFORE TRUNCATE ON event_log
      FOR EACH STATEMENT EXECUTE FUNCTION event_log_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_log_head`);
    await q.query(`DROP TABLE event_log`);
    await q.query(`DROP FUNCTION event_log_refuse_change()`);
  }
}
