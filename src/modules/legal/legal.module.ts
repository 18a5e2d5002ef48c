import { defineModule, type Uses } from "../../platform/module.js";
import { LegalArticle, LegalInstrument } from "./legal.entity.js";
import { createLegalLoaders } from "./legal.loaders.js";
import { LegalArticleResolver, LegalInstrumentResolver } from "./legal.resolver.js";
import { LegalService } from "./legal.service.js";
import { LEGAL_EVENTS } from "./legal.events.js";

/** The legal catalogue: laws, regulations and rules, article by article. */
export const legalModule = defineModule({
  name: "legal",
  entities: [LegalInstrument, LegalArticle],
  services: (d: Uses) => ({ legal: new LegalService(d.uow, d.access) }),
  loaders: (s) => createLegalLoaders(s.legal),
  resolvers: [LegalInstrumentResolver, LegalArticleResolver],
  events: LEGAL_EVENTS,
});
