import { defineModule, type Uses } from "../../platform/module.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { LegalService } from "../legal/legal.service.js";
import type { MatterService } from "../matters/matter.service.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import type { RegionService } from "../regions/region.service.js";
import { JurisdictionService } from "./jurisdiction.service.js";
import { LawChangeService } from "./law-change.service.js";
import { PowerImportService } from "./power-import.service.js";
import { Power, PowerRevision } from "./power.entity.js";
import { createPowerLoaders } from "./power.loaders.js";
import { OverlapPowersResolver, PowerResolver } from "./power.resolver.js";
import { PowerService } from "./power.service.js";
import { POWER_EVENTS } from "./power.events.js";

type Needs = Uses<{ agencies: AgencyService; regions: RegionService; matters: MatterService; legal: LegalService; overlaps: OverlapService }>;

/** Power items (权力事项): the agencies' published lists, their import, and who has jurisdiction where. */
export const powersModule = defineModule({
  name: "powers",
  entities: [Power, PowerRevision],
  services: (d: Needs) => {
    const powers = new PowerService(d.uow, d.access, d.agencies, d.regions, d.matters, d.legal, d.overlaps);
    return {
      powers,
      jurisdiction: new JurisdictionService(d.dataSource, d.access, d.regions, d.matters, d.agencies, d.clock),
      lawChanges: new LawChangeService(d.dataSource, d.access, d.legal, d.overlaps),
      powerImport: new PowerImportService(d.uow, d.access, powers, d.legal, d.overlaps),
    };
  },
  loaders: (s) => createPowerLoaders(s.powers),
  resolvers: [PowerResolver, OverlapPowersResolver],
  events: POWER_EVENTS,
});
