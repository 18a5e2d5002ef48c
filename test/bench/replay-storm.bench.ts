import "reflect-metadata";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { createClient } from "graphql-ws";
import { pino } from "pino";
import { startHub } from "../../src/server.js";
import { Role } from "../../src/platform/auth/actor.js";
import { signToken } from "../../src/platform/auth/tokens.js";
import { appendEvents } from "../../src/platform/events/event-log.js";
import { EventTopic, EventVisibility, type NewEvent } from "../../src/platform/events/topics.js";

/**
 * `npm run bench:limits`: what one client can make the hub do, on a fresh embedded database.
 *
 *  1. The recursive region query (`regions { children { parent { children … } } }`, five levels,
 *     an INTAKE token) on the sample county: time to the refusal and the hub's memory around it.
 *  2. A replay storm: SOCKETS sockets (in a separate process) each open as many
 *     `hubEvents(after: "0")` as a socket may, over a log of EVENTS events, while this process (the
 *     hub's own) asks `/healthz` every 20 ms: its latency, and the hub's event-loop delay.
 *
 * Aim: every health check answered within 100 ms. A measurement, not a test: exits 0 when the aim
 * is missed. Environment: EVENTS (5000), SOCKETS (8).
 */

const EVENTS = Number(process.env.EVENTS ?? 5000);
const SOCKETS = Number(process.env.SOCKETS ?? 8);
const SECRET = "bench-secret-that-is-long-enough-for-hs256-0123456789";

/** Child mode: open the storm's subscriptions and exit once each has seen the head cursor. */
async function clients(url: string, token: string, head: string, sockets: number, perSocket: number): Promise<void> {
  const waits: Promise<void>[] = [];
  for (let s = 0; s < sockets; s++) {
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    for (let i = 0; i < perSocket; i++) {
      waits.push(
        new Promise((resolve, reject) => {
          const end = client.subscribe<{ hubEvents: { cursor: string } }>(
            { query: `subscription { hubEvents(after: "0") { cursor } }` },
            {
              next: ({ data }) => {
                if (data?.hubEvents.cursor === head) {
                  end();
                  resolve();
                }
              },
              error: (error) => reject(new Error(JSON.stringify(error))),
              complete: () => undefined,
            },
          );
        }),
      );
    }
  }
  await Promise.all(waits);
  process.exit(0);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Asks /healthz every 20 ms for `ms`, answering each latency. */
async function probeHealth(base: string, ms: number): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const t0 = performance.now();
    await fetch(`${base}/healthz`);
    latencies.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return latencies;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "hub-limits-bench-"));
  const hub = await startHub(
    { port: 0, dataDir, jwtSecret: SECRET, logLevel: "silent", nodeEnv: "production", casePrefix: "PEI" },
    { log: pino({ level: "silent" }), seed: true },
  );
  const base = hub.url.replace(/\/graphql$/, "");
  try {
    // 1. The recursive query.
    const intake = await signToken(hub.secret, { sub: "bench-intake", name: "12345", role: Role.INTAKE });
    let selection = "code";
    for (let i = 0; i < 5; i++) selection = i === 0 ? `children { ${selection} }` : `children { parent { ${selection} } }`;
    const rssBefore = process.memoryUsage().rss;
    const refusals: number[] = [];
    let body: { errors?: { extensions?: { code?: string; cost?: number } }[] } = {};
    let status = 0;
    for (let i = 0; i < 5; i++) {
      const began = performance.now();
      const response = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${intake}` },
        body: JSON.stringify({ query: `{ regions { ${selection} } }` }),
      });
      body = (await response.json()) as typeof body;
      status = response.status;
      refusals.push(performance.now() - began);
    }
    console.log(
      `recursive region query (5 levels, INTAKE): HTTP ${status} ${body.errors?.[0]?.extensions?.code} (cost ${body.errors?.[0]?.extensions?.cost}); first answer ${refusals[0].toFixed(1)} ms, then ${refusals.slice(1).map((ms) => ms.toFixed(1)).join(", ")} ms; rss ${mb(rssBefore)} → ${mb(process.memoryUsage().rss)}`,
    );

    // Baseline: the health check on this machine, nothing else running in the hub.
    const baseline = await probeHealth(base, 3000);
    console.log(`  /healthz at rest (3 s): p50 ${percentile(baseline, 50).toFixed(1)} ms, p99 ${percentile(baseline, 99).toFixed(1)} ms, max ${Math.max(...baseline).toFixed(1)} ms`);

    // 2. The replay storm.
    const loader = { sub: "bench", name: "Bench", role: Role.ADMIN, expiresAt: 0 };
    for (let written = 0; written < EVENTS; written += 500) {
      const events = Array.from({ length: Math.min(500, EVENTS - written) }, (_, i): NewEvent => ({
        topic: EventTopic.MATTER, type: "MatterCreated", subjectIds: [`BENCH.${written + i}`], agencyIds: [], visibility: EventVisibility.PUBLIC, payload: { matter: { code: `BENCH.${written + i}`, name: `BENCH.${written + i}`, description: null, parentCode: null, decisionDays: null } },
      }));
      await hub.db.dataSource.transaction((em) => appendEvents(em, loader, events, hub.services.clock.now()));
    }
    const [{ cursor: head }] = (await hub.db.dataSource.query(`SELECT cursor FROM event_log_head WHERE id = 1`)) as { cursor: string }[];
    const chair = await signToken(hub.secret, { sub: "bench-chair", name: "Chair", role: Role.CHAIR });
    const perSocket = 16;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const stormBegan = performance.now();
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "clients", hub.url.replace(/^http/, "ws"), chair, head, String(SOCKETS), String(perSocket)], { stdio: "inherit" });
    let running = true;
    const finished = new Promise<number>((resolve) => child.on("exit", (code) => ((running = false), resolve(code ?? 1))));
    const latencies: number[] = [];
    while (running) {
      const t0 = performance.now();
      await fetch(`${base}/healthz`);
      latencies.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const code = await finished;
    loop.disable();
    const stormMs = performance.now() - stormBegan;
    console.log(
      `replay storm: ${SOCKETS} sockets × ${perSocket} hubEvents(after: "0") over ${head} events (${(SOCKETS * perSocket * Number(head)).toLocaleString("en")} deliveries) in ${(stormMs / 1000).toFixed(1)} s, clients exited ${code}`,
    );
    console.log(
      `  /healthz during the storm: ${latencies.length} answers, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (aim ≤ 100 ms: ${Math.max(...latencies) <= 100 ? "met" : "MISSED"})`,
    );
    console.log(`  hub event-loop delay: p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms`);
  } finally {
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "clients") {
  const [url, token, head, sockets, perSocket] = process.argv.slice(3);
  void clients(url, token, head, Number(sockets), Number(perSocket));
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
