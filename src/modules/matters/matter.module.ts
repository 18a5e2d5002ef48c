import { defineModule, type Uses } from "../../platform/module.js";
import { Matter } from "./matter.entity.js";
import { createMatterLoaders } from "./matter.loaders.js";
import { MatterResolver } from "./matter.resolver.js";
import { MatterService } from "./matter.service.js";
import { MATTER_EVENTS } from "./matter.events.js";

/** The matter taxonomy (监管事项): what powers cover and cases are about. */
export const mattersModule = defineModule({
  name: "matters",
  entities: [Matter],
  services: (d: Uses) => ({ matters: new MatterService(d.uow, d.access) }),
  loaders: (s) => createMatterLoaders(s.matters),
  resolvers: [MatterResolver],
  events: MATTER_EVENTS,
});
