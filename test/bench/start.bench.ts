import { cpuMs } from "./process-measures.js";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * `npm run bench:start`: time from process start to /readyz answering 200, and resident memory
 * then, for a new embedded database (migrations + sample data) and for a reopened one, running
 * what `npm start` runs (the build check, then the bundle). Aim: new ≤ 6 s, reopened ≤ 1 s.
 * ENTRY=src/main.js measures the unbundled build instead; NODE_DISABLE_COMPILE_CACHE=1 turns off
 * Node's compile cache (Node 22.1+) to see what it saves.
 */
const RUNS = Number(process.env.RUNS ?? 3);
const ENTRY = process.env.ENTRY ?? "bundle/main.js";

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
}

async function startOnce(dataDir: string, port: number): Promise<{ readyMs: number; cpu: number; rss: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["src/cli/run.mjs", ENTRY], {
    env: { ...process.env, HUB_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn", DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the hub exited with code ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (response.status === 200) break;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 60_000) throw new Error("not ready within 60 s");
      await sleep(10);
    }
    return { readyMs: Math.round(performance.now() - started), cpu: Math.round(cpuMs(child.pid!)), rss: rssMiB(child.pid!) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

const rows: string[] = [];
for (let run = 0; run < RUNS; run++) {
  const dir = mkdtempSync(join(tmpdir(), "hub-bench-start-"));
  try {
    const fresh = await startOnce(dir, 4400 + run);
    const reopened = await startOnce(dir, 4500 + run);
    rows.push(
      `run ${run + 1}: new database ready in ${fresh.readyMs} ms (CPU ${fresh.cpu} ms, RSS ${fresh.rss} MiB); ` +
        `reopened ready in ${reopened.readyMs} ms (CPU ${reopened.cpu} ms, RSS ${reopened.rss} MiB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(`embedded PGlite start-up of dist/${ENTRY}, node ${process.version}, ${RUNS} runs (load average at the end: ${load})`);
for (const row of rows) console.log(`  ${row}`);
