import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { ForbiddenError, NotFoundError } from "../graphql/errors.js";
import { isUuid } from "../graphql/validation.js";
import type { EventType } from "../events/event-catalogue.js";
import type { HubEvent } from "../events/hub-event.entity.js";
import { EventVisibility } from "../events/topics.js";
import { Role, type Actor } from "./actor.js";

/** What an actor may do. Row rules (which agency) are decided here too, never in resolvers. */
export enum Permission {
  /** Regions, agencies, matters, the legal catalogue: everyone who is signed in. */
  ReadReferenceData = "ReadReferenceData",
  /** Create and change regions, agencies, matters and legal instruments. */
  ManageReferenceData = "ManageReferenceData",
  /** Officers' names and certificates: an agency officer sees its own agency's only. */
  ReadOfficers = "ReadOfficers",
  /** Register and update officers of the given agencies. */
  ManageOfficers = "ManageOfficers",
  /** Events the gate lets the actor see (see canSeeEvent). */
  ReadEvents = "ReadEvents",
  /** The feed of one's own agency. */
  ReadAgencyFeed = "ReadAgencyFeed",
  /** Every event of the hub, live. */
  ReadHubEvents = "ReadHubEvents",
  /** The hash-chained audit trail and its verification. */
  ReadAuditTrail = "ReadAuditTrail",
  /** Power lists are published (行政权力网上公开): everyone signed in reads them. */
  ReadPowers = "ReadPowers",
  /** Declare, amend, withdraw and import powers of the given agencies. */
  ManagePowers = "ManagePowers",
  /** Overlaps: an agency officer sees those its own agency is party to. */
  ReadOverlaps = "ReadOverlaps",
  /** Recompute every overlap. */
  RescanOverlaps = "RescanOverlaps",
  /** Report a case (officers, the chair, intake systems such as the 12345 hotline). */
  ReportCases = "ReportCases",
  /** Read cases: everything (chair, supervisors), one's agency's (officers), one's reports (intake). */
  ReadCases = "ReadCases",
  /** Work a case one's agency takes part in: file, investigate, decide, refer, invite, attach. */
  ActOnCases = "ActOnCases",
  /** Assign gaps and disputes to a lead. */
  AssignCases = "AssignCases",
  /** Draw case-file samples and read review summaries. */
  SampleCases = "SampleCases",
  /** Review case files (案卷评查). */
  ReviewCases = "ReviewCases",
  /** Convene and run joint meetings, record decisions. */
  ManageMeetings = "ManageMeetings",
  /** Meetings: all (chair, supervisors), or those one's agency is invited to (officers). */
  ReadMeetings = "ReadMeetings",
  /** Complete one's agency's follow-up tasks. */
  CompleteTasks = "CompleteTasks",
  /** Steer any joint operation (the chair); a lead agency steers its own. */
  RunOperations = "RunOperations",
  /** Launch a joint operation: the chair any, an agency one a JOINT_ENFORCEMENT decision named it to lead. */
  LaunchOperations = "LaunchOperations",
  /** Operations: all (chair, supervisors), or those one's agency takes part in. */
  ReadOperations = "ReadOperations",
  /** File field reports and set assignments for one's agency in an operation. */
  TakePartInOperations = "TakePartInOperations",
  /** Load a year's official holiday schedule into the working-day calendar (administrator only). */
  ManageCalendar = "ManageCalendar",
}

/**
 * Which records an actor reads under a record permission: all of them (chair, supervisors), those
 * that concern its agency (an officer), those it reported (an intake system), or none.
 */
type RowRule = { all: true } | { agencyId: string } | { reporterSub: string } | { none: true };

/** What the gate decides one record's row rule on: the agencies it concerns and who reported it. */
export interface RecordFacts {
  agencyIds: readonly string[];
  /** Set for records someone reports (cases). */
  reportedBySub?: string;
}

/**
 * How the gate finds one kind of record's facts, declared by the module that owns the record and
 * listed in its module declaration (`records: [CASE_RECORDS]`), which registers it here. The platform imports no
 * module: the module says where its agencies are, the gate applies the one rule (see rowRule).
 */
