import { defineConfig } from "vitest/config";

export default defineConfig({
  // Vite would resolve `graphql` to its .mjs build while Node-loaded dependencies get the .js one:
  // two copies, and `instanceof GraphQLSchema` fails. One copy for everyone.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    root: ".",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Each file runs in its own process with its own database (PGlite is one database per process).
    pool: "forks",
    maxWorkers: 2,
    // Limits that stop a stuck test, not measures of speed: they must hold on a loaded machine
    // (two suites at once on 2 cores), where a fresh hub alone can take 20 s to start.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
