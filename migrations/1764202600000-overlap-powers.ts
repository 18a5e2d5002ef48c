import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Which powers an overlap joins, as rows with foreign keys: "the live overlaps of these powers" is
 * an index lookup on power_id (the uuid[] column's `&&` was planned as a scan of the whole overlap
 * table), and a power cannot be deleted from under its overlaps. overlap.power_ids stays as the
 * ordered copy the API answers; both are written by one statement and never change afterwards
 * (an overlap's key names its two powers).
 */
export class OverlapPowers1764202600000 implements MigrationInterface {
  name = "OverlapPowers1764202600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE overlap_power (
        overlap_id uuid NOT NULL REFERENCES overlap(id) ON DELETE CASCADE,
        position   smallint NOT NULL CHECK (position IN (1, 2)),
        power_id   uuid NOT NULL REFERENCES power(id),
        PRIMARY KEY (overlap_id, position),
        UNIQUE (overlap_id, power_id)
      )`);
    // power_id first, overlap_id beside it: "overlaps of these powers" reads the index alone.
    await q.query(`CREATE INDEX overlap_power_power_idx ON overlap_power (power_id, overlap_id)`);
    await q.query(`
      INSERT INTO overlap_power (overlap_id, position, power_id)
      SELECT o.id, m.position, m.power_id FROM overlap o CROSS JOIN LATERAL unnest(o.power_ids) WITH ORDINALITY AS m(power_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE overlap_power`);
  }
}
