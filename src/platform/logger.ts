import { pino, type Logger } from "pino";
import type { LogFormat, LogLevel } from "../config.js";
import { COUNTY_TIME_ZONE } from "./time.js";

export type { Logger };

const OPTIONS = (level: LogLevel) => ({ level, base: { service: "hub" }, redact: ["req.headers.authorization"] });

/** One pino logger for the process; request loggers are its children (pino-http adds reqId). */
export function createLogger(level: LogLevel): Logger {
  return pino(OPTIONS(level));
}

/** Whether the log should be readable lines: asked for, or "auto" and a person's terminal on stdout. */
export function wantsPrettyLog(format: LogFormat | undefined, stdoutIsTerminal = process.stdout.isTTY === true): boolean {
  return format === "pretty" || ((format ?? "auto") === "auto" && stdoutIsTerminal);
}

/**
 * The server's logger: JSON lines for a log collector, or readable lines (county time, message,
 * then the details on the same line) for a person watching `npm start`. pino-pretty formats in
 * this process, on the same stream, so progress lines and the banner keep their order; it is
 * loaded only when used.
 */
export async function createConsoleLogger(level: LogLevel, format: LogFormat | undefined): Promise<Logger> {
  if (!wantsPrettyLog(format)) return createLogger(level);
  const { default: pretty } = await import("pino-pretty");
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: COUNTY_TIME_ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
  return pino(
    OPTIONS(level),
    pretty({
      colorize: process.stdout.isTTY === true,
      singleLine: true,
      ignore: "pid,hostname,service",
      // translateTime off: the prettifier then gets the epoch milliseconds, shown in county time.
      translateTime: false,
      customPrettifiers: { time: (time) => clock.format(new Date(Number(time))) },
      sync: true,
    }),
  );
}
