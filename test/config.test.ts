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

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).databaseUrl).toBeUndefined();
  });
});
