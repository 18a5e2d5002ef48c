import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_DIR } from "../src/cli/build.mjs";
import { ensureConsoleBuilt } from "./support/console.js";

// The console's weight budget, read from the build itself (Vite's manifest), so it is exact and
// never depends on the machine's speed: the JavaScript a browser fetches for the first screen
// (the entry, the home page, and everything they import statically) stays within 400 KB gzip.

const BUDGET_BYTES = 400 * 1024;

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}

let manifest: Record<string, ManifestChunk>;

/** A chunk and everything it imports statically (what the browser must fetch before it runs). */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

describe("the console's first screen", () => {
  beforeAll(async () => {
    await ensureConsoleBuilt();
    manifest = JSON.parse(readFileSync(join(CONSOLE_DIR, ".vite", "manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  });

  it("sends at most 400 KB of JavaScript, gzipped, to sign in and show the home page", () => {
    const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
    expect(entry).toBe("index.html");
    const firstScreen = new Set([...staticClosure("index.html"), ...staticClosure("pages/home.tsx")]);
    const files = [...firstScreen].map((key) => manifest[key].file).filter((file) => file.endsWith(".js"));
    const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(CONSOLE_DIR, file)), { level: 9 }).length, 0);
    console.log(`first screen: ${files.length} JavaScript files, ${(gzipped / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`);
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("leaves every screen and the charts out of it, loaded only when opened", () => {
    const firstScreen = new Set([...staticClosure("index.html"), ...staticClosure("pages/home.tsx")]);
    for (const screen of ["pages/overlap-map/index.tsx", "pages/overlap-map/heatmap.tsx", "pages/jurisdiction/index.tsx", "pages/meeting-room/index.tsx"]) {
      expect(manifest[screen], screen).toBeDefined();
      expect(firstScreen.has(screen), screen).toBe(false);
    }
    const code = (key: string) => readFileSync(join(CONSOLE_DIR, manifest[key].file), "utf8");
    // ECharts and the drag-and-drop library each leave a name in their built code (checked where they
    // belong, so the check can fail); neither may ride along with the first screen.
    expect(code("pages/overlap-map/heatmap.tsx")).toContain("echarts");
    expect(code("pages/meeting-room/index.tsx")).toContain("DndContext");
    const first = [...firstScreen].map(code);
    expect(first.some((text) => text.includes("echarts"))).toBe(false);
    expect(first.some((text) => text.includes("DndContext"))).toBe(false);
  });
});
