import { registerEnumType } from "type-graphql";

/** What an event is about. Each capability adds its topic here as it lands; its event types live in its own `<name>.events.ts`. */
export enum EventTopic {
  REGION = "REGION",
  AGENCY = "AGENCY",
  OFFICER = "OFFICER",
  MATTER = "MATTER",
  LEGAL = "LEGAL",
  POWER = "POWER",
  OVERLAP = "OVERLAP",
  CASE = "CASE",
  MEETING = "MEETING",
  ROUTING = "ROUTING",
  OPERATION = "OPERATION",
  CALENDAR = "CALENDAR",
}

registerEnumType(EventTopic, {
  name: "EventTopic",
  description: "What an event is about",
  valuesConfig: {
    REGION: { description: "Regions of the county" },
    AGENCY: { description: "Agencies" },
    OFFICER: { description: "Officers and their certificates (seen by their own agency, the chair and supervisors)" },
    MATTER: { description: "The matter taxonomy" },
    LEGAL: { description: "The legal catalogue" },
    POWER: { description: "Power items (权力事项): published lists, seen by everyone" },
    OVERLAP: { description: "Overlaps between two agencies' powers (seen by those two agencies, the chair and supervisors)" },
    CASE: { description: "Shared cases (seen by the agencies taking part, the chair and supervisors)" },
    MEETING: { description: "Joint meetings, their decisions and follow-up tasks (seen by the invited agencies, the chair and supervisors)" },
    ROUTING: { description: "Routing rules the joint meeting decided: who leads what (public)" },
    OPERATION: { description: "Joint operations and their field reports (seen by the participating agencies, the chair and supervisors)" },
    CALENDAR: { description: "The working-day calendar: a year's holiday schedule loaded (public)" },
  },
});

/** Who may see an event besides the chair, supervisors and the administrator. */
export enum EventVisibility {
  /** Everyone signed in: reference data. */
  PUBLIC = "PUBLIC",
  /** Only the agencies the event concerns (its agencyIds). */
  AGENCIES = "AGENCIES",
}

registerEnumType(EventVisibility, {
  name: "EventVisibility",
  description: "Who may see an event besides the chair and supervisors",
  valuesConfig: {
    PUBLIC: { description: "Every signed-in caller" },
    AGENCIES: { description: "Only the agencies the event concerns" },
  },
});

export type { NewEvent, EventOf } from "./event-catalogue.js";
