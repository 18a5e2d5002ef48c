import type { SelectQueryBuilder } from "typeorm";
import { ForbiddenError } from "../graphql/errors.js";
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
  /** Launch and steer joint operations (the chair; a lead agency a decision named). */
  RunOperations = "RunOperations",
  /** Operations: all (chair, supervisors), or those one's agency takes part in. */
  ReadOperations = "ReadOperations",
  /** File field reports and set assignments for one's agency in an operation. */
  TakePartInOperations = "TakePartInOperations",
  /** Load a year's official holiday schedule into the working-day calendar (administrator only). */
  ManageCalendar = "ManageCalendar",
}

/** Which cases an actor may read: all, those its agency takes part in, or those it reported. */
export type CaseScope = { all: true } | { agencyId: string } | { reporterSub: string };

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

/** The case a case rule is decided on: who takes part, who reported it. */
export interface CaseAccessFacts {
  participantAgencyIds: readonly string[];
  reportedBySub: string;
}

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
    P.RunOperations, P.ReadOperations,
  ]),
  [Role.SUPERVISOR]: new Set([
    P.ReadReferenceData, P.ReadOfficers, P.ReadEvents, P.ReadHubEvents, P.ReadAuditTrail, P.ReadPowers, P.ReadOverlaps,
    P.ReadCases, P.SampleCases, P.ReviewCases, P.ReadMeetings, P.ReadOperations,
  ]),
  [Role.AGENCY_OFFICER]: new Set([
    P.ReadReferenceData, P.ReadOfficers, P.ManageOfficers, P.ReadEvents, P.ReadAgencyFeed, P.ReadPowers, P.ManagePowers, P.ReadOverlaps,
    P.ReportCases, P.ReadCases, P.ActOnCases, P.ReadMeetings, P.CompleteTasks, P.ReadOperations, P.TakePartInOperations,
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

  /** The cases an actor may read (FORBIDDEN when none at all). */
  caseScope(actor: Actor): CaseScope {
    this.require(actor, Permission.ReadCases);
    if (actor.role === Role.AGENCY_OFFICER) return { agencyId: actor.agencyId! };
    if (actor.role === Role.INTAKE) return { reporterSub: actor.sub };
    return { all: true };
  }

  /** Whether the actor may read this case; callers answer NOT_FOUND when not, as for a missing case. */
  canSeeCase(actor: Actor, c: { participantAgencyIds: readonly string[]; reportedBySub: string }): boolean {
    if (!ROLE_PERMISSIONS[actor.role].has(Permission.ReadCases)) return false;
    const scope = this.caseScope(actor);
    if ("all" in scope) return true;
    if ("agencyId" in scope) return c.participantAgencyIds.includes(scope.agencyId);
    return c.reportedBySub === scope.reporterSub;
  }

  /** Whether the actor may read a meeting: chair and supervisors all, an agency those it is invited to. */
  canSeeMeeting(actor: Actor, invitedAgencyIds: readonly string[]): boolean {
    if (!ROLE_PERMISSIONS[actor.role].has(Permission.ReadMeetings)) return false;
    return actor.role !== Role.AGENCY_OFFICER || invitedAgencyIds.includes(actor.agencyId!);
  }

  /** Whether the actor may read an operation: chair and supervisors all, an agency those it takes part in. */
  canSeeOperation(actor: Actor, participantAgencyIds: readonly string[]): boolean {
    if (!ROLE_PERMISSIONS[actor.role].has(Permission.ReadOperations)) return false;
    return actor.role !== Role.AGENCY_OFFICER || participantAgencyIds.includes(actor.agencyId!);
  }

  /** How the actor stands to a case, or null when it may not read it at all. */
  caseReader(actor: Actor, c: CaseAccessFacts): CaseReader | null {
    if (!this.canSeeCase(actor, c)) return null;
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
