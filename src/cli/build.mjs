// Builds the hub only when a source changed since the last build, so that `npm start`,
// `npm run token` and the other commands answer at once on every call after the first.
// Plain JavaScript on purpose: it must run before anything is compiled.
//
//   node src/cli/build.mjs            build if stale (what every command does first)
//   node src/cli/build.mjs --force    build now (npm run build)
//
// A build is tsc (which emits the decorator metadata type-graphql and TypeORM read) into dist/,
// then esbuild bundles tsc's output for the server into dist/bundle/, then (when a migration
// changed) a migrated empty embedded database is packed for first starts. The console (src/console,
// a browser app) is built apart by Vite into dist/console/, only when its own sources changed. The bundle is what
// `npm start` runs: one file instead of hundreds of modules is most of a reopen's speed.
// esbuild bundles the JavaScript tsc wrote, never the TypeScript sources: esbuild does not emit
// decorator metadata.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const STAMP = join(ROOT, "dist", ".build-stamp");
const TEMPLATE = join(ROOT, "dist", "pglite-template.tar.gz");
const LOCK = join(ROOT, "dist", ".build-lock");
/** Everything tsc or the bundle reads: a change to any of these makes the build stale. */
const INPUTS = ["src", "migrations", "test", "tsconfig.json", "package.json", "package-lock.json"];
/** The console's sources: the server's tsc never reads them, and they never make the server stale. */
const CONSOLE_SOURCES = join(ROOT, "src", "console");
const CONSOLE_INPUTS = [CONSOLE_SOURCES, join(ROOT, "package-lock.json")];
export const CONSOLE_DIR = join(ROOT, "dist", "console");
const CONSOLE_STAMP = join(CONSOLE_DIR, ".build-stamp");

/** The newest modification time under `path`, not looking inside `skip`. */
function newestChange(path, skip) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its folder
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath ?? entry.path, entry.name);
    if (skip && (file === skip || file.startsWith(skip + sep))) continue;
    newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** True when dist/ is missing or older than a source of the server. */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((input) => newestChange(join(ROOT, input), CONSOLE_SOURCES) > built);
}

/** True when dist/console/ is missing or older than a source of the console. */
export function consoleIsStale() {
  if (!existsSync(CONSOLE_STAMP)) return true;
  const built = statSync(CONSOLE_STAMP).mtimeMs;
  return CONSOLE_INPUTS.some((input) => newestChange(input) > built);
}

/** Vite builds the console into dist/console/ (src/console/vite.config.ts says how). */
export async function buildConsole() {
  const began = new Date();
  const started = performance.now();
  process.stderr.write("Building the console (Vite)…\n");
  const { build: viteBuild } = await import("vite");
  // Vite sets NODE_ENV=production in this process for its build; the hub started next in the same
  // process (npm start on a fresh clone) would then take itself for production and refuse to start.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await viteBuild({ configFile: join(CONSOLE_SOURCES, "vite.config.ts"), logLevel: "warn" });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(CONSOLE_STAMP, "");
  utimesSync(CONSOLE_STAMP, began, began);
  process.stderr.write(`Built the console in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
}

/** Bundles dist/src/main.js (tsc's output) into dist/bundle/main.js. */
async function bundle() {
  const { build } = await import("esbuild");
  await build({
    absWorkingDir: ROOT,
    entryPoints: { main: "dist/src/main.js" },
    outdir: "dist/bundle",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20.19",
    // The sample data and the spreadsheet reader stay in chunks loaded only when needed.
    splitting: true,
    sourcemap: true,
    logLevel: "warning",
    // PGlite finds its WebAssembly and data files next to its own modules: it stays a package.
    // graphql stays a package too: bundled, esbuild would take its ES module build while the
    // dependencies loaded through require() (graphql-query-complexity) get the CommonJS one, and
    // two copies of graphql refuse each other's schema ("from another module or realm").
    // class-validator too: type-graphql imports it dynamically, and esbuild's interop for that
    // CommonJS module lost its named exports (validateOrReject). test/start.test.ts runs the bundle.
    external: ["@electric-sql/pglite", "@electric-sql/pglite/*", "pg-native", "graphql", "graphql/*", "class-validator"],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: 'import { createRequire as __hubRequire } from "node:module"; const require = __hubRequire(import.meta.url);' },
  });
}

/**
 * A migrated, empty embedded database as a tarball (src/cli/pglite-template.ts), remade only when
 * a migration or a dependency changed: a first start unpacks it instead of running initdb and the
 * migrations. A failure here costs speed, never correctness, so it only warns.
 */
function makeEmbeddedTemplate() {
  const made = existsSync(TEMPLATE) ? statSync(TEMPLATE).mtimeMs : 0;
  if (made > Math.max(newestChange(join(ROOT, "migrations")), newestChange(join(ROOT, "package-lock.json")))) return;
  try {
    execFileSync(process.execPath, [join(ROOT, "dist", "src", "cli", "pglite-template.js")], { cwd: ROOT, stdio: "inherit" });
  } catch {
    rmSync(TEMPLATE, { force: true });
    process.stderr.write("Could not prepare the embedded database template; a new database will be created from scratch.\n");
  }
}

/** Runs tsc and the bundle; the stamp carries the time the build began, so an edit made during it counts. */
export async function build() {
  const began = new Date();
  const started = performance.now();
  process.stderr.write("Building the hub (TypeScript, one bundle for the server, the embedded database template)…\n");
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.json")], {
      cwd: ROOT,
      stdio: "inherit",
    });
  } catch {
    process.stderr.write("The TypeScript build failed (errors above).\n");
    process.exit(1);
  }
  await bundle();
  makeEmbeddedTemplate();
  writeFileSync(STAMP, "");
  utimesSync(STAMP, began, began);
  process.stderr.write(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
}

/** Whether the process that wrote a lock file still runs. */
function holderAlive(lock) {
  try {
    process.kill(Number(readFileSync(lock, "utf8")), 0);
    return true;
  } catch (error) {
    return error.code === "EPERM"; // alive, someone else's
  }
}

/**
 * One build at a time: `npm start` and `npm run token` started together after a pull, or two
 * test runs, would otherwise write the same files at once. A lock left by a process that died
 * (Ctrl-C during a build) is taken over.
 */
async function withBuildLock(work) {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      if (!holderAlive(LOCK)) rmSync(LOCK, { force: true });
      else await sleep(200);
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/** Builds what is stale; quiet and quick (a few milliseconds of stat calls) when the build is current. */
export async function ensureBuilt() {
  if (isStale()) await withBuildLock(async () => isStale() && (await build()));
  await ensureConsoleBuilt();
}

/** Builds the console only, when stale: what its browser tests need. */
export async function ensureConsoleBuilt() {
  if (consoleIsStale()) await withBuildLock(async () => consoleIsStale() && (await buildConsole()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--force")) {
    await withBuildLock(async () => {
      await build();
      await buildConsole();
    });
  } else await ensureBuilt();
}
