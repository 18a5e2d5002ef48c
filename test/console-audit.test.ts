import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { movableClock } from "./support/movable-clock.js";
import { addCalendarDays } from "../src/modules/cases/statutory-clock.js";
import { CHROMIUM, ensureConsoleBuilt, haveChromium, launchChromium, openConsole, personToken, screenshotPath, watchForViolations } from "./support/console.js";
import { consoleCounty } from "./support/console-county.js";

const File = graphql(`mutation AuditTestFile($input: FileCaseInput!) { fileCase(input: $input) { version } }`);
const Investigate = graphql(`mutation AuditTestInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }`);
const Decide = graphql(`mutation AuditTestDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }`);
const Close = graphql(`mutation AuditTestClose($input: CaseStepInput!) { closeCase(input: $input) { status } }`);

if (!haveChromium) console.warn(`Console browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

const clock = movableClock();
let t: TestHub;
let browser: Browser;
let closedNumber = "";

describe.skipIf(!haveChromium)("Supervision in a real browser: the audit trail and a case-file review", () => {
  beforeAll(async () => {
    await ensureConsoleBuilt();
    t = await startTestHub({}, { clock });
    const county = await consoleCounty(t);
    // Urban management claimed a stall dispute five days ago, found no violation worth a penalty, and closed it.
    await clock.daysAgo(5, async () => {
      const stall = await county.reportStall("老街占道早餐摊");
      closedNumber = stall.number;
      const officer = await t.token(Role.AGENCY_OFFICER, "CGJ");
      const step = { caseId: stall.id };
      let version = (await t.gql(File, { input: { ...step, expectedVersion: 1, leadOfficerId: county.officers.CGJ[0], officerIds: [county.officers.CGJ[1]] } }, { token: officer })).data!.fileCase.version;
      version = (await t.gql(Investigate, { input: { ...step, expectedVersion: version } }, { token: officer })).data!.startInvestigation.version;
      version = (await t.gql(Decide, { input: { ...step, expectedVersion: version, outcome: "NO_PENALTY", summary: "当事人当场整改，不予处罚" } }, { token: officer })).data!.decideCase.version;
      const closed = await t.gql(Close, { input: { ...step, expectedVersion: version } }, { token: officer });
      expect(closed.data?.closeCase.status).toBe("CLOSED");
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("verifies the trail with one button, browses it by agency and county date, and records a review of a sampled file", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const problems = await watchForViolations(page);
    await page.clock.setFixedTime(clock.now());
    await openConsole(page, t, await personToken(t, Role.SUPERVISOR, "李娟（县司法局）"), "audit");

    await page.getByRole("button", { name: "校验审计链" }).click();
    const verdict = page.getByTestId("trail-verdict");
    await verdict.waitFor({ timeout: 30_000 });
    expect(await verdict.textContent()).toMatch(/审计链完整：已逐条核对 \d+ 条记录/);

    // Everything that concerns urban management, then only what happened today in the county.
    const entries = page.getByTestId("audit-entries");
    await entries.getByText("立案").first().waitFor({ timeout: 15_000 });
    await page.getByLabel("按单位筛选").click();
    await page.getByTitle("沛县城市管理局").click();
    await entries.getByText(closedNumber).first().waitFor({ timeout: 15_000 });
    expect(await entries.textContent()).not.toContain("沛县卫生健康委员会");
    // Nothing happened between four and one days ago; the case's steps were five days ago.
    const pickDays = async (from: number, to: number) => {
      await page.getByPlaceholder("开始日期").click();
      await page.getByPlaceholder("开始日期").fill(addCalendarDays(clock.today(), -from));
      await page.getByPlaceholder("结束日期").click();
      await page.getByPlaceholder("结束日期").fill(addCalendarDays(clock.today(), -to));
      await page.getByPlaceholder("结束日期").press("Enter");
    };
    await pickDays(4, 1);
    await entries.getByText("没有符合条件的记录").waitFor({ timeout: 15_000 });
    await pickDays(5, 5);
    await entries.getByText(closedNumber).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath("console-audit-trail"), animations: "disabled" });

    // A sample of last year's closed files: the stall case is drawn, reviewed and graded.
    await page.getByRole("tab", { name: "案卷抽查评查" }).click();
    await page.getByRole("button", { name: /抽\s*取/ }).click();
    const row = page.getByTestId("sampled-cases").getByRole("row").filter({ hasText: closedNumber });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain("未评查");
    await row.getByRole("button", { name: /评\s*查/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("形式评查得分（满分 20）").fill("18");
    await dialog.getByLabel("内容评查得分（满分 80）").fill("75");
    await dialog.getByLabel("评查意见").fill("文书规范，证据充分");
    // The veto items come from the hub, in Chinese; none applies to this file.
    await dialog.getByText("执法人员不具备执法资格或者少于两人").waitFor();
    await dialog.getByRole("button", { name: "记录评查结果" }).click();
    await row.getByText("优秀（93 分）").waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath("console-audit-review"), animations: "disabled" });
    expect(await problems()).toEqual([]);
    await context.close();
  });
});
