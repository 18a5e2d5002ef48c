import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { Role } from "../src/platform/auth/actor.js";
import { graphql } from "./gql/index.js";
import type { TestHub } from "./support/hub.js";
import { CHROMIUM, haveChromium, openConsole, openSampleCountyConsole, personToken, screenshotPath, type SampleCountyConsole } from "./support/console.js";

// The chair's afternoon on the sample county, in a real browser: the overlap map, the street-food-stall
// dispute (占道食品摊贩) between urban management and market regulation, the meeting room.

const AgendaTitles = graphql(`
  query ConsoleChairAgenda($id: ID!) {
    meeting(id: $id) { agenda { position title kind } }
  }
`);

const CaseByNumber = graphql(`
  query ConsoleChairCase($text: String!) {
    cases(text: $text, first: 5) { nodes { number status lead { code shortName } } }
  }
`);

let session: SampleCountyConsole;
let t: TestHub;
let browser: Browser;
let page: Page;
let violations: () => Promise<string[]>;

describe.skipIf(!haveChromium)(`The chair's console on the sample county (${CHROMIUM})`, () => {
  beforeAll(async () => {
    session = await openSampleCountyConsole(Role.CHAIR, "王明");
    ({ t, browser, page, violations } = session);
  });
  afterAll(() => session?.stop());

  // One chair's afternoon, in the order it happens: the meeting settles the dispute the map shows,
  // and only a meeting that decided can close with minutes. One test, so that no step finds the
  // county another test has already changed.
  it("opens the overlap map on the street-food-stall dispute, convenes and runs a meeting that designates urban management, and closes it with printable minutes", async () => {
    // The overlap map drills into the street-food-stall dispute between urban management and market regulation.
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

    // Convenes a meeting, checks agencies in to quorum, previews and records a decision that moves
    // the disputed case to the lead, seen live by an invited agency.
    await page.getByRole("menuitem", { name: "会议室" }).click();
    await page.getByRole("button", { name: "召集会议" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /召\s*集/ }).click();
    const agenda = page.getByTestId("agenda");
    // Convening builds the agenda from the whole sample county: on PGlite with two suites and four browsers on
    // two cores it has taken over 60 s, so the limit only stops a stuck test.
    await agenda.getByText(/占道食品摊贩/).first().waitFor({ timeout: 150_000 });
    const meetingUrl = page.url();
    const meetingId = meetingUrl.split("/").at(-1)!;
    const agendaNow = async () => (await t.gql(AgendaTitles, { id: meetingId })).data!.meeting!.agenda;

    // Drag the second item above the first, with the keyboard as dnd-kit allows (space, arrow, space).
    const second = (await agendaNow())[1].title;
    // Each key waits for what the screen reader is told, so a loaded machine cannot outrun the sensor.
    const announced = (text: RegExp) => page.getByRole("status").filter({ hasText: text }).waitFor({ state: "attached", timeout: 30_000 });
    await agenda.getByRole("button", { name: "拖动以调整顺序" }).nth(1).focus();
    await page.keyboard.press("Space");
    // Picked up: the region says so, then at once where the item hovers (still its own place).
    await announced(/已拿起第 2 项议题|移到第 2 项的位置/);
    await page.keyboard.press("ArrowUp");
    await announced(/移到第 1 项的位置/);
    await page.keyboard.press("Space");
    await announced(/已放到第 1 项的位置/);
    await expect.poll(async () => (await agendaNow())[0].title, { timeout: 30_000 }).toBe(second);
    await agenda.locator(".ant-list-item").first().getByText(second).waitFor({ timeout: 30_000 });

    // From the overlap map, a dispute still on the backlog goes on this meeting's agenda.
    await page.getByRole("menuitem", { name: "职权交叉图" }).click();
    await page.getByRole("row", { name: /城管局 × 市场监管局|市场监管局 × 城管局/ }).click();
    await disputes.getByRole("row", { name: /占道食品摊贩/ }).getByText(/已列入/).waitFor({ timeout: 30_000 });
    const waiting = disputes.getByRole("row").filter({ has: page.getByRole("button", { name: "列入下次会议议程" }) }).first();
    const title = (await waiting.locator("strong").first().textContent())!;
    await waiting.getByRole("button", { name: "列入下次会议议程" }).click();
    await page.getByText(/已列入《.+》.*议程第 \d+ 项/).waitFor({ timeout: 30_000 });
    expect((await agendaNow()).map((item) => item.title)).toContain(title);
    await page.goto(meetingUrl);
    await agenda.getByText(title).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath("console-meeting-agenda"), fullPage: true });

    // An officer of urban management, invited, follows the same meeting in a second browser.
    const officerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const officer = await officerContext.newPage();
    await openConsole(officer, t, await personToken(t, Role.AGENCY_OFFICER, "张强", "CGJ"), meetingUrl.replace(/^.*\/console\//, ""));
    await officer.getByTestId("agenda").getByText(/占道食品摊贩/).first().waitFor({ timeout: 30_000 });

    await page.getByRole("button", { name: "开始会议" }).click();
    await page.getByTestId("meeting-status").getByText("进行中").waitFor({ timeout: 30_000 });
    const attendance = page.getByTestId("attendance");
    const present = async () => Number(await attendance.locator(".ant-statistic-content-value").textContent());
    for (let i = 0; i < 40 && !(await attendance.getByText("已达法定人数").isVisible()); i++) {
      const before = await present();
      await attendance.getByRole("button", { name: /签到$/ }).first().click();
      await expect.poll(present, { timeout: 30_000 }).toBe(before + 1);
    }
    await attendance.getByText("已达法定人数").waitFor();

    const item = agenda.locator(".ant-list-item").filter({ hasText: "占道食品摊贩" }).first();
    await item.getByRole("button", { name: "作出决定" }).click();
    const preview = page.getByTestId("decision-preview");
    await preview.getByText(/改派案件 [1-9]/).waitFor({ timeout: 30_000 });
    expect(await preview.textContent()).toContain("城管局牵头");
    const number = /PEI-\d{4}-\d{6}/.exec((await preview.textContent()) ?? "")?.[0];
    expect(number).toBeTruthy();
    await page.screenshot({ path: screenshotPath("console-decision-preview") });
    await page.getByRole("button", { name: "记录决定" }).click();
    await agenda.getByText(/决定：明确牵头单位（城管局牵头）/).waitFor({ timeout: 30_000 });

    // Through the API: the disputed case now has urban management as its lead.
    const found = await t.gql(CaseByNumber, { text: number! });
    expect(found.errors).toBeUndefined();
    expect(found.data!.cases.nodes.find((c) => c.number === number)?.lead?.code).toBe("CGJ");
    // And the invited agency saw the decision appear without reloading.
    await officer.getByTestId("agenda").getByText(/决定：明确牵头单位/).waitFor({ timeout: 10_000 });
    await officerContext.close();
    expect(await violations()).toEqual([]);

    // Closes the meeting and opens its printable minutes, with the lead it designated.
    await page.getByRole("button", { name: /闭\s*会/ }).click();
    await page.getByTestId("meeting-status").getByText("已闭会").waitFor({ timeout: 30_000 });
    const [minutes] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("button", { name: "打印会议纪要" }).click()]);
    await minutes.getByText("牵头单位：沛县城市管理局").first().waitFor({ timeout: 30_000 });
    expect(minutes.url()).toMatch(/\/meetings\/[\w-]+\/minutes\?link=/);
    await minutes.close();
  }, 300_000); // a whole afternoon in one browser flow: a limit for a stuck test, generous for a loaded machine
});
