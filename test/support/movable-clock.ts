import { clockStartingAt, countyDate, type Clock } from "../../src/platform/time.js";
import { TEST_NOW } from "./hub.js";

/**
 * A hub clock a test can step back to do something "days ago" (report a case, then file it later)
 * and bring back: it runs at the machine's pace from TEST_NOW, moved by the current shift.
 */
export interface MovableClock extends Clock {
  /** Runs `fn` with the clock `days` earlier (positive: in the past), then puts it back. */
  daysAgo<T>(days: number, fn: () => Promise<T>): Promise<T>;
}

export function movableClock(start: string = TEST_NOW): MovableClock {
  const base = clockStartingAt(start);
  let shiftMs = 0;
  const now = () => new Date(base.now().getTime() - shiftMs);
  return {
    now,
    today: () => countyDate(now()),
    async daysAgo(days, fn) {
      shiftMs = days * 86_400_000;
      try {
        return await fn();
      } finally {
        shiftMs = 0;
      }
    },
  };
}