export interface GuardedRecords {
  /** The permission whose row rule governs reading these records, e.g. ReadCases. */
  permission: Permission;
  /** The record's name in NOT_FOUND answers, e.g. "Case". */
  name: string;
  /** Each existing id's facts, for many ids in one statement; an id missing from the map does not exist. */
  facts(em: EntityManager, ids: readonly string[]): Promise<Map<string, RecordFacts>>;
  /** SQL on a list query's row `alias`: true when the row concerns the agency in the parameter `:gateAgency`. */
  concernsAgency(alias: string): string;
  /** SQL: true when the row was reported by the parameter `:gateReporter`; absent when nobody reports these records. */
  reportedBy?(alias: string): string;
}

/** How a reader stands to a case it may read: the case's field rules depend on it. */
export enum CaseReader {
  /** The chair (and the legal affairs office). */
  CHAIR = "CHAIR",
  /** Supervision, justice, people's congress, CPPCC. */
  SUPERVISOR = "SUPERVISOR",
  /** An officer of an agency taking part in the case: lead, assisting or informed. */
  PARTICIPANT = "PARTICIPANT",
  /** The intake system (such as the 12345 hotline) that reported it, and is not otherwise part of it. */
  REPORTER = "REPORTER",
}

/** Case fields that only some of a case's readers see. Every other field is read by all who may read the case. */
export enum CaseField {
  /** How to reach the person who reported it (personal data). */
  ReporterContact = "reporterContact",
  /** The supervisors' case-file review (案卷评查): internal to the government side. */
  Review = "review",
  /** Evidence descriptions (names, sizes, hashes of files). */
  Attachments = "attachments",
  /** Referrals between agencies and their reasons. */
  Referrals = "referrals",
  /** Every event of the case as written: officers' names and notes, team, referrals, reviews. */
  FullEvents = "fullEvents",
}

/** Which readers see each restricted case field. */
const CASE_FIELD_READERS: Record<CaseField, ReadonlySet<CaseReader>> = {
  [CaseField.ReporterContact]: new Set([CaseReader.CHAIR, CaseReader.PARTICIPANT]),
  [CaseField.Review]: new Set([CaseReader.CHAIR, CaseReader.SUPERVISOR, CaseReader.PARTICIPANT]),
  [CaseField.Attachments]: new Set([CaseReader.CHAIR, CaseReader.SUPERVISOR, CaseReader.PARTICIPANT]),
  [CaseField.Referrals]: new Set([CaseReader.CHAIR, CaseReader.SUPERVISOR, CaseReader.PARTICIPANT]),
  [CaseField.FullEvents]: new Set([CaseReader.CHAIR, CaseReader.SUPERVISOR, CaseReader.PARTICIPANT]),
};

/**
 * The case events a reader without FullEvents sees (in caseEvents and case.timeline): the steps that
 * change the case's status, which a hotline tells the citizen about, stripped by redactCaseEvent.
 * Reviews, referrals, invitations and attachments are left out. A new event type is hidden until
 * it is listed here.
 */
export const STATUS_EVENT_TYPES: readonly EventType[] = [
  "CaseReported", "CaseFiled", "CaseClaimed", "CaseInvestigationStarted", "CaseDecided", "CaseExecuted", "CaseClosed",
  "CaseDismissed", "CaseSuspended", "CaseResumed", "CaseAssigned", "CaseRerouted", "CaseDisputedAfterRefusals",
];
/** What stays of a status event's payload for such a reader. */
const STATUS_PAYLOAD_KEYS: readonly string[] = ["number", "status", "filedOn", "decidedOn", "outcome"];

/** The case a case rule is decided on: the agencies taking part in it, and who reported it. */
export type CaseAccessFacts = RecordFacts & { reportedBySub: string };

/** Agency-scoped permissions name the agencies the action touches. */
export interface AccessScope {
  agencyIds?: readonly string[];
}

