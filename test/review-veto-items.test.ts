import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";

// A reviewer's screen offers the veto items the hub grades by, from the hub itself, never a copy.

const VetoItems = graphql(`query VetoItemList { reviewVetoItems { code description } }`);

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  await make.agency("CGJ");
});
afterAll(() => t?.stop());

describe("the veto items of the case-file review", () => {
  it("lists each item's code with its meaning in Chinese, for supervisors and the chair", async () => {
    const supervisor = await t.gql(VetoItems, {}, { token: await t.token(Role.SUPERVISOR) });
    const items = supervisor.data!.reviewVetoItems;
    expect(items).toHaveLength(9);
    expect(items).toContainEqual({ code: "UNQUALIFIED_OFFICERS", description: "执法人员不具备执法资格或者少于两人" });
    expect((await t.gql(VetoItems, {})).data!.reviewVetoItems).toEqual(items);
  });

  it("is not for an agency officer", async () => {
    const officer = await t.gql(VetoItems, {}, { token: await t.token(Role.AGENCY_OFFICER, "CGJ") });
    expect(errorCodes(officer)).toEqual(["FORBIDDEN"]);
  });
});
