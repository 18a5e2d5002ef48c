import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { seedSampleData } from "../src/sample/seed.js";
import { TEST_SECRET, startTestHub, type TestHub } from "./support/hub.js";

const Overview = graphql(`
  query SampleOverview {
    regions { code level }
    agencies { code kind }
    matters { code }
    legalInstruments(first: 100) { totalCount nodes { title articleCount } }
    officers(first: 100, includeInactive: true) { totalCount nodes { role certificateNumber today: certifiedOn(date: "2026-11-26") } }
    verifyAuditTrail { intact checkedEntries }
  }
`);

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
  await seedSampleData(t.hub.services);
});
afterAll(() => t?.stop());

describe("the sample county", () => {
  it("loads through the services' own validation and gives a realistic county", async () => {
    const { data, errors } = await t.gql(Overview, {});
    expect(errors).toBeUndefined();
    expect(data!.regions.filter((r) => r.level === "COUNTY")).toEqual([{ code: "320322", level: "COUNTY" }]);
    expect(data!.regions.filter((r) => r.level === "TOWN" || r.level === "SUBDISTRICT").length).toBeGreaterThanOrEqual(15);
    expect(data!.agencies.length).toBeGreaterThanOrEqual(25);
    expect(data!.agencies.map((a) => a.code)).toEqual(expect.arrayContaining(["GAJ", "SCJGJ", "CGJ", "STHJJ", "ZRZYJ", "SWJ", "SFJ"]));
    expect(data!.matters.length).toBeGreaterThanOrEqual(40);
    expect(data!.legalInstruments.totalCount).toBeGreaterThanOrEqual(12);
    expect(data!.legalInstruments.nodes.every((i) => i.articleCount > 0)).toBe(true);
  });

  it("has auxiliary staff and some expired certificates, as a real roster does", async () => {
    const { data } = await t.gql(Overview, {});
    const officers = data!.officers.nodes;
    expect(data!.officers.totalCount).toBeGreaterThan(60);
    expect(officers.some((o) => o.role === "AUXILIARY" && o.certificateNumber === null)).toBe(true);
    expect(officers.some((o) => o.certificateNumber !== null && !o.today)).toBe(true);
  });

  it("records every sample datum in the audit trail", async () => {
    const { data } = await t.gql(Overview, {});
    expect(data!.verifyAuditTrail.intact).toBe(true);
    expect(data!.verifyAuditTrail.checkedEntries).toBeGreaterThan(200);
  });
});

describe("npm run token", () => {
  it("prints a token alone on the last line that the hub accepts for the named agency", async () => {
    // Exactly what a user types (it builds first, as `npm start` does).
    const output = execFileSync("npm", ["run", "--silent", "token", "--", "--role", "AGENCY_OFFICER", "--agency", "SCJGJ"], {
      env: { ...process.env, HUB_JWT_SECRET: TEST_SECRET, DATABASE_URL: "" },
      encoding: "utf8",
    });
    const token = output.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const me = await t.gql(graphql(`query TokenMe { me { role agency { code } } }`), {}, { token });
    expect(me.data!.me).toEqual({ role: "AGENCY_OFFICER", agency: { code: "SCJGJ" } });
  });
});
