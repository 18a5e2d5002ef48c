import { defineModule, type Uses } from "../../platform/module.js";
import { Overlap } from "./overlap.entity.js";
import { createOverlapLoaders } from "./overlap.loaders.js";
import { OverlapResolver } from "./overlap.resolver.js";
import { OverlapService } from "./overlap.service.js";
import { OVERLAP_EVENTS } from "./overlap.events.js";

/** Overlaps between two agencies' powers (职权交叉), as the overlap engine finds them. */
export const overlapsModule = defineModule({
  name: "overlaps",
  entities: [Overlap],
  services: (d: Uses) => ({ overlaps: new OverlapService(d.dataSource, d.access) }),
  loaders: (s) => createOverlapLoaders(s.overlaps),
  resolvers: [OverlapResolver],
  events: OVERLAP_EVENTS,
});
