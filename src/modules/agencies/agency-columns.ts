import { ReadColumns } from "../../platform/db/read-columns.js";

/** The agency table's columns, and which of them each Agency field reads (see ReadColumns). */
export const AGENCY_COLUMNS = new ReadColumns(
  {
    id: "id",
    code: "code",
    name: "name",
    shortName: "short_name",
    kind: "kind",
    regionCode: "region_code",
    active: "active",
    version: "version",
    createdAt: "created_at",
    updatedAt: "updated_at",
  },
  {
    id: ["id"],
    code: ["code"],
    name: ["name"],
    shortName: ["shortName"],
    kind: ["kind"],
    active: ["active"],
    version: ["version"],
    createdAt: ["createdAt"],
    updatedAt: ["updatedAt"],
    region: ["regionCode"],
  },
  ["id"],
);
