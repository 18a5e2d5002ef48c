import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * The console builds into dist/console/, which the hub serves at /console (src/platform/http/console.ts).
 * Every script and style tag Vite writes carries a nonce placeholder (the hub knows it by the same name) that the hub replaces with a
 * fresh nonce on each request, so the Content-Security-Policy needs no 'unsafe-inline'.
 */
const CSP_NONCE_PLACEHOLDER = "__HUB_CSP_NONCE__";

export default defineConfig({
  root: here,
  base: "/console/",
  logLevel: "warn",
  // No React plugin: Vite 8's Oxc transform compiles JSX on its own; Fast Refresh is not worth a dependency here.
  oxc: { jsx: { runtime: "automatic", development: false } },
  // Always React's production build, even when the build runs under vitest (NODE_ENV=test).
  mode: "production",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  build: {
    outDir: fileURLToPath(new URL("../../dist/console", import.meta.url)),
    emptyOutDir: true,
    // test/console-budget.test.ts reads the manifest to weigh what the first screen loads.
    manifest: true,
    // Ant Design and ECharts are large by nature; the budget test watches what matters (the first screen).
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Ant Design marks its modules "use client" for React Server Components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
});
