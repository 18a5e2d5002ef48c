import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, WebSocketRoute } from "playwright-core";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { TOWN } from "./support/factories.js";
import { countyInstant, startTestHub, type TestHub } from "./support/hub.js";
import { CHROMIUM, ensureConsoleBuilt, haveChromium, launchChromium, openConsole, personToken, screenshotPath, watchForViolations } from "./support/console.js";
import { consoleCounty } from "./support/console-county.js";

const Launch = graphql(`mutation BoardTestLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version } }`);
const Assign = graphql(`mutation BoardTestAssign($input: AssignmentInput!) { setAssignment(input: $input) { id } }`);
const Brief = graphql(`mutation BoardTestBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }`);
const Activate = graphql(`mutation BoardTestActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }`);
const LastReportEvent = graphql(`query BoardTestLastReport { auditTrail(types: ["FieldReportFiled"], first: 500) { nodes { cursor } } }`);
const Report = graphql(`mutation BoardTestReport($input: FieldReportInput!) { fileFieldReport(input: $input) { id } }`);

if (!haveChromium) console.warn(`Console browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

let t: TestHub;
let browser: Browser;
let operationId: string;
const officerToken: Record<string, string> = {};

describe.skipIf(!haveChromium)("A joint operation's live board in a real browser", () => {
  beforeAll(async () => {
    await ensureConsoleBuilt();
    t = await startTestHub();
    const { agency, officers } = await consoleCounty(t);
    // The chair launches a joint operation on the night market with both agencies and activates it.
    const op = await t.gql(Launch, {
      input: {
        title: "龙固镇夜市占道食品摊点联合整治",
        leadAgencyId: agency.CGJ,
        participants: [
          { agencyId: agency.CGJ, headcount: 12, officerIds: officers.CGJ },
          { agencyId: agency.SCJGJ, headcount: 6, officerIds: officers.SCJGJ },
        ],
        regionCodes: [TOWN],
        matterCodes: ["FOOD.STREET_STALL"],
        objectives: "清理占道摊点，查处无证经营",
        startsAt: countyInstant(t.clock, 0, "18:00"),
        endsAt: countyInstant(t.clock, 0, "23:00"),
      },
    });
    expect(op.errors).toBeUndefined();
    operationId = op.data!.launchOperation.id;
    await t.gql(Assign, { input: { operationId, agencyId: agency.SCJGJ, task: "检查摊点食品经营资质", location: "夜市东段", officerIds: officers.SCJGJ } });
    await t.gql(Assign, { input: { operationId, agencyId: agency.CGJ, task: "清理占道摊点", location: "夜市西段", officerIds: officers.CGJ } });
    let version = (await t.gql(Brief, { id: operationId, v: op.data!.launchOperation.version })).data!.briefOperation.version;
    version = (await t.gql(Activate, { id: operationId, v: version })).data!.activateOperation.version;
    for (const code of ["CGJ", "SCJGJ"]) officerToken[code] = await t.token(Role.AGENCY_OFFICER, code);
    // Two hundred reports already in: the board must stay light with them.
    for (let i = 1; i <= 200; i++) {
      const code = i % 2 ? "CGJ" : "SCJGJ";
      const filed = await t.gql(Report, { input: { operationId, sitesInspected: 3, violationsFound: i % 3, notes: `第${i}份报告` } }, { token: officerToken[code] });
      if (filed.errors) throw new Error(JSON.stringify(filed.errors));
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows a field report filed through the API within a second, and after a dropped socket resumes without losing one", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const problems = await watchForViolations(page);
    // The browser's WebSocket to the hub goes through this route, so the test can cut it.
    let cut = false;
    const sockets: WebSocketRoute[] = [];
    // What the page asks the hub to follow, and from which cursor, on each connection.
    const follows: { after: string }[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (cut) return void ws.close({ code: 1001, reason: "network down" });
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        const parsed = JSON.parse(String(message)) as { type: string; payload?: { query: string; variables: { after: string } } };
        if (parsed.type === "subscribe" && parsed.payload!.query.includes("operationEvents")) follows.push(parsed.payload!.variables);
        server.send(message);
      });
      sockets.push(ws);
    });
    await openConsole(page, t, await personToken(t, Role.CHAIR, "王明"), `operations/${operationId}`);
    const reports = page.getByTestId("board-reports");
    const state = page.getByTestId("live-state");
    await reports.getByText("共 200 份").waitFor({ timeout: 30_000 });
    // Twenty to a page: the board never renders two hundred rows at once.
    expect(await reports.locator("tbody tr").count()).toBe(20);
    await page.locator('[data-testid="live-state"][data-state="live"]').waitFor({ timeout: 30_000 });
    expect(await state.textContent()).toBe("实时");

    await t.gql(Report, { input: { operationId, sitesInspected: 8, violationsFound: 4, notes: "夜市西段清理占道摊点 4 处" } }, { token: officerToken.CGJ });
    // A deadline, not a measurement: the report is on the board within a second of the API's answer.
    await reports.getByText("夜市西段清理占道摊点 4 处").waitFor({ timeout: 1_000 });
    await page.screenshot({ path: screenshotPath("console-operation-board"), fullPage: true });

    const [seen] = (await t.gql(LastReportEvent, {})).data!.auditTrail.nodes.slice(-1);
    // The network drops: the board says so, and a report filed meanwhile is not lost.
    cut = true;
    for (const ws of sockets.splice(0)) await ws.close({ code: 1001, reason: "network down" });
    await page.locator('[data-testid="live-state"][data-state="reconnecting"]').waitFor({ timeout: 10_000 });
    expect(await state.textContent()).toBe("重新连接中");
    await t.gql(Report, { input: { operationId, sitesInspected: 5, violationsFound: 1, notes: "断线期间：东段无证摊点 1 户" } }, { token: officerToken.SCJGJ });
    cut = false;
    await page.locator('[data-testid="live-state"][data-state="live"]').waitFor({ timeout: 20_000 });
    await reports.getByText("断线期间：东段无证摊点 1 户").waitFor({ timeout: 10_000 });
    await reports.getByText("共 202 份").waitFor({ timeout: 5_000 });
    // It resumed from the last event it had seen, not from where it started, and each of the two
    // reports filed since the board opened arrived once.
    expect(follows.length).toBeGreaterThanOrEqual(2);
    expect(follows.at(-1)!.after).toBe(seen.cursor);
    expect(follows[0].after).not.toBe(seen.cursor);
    expect(await page.getByTestId("board-feed").locator(".ant-list-item").count()).toBe(2);
    expect(await problems()).toEqual([]);
    await context.close();
  });
});
