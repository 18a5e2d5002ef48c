import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { COUNTY, factories } from "./support/factories.js";

const Declare = graphql(`
  mutation DeclareTakenCode($input: DeclarePowerInput!) {
    declarePower(input: $input) { power { id } }
  }
`);
const Taken = graphql(`
  query DeclareTakenCodeState($search: String) {
    powers(search: $search, first: 10) { nodes { name version } }
    events(types: ["PowerDeclared"], first: 100) { nodes { cursor } }
  }
`);

let t: TestHub;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  t = await startTestHub();
  make = factories(t);
  await make.county();
  await make.matter("MARKET", { name: "集贸市场" });
});
afterAll(() => t?.stop());

describe("declaring a power under a code already declared", () => {
  it("is refused on the code field and changes nothing, the first declaration included", async () => {
    const agency = await make.agency("DUP");
    await make.power(agency.id, "DUP-1", { matterCodes: ["MARKET"], category: "INSPECTION", name: "市场检查" });
    const before = (await t.gql(Taken, { search: "DUP-1" })).data!;

    const again = await t.gql(Declare, {
      input: { agencyId: agency.id, code: "DUP-1", name: "另一个名称", category: "INSPECTION", matterCodes: ["MARKET"], regionCodes: [COUNTY], legalBases: [] },
    });
    expect(errorCodes(again)).toEqual(["BAD_USER_INPUT"]);
    expect(again.errors![0].extensions!.fields).toEqual([{ path: "code", message: "power DUP-1 already exists; amend it instead" }]);
    expect((await t.gql(Taken, { search: "DUP-1" })).data).toEqual(before);
    expect(before.powers.nodes).toEqual([{ name: "市场检查", version: 1 }]);
  });
});
