import { defineModule, type Uses } from "../../platform/module.js";
import { Region } from "./region.entity.js";
import { createRegionLoaders } from "./region.loaders.js";
import { RegionResolver } from "./region.resolver.js";
import { RegionService } from "./region.service.js";
import { REGION_EVENTS } from "./region.events.js";

/** The county's regions (行政区域): the tree every power, case and rule is placed in. */
export const regionsModule = defineModule({
  name: "regions",
  entities: [Region],
  services: (d: Uses) => ({ regions: new RegionService(d.uow, d.access) }),
  loaders: (s) => createRegionLoaders(s.regions),
  resolvers: [RegionResolver],
  events: REGION_EVENTS,
});
