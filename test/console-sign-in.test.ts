import { get as httpGet, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { Role } from "../src/platform/auth/actor.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { CHROMIUM, ensureConsoleBuilt, haveChromium, launchChromium, openConsole, origin, personToken, screenshotPath, watchForViolations } from "./support/console.js";

if (!haveChromium) console.warn(`Console browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

let t: TestHub;
let browser: Browser;

describe.skipIf(!haveChromium)(`Signing in to the console in a real browser (${CHROMIUM})`, () => {
  beforeAll(async () => {
    await ensureConsoleBuilt();
    t = await startTestHub();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("serves the console with a strict Content-Security-Policy and a fresh nonce on every load, for client routes too", async () => {
    const first = await fetch(`${origin(t)}/console`);
    const second = await fetch(`${origin(t)}/console/some/client/route`);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const policy = first.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // Every asset the page names comes from the hub itself: no CDN.
    const html = await second.text();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("sends the console's scripts compressed to a browser that accepts it", async () => {
    const html = await (await fetch(`${origin(t)}/console`)).text();
    const entry = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();
    // node:http rather than fetch: fetch would decompress and hide the encoding it was sent with.
    const { statusCode, headers } = await new Promise<IncomingMessage>((resolve, reject) =>
      httpGet(`${origin(t)}${entry}`, { headers: { "accept-encoding": "gzip" } }, (res) => resolve(res.resume())).on("error", reject),
    );
    expect(statusCode).toBe(200);
    expect(headers["content-encoding"]).toBe("gzip");
  });

  it("signs in with #token=, shows the person's name and role, and keeps the token for this tab only", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const violations = await watchForViolations(page);
    const token = await personToken(t, Role.CHAIR, "王明（分管副县长）");
    await openConsole(page, t, token);
    const header = page.getByTestId("who-am-i");
    await expect.poll(() => header.textContent()).toContain("王明（分管副县长）");
    expect(await header.textContent()).toContain("联席会议召集人");
    expect(page.url()).not.toContain(token);
    const stored = await page.evaluate<{ local: string; session: string }>("({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) })");
    expect(stored.session).toContain(token);
    expect(stored.local).not.toContain(token);
    await page.screenshot({ path: screenshotPath("console-home") });
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it("asks for a token again when the one given is refused, and signs in with a pasted one", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin(t)}/console/#token=not-a-token`);
    await page.getByText("令牌无效或已过期").waitFor({ timeout: 30_000 });
    await page.getByLabel("访问令牌").fill(await personToken(t, Role.SUPERVISOR, "李娟"));
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByTestId("who-am-i").getByText("执法监督").waitFor({ timeout: 30_000 });
    await context.close();
  });
});
