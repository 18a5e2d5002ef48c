import { randomUUID } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { COUNTY_TIME_ZONE } from "../time.js";

/**
 * One process owns an embedded data directory. PGlite has no lock of its own: a second process on
 * the same files starts, accepts writes, and half of them are lost. So the owner writes
 * `<dataDir>/hub.lock` with its pid; another process that finds the file with a live pid refuses
 * to start, and one that finds a dead pid (a killed process never removed its file) takes it over.
 *
 * A pid file rather than an mtime lock (proper-lockfile): a restart right after a kill -9 is not
 * blocked for a staleness period, no timer keeps touching the file, and the refusal can name the
 * process that holds the directory. Linux reuses pids (a container's hub is pid 1 after every
 * restart), so the file also records the process's start time from /proc and a live pid with
 * another start time counts as stale.
 */

export const LOCK_FILE = "hub.lock";

/** What the lock file holds: who owns the directory. */
export interface LockHolder {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux); absent elsewhere. */
  processStart?: string;
  /** When the lock was taken, ISO 8601. */
  lockedAt: string;
  /** The command line, so that the refusal says which program holds it. */
  command: string;
}

export interface DataDirLock {
  /** The lock file's absolute path. */
  path: string;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const since = new Date(holder.lockedAt).toLocaleString("zh-CN", { timeZone: COUNTY_TIME_ZONE, hour12: false });
    super(
      `The data directory ${dataDir} is in use by another process: pid ${holder.pid} (${holder.command}), since ${since} (Asia/Shanghai). ` +
        `Stop that process first, or set HUB_DATA_DIR to another directory.`,
    );
    this.name = "DataDirLockedError";
  }
}

/**
 * Takes the data directory for this process, or throws DataDirLockedError naming the process that
 * holds it. The lock is released by `release()` and, at the latest, when this process exits.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const mine = JSON.stringify({
    pid: process.pid,
    processStart: processStart(process.pid),
    lockedAt: new Date().toISOString(),
    command: [process.argv0, ...process.argv.slice(1)].join(" "),
  } satisfies LockHolder);
  // Written in full beside the lock, then linked into place: the link either creates the lock
  // atomically or fails because it exists, and nobody ever reads a half-written lock file.
  const staging = `${path}.${process.pid}.${randomUUID()}`;
  writeFileSync(staging, mine);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(staging, path);
        const release = () => {
          process.off("exit", release);
          if (readText(path) === mine) unlinkSync(path);
        };
        process.on("exit", release);
        return { path, release };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const text = readText(path);
      if (text === null) continue; // released meanwhile: try again
      const holder = parseHolder(text);
      if (holder && isRunning(holder)) throw new DataDirLockedError(dir, holder);
      removeStale(path, text);
    }
    throw new Error(`Could not lock the data directory ${dir}: other processes keep taking and releasing it`);
  } finally {
    unlinkSync(staging);
  }
}

/** True while the process that wrote the lock is still the one running under its pid. */
function isRunning(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const start = processStart(holder.pid);
  return !holder.processStart || !start || start === holder.processStart;
}

/**
 * Removes a stale lock without removing a fresh one that another starting process put in its place
 * after we read it: move it aside, check it is the one we judged, and put it back otherwise.
 */
function removeStale(path: string, staleText: string): void {
  const aside = `${path}.stale.${process.pid}.${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone holds it again already; the next attempt reads who.
    }
  }
  unlinkSync(aside);
}

/** Field 22 of /proc/<pid>/stat (start time after boot); undefined where there is no /proc. */
function processStart(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  // The command name (field 2) may contain spaces and brackets: count from the last ")".
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) && holder.pid > 0 ? holder : null;
  } catch {
    return null; // not a lock this code wrote: treat as stale
  }
}
