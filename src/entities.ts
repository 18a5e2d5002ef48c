import { HUB_MODULES } from "./hub-modules.js";

/** Every table the hub maps, for the TypeORM data source: the modules' own. The schema itself comes from migrations/. */
export const ENTITIES = HUB_MODULES.entities;
