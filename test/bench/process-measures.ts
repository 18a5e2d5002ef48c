import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** What the benchmarks measure about processes and samples, in one place. */

/** Clock ticks a second, for /proc CPU times (100 on most Linux systems). */
export const CLK_TCK = (() => {
  try {
    const value = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return value > 0 ? value : 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process, in clock ticks (/proc/<pid>/stat fields 14 and 15); NaN once it is gone. */
export function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields[0] is field 3 (state)
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return Number.NaN;
  }
}

/** CPU time a process has used (user + system), in ms: steadier than wall time on a shared, loaded machine. */
export function cpuMs(pid: number): number {
  return (cpuTicks(pid) * 1000) / CLK_TCK;
}

/** The p-th quantile (0..1) of an ascending sample, by the nearest-rank method. */
export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** A TCP port free on 127.0.0.1 at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The Node options `npm start` gives the hub (package.json's start script, e.g. a young-generation
 * size), so a measured hub runs as a deployed one does. `override` (space-separated, e.g. from
 * HUB_NODE_OPTIONS) replaces them; an empty string means Node's defaults.
 */
export function startScriptNodeOptions(override?: string): string[] {
  if (override !== undefined) return override.split(/\s+/).filter(Boolean);
  const { scripts } = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { scripts: { start: string } };
  return scripts.start.split(/\s+/).filter((word) => word.startsWith("--"));
}
