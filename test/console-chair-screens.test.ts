import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { TOWN } from "./support/factories.js";
import { movableClock } from "./support/movable-clock.js";
import { CHROMIUM, ensureConsoleBuilt, haveChromium, launchChromium, openConsole, personToken, screenshotPath, watchForViolations } from "./support/console.js";
import { consoleCounty } from "./support/console-county.js";

const Assign = graphql(`mutation ChairTestAssign($input: AssignCaseInput!) { assignCase(input: $input) { id status version } }`);
const Matter = graphql(`mutation ChairTestMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }`);
const Report = graphql(`mutation ChairTestReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }`);

if (!haveChromium) console.warn(`Console browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

const clock = movableClock();
let t: TestHub;
let browser: Browser;
let county: Awaited<ReturnType<typeof consoleCounty>>;
const numbers: Record<"disputed" | "overdue" | "gap", string> = { disputed: "", overdue: "", gap: "" };
let disputedId = "";
let disputedVersion = 0;

describe.skipIf(!haveChromium)("The chair's lists, and what an agency officer may not open, in a real browser", () => {
  beforeAll(async () => {
    await ensureConsoleBuilt();
    t = await startTestHub({}, { clock });
    county = await consoleCounty(t);
    // Forty days ago a stall was reported and the chair gave it to urban management, which never filed it.
    await clock.daysAgo(40, async () => {
      const old = await county.reportStall("商业街占道夜宵摊");
      numbers.overdue = old.number;
      const assigned = await t.gql(Assign, { input: { caseId: old.id, expectedVersion: 1, agencyId: county.agency.CGJ, reason: "城管局负责商业街市容秩序" } });
      if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
    });
    // Three days ago another stall was reported: still disputed between the two agencies.
    const disputed = await clock.daysAgo(3, () => county.reportStall());
    numbers.disputed = disputed.number;
    disputedId = disputed.id;
    disputedVersion = 1;
    // Nobody holds a power over work canteens: a regulatory gap, and a case reported there waits for a lead.
    await t.gql(Matter, { input: { code: "FOOD.CANTEEN", name: "单位食堂" } });
    const canteen = await t.gql(Report, { input: { title: "某厂食堂卫生状况差", description: "职工反映", matterCode: "FOOD.CANTEEN", regionCode: TOWN, source: "COMPLAINT", occurredAt: clock.now().toISOString() } });
    expect(canteen.data!.reportCase.case.status).toBe("UNASSIGNED");
    numbers.gap = canteen.data!.reportCase.case.number;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("gives the chair the disputes, gaps and overdue cases with how long each has waited and the next step", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const problems = await watchForViolations(page);
    // The browser counts waiting time from its own clock: set it to the hub's, whatever day the test runs.
    await page.clock.setFixedTime(clock.now());
    await openConsole(page, t, await personToken(t, Role.CHAIR, "王明（分管副县长）"), "disputes");
    const disputes = page.getByTestId("chair-disputes");
    const disputedRow = disputes.getByRole("row").filter({ hasText: numbers.disputed });
    await disputedRow.waitFor({ timeout: 30_000 });
    expect(await disputedRow.textContent()).toMatch(/管辖争议.*3 天.*城管局、市场监管局|管辖争议.*3 天.*市场监管局、城管局/);
    const gapRow = disputes.getByRole("row").filter({ hasText: numbers.gap });
    expect(await gapRow.textContent()).toContain("无部门持有对应职权");
    await page.screenshot({ path: screenshotPath("console-chair-disputes"), animations: "disabled" });

    await page.getByRole("tab", { name: /监管空白/ }).click();
    const canteens = page.getByTestId("chair-gaps").getByRole("row").filter({ hasText: "单位食堂" });
    await canteens.waitFor({ timeout: 15_000 });
    expect(await canteens.textContent()).toContain("龙固镇");
    expect(await canteens.textContent()).toContain("1 件");

    await page.getByRole("tab", { name: /超期案件/ }).click();
    const overdueRow = page.getByTestId("chair-overdue").getByRole("row").filter({ hasText: numbers.overdue });
    await overdueRow.waitFor({ timeout: 15_000 });
    expect(await overdueRow.textContent()).toMatch(/立案期限：已超期 \d+ 天/);
    expect(await overdueRow.textContent()).toContain("城管局：督促立案或作出不予立案决定");
    expect(await overdueRow.locator('[data-overdue="true"]').count()).toBe(1);
    await page.screenshot({ path: screenshotPath("console-chair-overdue"), animations: "disabled" });
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("keeps an agency officer out of the chair's screens: no menu entry, a refusal at the address, and the API refuses the chair's mutation", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const token = await personToken(t, Role.AGENCY_OFFICER, "赵强", "CGJ");
    await openConsole(page, t, token, "desk");
    const menu = page.getByRole("menu");
    await menu.getByText("本单位工作台").waitFor();
    expect(await menu.textContent()).not.toContain("争议、空白与超期");

    await page.goto(page.url().replace(/\/desk.*$/, "/disputes"));
    await page.getByText("无权访问").waitFor({ timeout: 30_000 });
    expect(await page.getByText("“争议、空白与超期”不对部门执法人员开放").count()).toBe(1);
    expect(await page.getByTestId("chair-disputes").count()).toBe(0);

    // Forced through the API with the officer's own token: refused, and the case is still disputed.
    const forced = await t.gql(Assign, { input: { caseId: disputedId, expectedVersion: disputedVersion, agencyId: county.agency.CGJ, reason: "自行指定" } }, { token });
    expect(errorCodes(forced)).toEqual(["FORBIDDEN"]);
    const still = await t.gql(`query { case(id: "${disputedId}") { status lead { code } } }`);
    expect(still.data).toEqual({ case: { status: "DISPUTED", lead: null } });
    await context.close();
  });
});
