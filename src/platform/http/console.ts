import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import express, { type Request, type Response, type Router } from "express";

/**
 * Where the build leaves the console (src/cli/build.mjs runs Vite into dist/console/), found from
 * wherever this code runs: the bundle or tsc's output inside dist/, or the sources under tests.
 * The server serves that folder and never imports the console's code.
 */
export const CONSOLE_DIR: string = (() => {
  const here = fileURLToPath(import.meta.url);
  const at = here.lastIndexOf(`${sep}dist${sep}`);
  const root = at >= 0 ? here.slice(0, at) : resolve(dirname(here), "..", "..", "..");
  return join(root, "dist", "console");
})();

/** What src/console/vite.config.ts writes on every script and style tag; replaced per request. */
const NONCE_PLACEHOLDER = "__HUB_CSP_NONCE__";

/**
 * Everything comes from the hub itself (an offline county network has no CDN). Scripts only from
 * the hub's files; Ant Design's styles are inserted at run time, allowed by this response's nonce
 * and never by 'unsafe-inline'. connect-src 'self' covers the same-origin WebSocket too.
 */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // report-sample: a refused style's first characters reach the securitypolicyviolation event (the browser tests read it).
    `style-src 'self' 'nonce-${nonce}' 'report-sample'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const NOT_BUILT = "控制台尚未构建：请运行 npm run build（npm start 会自动构建）。\nThe console has not been built: run npm run build.";

/**
 * The console at /console: its hashed assets as immutable files, and index.html for /console and
 * every client route below it (the browser's router takes it from there), with a fresh nonce each time.
 */
export function consoleRouter(dir: string = CONSOLE_DIR): Router {
  const router = express.Router();
  // Compressed on the way out: the first screen's JavaScript is about 1 MB as built, about 300 KB gzip.
  router.use("/console/assets", compression(), express.static(join(dir, "assets"), { immutable: true, maxAge: "365d", fallthrough: false, index: false }));
  const sendPage = (_req: Request, res: Response) => {
    res.setHeader("cache-control", "no-store");
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "no-referrer");
    if (!existsSync(join(dir, "index.html"))) return res.status(503).type("text/plain; charset=utf-8").send(NOT_BUILT);
    const nonce = randomBytes(16).toString("base64");
    res.setHeader("content-security-policy", contentSecurityPolicy(nonce));
    // Read on each request (half a kilobyte): a rebuild while the hub runs names new asset files.
    res.type("html").send(readFileSync(join(dir, "index.html"), "utf8").replaceAll(NONCE_PLACEHOLDER, nonce));
  };
  router.get(["/console", "/console/{*route}"], sendPage);
  return router;
}
