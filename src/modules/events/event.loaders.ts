import DataLoader from "dataloader";
import type { HubEvent } from "../../platform/events/hub-event.entity.js";
import type { EventService } from "./event.service.js";

export function createEventLoaders(events: EventService) {
  return {
    /** A record's events in log order (timelines): one statement for every record asked together. */
    eventsBySubject: new DataLoader<string, HubEvent[]>(async (ids) => {
      const rows = await events.bySubjects(ids);
      return ids.map((id) => rows.filter((e) => e.subjectIds.includes(id)));
    }),
  };
}