const P = Permission;
const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  [Role.ADMIN]: new Set([
    P.ReadReferenceData, P.ManageReferenceData, P.ReadOfficers, P.ManageOfficers, P.ReadEvents, P.ReadHubEvents,
    P.ReadPowers, P.ManagePowers, P.ReadOverlaps, P.RescanOverlaps, P.ManageCalendar,
  ]),
  [Role.CHAIR]: new Set([
    P.ReadReferenceData, P.ManageReferenceData, P.ReadOfficers, P.ManageOfficers, P.ReadEvents, P.ReadHubEvents, P.ReadAuditTrail,
    P.ReadPowers, P.ManagePowers, P.ReadOverlaps, P.RescanOverlaps,
    P.ReportCases, P.ReadCases, P.AssignCases, P.SampleCases, P.ManageMeetings, P.ReadMeetings,
    P.RunOperations, P.LaunchOperations, P.ReadOperations,
  ]),
  [Role.SUPERVISOR]: new Set([
    P.ReadReferenceData, P.ReadOfficers, P.ReadEvents, P.ReadHubEvents, P.ReadAuditTrail, P.ReadPowers, P.ReadOverlaps,
    P.ReadCases, P.SampleCases, P.ReviewCases, P.ReadMeetings, P.ReadOperations,
  ]),
  [Role.AGENCY_OFFICER]: new Set([
    P.ReadReferenceData, P.ReadOfficers, P.ManageOfficers, P.ReadEvents, P.ReadAgencyFeed, P.ReadPowers, P.ManagePowers, P.ReadOverlaps,
    P.ReportCases, P.ReadCases, P.ActOnCases, P.ReadMeetings, P.CompleteTasks, P.LaunchOperations, P.ReadOperations, P.TakePartInOperations,
  ]),
  [Role.INTAKE]: new Set([P.ReadReferenceData, P.ReadEvents, P.ReadPowers, P.ReportCases, P.ReadCases]),
};

/** Permissions an agency officer holds only for its own agency. */
const OWN_AGENCY_ONLY: ReadonlySet<Permission> = new Set([P.ManageOfficers, P.ReadOfficers, P.ReadAgencyFeed, P.ManagePowers, P.ReadOverlaps]);

/** Roles that see every event, private or not. */
const SEES_ALL_EVENTS: ReadonlySet<Role> = new Set([Role.CHAIR, Role.SUPERVISOR, Role.ADMIN]);

/**
 * The one access gate. Every protected read and write asks it; it answers for a whole set of
 * agencies at once so that batch operations make one decision.
 */
export class AccessGate {
  private readonly guarded = new Map<Permission, GuardedRecords>();

  /** `db` answers record checks made outside a transaction (reads, live deliveries). */
  constructor(private readonly db?: DataSource) {}

  /** Registers how to find one kind of record's facts (one call per kind, made for each module's `records` as the hub is composed). */
  guard(records: GuardedRecords): void {
    // The same declaration again (the hub composed twice over one gate) changes nothing; another one is a clash.
    const known = this.guarded.get(records.permission);
    if (known === records) return;
    if (known) throw new Error(`${records.permission} already guards ${this.guarded.get(records.permission)!.name} records`);
    this.guarded.set(records.permission, records);
  }

  allows(actor: Actor, permission: Permission, scope: AccessScope = {}): boolean {
    if (!ROLE_PERMISSIONS[actor.role].has(permission)) return false;
    if (actor.role === Role.AGENCY_OFFICER && OWN_AGENCY_ONLY.has(permission)) {
      const ids = scope.agencyIds ?? [];
      return ids.length > 0 && ids.every((id) => id === actor.agencyId);
    }
    return true;
  }

  /** Throws FORBIDDEN naming the permission when the actor lacks it. */
  require(actor: Actor, permission: Permission, scope: AccessScope = {}): void {
    if (this.allows(actor, permission, scope)) return;
    const own = actor.role === Role.AGENCY_OFFICER && OWN_AGENCY_ONLY.has(permission) && ROLE_PERMISSIONS[actor.role].has(permission);
    throw new ForbiddenError(
      own
        ? `As an agency officer you may do this for your own agency only (${permission})`
        : `Role ${actor.role} may not do this (${permission})`,
    );
  }

