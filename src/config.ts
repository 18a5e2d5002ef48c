import { z } from "zod";

/**
 * The only place that reads process.env. Every setting is typed and validated here so that a bad
 * value stops start-up with a message that names the variable, instead of failing later.
 */
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** auto: readable lines when a person's terminal is attached, JSON lines otherwise. */
const LOG_FORMATS = ["auto", "pretty", "json"] as const;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  HUB_DATA_DIR: z.string().trim().min(1).default("./data"),
  HUB_JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HUB_CASE_PREFIX: z.string().regex(/^[A-Z]{2,8}$/, "must be 2 to 8 capital letters").default("PEI"),
  HUB_CLOCK_START: z
    .string()
    .trim()
    .refine((s) => ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s)), "must be an instant with its offset, e.g. 2027-03-01T09:00:00+08:00")
    .optional(),
  LOG_FORMAT: z.enum(LOG_FORMATS).default("auto"),
  HUB_EXPOSE_STACKTRACES: z.enum(["0", "1", "false", "true"], "must be 1 or 0 (true or false)").default("0"),
});

export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface HubConfig {
  port: number;
  /** PostgreSQL connection string; when absent the hub runs on embedded PGlite. */
  databaseUrl?: string;
  /** Where embedded PGlite keeps its files and the generated token secret. */
  dataDir: string;
  jwtSecret?: string;
  logLevel: LogLevel;
  nodeEnv: "development" | "production" | "test";
  /** Case numbers read PREFIX-YEAR-SERIAL, e.g. PEI-2026-000123. */
  casePrefix: string;
  /** Demos only: the hub's clock starts at this instant and runs on from there (never in production). */
  clockStart?: string;
  /** How main.ts writes its log; "auto" decides by whether stdout is a terminal. */
  logFormat?: LogFormat;
  /**
   * Put stack traces in error responses (HUB_EXPOSE_STACKTRACES=1), for debugging only: by
   * default they stay in the log, in development too, since a trace tells a caller about the
   * server's code and files.
   */
  exposeStacktraces?: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  // Empty strings count as unset: `DATABASE_URL= npm start` means "embedded".
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in EnvSchema.shape && value !== ""),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === "production" && !e.HUB_JWT_SECRET) {
    throw new ConfigError(
      "Invalid configuration:\n  HUB_JWT_SECRET: required when NODE_ENV=production (at least 32 characters)",
    );
  }
  if (e.NODE_ENV === "production" && e.HUB_CLOCK_START) {
    throw new ConfigError("Invalid configuration:\n  HUB_CLOCK_START: a pinned clock is for demos; unset it when NODE_ENV=production");
  }
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.HUB_DATA_DIR,
    jwtSecret: e.HUB_JWT_SECRET,
    logLevel: e.LOG_LEVEL,
    nodeEnv: e.NODE_ENV,
    casePrefix: e.HUB_CASE_PREFIX,
    clockStart: e.HUB_CLOCK_START,
    logFormat: e.LOG_FORMAT,
    exposeStacktraces: e.HUB_EXPOSE_STACKTRACES === "1" || e.HUB_EXPOSE_STACKTRACES === "true",
  };
}
