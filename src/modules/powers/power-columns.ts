import { ReadColumns } from "../../platform/db/read-columns.js";

/**
 * The power table's columns, and which of them each Power field reads (see ReadColumns). Dates are
 * read as text, as TypeORM hands them out (pg would make them Date objects at local midnight).
 */
export const POWER_COLUMNS = new ReadColumns(
  {
    id: "id",
    code: "code",
    agencyId: "agency_id",
    name: "name",
    category: "category",
    status: "status",
    validFrom: "valid_from::text",
    validUntil: "valid_until::text",
    post: "post",
    matterCodes: "matter_codes",
    regionCodes: "region_codes",
    articleIds: "article_ids",
    version: "version",
    // the table's column predates the shared name (see Power)
    recordedAt: "updated_at",
  },
  {
    id: ["id"],
    code: ["code"],
    name: ["name"],
    category: ["category"],
    status: ["status"],
    validFrom: ["validFrom"],
    validUntil: ["validUntil"],
    post: ["post"],
    matterCodes: ["matterCodes"],
    regionCodes: ["regionCodes"],
    version: ["version"],
    recordedAt: ["recordedAt"],
    agency: ["agencyId"],
    matters: ["matterCodes"],
    regions: ["regionCodes"],
    legalBases: ["articleIds"],
    // by the power's id, which is always read
    overlaps: [],
    history: [],
  },
  // the id for relations, the code for the page's cursor
  ["id", "code"],
);
