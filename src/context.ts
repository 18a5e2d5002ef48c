import { randomBytes } from "node:crypto";
import { AccessGate } from "./platform/auth/access-gate.js";
import type { Actor } from "./platform/auth/actor.js";
import type { EventBus } from "./platform/events/event-bus.js";
import { UnitOfWork } from "./platform/events/unit-of-work.js";
import { SettableClock, systemClock, type Clock } from "./platform/time.js";
import { EventService } from "./modules/events/event.service.js";
import { createAgencyLoaders } from "./modules/agencies/agency.loaders.js";
import { AgencyService } from "./modules/agencies/agency.service.js";
import { createLegalLoaders } from "./modules/legal/legal.loaders.js";
import { LegalService } from "./modules/legal/legal.service.js";
import { createMatterLoaders } from "./modules/matters/matter.loaders.js";
import { MatterService } from "./modules/matters/matter.service.js";
import { createOfficerLoaders } from "./modules/officers/officer.loaders.js";
import { OfficerService } from "./modules/officers/officer.service.js";
import { createOverlapLoaders } from "./modules/overlaps/overlap.loaders.js";
import { OverlapService } from "./modules/overlaps/overlap.service.js";
import { JurisdictionService } from "./modules/powers/jurisdiction.service.js";
import { LawChangeService } from "./modules/powers/law-change.service.js";
import { createPowerLoaders } from "./modules/powers/power.loaders.js";
import { PowerImportService } from "./modules/powers/power-import.service.js";
import { PowerService } from "./modules/powers/power.service.js";
import { createCaseLoaders } from "./modules/cases/case.loaders.js";
import { CaseReviewService } from "./modules/cases/case-review.service.js";
import { CaseQueryService } from "./modules/cases/case-query.service.js";
import { CaseRoutingService } from "./modules/cases/case-routing.service.js";
import { CaseService } from "./modules/cases/case.service.js";
import { WorkingCalendarService } from "./modules/cases/working-calendar.service.js";
import { createEventLoaders } from "./modules/events/event.loaders.js";
import { createMeetingLoaders } from "./modules/meetings/meeting.loaders.js";
import { MeetingService } from "./modules/meetings/meeting.service.js";
import { MinutesLinks } from "./modules/meetings/minutes-link.js";
import { createOperationLoaders } from "./modules/operations/operation.loaders.js";
import { OperationService } from "./modules/operations/operation.service.js";
import { RoutingRuleService } from "./modules/powers/routing-rule.service.js";
import { createRegionLoaders } from "./modules/regions/region.loaders.js";
import { RegionService } from "./modules/regions/region.service.js";

/**
 * The hub's services: one instance each per process; every method takes the actor first. Writes
 * go through one UnitOfWork, whose commits wake this instance's event bus.
 */
export function createServices(bus: EventBus, casePrefix = "PEI", baseClock: Clock = systemClock, linkSecret: Uint8Array = randomBytes(32)) {
  const clock = new SettableClock(baseClock);
  const access = new AccessGate();
  const uow = new UnitOfWork(bus.dataSource, () => bus.wake(), clock);
  const regions = new RegionService(uow, access);
  const agencies = new AgencyService(uow, access, regions);
  const officers = new OfficerService(uow, access, agencies);
  const matters = new MatterService(uow, access);
  const legal = new LegalService(uow, access);
  const events = new EventService(bus.dataSource, access, bus);
  const overlaps = new OverlapService(bus.dataSource, access);
  const powers = new PowerService(uow, access, agencies, regions, matters, legal, overlaps);
  const jurisdiction = new JurisdictionService(bus.dataSource, access, regions, matters, agencies, clock);
  const lawChanges = new LawChangeService(bus.dataSource, access, legal, overlaps);
  const powerImport = new PowerImportService(uow, access, powers, legal, overlaps);
  const workingCalendar = new WorkingCalendarService(uow, access, bus);
  const cases = new CaseService(uow, access, jurisdiction, agencies, officers, clock);
  const caseQueries = new CaseQueryService(bus.dataSource, access, agencies, clock, workingCalendar);
  const caseRouting = new CaseRoutingService(uow, access, jurisdiction, agencies, cases, casePrefix, clock);
  const caseReviews = new CaseReviewService(uow, access, clock);
  const routingRules = new RoutingRuleService(bus.dataSource, access);
  // Operations stand above meetings (a decision launches one); the agenda reads their proposals through this.
  let operations: OperationService | undefined;
  const meetings = new MeetingService(uow, access, agencies, regions, overlaps, caseQueries, caseRouting, jurisdiction, routingRules, matters, async (em) =>
    (await operations!.plannedIn(em)).map((op) => ({ id: op.id, title: op.title, agencyIds: [op.leadAgencyId] })),
    clock,
  );
  operations = new OperationService(uow, access, agencies, officers, regions, matters, caseRouting, meetings, clock);
  const minutesLinks = new MinutesLinks(linkSecret, meetings, agencies);
  return {
    clock, access, regions, agencies, officers, matters, legal, events, overlaps, powers, jurisdiction, lawChanges, powerImport, workingCalendar, cases, caseQueries, caseRouting, caseReviews,
    routingRules, meetings, operations, minutesLinks,
  };
}

export type HubServices = ReturnType<typeof createServices>;

/** Fresh DataLoaders for one request or WebSocket operation: never shared between callers. */
export function createLoaders(services: HubServices) {
  return {
    ...createRegionLoaders(services.regions),
    ...createAgencyLoaders(services.agencies),
    ...createOfficerLoaders(services.officers),
    ...createMatterLoaders(services.matters),
    ...createLegalLoaders(services.legal),
    ...createOverlapLoaders(services.overlaps),
    ...createPowerLoaders(services.powers),
    ...createEventLoaders(services.events),
    ...createCaseLoaders(services.caseQueries, services.caseReviews),
    ...createMeetingLoaders(services.meetings, services.routingRules),
    ...createOperationLoaders(services.operations, services.caseQueries),
  };
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
