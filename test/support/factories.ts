import { graphql } from "../gql/index.js";
import type { ConveneMeetingInput, CreateLegalInstrumentInput, CreateMatterInput, DeclarePowerInput, ReportCaseInput } from "../gql/graphql.js";
import type { TestHub } from "./hub.js";

/**
 * Factories create records through the public API (as the chair unless a token is given), so every
 * test datum went through the same validation a user's would. Each takes what the test is about
 * and fills the rest with plausible values.
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

const CreateMatter = graphql(`
  mutation FactoryCreateMatter($input: CreateMatterInput!) {
    createMatter(input: $input) { code }
  }
`);

const CreateInstrument = graphql(`
  mutation FactoryCreateInstrument($input: CreateLegalInstrumentInput!) {
    createLegalInstrument(input: $input) { id articles { id number } }
  }
`);

const DeclarePower = graphql(`
  mutation FactoryDeclarePower($input: DeclarePowerInput!) {
    declarePower(input: $input) { power { id version } openedOverlaps { id } }
  }
`);

const ReportCase = graphql(`
  mutation FactoryReportCase($input: ReportCaseInput!) {
    reportCase(input: $input) { case { id version status } }
  }
`);

const ConveneMeeting = graphql(`
  mutation FactoryConveneMeeting($input: ConveneMeetingInput!) {
    conveneMeeting(input: $input) { id version }
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
    /** A regulated matter; its parent (FOOD for FOOD.STREET_STALL) must exist. */
    async matter(code: string, overrides: Partial<CreateMatterInput> = {}) {
      return must(await t.gql(CreateMatter, { input: { code, name: code, ...overrides } }), `matter ${code}`).createMatter;
    },
    /** A law in force with the given article numbers. */
    async instrument(title: string, articleNumbers: string[] = ["1"], overrides: Partial<CreateLegalInstrumentInput> = {}) {
      const articles = articleNumbers.map((number) => ({ number, text: `第${number}条` }));
      const input = { title, level: "LAW" as const, issuer: "全国人大常委会", effectiveDate: "2020-01-01", articles, ...overrides };
      return must(await t.gql(CreateInstrument, { input }), `instrument ${title}`).createLegalInstrument;
    },
    /** A county-wide penalty power (give it a legal basis) over the given matters. */
    async power(agencyId: string, code: string, overrides: Partial<DeclarePowerInput> & Pick<DeclarePowerInput, "matterCodes">) {
      const input = { agencyId, code, name: `处罚 ${code}`, category: "PENALTY" as const, regionCodes: [COUNTY], ...overrides };
      return must(await t.gql(DeclarePower, { input }), `power ${code}`).declarePower;
    },
    /** What the 12345 hotline says of something in the town a week ago (by the hub's clock), unless told otherwise. */
    caseInput(matterCode: string, overrides: Partial<ReportCaseInput> = {}) {
      return {
        title: `举报 ${matterCode}`,
        description: "群众反映",
        matterCode,
        regionCode: TOWN,
        source: "HOTLINE_12345" as const,
        occurredAt: new Date(t.clock.now().getTime() - 7 * 86_400_000).toISOString(),
        ...overrides,
      };
    },
    /** A case reported with caseInput's defaults. */
    async case(matterCode: string, overrides: Partial<ReportCaseInput> = {}, token?: string) {
      const input = this.caseInput(matterCode, overrides);
      return must(await t.gql(ReportCase, { input }, { token }), `case ${input.title}`).reportCase.case;
    },
    /** An ad hoc joint meeting at the county government, at the given time. */
    async meeting(title: string, scheduledAt: string, overrides: Partial<ConveneMeetingInput> = {}) {
      const input = { title, kind: "AD_HOC" as const, scheduledAt, place: "县政府", ...overrides };
      return must(await t.gql(ConveneMeeting, { input }), `meeting ${title}`).conveneMeeting;
    },
  };
}
