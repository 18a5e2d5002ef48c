import { HubEvent } from "../../platform/events/hub-event.entity.js";
import { defineModule, type Uses } from "../../platform/module.js";
import { createEventLoaders } from "./event.loaders.js";
import { EventResolver } from "./event.resolver.js";
import { EventService } from "./event.service.js";

/**
 * Reading the event log: catch-up, feeds, timelines and the audit trail. The platform writes the
 * log (with each change); this module maps its table and reads it.
 */
export const eventsModule = defineModule({
  name: "events",
  entities: [HubEvent],
  services: (d: Uses) => ({ events: new EventService(d.dataSource, d.access, d.bus) }),
  loaders: (s) => createEventLoaders(s.events),
  resolvers: [EventResolver],
  /** Reads every module's events; declares none of its own. */
  events: {},
});
