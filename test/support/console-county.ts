import { graphql } from "../gql/index.js";
import { COUNTY, TOWN, factories } from "./factories.js";
import { countyInstant, type TestHub } from "./hub.js";

/**
 * A small county for the console's browser tests, built through the API as the chair: market
 * regulation and urban management both hold the penalty power over street food stalls (占道经营食品摊贩),
 * so a stall reported in 龙固镇 is disputed between them; each has two certified officers.
 */
const Matter = graphql(`mutation ConsoleCountyMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Instrument = graphql(`mutation ConsoleCountyInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }`);
const Declare = graphql(`mutation ConsoleCountyDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }`);
const Report = graphql(`mutation ConsoleCountyReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }`);

export const AGENCIES = {
  SCJGJ: { name: "沛县市场监督管理局", shortName: "市场监管局" },
  CGJ: { name: "沛县城市管理局", shortName: "城管局" },
  WJW: { name: "沛县卫生健康委员会", shortName: "卫健委" },
} as const;
export type AgencyCode = keyof typeof AGENCIES;

export async function consoleCounty(t: TestHub) {
  const make = factories(t);
  await make.county();
  const agency = {} as Record<AgencyCode, string>;
  const officers = {} as Record<AgencyCode, string[]>;
  const certificate = (n: string) => ({ number: `ZF-${n}`, validFrom: countyInstant(t.clock, -400).slice(0, 10), validUntil: countyInstant(t.clock, 1000).slice(0, 10) });
  for (const code of Object.keys(AGENCIES) as AgencyCode[]) {
    agency[code] = (await make.agency(code, AGENCIES[code])).id;
    officers[code] = [(await make.officer(agency[code], `${AGENCIES[code].shortName}张队`, certificate(`${code}-1`))).id, (await make.officer(agency[code], `${AGENCIES[code].shortName}李队`, certificate(`${code}-2`))).id];
  }
  for (const [code, name] of [["FOOD", "食品"], ["FOOD.STREET_STALL", "占道经营食品摊贩"]]) await t.gql(Matter, { input: { code, name } });
  const law = (await t.gql(Instrument, { input: { title: "中华人民共和国食品安全法", level: "LAW", issuer: "全国人民代表大会常务委员会", effectiveDate: "2021-04-29", articles: [{ number: "36", text: "食品摊贩应当符合本法规定的要求。" }] } })).data!.createLegalInstrument.id;
  for (const code of ["SCJGJ", "CGJ"] as const) {
    await t.gql(Declare, {
      input: { agencyId: agency[code], code: `320322-CF-${code}-0001`, name: "对食品摊贩违法经营的处罚", category: "PENALTY", matterCodes: ["FOOD.STREET_STALL"], regionCodes: [COUNTY], legalBases: [{ instrumentId: law, articleNumber: "36" }] },
    });
  }
  return {
    agency,
    officers,
    /** A stall reported through the 12345 hotline: disputed between market regulation and urban management. */
    async reportStall(title = "夜市占道经营烧烤摊") {
      const reported = await t.gql(Report, {
        input: { title, description: "群众来电反映夜市摊点占道经营、油烟扰民", matterCode: "FOOD.STREET_STALL", regionCode: TOWN, source: "HOTLINE_12345", occurredAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString() },
      });
      if (reported.errors) throw new Error(JSON.stringify(reported.errors));
      return reported.data!.reportCase.case;
    },
  };
}
