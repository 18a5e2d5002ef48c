import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Joint meetings (联席会议): agenda built from what is open, attendance and quorum, decisions that
 * become routing rules, follow-up tasks.
 */
export class Meetings1764202000000 implements MigrationInterface {
  name = "Meetings1764202000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title              text NOT NULL CHECK (length(trim(title)) > 0),
        kind               text NOT NULL CHECK (kind IN ('REGULAR','AD_HOC')),
        status             text NOT NULL CHECK (status IN ('SCHEDULED','IN_SESSION','CLOSED','CANCELLED')),
        scheduled_at       timestamptz NOT NULL,
        place              text NOT NULL,
        invited_agency_ids uuid[] NOT NULL,
        quorum             integer NOT NULL,
        opened_at          timestamptz,
        closed_at          timestamptz,
        cancel_reason      text,
        version            integer NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE meeting_attendance (
        meeting_id     uuid NOT NULL REFERENCES meeting(id),
        agency_id      uuid NOT NULL REFERENCES agency(id),
        representative text NOT NULL,
        checked_in_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, agency_id)
      )`);
    await q.query(`
      CREATE TABLE agenda_item (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id    uuid NOT NULL REFERENCES meeting(id),
        position      integer NOT NULL,
        kind          text NOT NULL,
        title         text NOT NULL,
        overlap_ids   uuid[] NOT NULL DEFAULT '{}',
        case_ids      uuid[] NOT NULL DEFAULT '{}',
        task_ids      uuid[] NOT NULL DEFAULT '{}',
        agency_ids    uuid[] NOT NULL DEFAULT '{}',
        matter_code   text,
        region_code   text,
        category      text,
        status        text NOT NULL CHECK (status IN ('OPEN','DECIDED','DEFERRED')),
        carried_from  uuid REFERENCES agenda_item(id)
      )`);
    await q.query(`CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position)`);
    await q.query(`
      CREATE TABLE meeting_decision (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id          uuid NOT NULL REFERENCES meeting(id),
        item_id             uuid NOT NULL REFERENCES agenda_item(id) UNIQUE,
        kind                text NOT NULL CHECK (kind IN ('DESIGNATE_LEAD','SPLIT_BY_REGION','JOINT_ENFORCEMENT','NO_CONFLICT','DEFER')),
        details             jsonb NOT NULL,
        reason              text,
        rule_ids            uuid[] NOT NULL DEFAULT '{}',
        superseded_rule_ids uuid[] NOT NULL DEFAULT '{}',
        resolved_overlap_ids uuid[] NOT NULL DEFAULT '{}',
        rerouted_case_ids   uuid[] NOT NULL DEFAULT '{}',
        decided_by          text NOT NULL,
        decided_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE follow_up_task (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id         uuid NOT NULL REFERENCES meeting(id),
        decision_id        uuid REFERENCES meeting_decision(id),
        assignee_agency_id uuid NOT NULL REFERENCES agency(id),
        description        text NOT NULL CHECK (length(trim(description)) > 0),
        due_on             date NOT NULL,
        status             text NOT NULL CHECK (status IN ('OPEN','DONE','CANCELLED')),
        completion_note    text,
        completed_at       timestamptz,
        version            integer NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX follow_up_task_assignee_idx ON follow_up_task (assignee_agency_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["follow_up_task", "meeting_decision", "agenda_item", "meeting_attendance", "meeting"]) await q.query(`DROP TABLE ${table}`);
  }
}
