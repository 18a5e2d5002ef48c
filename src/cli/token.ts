import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { Role } from "../platform/auth/actor.js";
import { resolveJwtSecret, signToken } from "../platform/auth/tokens.js";
import { agencyIdForCode } from "../modules/agencies/agency-id.js";

const USAGE = `Usage: npm run token -- --role <CHAIR|AGENCY_OFFICER|SUPERVISOR|INTAKE|ADMIN> [--agency CODE] [--name NAME] [--sub ID] [--ttl 12h]

Prints a bearer token signed with the hub's secret (HUB_JWT_SECRET, or the one generated in
HUB_DATA_DIR for the embedded database). The token is alone on the last line.
--agency is required for AGENCY_OFFICER and names the agency by its code (e.g. SCJGJ).`;

/**
 * Signs a demo token without touching the database: an agency's id is derived from its code, so
 * this works while a hub holds the embedded database open. A token for an agency that does not
 * exist is refused when used.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      agency: { type: "string" },
      name: { type: "string" },
      sub: { type: "string" },
      ttl: { type: "string", default: "12h" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return void console.log(USAGE);
  const role = values.role?.toUpperCase() as Role | undefined;
  if (!role || !Object.values(Role).includes(role)) fail(`--role must be one of ${Object.values(Role).join(", ")}`);
  if (role === Role.AGENCY_OFFICER && !values.agency) fail("--agency CODE is required with --role AGENCY_OFFICER");
  if (role !== Role.AGENCY_OFFICER && values.agency) fail("--agency goes with --role AGENCY_OFFICER only");
  if (!/^\d+[smhd]$/.test(values.ttl!)) fail("--ttl must look like 30m, 12h or 7d");

  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const agencyCode = values.agency?.toUpperCase();
  const token = await signToken(
    resolveJwtSecret(config),
    {
      sub: values.sub ?? `demo-${role.toLowerCase()}${agencyCode ? `-${agencyCode.toLowerCase()}` : ""}`,
      name: values.name ?? `Demo ${role}${agencyCode ? ` of ${agencyCode}` : ""}`,
      role,
      agencyId: agencyCode ? agencyIdForCode(agencyCode) : undefined,
    },
    values.ttl,
  );
  console.log(`# ${role}${agencyCode ? ` of agency ${agencyCode}` : ""}, valid ${values.ttl}. Send it as: Authorization: Bearer <token>`);
  console.log(token);
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

void main();
