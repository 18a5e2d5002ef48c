import { randomBytes } from "node:crypto";
import { HUB_MODULES } from "./hub-modules.js";
import { AccessGate } from "./platform/auth/access-gate.js";
import type { Actor } from "./platform/auth/actor.js";
import type { EventBus } from "./platform/events/event-bus.js";
import { UnitOfWork } from "./platform/events/unit-of-work.js";
import { SettableClock, systemClock, type Clock } from "./platform/time.js";

/**
 * The hub's services: one instance each per process, built module by module in the order of
 * hub-modules.ts; every method takes the actor first. Writes go through one UnitOfWork, whose
 * commits wake this instance's event bus.
 */
export function createServices(bus: EventBus, casePrefix = "PEI", baseClock: Clock = systemClock, linkSecret: Uint8Array = randomBytes(32)) {
  const clock = new SettableClock(baseClock);
  return HUB_MODULES.buildServices({
    clock,
    access: new AccessGate(bus.dataSource),
    uow: new UnitOfWork(bus.dataSource, () => bus.wake(), clock),
    dataSource: bus.dataSource,
    bus,
    eventCatalogue: HUB_MODULES.eventCatalogue,
    casePrefix,
    linkSecret,
  });
}

export type HubServices = ReturnType<typeof createServices>;

/** Fresh DataLoaders for one request or WebSocket operation: never shared between callers. */
export function createLoaders(services: HubServices) {
  return HUB_MODULES.createLoaders(services);
}

export type HubLoaders = ReturnType<typeof createLoaders>;

/** What every resolver receives: built once per HTTP request or WebSocket operation. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  services: HubServices;
  loaders: HubLoaders;
}

export function createRequestContext(services: HubServices, actor: Actor, requestId: string): RequestContext {
  return { actor, requestId, services, loaders: createLoaders(services) };
}

/** What a subscription's `subscribe` function receives: its arguments and the operation's context. */
export interface SubscribeData<A> {
  args: A;
  context: RequestContext;
}
