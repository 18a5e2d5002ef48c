import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A supervisor may correct a case-file review (案卷评查); the review it replaces is kept, whole,
 * in case_review_history, so what was graded first and who changed it stays on record.
 */
export class CaseReviewCorrections1764202500000 implements MigrationInterface {
  name = "CaseReviewCorrections1764202500000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_review ADD COLUMN revision integer NOT NULL DEFAULT 1, ADD COLUMN correction_reason text`);
    await q.query(`
      CREATE TABLE case_review_history (
        case_id            uuid NOT NULL REFERENCES case_review(case_id),
        revision           integer NOT NULL,
        reviewer_sub       text NOT NULL,
        reviewer_name      text NOT NULL,
        form_score         numeric NOT NULL,
        content_score      numeric NOT NULL,
        failed_veto_items  text[] NOT NULL,
        findings           text,
        total              numeric NOT NULL,
        grade              text NOT NULL,
        reviewed_at        timestamptz NOT NULL,
        correction_reason  text,
        replaced_at        timestamptz NOT NULL,
        replaced_by_sub    text NOT NULL,
        replaced_by_name   text NOT NULL,
        PRIMARY KEY (case_id, revision)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_review_history`);
    await q.query(`ALTER TABLE case_review DROP COLUMN revision, DROP COLUMN correction_reason`);
  }
}
