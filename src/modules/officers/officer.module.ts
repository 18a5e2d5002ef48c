import { defineModule, type Uses } from "../../platform/module.js";
import type { AgencyService } from "../agencies/agency.service.js";
import { Officer } from "./officer.entity.js";
import { createOfficerLoaders } from "./officer.loaders.js";
import { OfficerResolver } from "./officer.resolver.js";
import { OfficerService } from "./officer.service.js";
import { OFFICER_EVENTS } from "./officer.events.js";

/** Enforcement officers and their certificates (执法证). */
export const officersModule = defineModule({
  name: "officers",
  entities: [Officer],
  services: (d: Uses<{ agencies: AgencyService }>) => ({ officers: new OfficerService(d.uow, d.access, d.agencies) }),
  loaders: (s) => createOfficerLoaders(s.officers),
  resolvers: [OfficerResolver],
  events: OFFICER_EVENTS,
});
