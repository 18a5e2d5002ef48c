import { ForbiddenError } from "../graphql/errors.js";
import { Role, type Actor } from "./actor.js";

/** What an actor may do. Row rules (which agency) are decided here too, never in resolvers. */
export enum Permission {
  /** Regions, agencies, matters, the legal catalogue: everyone who is signed in. */
  ReadReferenceData = "ReadReferenceData",
  /** Create and change regions, agencies, matters and legal instruments. */
  ManageReferenceData = "ManageReferenceData",
  /** Officers' names and certificates. */
  ReadOfficers = "ReadOfficers",
  /** Register and update officers of the given agencies. */
  ManageOfficers = "ManageOfficers",
}

/** Agency-scoped permissions name the agencies the action touches. */
export interface AccessScope {
  agencyIds?: readonly string[];
}

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  [Role.ADMIN]: new Set([Permission.ReadReferenceData, Permission.ManageReferenceData, Permission.ReadOfficers, Permission.ManageOfficers]),
  [Role.CHAIR]: new Set([Permission.ReadReferenceData, Permission.ManageReferenceData, Permission.ReadOfficers, Permission.ManageOfficers]),
  [Role.SUPERVISOR]: new Set([Permission.ReadReferenceData, Permission.ReadOfficers]),
  [Role.AGENCY_OFFICER]: new Set([Permission.ReadReferenceData, Permission.ReadOfficers, Permission.ManageOfficers]),
  [Role.INTAKE]: new Set([Permission.ReadReferenceData]),
};

/** Permissions an agency officer holds only for its own agency. */
const OWN_AGENCY_ONLY: ReadonlySet<Permission> = new Set([Permission.ManageOfficers]);

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
    const own = actor.role === Role.AGENCY_OFFICER && OWN_AGENCY_ONLY.has(permission);
    throw new ForbiddenError(
      own
        ? `As an agency officer you may do this for your own agency only (${permission})`
        : `Role ${actor.role} may not do this (${permission})`,
    );
  }
}
