import { pino, type Logger } from "pino";
import type { LogLevel } from "../config.js";

export type { Logger };

/** One pino logger for the process; request loggers are its children (pino-http adds reqId). */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: "hub" }, redact: ["req.headers.authorization"] });
}
