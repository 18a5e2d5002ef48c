// Builds the hub only when a source changed since the last build, so that `npm start`,
// `npm run token` and the other commands answer at once on every call after the first.
// Plain JavaScript on purpose: it must run before anything is compiled.
//
//   node src/cli/build.mjs            build if stale (what every command does first)
//   node src/cli/build.mjs --force    build now (npm run build)
//
// A build is two steps: tsc (which emits the decorator metadata type-graphql and TypeORM read)
// into dist/, then esbuild bundles tsc's output for the server into dist/bundle/. The bundle is
// what `npm start` runs: one file instead of hundreds of modules is most of a reopen's speed.
// esbuild bundles the JavaScript tsc wrote, never the TypeScript sources: esbuild does not emit
// decorator metadata.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const STAMP = join(ROOT, "dist", ".build-stamp");
/** Everything tsc or the bundle reads: a change to any of these makes the build stale. */
const INPUTS = ["src", "migrations", "test", "tsconfig.json", "package.json", "package-lock.json"];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its folder
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when dist/ is missing or older than a source. */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((input) => newestChange(join(ROOT, input)) > built);
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
    external: ["@electric-sql/pglite", "@electric-sql/pglite/*", "pg-native"],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: 'import { createRequire as __hubRequire } from "node:module"; const require = __hubRequire(import.meta.url);' },
  });
}

/** Runs tsc and the bundle; the stamp carries the time the build began, so an edit made during it counts. */
export async function build() {
  const began = new Date();
  const started = performance.now();
  process.stderr.write("Building the hub (TypeScript, then one bundle for the server)…\n");
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
  writeFileSync(STAMP, "");
  utimesSync(STAMP, began, began);
  process.stderr.write(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
}

/** Builds when stale; quiet and quick (a few milliseconds of stat calls) when the build is current. */
export async function ensureBuilt() {
  if (isStale()) await build();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--force")) await build();
  else await ensureBuilt();
}
