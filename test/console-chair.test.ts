import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { Role } from "../src/platform/auth/actor.js";
import { seedSampleData } from "../src/sample/seed.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { CHROMIUM, ensureConsoleBuilt, haveChromium, launchChromium, openConsole, personToken, screenshotPath, watchForViolations } from "./support/console.js";

// The chair's afternoon on the sample county, in a real browser: the overlap map, the street-food-stall
// dispute (占道经营食品摊贩) between urban management and market regulation, the meeting room.

let t: TestHub;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let violations: () => Promise<string[]>;

describe.skipIf(!haveChromium)(`The chair's console on the sample county (${CHROMIUM})`, () => {
  beforeAll(async () => {
    await ensureConsoleBuilt();
    t = await startTestHub();
    await seedSampleData(t.hub.services);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    violations = await watchForViolations(page);
    await openConsole(page, t, await personToken(t, Role.CHAIR, "王明"));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("opens the overlap map and drills into the street-food-stall dispute between urban management and market regulation", async () => {
    await page.getByRole("menuitem", { name: "职权交叉图" }).click();
    await page.getByTestId("overlap-heatmap").locator("canvas").first().waitFor({ timeout: 30_000 });
    await page.getByRole("row", { name: /城管局 × 市场监管局|市场监管局 × 城管局/ }).click();
    const disputes = page.getByTestId("pair-disputes");
    const stall = disputes.getByRole("row", { name: /占道食品摊贩/ }).first();
    await stall.waitFor({ timeout: 30_000 });
    await stall.click();
    // Both powers, the shared scope and the case waiting on it.
    await disputes.getByText("两部门的职权交叉").waitFor();
    await disputes.getByText("共同依据").first().waitFor({ timeout: 30_000 });
    await disputes.getByText(/PEI-2026-\d+/).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath("console-overlap-map"), fullPage: true });
    expect(await violations()).toEqual([]);
  });
});
