import { defineModule, type Uses } from "../../platform/module.js";
import { MeResolver } from "./me.resolver.js";

/** Who the caller is, as the bearer token names them: no table and no service of its own. */
export const identityModule = defineModule({
  name: "identity",
  entities: [],
  services: (_d: Uses) => ({}),
  resolvers: [MeResolver],
  /** Writes nothing, so announces nothing. */
  events: {},
});
