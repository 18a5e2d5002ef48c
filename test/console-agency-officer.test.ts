import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { Role } from "../src/platform/auth/actor.js";
import { graphql } from "./gql/index.js";
import { errorCodes, type TestHub } from "./support/hub.js";
import { CHROMIUM, haveChromium, openConsole, openSampleCountyConsole, screenshotPath, type SampleCountyConsole } from "./support/console.js";

// An officer of market regulation (市场监管局) on the sample county: the screens for everyone, none of the chair's.

const ConveneAsOfficer = graphql(`
  mutation ConsoleOfficerConvenes($input: ConveneMeetingInput!) {
    conveneMeeting(input: $input) { id }
  }
`);

let session: SampleCountyConsole;
let t: TestHub;
let page: Page;
let token: string;
let violations: () => Promise<string[]>;

describe.skipIf(!haveChromium)(`An agency officer's console (${CHROMIUM})`, () => {
  beforeAll(async () => {
    session = await openSampleCountyConsole(Role.AGENCY_OFFICER, "李娜", "SCJGJ");
    ({ t, page, token, violations } = session);
  });
  afterAll(() => session?.stop());

  it("shows the officer's agency and offers no chair screen; typed in, the chair's screen refuses, and so does the API", async () => {
    const header = page.getByTestId("who-am-i");
    await expect.poll(() => header.textContent()).toContain("沛县市场监督管理局");
    expect(await header.textContent()).toContain("部门执法人员");
    await page.getByRole("menuitem", { name: "谁来管" }).waitFor();
    expect(await page.getByRole("menuitem", { name: "职权交叉图" }).count()).toBe(0);

    await openConsole(page, t, token, "overlaps");
    await page.getByText("无权访问").waitFor({ timeout: 30_000 });

    await openConsole(page, t, token, "meetings");
    await page.getByText(/联席会议（共 \d+ 次）/).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("button", { name: "召集会议" }).count()).toBe(0);
    const forced = await t.gql(ConveneAsOfficer, { input: { title: "越权召集", kind: "AD_HOC", place: "某处", scheduledAt: "2026-12-01T14:30:00+08:00" } }, { token });
    expect(errorCodes(forced)).toEqual(["FORBIDDEN"]);
  });

  it("answers who acts on street food stalls in 沛城街道: a dispute between urban management and market regulation, with what to do next", async () => {
    await openConsole(page, t, token, "jurisdiction");
    await page.getByRole("combobox").first().fill("食品摊贩");
    // The visible entries of Ant Design's dropdowns (its role=option elements are a hidden list for screen readers).
    const entry = (text: string) => page.locator(".ant-select-item-option").filter({ hasText: text }).first();
    await entry("占道食品摊贩").click();
    await page.getByRole("combobox").nth(1).click();
    await page.keyboard.insertText("沛城");
    await entry("沛城街道").click();
    const answer = page.getByTestId("jurisdiction-answer");
    await answer.waitFor({ timeout: 30_000 });
    await answer.getByText("争议", { exact: true }).waitFor();
    await answer.getByText(/下一步/).waitFor();
    const text = (await answer.textContent()) ?? "";
    expect(text).toContain("城管局");
    expect(text).toContain("市场监管局");
    await page.screenshot({ path: screenshotPath("console-who-acts-here"), fullPage: true });
    expect(await violations()).toEqual([]);
  });
});
