// Runs one of the hub's built programs, building first only when a source changed:
//   node src/cli/run.mjs bundle/main.js          the server (npm start adds the hub's Node options,
//                                                such as --max-semi-space-size: see the README's Configuration)
//   node src/cli/run.mjs src/cli/token.js ARGS   a command (npm run token -- ARGS)
// Paths are inside dist/. One Node process: no npm-run-build step, no second start-up.
import module from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureBuilt, ROOT } from "./build.mjs";

const [entry] = process.argv.splice(2, 1); // the program then sees only its own arguments
if (!entry) {
  process.stderr.write("usage: node src/cli/run.mjs <path inside dist/> [arguments]\n");
  process.exit(2);
}
await ensureBuilt();
// Node 22.1+ keeps compiled code on disk between runs (about a third of loading the bundle);
// Node 20 has no compile cache and simply compiles.
module.enableCompileCache?.();
await import(pathToFileURL(join(ROOT, "dist", entry)).href);
