import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, TOWN, factories } from "./support/factories.js";

const CreateAgency = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) { id code name shortName kind active version region { code name } }
  }
`);
const UpdateAgency = graphql(`
  mutation UpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) { id name active version }
  }
`);
const AgencyByCode = graphql(`
  query AgencyByCode($code: String) {
    agency(code: $code) { id code name version }
  }
`);
const Agencies = graphql(`
  query Agencies($kind: AgencyKind) {
    agencies(kind: $kind) { code kind }
  }
`);
const Me = graphql(`
  query Me { me { sub role agency { code } } }
`);
const CreateRegion = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code path: name parent { code } } }
`);
const RegionTree = graphql(`
  query RegionTree { region(code: "320322") { name level children { code level parent { code } } } }
`);

let t: TestHub;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  t = await startTestHub();
  make = factories(t);
  await make.county();
  await make.agency("SCJGJ", { name: "沛县市场监督管理局", shortName: "市场监管局" });
  await make.agency("SWJ", { name: "沛县水务局", shortName: "水务局" });
});
afterAll(() => t?.stop());

const marketInput = { code: "CGJ", name: "沛县城市管理局", shortName: "城管局", kind: "ENFORCEMENT" as const, regionCode: COUNTY };

describe("agencies and access", () => {
  it("lets the chair create an agency, whose id is derived from its code", async () => {
    const result = await t.gql(CreateAgency, { input: marketInput });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createAgency).toMatchObject({ code: "CGJ", shortName: "城管局", active: true, version: 1, region: { code: COUNTY, name: "沛县" } });
  });

  it("lets an officer of another agency read the agency but answers FORBIDDEN when it tries to change it", async () => {
    const officer = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
    const read = await t.gql(AgencyByCode, { code: "SWJ" }, { token: officer });
    expect(read.data!.agency).toMatchObject({ code: "SWJ", name: "沛县水务局" });

    const change = await t.gql(UpdateAgency, { input: { id: read.data!.agency!.id, name: "改名" } }, { token: officer });
    expect(errorCodes(change)).toEqual(["FORBIDDEN"]);
    const after = await t.gql(AgencyByCode, { code: "SWJ" });
    expect(after.data!.agency!.name).toBe("沛县水务局");
  });

  it("lets a supervisor read everything and write nothing", async () => {
    const supervisor = await t.token(Role.SUPERVISOR);
    const list = await t.gql(Agencies, {}, { token: supervisor });
    // Every agency, in code order (with those other tests create).
    const codes = list.data!.agencies.map((a) => a.code);
    expect(codes).toEqual(expect.arrayContaining(["SCJGJ", "SWJ"]));
    expect(codes).toEqual([...codes].sort());
    const create = await t.gql(CreateAgency, { input: { ...marketInput, code: "JWJ" } }, { token: supervisor });
    expect(errorCodes(create)).toEqual(["FORBIDDEN"]);
    const region = await t.gql(CreateRegion, { input: { code: "320322102", name: "杨屯镇", level: "TOWN", parentCode: COUNTY } }, { token: supervisor });
    expect(errorCodes(region)).toEqual(["FORBIDDEN"]);
    expect((await t.gql(AgencyByCode, { code: "JWJ" })).data!.agency).toBeNull();
  });

  it("answers UNAUTHENTICATED with HTTP 401 without a token or with a forged one", async () => {
    const none = await t.gql(Agencies, {}, { token: null });
    expect(none.status).toBe(401);
    expect(errorCodes(none)).toEqual(["UNAUTHENTICATED"]);
    const forged = await t.gql(Agencies, {}, { token: `${t.chair.slice(0, -4)}AAAA` });
    expect(errorCodes(forged)).toEqual(["UNAUTHENTICATED"]);
    expect(none.data).toBeUndefined();
  });

  it("refuses a token for an agency that does not exist, and for one that is no longer active", async () => {
    const ghost = await t.token(Role.AGENCY_OFFICER, "GHOST");
    const result = await t.gql(Me, {}, { token: ghost });
    expect(result.status).toBe(401);
    expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);

    const retired = await make.agency("RETIRED");
    const officer = await t.token(Role.AGENCY_OFFICER, "RETIRED");
    expect(errorCodes(await t.gql(Me, {}, { token: officer }))).toEqual([]);
    await t.gql(UpdateAgency, { input: { id: retired.id, active: false } });
    expect(errorCodes(await t.gql(Me, {}, { token: officer }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("tells the caller who they are", async () => {
    const officer = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
    const me = await t.gql(Me, {}, { token: officer });
    expect(me.data!.me).toMatchObject({ role: "AGENCY_OFFICER", agency: { code: "SCJGJ" } });
  });

  it("updates with the expected version and answers CONFLICT for a stale one", async () => {
    const { agency } = (await t.gql(AgencyByCode, { code: "SWJ" })).data!;
    const first = await t.gql(UpdateAgency, { input: { id: agency!.id, expectedVersion: agency!.version, shortName: "水务" } });
    expect(first.data!.updateAgency.version).toBe(agency!.version + 1);
    const stale = await t.gql(UpdateAgency, { input: { id: agency!.id, expectedVersion: agency!.version, active: false } });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect((await t.gql(AgencyByCode, { code: "SWJ" })).data!.agency!.version).toBe(agency!.version + 1);
  });
});

describe("bad input gets BAD_USER_INPUT naming the field and writes nothing", () => {
  it("refuses an empty code", async () => {
    const result = await t.gql(CreateAgency, { input: { ...marketInput, code: "" } });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: "code" })]);
  });

  it("refuses a duplicate code", async () => {
    const result = await t.gql(CreateAgency, { input: { ...marketInput, code: "SCJGJ", name: "重复" } });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: "code" })]);
    expect((await t.gql(AgencyByCode, { code: "SCJGJ" })).data!.agency!.name).toBe("沛县市场监督管理局");
  });

  it("refuses a blank name", async () => {
    const result = await t.gql(CreateAgency, { input: { ...marketInput, code: "BLANK", name: "   " } });
    expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "name" })] });
    expect((await t.gql(AgencyByCode, { code: "BLANK" })).data!.agency).toBeNull();
  });

  it("refuses an unknown region for an agency", async () => {
    const result = await t.gql(CreateAgency, { input: { ...marketInput, code: "NOWHERE", regionCode: "999999" } });
    expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "regionCode", message: expect.stringContaining("999999") }] });
    expect((await t.gql(AgencyByCode, { code: "NOWHERE" })).data!.agency).toBeNull();
  });

  it("refuses an unknown parent region and a level that cannot sit under its parent", async () => {
    const orphan = await t.gql(CreateRegion, { input: { code: "320399101", name: "无主镇", level: "TOWN", parentCode: "320399" } });
    expect(orphan.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "parentCode", message: expect.any(String) }] });
    const wrongLevel = await t.gql(CreateRegion, { input: { code: "320322201", name: "村", level: "VILLAGE", parentCode: COUNTY } });
    expect(wrongLevel.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "level", message: expect.any(String) }] });
    const tree = await t.gql(RegionTree, {});
    expect(tree.data!.region!.children).toEqual([{ code: TOWN, level: "TOWN", parent: { code: COUNTY } }]);
  });
});
