import { Permission, type GuardedRecords } from "../../platform/auth/access-gate.js";

/** Where the access gate finds who may read a joint operation: the agencies taking part in it. */
export const OPERATION_RECORDS: GuardedRecords = {
  permission: Permission.ReadOperations,
  name: "Operation",
  async facts(em, ids) {
    const rows: { id: string; agency_ids: string[] }[] = await em.query(
      `SELECT o.id, coalesce(array_agg(p.agency_id::text) FILTER (WHERE p.agency_id IS NOT NULL), '{}') AS agency_ids
         FROM operation o LEFT JOIN operation_participant p ON p.operation_id = o.id
        WHERE o.id = ANY($1::uuid[]) GROUP BY o.id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { agencyIds: r.agency_ids }]));
  },
  concernsAgency: (alias) => `EXISTS (SELECT 1 FROM operation_participant gate_p WHERE gate_p.operation_id = ${alias}.id AND gate_p.agency_id = :gateAgency)`,
};