  /**
   * For lists: the agencies whose records the actor may see under `permission` — "all", or its own
   * agency only. Throws FORBIDDEN when the role has no such permission at all.
   */
  agencyScope(actor: Actor, permission: Permission): "all" | readonly string[] {
    if (!ROLE_PERMISSIONS[actor.role].has(permission)) this.require(actor, permission);
    return actor.role === Role.AGENCY_OFFICER && OWN_AGENCY_ONLY.has(permission) ? [actor.agencyId!] : "all";
  }

  /** Whether the actor may see an overlap between these agencies (an agency: when it is one of them). */
  allowsOverlap(actor: Actor, agencyIds: readonly string[]): boolean {
    if (!ROLE_PERMISSIONS[actor.role].has(Permission.ReadOverlaps)) return false;
    return actor.role !== Role.AGENCY_OFFICER || agencyIds.includes(actor.agencyId!);
  }

  /**
   * The one row rule for records (cases, meetings, operations): the chair and supervisors read all,
   * an agency officer those that concern its agency, an intake system those it reported.
   */
  private rowRule(actor: Actor, permission: Permission): RowRule {
    if (!ROLE_PERMISSIONS[actor.role].has(permission)) return { none: true };
    if (actor.role === Role.AGENCY_OFFICER) return { agencyId: actor.agencyId! };
    if (actor.role === Role.INTAKE) return { reporterSub: actor.sub };
    return { all: true };
  }

  /** The row rule on facts already in hand (a loader's): whether the actor may read the record. */
  allowsRecord(actor: Actor, permission: Permission, facts: RecordFacts): boolean {
    const rule = this.rowRule(actor, permission);
    if ("all" in rule) return true;
    if ("agencyId" in rule) return facts.agencyIds.includes(rule.agencyId);
    if ("reporterSub" in rule) return facts.reportedBySub === rule.reporterSub;
    return false;
  }

  /**
   * The ids among `ids` that exist and the actor may read under `permission`, decided for the whole
   * set in one statement (in the spirit of immich's checkAccess). `em`: the caller's transaction.
   */
  async checkIds(actor: Actor, permission: Permission, ids: readonly string[], em?: EntityManager): Promise<Set<string>> {
    const records = this.recordsOf(permission);
    const wellFormed = [...new Set(ids)].filter(isUuid);
    if (wellFormed.length === 0 || "none" in this.rowRule(actor, permission)) return new Set();
    const facts = await records.facts(em ?? this.manager(), wellFormed);
    return new Set([...facts].filter(([, f]) => this.allowsRecord(actor, permission, f)).map(([id]) => id));
  }

  /**
   * NOT_FOUND unless every id exists and the actor may read it: the same answer for a record that
   * does not exist and one the actor may not see, so a caller cannot probe what exists. Not an
   * overload of `require`, which answers at once: a forgotten await here must not pass unseen.
   */
  async requireIds(actor: Actor, permission: Permission, ids: readonly string[], em?: EntityManager): Promise<void> {
    const allowed = await this.checkIds(actor, permission, ids, em);
    const missing = ids.find((id) => !allowed.has(id));
    if (missing !== undefined) throw new NotFoundError(this.recordsOf(permission).name, missing);
  }

  /**
   * For list queries: restricts `qb` (rows aliased `alias`) to the records the actor may read under
   * `permission`, by the same rule as checkIds. FORBIDDEN when the role may read none at all.
   */
  restrictRecords<T extends ObjectLiteral>(actor: Actor, permission: Permission, qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    const records = this.recordsOf(permission);
    const rule = this.rowRule(actor, permission);
    if ("none" in rule) this.require(actor, permission);
    if ("agencyId" in rule) return qb.andWhere(records.concernsAgency(alias), { gateAgency: rule.agencyId });
    if ("reporterSub" in rule) return records.reportedBy ? qb.andWhere(records.reportedBy(alias), { gateReporter: rule.reporterSub }) : qb.andWhere("false");
    return qb;
  }

  private recordsOf(permission: Permission): GuardedRecords {
    const records = this.guarded.get(permission);
    if (!records) throw new Error(`No records are guarded by ${permission}: a module declares them in its records`);
    return records;
  }

