import { afterAll, beforeAll, describe, expect, it } from "vitest";
import DataLoader from "dataloader";
import { HUB_MODULES } from "../src/hub-modules.js";
import { defineModule, Composition, type PlatformServices, type Uses } from "../src/platform/module.js";
import { regionsModule } from "../src/modules/regions/region.module.js";
import { agenciesModule } from "../src/modules/agencies/agency.module.js";
import { startTestHub, type TestHub } from "./support/hub.js";

/** A module that would answer region look-ups itself: what a careless copy of regions.loaders would do. */
const shadowingRegions = defineModule({
  name: "atlas",
  entities: [],
  services: (_d: Uses) => ({}),
  loaders: () => ({ regionByCode: new DataLoader<string, null>(async (codes) => codes.map(() => null)) }),
  resolvers: [],
  events: {},
});

/** A module that would replace the agencies service under the same name. */
const shadowingAgencies = defineModule({
  name: "bureaus",
  entities: [],
  services: (_d: Uses) => ({ agencies: "not the agency service" }),
  resolvers: [],
  events: {},
});

/**
 * These lines are type errors: `npm run typecheck` runs over this file and fails if one of them
 * compiles (an unused @ts-expect-error is itself an error). Never called: only the compiler reads them.
 */
export function shadowingDoesNotCompile() {
  // @ts-expect-error regionByCode is already provided by the regions module
  HUB_MODULES.use(shadowingRegions);
  // @ts-expect-error agencies is already provided by the agencies module
  HUB_MODULES.use(shadowingAgencies);
  // @ts-expect-error agencies need regions, which are not listed before them
  Composition.start().use(agenciesModule);
}

let t: TestHub;
let platform: PlatformServices;
beforeAll(async () => {
  t = await startTestHub();
  const { clock, access, uow, dataSource, bus, eventCatalogue, casePrefix, linkSecret } = t.hub.services;
  platform = { clock, access, uow, dataSource, bus, eventCatalogue, casePrefix, linkSecret };
});
afterAll(() => t?.stop());

describe("modules plug in at one place", () => {
  it("refuses, when the hub starts, a module whose loader has the name of another module's loader", () => {
    // The compiler refuses the same line (shadowingDoesNotCompile above); the cast stands for a module the types let through.
    const composition = HUB_MODULES.use(shadowingRegions as never);
    expect(() => composition.buildServices(platform)).toThrow('Module atlas provides loader "regionByCode", which module regions already provides');
  });

  it("refuses a module whose service has the name of another module's service", () => {
    const composition = Composition.start().use(regionsModule).use(agenciesModule).use(shadowingAgencies as never);
    expect(() => composition.buildServices(platform)).toThrow('Module bureaus provides service "agencies", which module agencies already provides');
  });

  it("gives every request one loader per name, each from the module that declares it (routing rules from the routing module)", () => {
    const owners = HUB_MODULES.modules.flatMap((m) => Object.keys(m.loaders?.(t.hub.services) ?? {}).map((name) => [name, m.name] as const));
    const loaders = HUB_MODULES.createLoaders(t.hub.services);
    expect(Object.keys(loaders).sort()).toEqual(owners.map(([name]) => name).sort());
    expect(new Map(owners).get("routingRuleById")).toBe("routing");
    expect(new Map(owners).get("regionByCode")).toBe("regions");
  });
});
