import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { startTestHub, type TestHub } from "./support/hub.js";

// GraphiQL in a real browser: Debian's chromium (apt-get install chromium), driven by
// playwright-core, which never downloads a browser of its own.
const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`GraphiQL browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

const CreateRegion = graphql(`mutation BrowserRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }`);

const SUBSCRIPTION = `subscription { hubEvents(after: "0") { type payload } }`;

let t: TestHub;
let browser: Browser;

/** Replaces the text of the Headers tab as a person would, by typing into its editor. */
async function typeHeaders(page: Page, headers: Record<string, string>) {
  await page.getByRole("button", { name: "Headers" }).first().click();
  const editor = page.locator('.monaco-editor[data-uri$="headers.json"]').first();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // insertText, not type: the editor would add closing quotes and braces after each keystroke.
  await page.keyboard.insertText(JSON.stringify(headers));
}

async function runAndWaitForResponse(page: Page, text: string) {
  await page.locator(".graphiql-execute-button").click();
  await page.locator(".graphiql-response").getByText(text).first().waitFor({ timeout: 20_000 });
}

describe.skipIf(!haveChromium)(`GraphiQL in a real browser (${CHROMIUM})`, () => {
  beforeAll(async () => {
    t = await startTestHub();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
    const created = await t.gql(CreateRegion, { input: { code: "320322", name: "沛县", level: "COUNTY" } });
    expect(created.errors).toBeUndefined();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("runs a subscription with the token from the Headers tab, sent as the WebSocket's connectionParams", async () => {
    const page = await browser.newPage();
    const base = t.url.replace(/\/graphql$/, "");
    await page.goto(`${base}/graphql?query=${encodeURIComponent(SUBSCRIPTION)}`);
    await page.locator(".graphiql-execute-button").waitFor();
    await typeHeaders(page, { Authorization: `Bearer ${await t.token(Role.SUPERVISOR)}` });
    // The replay starts with the region created above: it arrives only over an authenticated socket.
    await runAndWaitForResponse(page, "RegionCreated");
    expect(await page.locator(".graphiql-response").textContent()).toContain("320322");
    await page.close();
  });

  it("keeps a token from the address for this tab only: in sessionStorage, never in localStorage", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const base = t.url.replace(/\/graphql$/, "");
    const token = await t.token(Role.CHAIR);
    await page.goto(`${base}/graphql?query=${encodeURIComponent(SUBSCRIPTION)}#token=${token}`);
    await page.locator(".graphiql-execute-button").waitFor();
    expect(page.url()).not.toContain(token);
    await runAndWaitForResponse(page, "RegionCreated");
    const stored = await page.evaluate<{ local: string; session: string }>("({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) })");
    expect(stored.session).toContain(token);
    expect(stored.local).not.toContain(token);
    await context.close();
  });
});
