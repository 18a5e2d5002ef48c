import { execFile, spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

/**
 * Real hub processes for tests: `node …/src/main.js` and the command-line tools, started
 * asynchronously (a synchronous child would block the test's own event loop and server).
 */

export interface Build {
  /** Absolute path of a compiled entry point, e.g. `script("src/main.js")`. */
  script(path: string): string;
  remove(): void;
}

/**
 * Compiles the hub into a directory of this test process's own, under dist/ so that packages
 * resolve from the project's node_modules as they do for dist/ itself. Its own directory because
 * other test files (and `npm run token`) rebuild dist/ while this file's children load it.
 */
export async function buildHub(): Promise<Build> {
  const outDir = resolve("dist", `test-build-${process.pid}`);
  await promisify(execFile)("npx", ["tsc", "-p", "tsconfig.json", "--outDir", outDir]);
  return {
    script: (path) => join(outDir, path),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

export interface HubProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves when the output matches, rejects if the process exits first. */
  waitForOutput(pattern: RegExp): Promise<string>;
  /** Resolves with the exit code (or the signal that ended it) once its output is all read. */
  exited: Promise<number | string>;
}

/** Starts `node script args` with the given environment added to this process's. */
export function startNode(script: string, args: string[], env: Record<string, string>): HubProcess {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  const listeners = new Set<() => void>();
  const take = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    listeners.forEach((l) => l());
  };
  child.stdout!.on("data", take);
  child.stderr!.on("data", take);
  const exited = new Promise<number | string>((resolveExit) => child.on("close", (code, signal) => resolveExit(code ?? signal ?? -1)));
  return {
    child,
    output: () => text,
    exited,
    waitForOutput(pattern) {
      return new Promise((resolveWait, reject) => {
        const check = () => {
          if (!pattern.test(text)) return false;
          listeners.delete(check);
          resolveWait(text);
          return true;
        };
        if (check()) return;
        listeners.add(check);
        void exited.then((code) => {
          if (listeners.delete(check)) reject(new Error(`exited (${code}) before printing ${pattern}:\n${text}`));
        });
      });
    },
  };
}
