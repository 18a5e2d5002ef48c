import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { containsPattern } from "../../platform/db/like.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import type { Clock } from "../../platform/time.js";
import { rowsWhereIn } from "../../platform/db/rows-where-in.js";
import { inSubtree } from "../../platform/db/subtree.js";
import type { AgencyService } from "../agencies/agency.service.js";
import { caseDeadlines, type CaseDeadline } from "./case-clocks.js";
import { CaseStatus, ParticipantRole, ReferralStatus } from "./case-enums.js";
import { INBOX_REASONS, referredReasonText } from "./case-texts.js";
import { CaseAttachment, CaseParticipant, CaseReferral, EnforcementCase } from "./case.entity.js";
import type { CasesArgs } from "./case.inputs.js";
import type { WorkingCalendarService } from "./working-calendar.service.js";

const OPEN_STATUSES = [
  CaseStatus.UNASSIGNED, CaseStatus.DISPUTED, CaseStatus.ASSIGNED, CaseStatus.ACCEPTED, CaseStatus.INVESTIGATING,
  CaseStatus.DECIDED, CaseStatus.EXECUTED, CaseStatus.SUSPENDED, CaseStatus.REFERRED,
];

/**
 * Reading cases: the lists an actor may see, an agency's inbox, overdue cases and their statutory
 * clocks, what the loaders batch, and how many power items the cases used. One case by id, with
 * its visibility check, stays with the lifecycle in CaseService.
 */
export class CaseQueryService {
  constructor(
    /** It only reads, so it needs the data source, not the unit of work. */
    private readonly db: DataSource,
    private readonly access: AccessGate,
    private readonly agencies: AgencyService,
    private readonly clock: Clock,
    private readonly workingCalendar: WorkingCalendarService,
  ) {}

  /** A page of cases the actor may see, newest first. */
  async list(actor: Actor, args: CasesArgs): Promise<Page<EnforcementCase>> {
    const qb = this.access.restrictRecords(actor, Permission.ReadCases, this.db.getRepository(EnforcementCase).createQueryBuilder("c"), "c");
    // An officer's own role in the case; others take part in none.
    if (args.myRole && actor.agencyId) {
      qb.andWhere("EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = c.id AND p.agency_id = :me AND p.role = :myRole)", { me: actor.agencyId, myRole: args.myRole });
    }
    if (args.status?.length) qb.andWhere("c.status IN (:...statuses)", { statuses: args.status });
    if (args.matterCode) qb.andWhere(...inSubtree("c.matter_code", "mc", args.matterCode));
    if (args.regionCode) {
      qb.andWhere("EXISTS (SELECT 1 FROM region r, region f WHERE r.code = c.region_code AND f.code = :rc AND (r.path = f.path OR starts_with(r.path, f.path || '.')))", { rc: args.regionCode });
    }
    if (args.source) qb.andWhere("c.source = :source", { source: args.source });
    if (args.from) qb.andWhere("c.created_at >= (:from::date)::timestamp AT TIME ZONE 'Asia/Shanghai'", { from: args.from });
    if (args.to) qb.andWhere("c.created_at < ((:to::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')", { to: args.to });
    if (args.text) qb.andWhere("(c.number ILIKE :t OR c.title ILIKE :t OR c.description ILIKE :t)", { t: containsPattern(args.text) });
    if (args.overdue) {
      const overdueIds = (await this.overdueIn(qb.clone())).map((c) => c.id);
      qb.andWhere("c.id IN (:...overdueIds)", { overdueIds: overdueIds.length ? overdueIds : [null] });
    }
    return paginate(qb, args, [
      { sql: "c.number", of: (c) => c.number },
    ]);
  }

