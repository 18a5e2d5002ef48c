import { Permission, type GuardedRecords } from "../../platform/auth/access-gate.js";

/** Where the access gate finds who may read a meeting: the agencies invited to it. */
export const MEETING_RECORDS: GuardedRecords = {
  permission: Permission.ReadMeetings,
  name: "Meeting",
  async facts(em, ids) {
    const rows: { id: string; agency_ids: string[] }[] = await em.query(
      `SELECT id, invited_agency_ids::text[] AS agency_ids FROM meeting WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { agencyIds: r.agency_ids }]));
  },
  concernsAgency: (alias) => `${alias}.invited_agency_ids @> ARRAY[:gateAgency]::uuid[]`,
};
