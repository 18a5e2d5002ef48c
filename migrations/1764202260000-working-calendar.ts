import type { MigrationInterface, QueryRunner } from "typeorm";
import shipped2026 from "../src/modules/cases/holidays/holidays-cn-2026.json" with { type: "json" };

/**
 * The working-day calendar (工作日): one row per year whose State Council holiday notice is loaded.
 * Years without a row fall back to Monday–Friday, and the clocks say so (provisional). 2026 comes
 * from the file the product shipped with; later years are loaded by an ADMIN (setWorkingCalendar).
 */
export class WorkingCalendar1764202260000 implements MigrationInterface {
  name = "WorkingCalendar1764202260000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE working_calendar_year (
        year             integer PRIMARY KEY CHECK (year BETWEEN 1 AND 9999),
        holidays         jsonb NOT NULL CHECK (jsonb_typeof(holidays) = 'array'),
        make_up_workdays jsonb NOT NULL CHECK (jsonb_typeof(make_up_workdays) = 'array'),
        source           text,
        note             text,
        set_by           text NOT NULL,
        version          integer NOT NULL DEFAULT 1,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `INSERT INTO working_calendar_year (year, holidays, make_up_workdays, source, note, set_by) VALUES ($1, $2::jsonb, $3::jsonb, $4, $5, 'shipped')`,
      [shipped2026.year, JSON.stringify(shipped2026.holidays), JSON.stringify(shipped2026.makeUpWorkdays), shipped2026.source, shipped2026.note],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE working_calendar_year`);
  }
}
