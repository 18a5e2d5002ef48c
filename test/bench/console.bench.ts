import "reflect-metadata";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { pino } from "pino";
import { startHub } from "../../src/server.js";
import { Role } from "../../src/platform/auth/actor.js";
import { signToken } from "../../src/platform/auth/tokens.js";
import { percentile } from "./process-measures.js";

/**
 * `npm run bench:console`: how long the console's first screen takes from a cold browser cache on
 * localhost, on the embedded database with the sample county (what `npm start` gives). Each run is a
 * new browser context (empty cache): from navigation to the header showing who signed in (sign-in
 * answered, first screen usable), and the bytes the browser fetched for it. Aim (issue 14): ≤ 1.5 s.
 * Numbers only, never a test: the machine is shared. RUNS=10 for more samples.
 */
const RUNS = Number(process.env.RUNS ?? 5);
const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing (apt-get install chromium)`);
  process.exit(2);
}

const dataDir = mkdtempSync(join(tmpdir(), "hub-bench-console-"));
const hub = await startHub(
  { port: 0, dataDir, jwtSecret: "bench-secret-that-is-long-enough-for-hs256-0123456789", logLevel: "silent", nodeEnv: "production", casePrefix: "PEI" },
  { log: pino({ level: "silent" }), seed: true },
);
const origin = hub.url.replace(/\/graphql$/, "");
const token = await signToken(hub.secret, { sub: "bench-chair", name: "王明", role: Role.CHAIR });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage"] });

const usable: number[] = [];
const loaded: number[] = [];
let bytes = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext(); // a cold cache each time
    const page = await context.newPage();
    let fetched = 0;
    page.on("response", async (response) => {
      // The body's size on the wire (compressed when the hub compresses), as the browser received it.
      const sizes = await response.request().sizes().catch(() => ({ responseBodySize: 0 }));
      fetched += sizes.responseBodySize;
    });
    const started = performance.now();
    await page.goto(`${origin}/console/#token=${token}`);
    await page.getByTestId("who-am-i").getByText("王明").waitFor({ timeout: 60_000 });
    usable.push(performance.now() - started);
    await page.waitForLoadState("networkidle");
    loaded.push(performance.now() - started);
    bytes = fetched;
    await context.close();
  }
} finally {
  await browser.close();
  await hub.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const summary = (sample: number[]) => {
  const sorted = [...sample].sort((x, y) => x - y);
  return `median ${Math.round(percentile(sorted, 0.5))} ms, worst ${Math.round(sorted.at(-1)!)} ms`;
};
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(`console first screen, cold browser cache, localhost, ${RUNS} runs, node ${process.version} (load average: ${load})`);
console.log(`  signed in and usable (header shows the name): ${summary(usable)}   aim ≤ 1500 ms`);
console.log(`  network idle:                                  ${summary(loaded)}`);
console.log(`  fetched for the first screen (last run):       ${(bytes / 1024).toFixed(0)} KB on the wire (the hub compresses its assets)`);
