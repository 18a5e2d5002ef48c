import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHub, startNode, type Build, type HubProcess } from "./support/processes.js";
import { graphql } from "./gql/index.js";
import { startTestHub, TEST_SECRET, type TestHub } from "./support/hub.js";

/**
 * One process owns an embedded data directory. Real processes on a real directory: while this test
 * runs a hub on it, a second hub and a command-line tool started on the same HUB_DATA_DIR refuse;
 * then, on a directory of its own whose hub stopped cleanly, a hub process is killed with SIGKILL
 * (which leaves its lock file behind) and another starts. Each test has the directory it needs, so
 * they run in any order.
 * Embedded mode on either test database: the lock concerns PGlite's files only.
 */
const CreateRegion = graphql(`mutation LockCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }`);

let build: Build;
/** Runs throughout, holding its directory. */
let t: TestHub;
/** Hubs stopped cleanly, whose directories the tests of a restart have to themselves. */
const stopped: TestHub[] = [];
const started: HubProcess[] = [];

// LOG_FORMAT=pretty: the banner a person sees ("The enforcement hub is ready"), although stdout is a pipe here.
const env = (dataDir: string) => ({ HUB_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "0", LOG_LEVEL: "warn", LOG_FORMAT: "pretty", NODE_ENV: "test", HUB_JWT_SECRET: TEST_SECRET });
const run = (script: string, dataDir = t.database.dataDir) => {
  const p = startNode(build.script(script), [], env(dataDir));
  started.push(p);
  return p;
};

/** Embedded even when the suite runs on PostgreSQL; a county on it, so that no sample data is loaded. */
async function embeddedCounty(): Promise<TestHub> {
  const hub = await startTestHub({ databaseUrl: undefined });
  await hub.gql(CreateRegion, { input: { code: "320322", name: "沛县", level: "COUNTY" } });
  return hub;
}

/** The data directory of an embedded county whose hub has stopped cleanly, for one test alone. */
async function stoppedCountyDirectory(): Promise<string> {
  const own = await embeddedCounty();
  stopped.push(own);
  await own.hub.stop();
  return own.database.dataDir;
}

beforeAll(async () => {
  build = await buildHub();
  t = await embeddedCounty();
}, 120_000);
afterAll(async () => {
  for (const p of started) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  await Promise.all(started.map((p) => p.exited));
  for (const own of stopped) await own.database.drop();
  await t?.stop();
  build?.remove();
});

describe("the embedded data directory", () => {
  it("refuses a second hub and the command-line tools while a hub runs on it, naming the directory and the hub's pid", async () => {
    const refusal = `The data directory ${resolve(t.database.dataDir)} is in use by another process: pid ${process.pid} (`;
    const second = run("src/main.js");
    expect(await second.exited, second.output()).toBe(2);
    expect(second.output()).toContain(refusal);
    expect(second.output()).not.toContain("is ready");

    const tool = run("src/cli/rescan-overlaps.js");
    expect(await tool.exited, tool.output()).toBe(1);
    expect(tool.output()).toContain(refusal);
    expect(tool.output()).not.toContain("Rescanned");
  }, 60_000);

  it("lets a hub restart after the previous one was killed and left its lock behind, and frees the directory on a clean stop", async () => {
    const dir = await stoppedCountyDirectory();
    const lockFile = join(dir, "hub.lock");
    expect(existsSync(lockFile)).toBe(false);

    const killed = run("src/main.js", dir);
    await killed.waitForOutput(/The enforcement hub is ready/);
    killed.child.kill("SIGKILL");
    expect(await killed.exited).toBe("SIGKILL");
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(killed.child.pid);

    const restarted = run("src/main.js", dir);
    await restarted.waitForOutput(/The enforcement hub is ready/);
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(restarted.child.pid);
    restarted.child.kill("SIGTERM");
    expect(await restarted.exited, restarted.output()).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 120_000);

  it("takes over a lock whose pid now belongs to another, later process, as after a container restart", async () => {
    // This test process is alive, but it is not the process that wrote this lock: it started at another time.
    const dir = await stoppedCountyDirectory();
    const lockFile = join(dir, "hub.lock");
    const recycled = { pid: process.pid, processStart: "1", lockedAt: "2026-01-01T00:00:00Z", command: "node dist/src/main.js" };
    writeFileSync(lockFile, JSON.stringify(recycled));
    const tool = run("src/cli/rescan-overlaps.js", dir);
    expect(await tool.exited, tool.output()).toBe(0);
    expect(tool.output()).toMatch(/Rescanned \d+ powers/);
    expect(existsSync(lockFile)).toBe(false);
  }, 120_000);
});
