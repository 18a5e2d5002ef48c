import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

describe("configuration", () => {
  it("has defaults for a first start: port 4000, embedded data in ./data", () => {
    expect(loadConfig({})).toEqual({ port: 4000, dataDir: "./data", logLevel: "info", nodeEnv: "development", databaseUrl: undefined, jwtSecret: undefined, casePrefix: "PEI", logFormat: "auto", exposeStacktraces: false });
  });

  it("keeps stack traces out of responses unless HUB_EXPOSE_STACKTRACES asks for them, in development too", () => {
    expect(loadConfig({ NODE_ENV: "development" }).exposeStacktraces).toBe(false);
    expect(loadConfig({ HUB_EXPOSE_STACKTRACES: "1" }).exposeStacktraces).toBe(true);
    expect(loadConfig({ HUB_EXPOSE_STACKTRACES: "true" }).exposeStacktraces).toBe(true);
    expect(loadConfig({ HUB_EXPOSE_STACKTRACES: "0" }).exposeStacktraces).toBe(false);
    expect(() => loadConfig({ HUB_EXPOSE_STACKTRACES: "yes" })).toThrow(/HUB_EXPOSE_STACKTRACES: must be 1 or 0/);
  });

  it("writes readable lines or JSON as LOG_FORMAT says, and refuses other formats", () => {
    expect(loadConfig({ LOG_FORMAT: "json" }).logFormat).toBe("json");
    expect(() => loadConfig({ LOG_FORMAT: "xml" })).toThrow(/LOG_FORMAT/);
  });

  it("stops with a message naming each bad variable", () => {
    expect(() => loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" })).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
    expect(() => loadConfig({ HUB_JWT_SECRET: "short" })).toThrow(/HUB_JWT_SECRET/);
  });

  it("requires a secret in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/HUB_JWT_SECRET: required/);
  });

  it("pins the clock for a demo at an instant with its offset, and never in production", () => {
    expect(loadConfig({ HUB_CLOCK_START: "2027-03-01T09:00:00+08:00" }).clockStart).toBe("2027-03-01T09:00:00+08:00");
    expect(() => loadConfig({ HUB_CLOCK_START: "2027-03-01" })).toThrow(/HUB_CLOCK_START: must be an instant/);
    expect(() => loadConfig({ HUB_CLOCK_START: "2027-03-01T09:00:00+08:00", NODE_ENV: "production", HUB_JWT_SECRET: "x".repeat(32) })).toThrow(/HUB_CLOCK_START/);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).databaseUrl).toBeUndefined();
  });
});
