import { v5 as uuidV5 } from "uuid";

/** Fixed namespace of the hub's agency ids. Changing it would change every agency's id. */
const AGENCY_NAMESPACE = "5b0f1c8e-6f0a-4d4e-9a55-2c6b3f1e8d20";

/**
 * An agency's id is a function of its code. Token issuers (the `npm run token` command, a county's
 * identity provider) can then name an agency without reading the database.
 */
export function agencyIdForCode(code: string): string {
  return uuidV5(code, AGENCY_NAMESPACE);
}
