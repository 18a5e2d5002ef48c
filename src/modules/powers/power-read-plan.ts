import type { RequestContext } from "../../context.js";
import { Selection } from "../../platform/graphql/selection.js";
import { AGENCY_COLUMNS } from "../agencies/agency-columns.js";
import type { Agency } from "../agencies/agency.entity.js";
import type { Overlap } from "../overlaps/overlap.entity.js";
import { POWER_COLUMNS } from "./power-columns.js";
import type { PowerState } from "./power.entity.js";

/**
 * The read planner of the power catalogue's hot reads (a page of powers, one power). The root
 * resolver looks at what the query selects below it and fetches the relations it names set by set:
 * one statement per level for overlaps (OverlapService.liveInvolving) and for their powers, one at
 * the end for every agency any level asked for, each reading only the selected columns (see
 * POWER_COLUMNS, AGENCY_COLUMNS). What it fetched is attached to the rows, and the field resolvers
 * answer from it without a promise; a row it did not plan (reached another way) falls back to the
 * DataLoaders. Statements per request therefore follow the query's shape, never the rows' number.
 *
 * Who sees which overlap stays the access gate's to say (allowsOverlap), exactly as on the loader path.
 */

const PLANNED_AGENCY = Symbol("planned agency");
const PLANNED_OVERLAPS = Symbol("planned overlaps");
const PLANNED_POWERS = Symbol("planned powers");

type PlannedPower = PowerState & { [PLANNED_AGENCY]?: Agency; [PLANNED_OVERLAPS]?: Overlap[] };
type PlannedOverlap = Overlap & { [PLANNED_POWERS]?: PowerState[] };

/** The power's agency when the planner fetched it, else undefined (use the loader). */
export function plannedAgency(power: PowerState): Agency | undefined {
  return (power as PlannedPower)[PLANNED_AGENCY];
}

/** The power's live overlaps the actor may see, when the planner fetched them. */
export function plannedOverlaps(power: PowerState): Overlap[] | undefined {
  return (power as PlannedPower)[PLANNED_OVERLAPS];
}

/** The overlap's powers in the order of powerIds, when the planner fetched them. */
export function plannedPowers(overlap: Overlap): PowerState[] | undefined {
  return (overlap as PlannedOverlap)[PLANNED_POWERS];
}

/** What a connection selects on its powers: its `nodes` and its `edges { node }` together. */
export function nodeSelection(connection: Selection): Selection | undefined {
  return Selection.merge([connection.get("nodes"), connection.get("edges")?.get("node")]);
}

/** Fetches and attaches what `selection` asks of these powers (rows read with POWER_COLUMNS.propertiesFor(selection)). */
export async function planPowerReads(ctx: RequestContext, powers: readonly PowerState[], selection: Selection | undefined): Promise<void> {
  if (!selection || powers.length === 0) return;
  const plan = new PowerReadPlan(ctx);
  await plan.attach(powers, selection);
  await plan.attachAgencies();
}

class PowerReadPlan {
  /** Powers whose agency some level selected, and what it selected there. */
  private readonly wantAgency: PlannedPower[] = [];
  private readonly agencySelections: Selection[] = [];

  constructor(private readonly ctx: RequestContext) {}

  async attach(powers: readonly PlannedPower[], selection: Selection): Promise<void> {
    const agency = selection.get("agency");
    if (agency) {
      for (const p of powers) this.wantAgency.push(p);
      this.agencySelections.push(agency);
    }
    const overlaps = selection.get("overlaps");
    if (!overlaps) return;
    const { services, actor } = this.ctx;
    const live = await services.overlaps.liveInvolving(unique(powers.map((p) => p.id)));
    // Grouped as the loader groups them (in the order liveInvolving gives), filtered by the gate as the resolver filters them.
    const visible = live.filter((o) => services.access.allowsOverlap(actor, o.agencyIds)) as PlannedOverlap[];
    const byPower = new Map<string, Overlap[]>(powers.map((p) => [p.id, []]));
    for (const o of visible) {
      o.powerIds.forEach((id, i) => {
        if (o.powerIds.indexOf(id) === i) byPower.get(id)?.push(o);
      });
    }
    for (const p of powers) p[PLANNED_OVERLAPS] = byPower.get(p.id);

    const members = overlaps.get("powers");
    if (!members || visible.length === 0) return;
    const rows: PlannedPower[] = await services.powers.rowsByIds(unique(visible.flatMap((o) => o.powerIds)), POWER_COLUMNS.propertiesFor(members));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const o of visible) o[PLANNED_POWERS] = o.powerIds.map((id) => byId.get(id)).filter((p): p is PowerState => p !== undefined);
    await this.attach(rows, members);
  }

  /** One statement for the agencies every level asked for, with the columns any of them selected. */
  async attachAgencies(): Promise<void> {
    if (this.wantAgency.length === 0) return;
    const properties = AGENCY_COLUMNS.propertiesFor(...this.agencySelections);
    const agencies = await this.ctx.services.agencies.rowsByIds(unique(this.wantAgency.map((p) => p.agencyId)), properties);
    const byId = new Map(agencies.map((a) => [a.id, a]));
    for (const p of this.wantAgency) {
      const a = byId.get(p.agencyId);
      if (a) p[PLANNED_AGENCY] = a;
    }
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