  /** What awaits the caller's agency: cases to file, disputes it may claim, referrals to answer. */
  async inbox(actor: Actor): Promise<{ case: EnforcementCase; reason: string }[]> {
    this.access.require(actor, Permission.ActOnCases);
    const me = actor.agencyId!;
    const rows = await this.db
      .getRepository(EnforcementCase)
      .createQueryBuilder("c")
      .innerJoin(CaseParticipant, "p", "p.case_id = c.id AND p.agency_id = :me", { me })
      .where("c.status IN (:...open)", { open: OPEN_STATUSES })
      .addSelect("p.role", "my_role")
      .orderBy("c.created_at", "ASC")
      .getRawAndEntities();
    const pending = await this.db.getRepository(CaseReferral).findBy({ toAgencyId: me, status: ReferralStatus.PENDING });
    const referredToMe = new Map(pending.map((r) => [r.caseId, r]));
    const referrers = await this.agencies.names(pending.map((r) => r.fromAgencyId));
    return rows.entities.flatMap((c, i) => {
      const role = rows.raw[i].my_role as ParticipantRole;
      const referral = referredToMe.get(c.id);
      if (referral) return [{ case: c, reason: referredReasonText(referrers.get(referral.fromAgencyId) ?? referral.fromAgencyId, referral.reason) }];
      if (c.status === CaseStatus.ASSIGNED && role === ParticipantRole.LEAD) return [{ case: c, reason: INBOX_REASONS.routedToLead }];
      if (c.status === CaseStatus.DISPUTED) return [{ case: c, reason: INBOX_REASONS.disputed }];
      if (role === ParticipantRole.ASSISTING && ![CaseStatus.CLOSED, CaseStatus.DISMISSED].includes(c.status)) {
        return [{ case: c, reason: INBOX_REASONS.assisting }];
      }
      return [];
    });
  }

  /** Open cases past a statutory deadline (chair, supervisors). */
  async overdue(actor: Actor): Promise<EnforcementCase[]> {
    this.access.require(actor, Permission.SampleCases);
    return this.overdueIn(this.db.getRepository(EnforcementCase).createQueryBuilder("c"));
  }

  private async overdueIn(qb: SelectQueryBuilder<EnforcementCase>): Promise<EnforcementCase[]> {
    const open = await qb.andWhere("c.status IN (:...openStatuses)", { openStatuses: OPEN_STATUSES }).getMany();
    if (open.length === 0) return [];
    const clocks = await this.deadlinesFor(open);
    return open.filter((c) => clocks.get(c.id)!.some((d) => d.overdue));
  }

  /** The statutory clocks of each case today. */
  async deadlinesFor(cases: readonly EnforcementCase[]): Promise<Map<string, CaseDeadline[]>> {
    if (cases.length === 0) return new Map();
    const ids = cases.map((c) => c.id);
    const referrals = await this.db.getRepository(CaseReferral).findBy({ caseId: In(ids), status: ReferralStatus.PENDING });
    const matterDays: { code: string; decision_days: number | null }[] = await this.db.query(
      `SELECT code, decision_days FROM matter WHERE code = ANY($1::text[])`,
      [[...new Set(cases.map((c) => c.matterCode))]],
    );
    const days = new Map(matterDays.map((m) => [m.code, m.decision_days]));
    const pending = new Map(referrals.map((r) => [r.caseId, r]));
    const today = this.clock.today();
    const calendar = await this.workingCalendar.calendar();
    return new Map(cases.map((c) => [c.id, caseDeadlines(c, pending.get(c.id) ?? null, days.get(c.matterCode) ?? null, today, calendar)]));
  }

  /** Cases by id, in the caller's transaction when given one: a meeting's minutes name the cases it re-routed. */
  byIds(ids: readonly string[], em: EntityManager = this.db.manager): Promise<EnforcementCase[]> {
    return ids.length ? em.getRepository(EnforcementCase).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Power items each lead agency used in cases filed in the period (全占比), by agency id. */
  async powersUsed(from: string, to: string): Promise<Map<string, number>> {
    const rows: { agency_id: string; used: number }[] = await this.db.query(
      `SELECT lead_agency_id AS agency_id, count(DISTINCT power_id)::int AS used FROM enforcement_case
        WHERE power_id IS NOT NULL AND filed_on BETWEEN $1 AND $2 GROUP BY lead_agency_id`,
      [from, to],
    );
    return new Map(rows.map((r) => [r.agency_id, r.used]));
  }

  /** For loaders. */
  participantsOf(caseIds: readonly string[]): Promise<CaseParticipant[]> {
    return rowsWhereIn(this.db.manager, CaseParticipant, "caseId", caseIds, { since: "ASC" });
  }

  referralsOf(caseIds: readonly string[]): Promise<CaseReferral[]> {
    return rowsWhereIn(this.db.manager, CaseReferral, "caseId", caseIds, { createdAt: "ASC" });
  }

  attachmentsOf(caseIds: readonly string[]): Promise<CaseAttachment[]> {
    return rowsWhereIn(this.db.manager, CaseAttachment, "caseId", caseIds, { createdAt: "ASC" });
  }

  /** For loaders: the cases an operation opened. */
  byOperations(operationIds: readonly string[]): Promise<EnforcementCase[]> {
    return rowsWhereIn(this.db.manager, EnforcementCase, "operationId", operationIds, { number: "ASC" });
  }
}
