import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Shared cases (跨部门案件): reported, routed to the agency with jurisdiction, worked by a lead with
 * assisting and informed agencies, referred, reviewed. Routing rules are the joint meeting's
 * decisions in a form the router reads: one rule in force per scope.
 */
export class Cases1764201900000 implements MigrationInterface {
  name = "Cases1764201900000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE routing_rule (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        matter_code          text NOT NULL REFERENCES matter(code),
        region_code          text NOT NULL REFERENCES region(code),
        category             text NOT NULL,
        lead_agency_id       uuid NOT NULL REFERENCES agency(id),
        assisting_agency_ids uuid[] NOT NULL DEFAULT '{}',
        decision_id          uuid,
        reason               text,
        status               text NOT NULL CHECK (status IN ('ACTIVE','SUPERSEDED')),
        created_at           timestamptz NOT NULL DEFAULT now(),
        superseded_at        timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX routing_rule_one_active ON routing_rule (matter_code, region_code, category) WHERE status = 'ACTIVE'`);

    await q.query(`CREATE TABLE case_counter (year integer PRIMARY KEY, last integer NOT NULL)`);

    await q.query(`
      CREATE TABLE enforcement_case (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number            text NOT NULL UNIQUE,
        title             text NOT NULL CHECK (length(trim(title)) > 0),
        description       text NOT NULL,
        matter_code       text NOT NULL REFERENCES matter(code),
        region_code       text NOT NULL REFERENCES region(code),
        category          text NOT NULL,
        source            text NOT NULL,
        occurred_at       timestamptz NOT NULL,
        location_text     text,
        reporter_contact  text,
        idempotency_key   text UNIQUE,
        input_hash        text NOT NULL,
        reported_by_sub   text NOT NULL,
        reported_by_role  text NOT NULL,
        reported_by_agency_id uuid,
        status            text NOT NULL,
        resume_status     text,
        power_id          uuid REFERENCES power(id),
        lead_agency_id    uuid REFERENCES agency(id),
        route             jsonb NOT NULL,
        filed_on          date,
        lead_officer_id   uuid REFERENCES officer(id),
        officer_ids       uuid[] NOT NULL DEFAULT '{}',
        decision          jsonb,
        decided_on        date,
        executed_on       date,
        closed_on         date,
        dismissal_reason  text,
        pauses            jsonb NOT NULL DEFAULT '[]',
        referral_rejections integer NOT NULL DEFAULT 0,
        operation_id      uuid,
        version           integer NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX enforcement_case_status_idx ON enforcement_case (status, created_at)`);
    await q.query(`CREATE INDEX enforcement_case_lead_idx ON enforcement_case (lead_agency_id, status)`);

    await q.query(`
      CREATE TABLE case_participant (
        case_id    uuid NOT NULL REFERENCES enforcement_case(id),
        agency_id  uuid NOT NULL REFERENCES agency(id),
        role       text NOT NULL CHECK (role IN ('LEAD','ASSISTING','INFORMED')),
        since      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, agency_id)
      )`);
    await q.query(`CREATE INDEX case_participant_agency_idx ON case_participant (agency_id, case_id)`);
    // At most one lead per case, enforced by the database as well as the service.
    await q.query(`CREATE UNIQUE INDEX case_participant_one_lead ON case_participant (case_id) WHERE role = 'LEAD'`);

    await q.query(`
      CREATE TABLE case_referral (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id        uuid NOT NULL REFERENCES enforcement_case(id),
        kind           text NOT NULL CHECK (kind IN ('JURISDICTION','CRIMINAL')),
        from_agency_id uuid NOT NULL REFERENCES agency(id),
        to_agency_id   uuid NOT NULL REFERENCES agency(id),
        reason         text NOT NULL,
        status         text NOT NULL CHECK (status IN ('PENDING','ACCEPTED','REJECTED')),
        answer         text,
        referred_on    date NOT NULL,
        answered_on    date,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX case_referral_one_pending ON case_referral (case_id) WHERE status = 'PENDING'`);

    await q.query(`
      CREATE TABLE case_attachment (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id     uuid NOT NULL REFERENCES enforcement_case(id),
        name        text NOT NULL,
        size        bigint NOT NULL CHECK (size >= 0),
        sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        added_by    text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE case_review (
        case_id            uuid PRIMARY KEY REFERENCES enforcement_case(id),
        reviewer_sub       text NOT NULL,
        reviewer_name      text NOT NULL,
        form_score         numeric NOT NULL,
        content_score      numeric NOT NULL,
        failed_veto_items  text[] NOT NULL,
        findings           text,
        total              numeric NOT NULL,
        grade              text NOT NULL CHECK (grade IN ('EXCELLENT','PASS','FAIL')),
        reviewed_at        timestamptz NOT NULL DEFAULT now()
      )`);

    // Sector rules may set another decision period than APL Art. 60's 90 days for a matter.
    await q.query(`ALTER TABLE matter ADD COLUMN decision_days integer CHECK (decision_days > 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matter DROP COLUMN decision_days`);
    for (const table of ["case_review", "case_attachment", "case_referral", "case_participant", "enforcement_case", "case_counter", "routing_rule"]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
