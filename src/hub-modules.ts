import { Composition } from "./platform/module.js";
import { agenciesModule } from "./modules/agencies/agency.module.js";
import { casesModule } from "./modules/cases/case.module.js";
import { eventsModule } from "./modules/events/event.module.js";
import { identityModule } from "./modules/identity/identity.module.js";
import { legalModule } from "./modules/legal/legal.module.js";
import { mattersModule } from "./modules/matters/matter.module.js";
import { meetingsModule } from "./modules/meetings/meeting.module.js";
import { officersModule } from "./modules/officers/officer.module.js";
import { operationsModule } from "./modules/operations/operation.module.js";
import { overlapsModule } from "./modules/overlaps/overlap.module.js";
import { powersModule } from "./modules/powers/power.module.js";
import { regionsModule } from "./modules/regions/region.module.js";
import { routingModule } from "./modules/routing/routing.module.js";

/**
 * The composition root: every module of the hub, once, in dependency order. A module may ask only
 * for services of modules above it in this list; the compiler checks it here. The product's loop
 * reads downwards: operations and meetings use cases, cases use jurisdiction (powers), powers use
 * the overlap engine and the reference data.
 */
export const HUB_MODULES = Composition.start()
  .use(identityModule)
  .use(regionsModule)
  .use(agenciesModule)
  .use(officersModule)
  .use(mattersModule)
  .use(legalModule)
  .use(eventsModule)
  .use(overlapsModule)
  .use(routingModule)
  .use(powersModule)
  .use(casesModule)
  .use(meetingsModule)
  .use(operationsModule);
