import { graphql } from "../gql/index.js";
import type { TestHub } from "./hub.js";

/**
 * Factories create reference data through the public API as the chair, so every test datum went
 * through the same validation a user's would.
 */
const CreateRegion = graphql(`
  mutation FactoryCreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) { code }
  }
`);

const CreateAgency = graphql(`
  mutation FactoryCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) { id code version }
  }
`);

const RegisterOfficer = graphql(`
  mutation FactoryRegisterOfficer($input: RegisterOfficerInput!) {
    registerOfficer(input: $input) { id version }
  }
`);

function must<T>(result: { data?: T | null; errors?: readonly { message: string }[] }, what: string): T {
  if (result.errors?.length || !result.data) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const COUNTY = "320322";
export const TOWN = "320322101";

export function factories(t: TestHub) {
  return {
    /** The county and one town, which most tests need. */
    async county() {
      must(await t.gql(CreateRegion, { input: { code: COUNTY, name: "沛县", level: "COUNTY" } }), "county");
      must(await t.gql(CreateRegion, { input: { code: TOWN, name: "龙固镇", level: "TOWN", parentCode: COUNTY } }), "town");
    },
    async agency(code: string, overrides: Partial<{ name: string; shortName: string; kind: "ENFORCEMENT" | "TOWN_GOVERNMENT" | "OVERSIGHT" | "COORDINATION"; regionCode: string }> = {}) {
      const input = { code, name: `沛县${code}局`, shortName: `${code}局`, kind: "ENFORCEMENT" as const, regionCode: COUNTY, ...overrides };
      return must(await t.gql(CreateAgency, { input }), `agency ${code}`).createAgency;
    },
    async officer(agencyId: string, name: string, certificate?: { number: string; validFrom: string; validUntil: string }) {
      const input = { agencyId, name, role: certificate ? ("CERTIFIED_OFFICER" as const) : ("AUXILIARY" as const), certificate };
      return must(await t.gql(RegisterOfficer, { input }), `officer ${name}`).registerOfficer;
    },
  };
}
