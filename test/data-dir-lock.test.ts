import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHub, startNode, type Build, type HubProcess } from "./support/processes.js";
import { TEST_SECRET } from "./support/hub.js";

/**
 * One process owns an embedded data directory. Real processes on a real directory: a running hub,
 * then a second hub and a command-line tool started on the same HUB_DATA_DIR, then a restart after
 * the first was killed with SIGKILL (which leaves its lock file behind). Embedded mode on either
 * test database: the lock concerns PGlite's files only.
 */
let build: Build;
let dataDir: string;
const started: HubProcess[] = [];

const env = () => ({ HUB_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "0", LOG_LEVEL: "warn", NODE_ENV: "test", HUB_JWT_SECRET: TEST_SECRET });
const hub = () => {
  const p = startNode(build.script("src/main.js"), [], env());
  started.push(p);
  return p;
};
const rescan = () => {
  const p = startNode(build.script("src/cli/rescan-overlaps.js"), [], env());
  started.push(p);
  return p;
};

beforeAll(async () => {
  build = await buildHub();
  dataDir = mkdtempSync(join(tmpdir(), "hub-lock-"));
}, 120_000);
afterAll(async () => {
  for (const p of started) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  await Promise.all(started.map((p) => p.exited));
  rmSync(dataDir, { recursive: true, force: true });
  build?.remove();
});

describe("the embedded data directory", () => {
  let first: HubProcess;

  it("refuses a second hub and the command-line tools while a hub runs on it, naming the directory and the hub's pid", async () => {
    first = hub();
    await first.waitForOutput(/The enforcement hub is ready/);

    const second = hub();
    expect(await second.exited).toBe(2);
    expect(second.output()).toContain(`The data directory ${dataDir} is in use by another process: pid ${first.child.pid} (`);
    expect(second.output()).not.toContain("is ready");

    const tool = rescan();
    expect(await tool.exited).toBe(1);
    expect(tool.output()).toContain(`The data directory ${dataDir} is in use by another process: pid ${first.child.pid} (`);
    expect(tool.output()).not.toContain("Rescanned");
  }, 120_000);

  it("lets a hub restart after the previous one was killed and left its lock behind, and frees the directory on a clean stop", async () => {
    first.child.kill("SIGKILL");
    expect(await first.exited).toBe("SIGKILL");
    const lockFile = join(dataDir, "hub.lock");
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(first.child.pid);

    const restarted = hub();
    await restarted.waitForOutput(/The enforcement hub is ready/);
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(restarted.child.pid);

    restarted.child.kill("SIGTERM");
    expect(await restarted.exited, restarted.output()).toBe(0);
    expect(existsSync(lockFile)).toBe(false);

    // The command-line tools take the free directory and give it back when they finish.
    const tool = rescan();
    expect(await tool.exited).toBe(0);
    expect(tool.output()).toMatch(/Rescanned \d+ powers/);
    expect(existsSync(lockFile)).toBe(false);
  }, 120_000);
});
