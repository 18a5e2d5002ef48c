import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

describe("configuration", () => {
  it("has defaults for a first start: port 4000, embedded data in ./data", () => {
    expect(loadConfig({})).toEqual({ port: 4000, dataDir: "./data", logLevel: "info", nodeEnv: "development", databaseUrl: undefined, jwtSecret: undefined, casePrefix: "PEI" });
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