  private manager(): EntityManager {
    if (!this.db) throw new Error("This access gate has no database: pass the transaction's EntityManager");
    return this.db.manager;
  }

  /** How the actor stands to a case, or null when it may not read it at all. */
  caseReader(actor: Actor, c: CaseAccessFacts): CaseReader | null {
    if (!this.allowsRecord(actor, Permission.ReadCases, c)) return null;
    if (actor.role === Role.CHAIR) return CaseReader.CHAIR;
    if (actor.role === Role.SUPERVISOR) return CaseReader.SUPERVISOR;
    if (actor.role === Role.AGENCY_OFFICER) return CaseReader.PARTICIPANT;
    return CaseReader.REPORTER;
  }

  /** Field-level rule for a case the actor may read (see CASE_FIELD_READERS); resolvers answer null or [] when false. */
  canSeeCaseField(actor: Actor, field: CaseField, c: CaseAccessFacts): boolean {
    const reader = this.caseReader(actor, c);
    return reader !== null && CASE_FIELD_READERS[field].has(reader);
  }

  /**
   * How a case's events reach this reader: as written, or (without FullEvents) only the status
   * steps, each stripped by redactCaseEvent. The types are applied in SQL and in memory alike.
   */
  caseEventView(actor: Actor, c: CaseAccessFacts): { types?: readonly string[]; present: (event: HubEvent) => HubEvent } {
    if (this.canSeeCaseField(actor, CaseField.FullEvents, c)) return { present: (event) => event };
    return { types: STATUS_EVENT_TYPES, present: redactCaseEvent };
  }

  /**
   * Equal for two actors exactly when every rule of this gate shows them the same thing: which
   * events and records they see and which of a record's fields. Live feeds deliver an event once
   * to all subscribers of a feed whose actors share this key (LiveGroup), so a rule that starts to
   * read another fact of the actor must add that fact here. Today the rules read the role, an
   * agency officer's agency (rows, overlaps, a case's participants) and an intake system's own
   * subject (the cases it reported, and their status steps only).
   */
  visibilityKey(actor: Actor): string {
    switch (actor.role) {
      case Role.AGENCY_OFFICER:
        return `${actor.role}:${actor.agencyId ?? ""}`;
      case Role.INTAKE:
        return `${actor.role}:${actor.sub}`;
      case Role.CHAIR:
      case Role.SUPERVISOR:
      case Role.ADMIN:
        return actor.role;
    }
  }

  /** Whether one event may reach this actor: used on every live delivery. */
  canSeeEvent(actor: Actor, event: HubEvent): boolean {
    if (!ROLE_PERMISSIONS[actor.role].has(Permission.ReadEvents)) return false;
    if (SEES_ALL_EVENTS.has(actor.role) || event.visibility === EventVisibility.PUBLIC) return true;
    return actor.agencyId !== undefined && event.agencyIds.includes(actor.agencyId);
  }

  /** canSeeEvent as SQL, for replays and queries: the two must agree. */
  restrictEvents(actor: Actor, qb: SelectQueryBuilder<HubEvent>, alias = "e"): SelectQueryBuilder<HubEvent> {
    this.require(actor, Permission.ReadEvents);
    if (SEES_ALL_EVENTS.has(actor.role)) return qb;
    if (!actor.agencyId) return qb.andWhere(`${alias}.visibility = :public`, { public: EventVisibility.PUBLIC });
    return qb.andWhere(`(${alias}.visibility = :public OR ${alias}.agency_ids @> ARRAY[:gateAgency]::uuid[])`, {
      public: EventVisibility.PUBLIC,
      gateAgency: actor.agencyId,
    });
  }
}

/** A status event as a reader without FullEvents sees it: no officer's name or note, only the step and its dates. */
export function redactCaseEvent(event: HubEvent): HubEvent {
  const payload = Object.fromEntries(Object.entries(event.payload).filter(([key]) => STATUS_PAYLOAD_KEYS.includes(key)));
  const redacted = Object.assign(Object.create(Object.getPrototypeOf(event)) as HubEvent, event, { payload, actorSub: "", actorName: "（不公开）" });
  return redacted;
}
