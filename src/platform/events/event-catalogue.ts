import type { CaseField } from "../auth/access-gate.js";
import type { EventTopic, EventVisibility } from "./topics.js";

/** One event type as its module declares it: what it is about, who may see it, how people name it. */
export interface EventSpec<Topic extends EventTopic = EventTopic, Visibility extends EventVisibility = EventVisibility, Payload extends object = object> {
  topic: Topic;
  /** Who may see it besides the chair, supervisors and the administrator. */
  visibility: Visibility;
  /** What it means, in the words of the officials who read timelines and notifications. */
  label: string;
  /**
   * When some who may see the event's record may not read all of it: the restricted field whose
   * readers see it whole. The gate's rule for that field (AccessGate.caseEventView) decides what
   * the others see. Absent: whoever may see the event sees it whole.
   */
  privacy?: CaseField;
  /** The payload's type; nothing at run time. */
  readonly payload?: Payload;
}

/** A module's event types by name. */
export type EventCatalogue = Readonly<Record<string, EventSpec>>;

/** The payload's type, for a catalogue entry: a marker with no value at run time. */
export function payload<P extends object>(): P | undefined {
  return undefined;
}

/** A catalogue entry before its module's topic and default visibility are filled in. */
interface EntryInput {
  label: string;
  payload: object | undefined;
  visibility?: EventVisibility;
  privacy?: CaseField;
}

type Filled<T extends EventTopic, V extends EventVisibility, E extends EntryInput> = EventSpec<
  T,
  E["visibility"] extends EventVisibility ? E["visibility"] : V,
  Exclude<E["payload"], undefined>
>;

/**
 * A module's catalogue: every type under one topic, with the module's usual visibility unless an
 * entry says otherwise, and (for records with restricted fields) the field whose readers see its
 * events whole. Declare it in `<name>.events.ts` and add it to HubEventCatalogue there.
 */
export function defineEvents<T extends EventTopic, V extends EventVisibility, const E extends Record<string, EntryInput>>(
  topic: T,
  visibility: V,
  entries: E,
  options: { privacy?: CaseField } = {},
): { readonly [K in keyof E]: Filled<T, V, E[K]> } {
  return Object.fromEntries(
    Object.entries(entries).map(([type, e]) => {
      const privacy = e.privacy ?? options.privacy;
      return [type, { topic, visibility: e.visibility ?? visibility, label: e.label, ...(privacy ? { privacy } : {}) }];
    }),
  ) as { readonly [K in keyof E]: Filled<T, V, E[K]> };
}

/**
 * Every event type of the hub, by name. The platform knows no module: each module adds its
 * catalogue to this interface from its own events file
 * (`declare module "…/event-catalogue.js" { interface HubEventCatalogue extends CaseEvents {} }`),
 * so the compiler refuses a type two modules both declare, and NewEvent is derived from it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HubEventCatalogue {}

/** The name of an event type some module declares. */
export type EventType = keyof HubEventCatalogue & string;

/** What a type's event carries. */
export type PayloadOf<K extends EventType> = HubEventCatalogue[K] extends EventSpec<EventTopic, EventVisibility, infer P> ? P : never;

/** Joins modules' catalogues into the hub's; a type declared twice is refused at start. */
export function joinCatalogues(catalogues: readonly { name: string; events: EventCatalogue }[]): EventCatalogue {
  const all: Record<string, EventSpec> = {};
  const owners = new Map<string, string>();
  for (const { name, events } of catalogues) {
    for (const [type, spec] of Object.entries(events)) {
      const owner = owners.get(type);
      if (owner !== undefined) throw new Error(`Module ${name} declares event type ${type}, which module ${owner} already declares`);
      owners.set(type, name);
      all[type] = spec;
    }
  }
  return Object.freeze(all);
}

/**
 * One event as a service states it; the log adds cursor, actor, time and hashes. Topic, visibility
 * and payload are those its type's module declares: a wrong payload or an unknown type does not compile.
 */
export interface EventOf<K extends EventType> {
  topic: HubEventCatalogue[K]["topic"];
  /** PascalCase past tense, e.g. AgencyCreated. */
  type: K;
  /** Ids of the records the event is about (first: the main one). */
  subjectIds: string[];
  /** Agencies the event concerns: their feeds receive it. */
  agencyIds: string[];
  visibility: HubEventCatalogue[K]["visibility"];
  /** What changed, as plain JSON. */
  payload: PayloadOf<K>;
}

/** Any event of the hub: a union discriminated by `type`. */
export type NewEvent = { [K in EventType]: EventOf<K> }[EventType];

/**
 * Builds an event of one of a module's types for the module's event helper (caseEvent, meetingEvent…):
 * topic and visibility come from the catalogue entry, so a helper cannot state them wrong; `common`
 * holds what the helper adds to every payload of its module (a case's number, a meeting's title),
 * and the caller's payload gives the rest (and may override a common field, as an agenda item's
 * title does the meeting's).
 */
export function eventOf<K extends EventType, Common extends object = {}>(
  catalogue: { readonly [T in K]: EventSpec },
  type: K,
  about: { subjectIds: string[]; agencyIds: string[] },
  payload: Omit<PayloadOf<K>, keyof Common> & Partial<Common>,
  common?: Common,
): NewEvent {
  const { topic, visibility } = catalogue[type];
  // The one place the generic parts meet: each part was checked against K's entry above.
  return { topic, type, visibility, ...about, payload: { ...common, ...payload } } as unknown as NewEvent;
}

/**
 * Whether an event read from the log is of this type; if so, its payload is that type's. For live
 * filters that look into payloads (an agency deactivated, a calendar replaced). The log keeps what
 * was written, so an old event of a type whose payload has changed since must be read with care.
 */
export function isEvent<K extends EventType>(event: { type: string; payload: object }, type: K): event is { type: K; payload: PayloadOf<K> } {
  return event.type === type;
}
