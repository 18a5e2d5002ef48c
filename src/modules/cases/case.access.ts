import { Permission, type GuardedRecords } from "../../platform/auth/access-gate.js";

/**
 * Where the access gate finds who may read a case: the agencies taking part in it (any role) and
 * who reported it. The gate applies its one row rule to these facts.
 */
export const CASE_RECORDS: GuardedRecords = {
  permission: Permission.ReadCases,
  name: "Case",
  async facts(em, ids) {
    const rows: { id: string; reported_by_sub: string; agency_ids: string[] }[] = await em.query(
      `SELECT c.id, c.reported_by_sub, coalesce(array_agg(p.agency_id::text) FILTER (WHERE p.agency_id IS NOT NULL), '{}') AS agency_ids
         FROM enforcement_case c LEFT JOIN case_participant p ON p.case_id = c.id
        WHERE c.id = ANY($1::uuid[]) GROUP BY c.id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { agencyIds: r.agency_ids, reportedBySub: r.reported_by_sub }]));
  },
  concernsAgency: (alias) => `EXISTS (SELECT 1 FROM case_participant gate_p WHERE gate_p.case_id = ${alias}.id AND gate_p.agency_id = :gateAgency)`,
  reportedBy: (alias) => `${alias}.reported_by_sub = :gateReporter`,
};
