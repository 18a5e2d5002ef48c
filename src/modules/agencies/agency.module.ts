import { defineModule, type Uses } from "../../platform/module.js";
import type { RegionService } from "../regions/region.service.js";
import { Agency } from "./agency.entity.js";
import { createAgencyLoaders } from "./agency.loaders.js";
import { AgencyResolver } from "./agency.resolver.js";
import { AgencyService } from "./agency.service.js";
import { AGENCY_EVENTS } from "./agency.events.js";

/** County bureaus, town governments and oversight bodies. */
export const agenciesModule = defineModule({
  name: "agencies",
  entities: [Agency],
  services: (d: Uses<{ regions: RegionService }>) => ({ agencies: new AgencyService(d.uow, d.access, d.regions) }),
  loaders: (s) => createAgencyLoaders(s.agencies),
  resolvers: [AgencyResolver],
  events: AGENCY_EVENTS,
});
