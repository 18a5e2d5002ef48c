import type { HubServices } from "../context.js";
import { Role, type Actor } from "../platform/auth/actor.js";
import type { Logger } from "../platform/logger.js";
import { formatBasis, type ParsedSheet } from "../modules/powers/power-sheet.js";
import type { SamplePower } from "./sample-types.js";
import { agencyIdForCode } from "../modules/agencies/agency-id.js";
import type { HistoryCounts } from "./sample-history.js";
import { addCalendarDays } from "../modules/cases/statutory-clock.js";

/** The seed acts as the hub's administrator, through the same services (and checks) as any caller. */
const SEED_ACTOR: Actor = { sub: "seed", name: "Sample data loader", role: Role.ADMIN, expiresAt: Number.MAX_SAFE_INTEGER };
const HOTLINE_ACTOR: Actor = { sub: "sample-12345", name: "12345 hotline (sample)", role: Role.INTAKE, expiresAt: Number.MAX_SAFE_INTEGER };


export interface SeedCounts {
  regions: number;
  agencies: number;
  officers: number;
  matters: number;
  instruments: number;
  powers: number;
  overlaps: number;
  cases: number;
  history: HistoryCounts;
}

/** The sample power list as the rows of a published spreadsheet. */
function samplePowerSheet(powers: readonly SamplePower[]): ParsedSheet {
  return {
    headers: {},
    missing: [],
    rows: powers.map((p, i) => ({
      rowNumber: i + 2,
      cells: {
        code: p.code,
        name: p.name,
        category: p.category,
        agency: p.agencyCode,
        bases: p.bases.map((b) => formatBasis(b.instrumentTitle, b.articleNumber)).join("；"),
        matters: p.matterCodes.join("；"),
        regions: p.regionCodes.join("；"),
        validFrom: p.validFrom ?? "",
        validUntil: p.validUntil ?? "",
        post: p.post ?? "",
      },
    })),
  };
}

/** Says what the seed has just loaded, for the progress lines of a first start. */
export type SeedProgress = (loaded: string) => void;

/** Loads the sample county: regions, agencies, officers, matters and legal instruments. */
export async function seedSampleData(services: HubServices, progress: SeedProgress = () => undefined): Promise<SeedCounts> {
  // Loaded only when seeding: a hub with real data never holds the sample in memory.
  const { SAMPLE_AGENCIES, SAMPLE_INSTRUMENTS, SAMPLE_MATTERS, SAMPLE_OFFICERS, SAMPLE_REGIONS } = await import("./sample-data.js");
  const { SAMPLE_CASES } = await import("./sample-cases.js");
  const { seedSampleHistory } = await import("./sample-history.js");
  // The county's lists were loaded before its recent history happened: the clock goes back 90 days
  // (seedSampleHistory brings it forward step by step, then back to now).
  const today = services.clock.today();
  services.clock.set(`${addCalendarDays(today, -90)}T08:30:00+08:00`);
  for (const region of SAMPLE_REGIONS) await services.regions.create(SEED_ACTOR, region);
  progress(`${SAMPLE_REGIONS.length} regions`);
  for (const agency of SAMPLE_AGENCIES) await services.agencies.create(SEED_ACTOR, agency);
  for (const { agencyCode, ...officer } of SAMPLE_OFFICERS) {
    await services.officers.register(SEED_ACTOR, { agencyId: agencyIdForCode(agencyCode), ...officer });
  }
  progress(`${SAMPLE_AGENCIES.length} agencies, ${SAMPLE_OFFICERS.length} officers`);
  for (const matter of SAMPLE_MATTERS) await services.matters.create(SEED_ACTOR, matter);
  for (const instrument of SAMPLE_INSTRUMENTS) await services.legal.create(SEED_ACTOR, instrument);
  progress(`${SAMPLE_MATTERS.length} regulated matters, ${SAMPLE_INSTRUMENTS.length} legal instruments`);
  // The power list goes in the way a county's spreadsheet would: through the import.
  const { SAMPLE_POWERS } = await import("./sample-powers.js");
  const report = await services.powerImport.import(SEED_ACTOR, samplePowerSheet(SAMPLE_POWERS), { partial: false });
  if (report.rejected) throw new Error(`sample power list refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
  progress(`${report.created} power items, ${report.openedOverlaps} overlaps found`);
  // The recent past (closed cases, a closed meeting, a finished operation), dated back by the clock.
  const history = await seedSampleHistory(services, today);
  progress(`recent past: ${history.closedCases} closed cases (${history.reviews} reviewed), a joint meeting with ${history.decisions} decisions, a finished joint operation with ${history.fieldReports} field reports`);
  // A few hotline reports, so that the chair's lists and the agencies' inboxes are not empty.

  for (const c of SAMPLE_CASES) await services.caseRouting.report(HOTLINE_ACTOR, c);
  progress(`${SAMPLE_CASES.length} cases reported by the 12345 hotline`);
  return {
    regions: SAMPLE_REGIONS.length,
    agencies: SAMPLE_AGENCIES.length,
    officers: SAMPLE_OFFICERS.length,
    matters: SAMPLE_MATTERS.length,
    instruments: SAMPLE_INSTRUMENTS.length,
    powers: report.created,
    overlaps: report.openedOverlaps,
    cases: SAMPLE_CASES.length,
    history,
  };
}

/** Seeds only a database that has no region yet, so restarts and real data are never touched. */
export async function seedIfEmpty(services: HubServices, log: Logger): Promise<boolean> {
  const empty = (await services.regions.list(SEED_ACTOR, {})).length === 0;
  if (!empty) return false;
  log.info("loading the sample county (沛县) into the empty database…");
  const counts = await seedSampleData(services, (loaded) => log.info(`  sample county: ${loaded}`));
  log.info(counts, "sample data loaded into the empty database");
  return true;
}

