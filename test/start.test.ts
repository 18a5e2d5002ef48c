import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startNode, type HubProcess } from "./support/processes.js";
import { TEST_SECRET } from "./support/hub.js";
import { signToken } from "../src/platform/auth/tokens.js";
import { Role } from "../src/platform/auth/actor.js";

/**
 * What `npm start` runs, as a newcomer runs it: the build (only when stale), the bundled server, a
 * new embedded database with the sample county. The other tests run the TypeScript sources; this one
 * proves that the bundle behaves like them (argument validation, the operation guard's cost, the
 * sample county's recent past).
 */
const dataDir = mkdtempSync(join(tmpdir(), "hub-start-"));
let hub: HubProcess | undefined;
afterAll(async () => {
  if (hub && hub.child.exitCode === null && hub.child.signalCode === null) hub.child.kill("SIGKILL");
  await hub?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("builds, creates the sample county, answers queries from the bundle, and stops cleanly on SIGTERM", async () => {
    hub = startNode(resolve("src/cli/run.mjs"), ["bundle/main.js"], {
      HUB_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "0", LOG_FORMAT: "pretty", NODE_ENV: "test", HUB_JWT_SECRET: TEST_SECRET,
    });
    const banner = await hub.waitForOutput(/GraphQL \(HTTP and WebSocket\):\s+(http:\S+)/);
    expect(banner).toContain("with the sample county loaded");
    expect(banner).toContain("npm run token -- --role INTAKE");
    expect(banner).toMatch(/sample county: \d+ power items, \d+ overlaps found/);
    const url = /GraphQL \(HTTP and WebSocket\):\s+(http:\S+)/.exec(banner)![1];

    const chair = await signToken(new TextEncoder().encode(TEST_SECRET), { sub: "start-test", name: "Chair", role: Role.CHAIR });
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${chair}` },
      body: JSON.stringify({
        query: `{ me { role }
          closed: cases(first: 5, status: CLOSED) { totalCount }
          meetings(first: 5) { totalCount }
          operations(first: 5) { totalCount }
          regions { code children { code } } }`,
      }),
    });
    const body = (await response.json()) as { data?: Record<string, { totalCount?: number }>; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.closed.totalCount).toBeGreaterThan(0);
    expect(body.data!.meetings.totalCount).toBeGreaterThan(0);
    expect(body.data!.operations.totalCount).toBeGreaterThan(0);

    const tooDeep = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${chair}` },
      body: JSON.stringify({ query: "{ regions { children { parent { children { parent { children { code } } } } } } }" }),
    });
    expect(tooDeep.status).toBe(400);

    hub.child.kill("SIGTERM");
    expect(await hub.exited, hub.output()).toBe(0);
  }, 180_000);
});
