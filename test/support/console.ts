import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ensureConsoleBuilt } from "../../src/cli/build.mjs";
import { signToken } from "../../src/platform/auth/tokens.js";
import { agencyIdForCode } from "../../src/modules/agencies/agency-id.js";
import type { Role } from "../../src/platform/auth/actor.js";
import { seedSampleData } from "../../src/sample/seed.js";
import { startTestHub, type TestHub } from "./hub.js";

/**
 * Helpers for the console's browser tests: Debian's chromium (apt-get install chromium) driven by
 * playwright-core, which never downloads a browser of its own.
 */
export const CHROMIUM = "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);

/** Builds the console when its sources changed since the last build (the same step `npm start` runs). */
export { ensureConsoleBuilt };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
}

/** A token for a person with a name, as the console shows it in its header. */
export function personToken(t: TestHub, role: Role, name: string, agencyCode?: string): Promise<string> {
  return signToken(t.hub.secret, { sub: `console-${role}-${agencyCode ?? "hub"}`, name, role, agencyId: agencyCode ? agencyIdForCode(agencyCode) : undefined });
}

/** The hub's origin, e.g. http://localhost:41234 (the test hub's url ends in /graphql). */
export function origin(t: TestHub): string {
  return t.url.replace(/\/graphql$/, "");
}

/**
 * Opens a console screen signed in with `token` through the address fragment, as a link from
 * `npm run token` would, and waits until the header shows who is signed in.
 */
export async function openConsole(page: Page, t: TestHub, token: string, path = ""): Promise<void> {
  await page.goto(`${origin(t)}/console/${path}#token=${token}`);
  await page.getByTestId("who-am-i").waitFor({ timeout: 30_000 });
}

/**
 * What the browser refused under the Content-Security-Policy (from its securitypolicyviolation
 * events, with the first characters of the refused text thanks to 'report-sample'), and page errors.
 * None is expected: every <style> the console creates carries the page's nonce (app/style-nonce.ts).
 */
export async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // Text, not functions: the tests compile without the DOM's types.
  await page.addInitScript(`window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(e.effectiveDirective + ": " + (e.sample || e.blockedURI)));`);
  return async () => {
    const refused = await page.evaluate<string[]>("window.cspViolations || []");
    return [...errors, ...refused];
  };
}

let screenshotDir: string | undefined;

/**
 * Where a screenshot of a screen goes: test/screenshots/ (committed, shown in the README) when
 * UPDATE_SCREENSHOTS=1, a temporary folder otherwise, so an ordinary test run changes no file.
 */
export function screenshotPath(name: string): string {
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    screenshotDir ??= join(process.cwd(), "test", "screenshots");
    mkdirSync(screenshotDir, { recursive: true });
  } else screenshotDir ??= mkdtempSync(join(tmpdir(), "console-screenshots-"));
  return join(screenshotDir, `${name}.png`);
}

/** A hub on the sample county, a browser, and one page signed in: what each console test file starts from. */
export interface SampleCountyConsole {
  t: TestHub;
  browser: Browser;
  page: Page;
  token: string;
  /** What the page's browser refused or threw so far (see watchForViolations). */
  violations: () => Promise<string[]>;
  stop(): Promise<void>;
}

export async function openSampleCountyConsole(role: Role, name: string, agencyCode?: string): Promise<SampleCountyConsole> {
  await ensureConsoleBuilt();
  const t = await startTestHub();
  await seedSampleData(t.hub.services);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const violations = await watchForViolations(page);
  const token = await personToken(t, role, name, agencyCode);
  await openConsole(page, t, token);
  return {
    t,
    browser,
    page,
    token,
    violations,
    async stop() {
      await browser.close();
      await t.stop();
    },
  };
}
