import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";

const Register = graphql(`
  mutation RegisterOfficer($input: RegisterOfficerInput!) {
    registerOfficer(input: $input) {
      id name role certificateNumber certificateValidFrom certificateValidUntil version
      agency { code }
      today: certifiedOn
      onFirstDay: certifiedOn(date: "2026-01-01")
      afterExpiry: certifiedOn(date: "2027-01-01")
    }
  }
`);
const Update = graphql(`
  mutation UpdateOfficer($input: UpdateOfficerInput!) {
    updateOfficer(input: $input) { id name role certificateNumber version }
  }
`);
const Officers = graphql(`
  query Officers($agencyId: ID, $first: Int, $after: String, $certifiedOn: LocalDate, $search: String) {
    officers(agencyId: $agencyId, first: $first, after: $after, certifiedOn: $certifiedOn, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { name } }
    }
  }
`);

let t: TestHub;
let make: ReturnType<typeof factories>;
let market: { id: string };
let urban: { id: string };

beforeAll(async () => {
  t = await startTestHub();
  make = factories(t);
  await make.county();
  market = await make.agency("SCJGJ");
  urban = await make.agency("CGJ");
});
afterAll(() => t?.stop());

const certificate = { number: "32032201000001", validFrom: "2026-01-01", validUntil: "2026-12-31" };

describe("officers", () => {
  it("lets an agency officer register its own agency's officers, certified only while the certificate is valid", async () => {
    const own = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
    const result = await t.gql(Register, { input: { agencyId: market.id, name: "张伟", role: "CERTIFIED_OFFICER", certificate } }, { token: own });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerOfficer).toMatchObject({
      name: "张伟",
      agency: { code: "SCJGJ" },
      certificateValidFrom: "2026-01-01",
      onFirstDay: true,
      afterExpiry: false,
    });
  });

  it("answers FORBIDDEN when an officer registers into another agency, and NOT_FOUND for another agency's officers", async () => {
    const own = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
    const foreign = await t.gql(Register, { input: { agencyId: urban.id, name: "李娜", role: "AUXILIARY" } }, { token: own });
    expect(errorCodes(foreign)).toEqual(["FORBIDDEN"]);

    const theirs = await make.officer(urban.id, "王芳");
    const change = await t.gql(Update, { input: { id: theirs.id, name: "王芳芳" } }, { token: own });
    expect(errorCodes(change)).toEqual(["NOT_FOUND"]);
    const list = await t.gql(Officers, { agencyId: urban.id });
    expect(list.data!.officers.edges.map((e) => e.node.name)).toEqual(["王芳"]);
    const seenByOther = await t.gql(Officers, { agencyId: urban.id }, { token: own });
    expect(seenByOther.data!.officers.totalCount).toBe(0);
  });

  it("refuses a certificate that ends before it starts, naming the field, and writes nothing", async () => {
    const result = await t.gql(Register, {
      input: { agencyId: market.id, name: "赵敏", role: "CERTIFIED_OFFICER", certificate: { number: "X-1", validFrom: "2026-05-01", validUntil: "2026-04-30" } },
    });
    expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "certificate.validUntil", message: expect.any(String) }] });
    expect((await t.gql(Officers, { search: "赵敏" })).data!.officers.totalCount).toBe(0);
  });

  it("refuses a certificate for auxiliary staff and a certificate number already held", async () => {
    const auxiliary = await t.gql(Register, { input: { agencyId: market.id, name: "钱多", role: "AUXILIARY", certificate: { ...certificate, number: "NEW-1" } } });
    expect(auxiliary.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: "certificate" })]);
    await make.officer(market.id, "孙明", { ...certificate, number: "HELD-1" });
    const duplicate = await t.gql(Register, { input: { agencyId: market.id, name: "孙亮", role: "CERTIFIED_OFFICER", certificate: { ...certificate, number: "HELD-1" } } });
    expect(duplicate.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: "certificate.number" })]);
  });

  it("refuses an unknown agency with BAD_USER_INPUT on agencyId", async () => {
    const result = await t.gql(Register, { input: { agencyId: "00000000-0000-4000-8000-000000000000", name: "周", role: "AUXILIARY" } });
    expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: "agencyId", message: expect.any(String) }] });
  });

  it("removes a certificate with certificate: null, after which the officer is no longer certified", async () => {
    const created = await t.gql(Register, { input: { agencyId: market.id, name: "吴刚", role: "CERTIFIED_OFFICER", certificate: { ...certificate, number: "CERT-WG" } } });
    const { id, version } = created.data!.registerOfficer;
    const updated = await t.gql(Update, { input: { id, expectedVersion: version, certificate: null } });
    expect(updated.data!.updateOfficer).toMatchObject({ certificateNumber: null, version: version + 1 });
    const certified = await t.gql(Officers, { agencyId: market.id, certifiedOn: "2026-06-01" });
    expect(certified.data!.officers.edges.map((e) => e.node.name)).not.toContain("吴刚");
  });

  it("pages through officers with cursors, every officer exactly once", async () => {
    // An agency of its own, so that no other test's officers are counted.
    const patrol = await make.agency("XLDD", { name: "沛县巡逻大队", shortName: "巡逻大队" });
    for (let i = 0; i < 8; i++) await make.officer(patrol.id, `辅警${i}`);
    const names: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = await t.gql(Officers, { agencyId: patrol.id, first: 3, after });
      expect(page.data!.officers.totalCount).toBe(8);
      names.push(...page.data!.officers.edges.map((e) => e.node.name));
      if (!page.data!.officers.pageInfo.hasNextPage) break;
      after = page.data!.officers.pageInfo.endCursor;
    }
    expect(names).toHaveLength(8);
    expect(new Set(names).size).toBe(8);
    expect(names).toEqual([...names].sort());
  });

  it("refuses a page size over 100 and a cursor it did not give out", async () => {
    const tooMany = await t.gql(Officers, { first: 101 });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "first" })] });
    const forged = await t.gql(Officers, { after: "not-a-cursor" });
    expect(forged.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ path: "after" })] });
  });
});
