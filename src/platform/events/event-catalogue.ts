import type { EventTopic, EventVisibility } from "./topics.js";

/** One event type as its module declares it: what it is about, who may see it, how people name it. */
export interface EventSpec<Topic extends EventTopic = EventTopic, Visibility extends EventVisibility = EventVisibility, Payload extends object = object> {
  topic: Topic;
  /** Who may see it besides the chair, supervisors and the administrator. */
  visibility: Visibility;
  /** What it means, in the words of the officials who read timelines and notifications. */
  label: string;
  /**
   * Readers who may see the event yet not all of its payload: the rule that strips it, where that
   * rule is declared (e.g. the gate's case field rules). Absent: whoever sees the event sees it whole.
   */
  privacy?: string;
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
  privacy?: string;
}

type Filled<T extends EventTopic, V extends EventVisibility, E extends EntryInput> = EventSpec<
  T,
  E["visibility"] extends EventVisibility ? E["visibility"] : V,
  Exclude<E["payload"], undefined>
>;

/**
 * A module's catalogue: every type under one topic, with the module's usual visibility unless an
 * entry says otherwise. Declare it in `<name>.events.ts` and add it to HubEventCatalogue there.
 */
export function defineEvents<T extends EventTopic, V extends EventVisibility, const E extends Record<string, EntryInput>>(
  topic: T,
  visibility: V,
  entries: E,
): { readonly [K in keyof E]: Filled<T, V, E[K]> } {
  return Object.fromEntries(
    Object.entries(entries).map(([type, e]) => [type, { topic, visibility: e.visibility ?? visibility, label: e.label, ...(e.privacy ? { privacy: e.privacy } : {}) }]),
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
