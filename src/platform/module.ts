import type { DataSource } from "typeorm";
import type { AccessGate, GuardedRecords } from "./auth/access-gate.js";
import { joinCatalogues, type EventCatalogue } from "./events/event-catalogue.js";
import type { EventBus } from "./events/event-bus.js";
import type { UnitOfWork } from "./events/unit-of-work.js";
import type { SettableClock } from "./time.js";

/** What the platform hands every module's services, before any module has built its own. */
export interface PlatformServices {
  /** The hub's clock: tests and demos move it; services read "today" from it, never from the machine. */
  clock: SettableClock;
  /** The one access gate. */
  access: AccessGate;
  /** The only way services write: a change and its events in one transaction. */
  uow: UnitOfWork;
  /** For reads outside a transaction. */
  dataSource: DataSource;
  /** This instance's event reader and fan-out. */
  bus: EventBus;
  /** Every module's event types, for those that read the whole log (timelines, feeds). */
  eventCatalogue: EventCatalogue;
  /** The county's case-number prefix (PEI-2026-000001). */
  casePrefix: string;
  /** Signs short-lived links (minutes pages). */
  linkSecret: Uint8Array;
}

/**
 * The services a module asks for: the platform's, plus those of modules listed before it in the
 * composition root. A module that names a service no earlier module provides does not compile there.
 */
export type Uses<Services extends object = {}> = PlatformServices & Services;

// Resolvers and entities are classes; only their constructors matter here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassRef = Function;

/** What one capability brings to the hub, declared in its folder's `<name>.module.ts`. */
export interface HubModule<Needs extends object = any, Services extends object = any, Loaders extends object = any> {
  /** The folder's name, for error messages and the README. */
  name: string;
  /** Tables it maps; the schema itself comes from migrations/. */
  entities: readonly ClassRef[];
  /** Builds its services, once per process, from the services it needs. */
  services: (deps: Needs) => Services;
  /** Fresh DataLoaders for one request or WebSocket operation; the keys must be unique in the hub. */
  loaders?: (services: Needs & Services) => Loaders;
  /** Its resolver classes: the schema is built from every module's. */
  resolvers: readonly ClassRef[];
  /** Its event types (payload, topic, who may see them); see event-catalogue.ts. */
  events: EventCatalogue;
  /** Where the access gate finds who may read its records (their agencies, their reporter); the gate applies its one row rule. */
  records?: readonly GuardedRecords[];
}

/** Declares a module; the types it infers let the composition root check what each module asks for. */
export function defineModule<Needs extends object, Services extends object, Loaders extends object = {}>(
  module: HubModule<Needs, Services, Loaders>,
): HubModule<Needs, Services, Loaders> {
  return module;
}

/** A compile error that names the clash: keys two modules both provide. */
type NoClash<Kind extends string, Have, Adds> = [keyof Adds & keyof Have] extends [never]
  ? unknown
  : { [K in `${Kind} already provided by an earlier module`]: keyof Adds & keyof Have };

/** A compile error that names what a module asks for and no earlier module provides. */
type Provides<Have, Needs> = Have extends Needs ? unknown : { "needs services no earlier module provides": Exclude<keyof Needs, keyof Have> };

/** Merges one module's record (services or loaders) into the hub's, refusing a key already taken. */
function mergeUnique(into: Record<string, unknown>, from: object, kind: string, module: string, owners: Map<string, string>): void {
  for (const [key, value] of Object.entries(from)) {
    const owner = owners.get(key);
    if (owner !== undefined) throw new Error(`Module ${module} provides ${kind} "${key}", which module ${owner} already provides`);
    owners.set(key, module);
    into[key] = value;
  }
}

/**
 * The modules of the hub in dependency order. Each `use` checks, at compile time, that the module
 * asks only for services of modules already listed and adds no service or loader name that is
 * already taken; `build` checks the latter again at start, for anything the types let through.
 */
export class Composition<Services extends object, Loaders extends object> {
  private constructor(readonly modules: readonly HubModule[]) {}

  static start(): Composition<PlatformServices, {}> {
    return new Composition([]);
  }

  use<Needs extends object, S extends object, L extends object>(
    module: HubModule<Needs, S, L> & Provides<Services, Needs> & NoClash<"services", Services, S> & NoClash<"loaders", Loaders, L>,
  ): Composition<Services & S, Loaders & L> {
    return new Composition([...this.modules, module as HubModule]);
  }

  /** Every module's tables. */
  get entities(): ClassRef[] {
    return this.modules.flatMap((m) => m.entities);
  }

  /** Every module's resolvers. */
  get resolvers(): ClassRef[] {
    return this.modules.flatMap((m) => m.resolvers);
  }

  /** Every module's event types; a type two modules both declare is refused. */
  get eventCatalogue(): EventCatalogue {
    return joinCatalogues(this.modules);
  }

  /** Builds every module's services in order; each sees the platform's and the earlier modules'. */
  buildServices(platform: PlatformServices): Services {
    const services: Record<string, unknown> = { ...platform };
    const owners = new Map(Object.keys(platform).map((key) => [key, "platform"]));
    for (const records of this.modules.flatMap((m) => m.records ?? [])) platform.access.guard(records);
    for (const module of this.modules) mergeUnique(services, module.services(services), "service", module.name, owners);
    // Refuse clashing loader names at start, not at the first request.
    this.createLoaders(services as Services);
    return services as Services;
  }

  /** Fresh loaders of every module, for one request; a name two modules both use is refused. */
  createLoaders(services: Services): Loaders {
    const loaders: Record<string, unknown> = {};
    const owners = new Map<string, string>();
    for (const module of this.modules) if (module.loaders) mergeUnique(loaders, module.loaders(services), "loader", module.name, owners);
    return loaders as Loaders;
  }
}
