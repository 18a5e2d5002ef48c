import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { LegalInstrument } from "./legal.entity.js";

/** What a repeal did to the powers citing the instrument: the module above (powers) assesses it. */
export interface RepealImpactPayload {
  affectedPowerIds: string[];
  affectedPowerCodes: string[];
  openOverlaps: number;
}

/** The legal catalogue is public; a repeal also reaches the feeds of the agencies whose powers cite it. */
export const LEGAL_EVENTS = defineEvents(EventTopic.LEGAL, EventVisibility.PUBLIC, {
  LegalInstrumentCreated: { label: "新增法律法规规章", payload: payload<{ title: string; instrument: LegalInstrument; articles: string[] }>() },
  LegalInstrumentRepealed: {
    label: "法律法规规章废止",
    payload: payload<{ title: string; repealedOn: string | null; note: string | null } & RepealImpactPayload>(),
  },
});

type LegalEvents = typeof LEGAL_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends LegalEvents {}
}
