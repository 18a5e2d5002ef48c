import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { countyInstant, startTestHub, type TestHub } from "./support/hub.js";
import { CHROMIUM, ensureConsoleBuilt, haveChromium, launchChromium, openConsole, personToken, screenshotPath, watchForViolations } from "./support/console.js";
import { consoleCounty } from "./support/console-county.js";

const Convene = graphql(`
  mutation DeskTestConvene($input: ConveneMeetingInput!) {
    conveneMeeting(input: $input) { id version invited { id } agenda { id caseIds } }
  }
`);
const Open = graphql(`mutation DeskTestOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }`);
const CheckIn = graphql(`mutation DeskTestCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: "代表") { version } }`);
const Decide = graphql(`mutation DeskTestDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { casesRerouted { id } } }`);

if (!haveChromium) console.warn(`Console browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

let t: TestHub;
let browser: Browser;
let county: Awaited<ReturnType<typeof consoleCounty>>;

/** A joint meeting `days` ahead designates urban management as lead for the stall (through the API: the meeting room is another screen). */
async function designateUrbanManagement(stallId: string, days: number) {
  const meeting = (await t.gql(Convene, { input: { title: "食品摊贩管辖专题会议", kind: "AD_HOC", scheduledAt: countyInstant(t.clock, days), place: "县政府第一会议室" } })).data!.conveneMeeting;
  const item = meeting.agenda.find((i) => i.caseIds.includes(stallId))!;
  expect((await t.gql(Open, { id: meeting.id, v: meeting.version })).errors).toBeUndefined();
  for (const invited of meeting.invited) expect((await t.gql(CheckIn, { id: meeting.id, agencyId: invited.id })).errors).toBeUndefined();
  const decided = await t.gql(Decide, { input: { meetingId: meeting.id, itemId: item.id, kind: "DESIGNATE_LEAD", leadAgencyId: county.agency.CGJ, reason: "占道经营属城市管理范畴" } });
  expect(decided.errors).toBeUndefined();
  expect(decided.data!.recordDecision.casesRerouted.map((c) => c.id)).toContain(stallId);
}

describe.skipIf(!haveChromium)("An agency's desk in a real browser", () => {
  beforeAll(async () => {
    await ensureConsoleBuilt();
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  // A county of its own for each test: a designation leaves a routing rule behind, after which
  // the next stall is no longer disputed.
  beforeEach(async () => {
    t = await startTestHub();
    county = await consoleCounty(t);
  });
  afterEach(() => t?.stop());

  it("moves a disputed case to the lead's desk live when the joint meeting designates that agency", async () => {
    const stall = await county.reportStall();
    expect(stall.status).toBe("DISPUTED");

    // The urban management officer has the desk open in a browser of their own.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const problems = await watchForViolations(page);
    await openConsole(page, t, await personToken(t, Role.AGENCY_OFFICER, "赵强", "CGJ"), "desk");
    const inbox = page.getByTestId("desk-inbox");
    const leadCases = page.getByTestId("desk-lead-cases");
    await inbox.getByText(stall.number).waitFor({ timeout: 30_000 });
    await page.getByTestId("live-state").and(page.locator('[data-state="live"]')).waitFor({ timeout: 30_000 });
    // A dispute the agency may claim, not yet its own case.
    expect(await inbox.getByRole("button", { name: "认领并立案" }).count()).toBe(1);
    expect(await leadCases.textContent()).not.toContain(stall.number);

    // The chair's meeting designates urban management as lead.
    await designateUrbanManagement(stall.id, 1);

    // Without a reload: the case is now the agency's to file, with its filing clock.
    const row = leadCases.getByRole("row").filter({ hasText: stall.number });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain("已分办待立案");
    expect(await row.textContent()).toContain("立案期限");
    await row.getByRole("button", { name: /^立\s*案$/ }).waitFor();
    expect(await inbox.getByRole("row").filter({ hasText: stall.number }).textContent()).not.toContain("认领并立案");
    await page.screenshot({ path: screenshotPath("console-desk"), fullPage: true });
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("files a case from the desk with two certified officers, and shows its decision clock", async () => {
    // A stall the joint meeting has made the agency's to file.
    const stall = await county.reportStall("夜市占道经营炒饭摊");
    await designateUrbanManagement(stall.id, 2);
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await openConsole(page, t, await personToken(t, Role.AGENCY_OFFICER, "赵强", "CGJ"), "desk");
    const row = page.getByTestId("desk-lead-cases").getByRole("row").filter({ hasText: stall.number });
    expect(await row.textContent({ timeout: 30_000 })).toContain("已分办待立案");
    await row.getByRole("button", { name: /^立\s*案$/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("主办执法人员（须持证）").click();
    await page.getByTitle("城管局张队").click();
    await dialog.getByLabel(/协办执法人员/).click();
    await page.getByTitle("城管局李队").last().click();
    await dialog.getByRole("button", { name: /^确\s*认$/ }).click();
    await row.getByText("已立案").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("desk-lead-cases").textContent()).toContain("作出决定期限");
    await context.close();
  });
});
