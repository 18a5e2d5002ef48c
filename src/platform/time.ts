/** The county keeps Beijing time; "today" for certificates and deadlines is a date there. */
export const COUNTY_TIME_ZONE = "Asia/Shanghai";

const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: COUNTY_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** YYYY-MM-DD of `at` in the county's time zone. */
export function countyDate(at: Date): string {
  return dateFormat.format(at);
}

/**
 * The hub's one source of "now" and "today". Created once at start (startHub) and handed to every
 * service that reads the time, so tests and demos can run the whole hub on another day.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** The county date (YYYY-MM-DD, Asia/Shanghai) of now(). */
  today(): string;
}

/** The machine's clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => countyDate(new Date()),
};

/**
 * A clock that reads `start` at the moment it is created and runs on at the machine's pace from
 * there: timestamps still increase (event order, audit chain), but the day is the one chosen.
 */
export function clockStartingAt(start: Date | string): Clock {
  const startMs = new Date(start).getTime();
  if (Number.isNaN(startMs)) throw new RangeError(`not an instant: ${String(start)}`);
  const offset = startMs - Date.now();
  const now = () => new Date(Date.now() + offset);
  return { now, today: () => countyDate(now()) };
}

/**
 * A clock whose instant can be moved by hand (the sample county's history is made with it set
 * back in time, one step after another). It also runs at the machine's pace between moves.
 */
export class SettableClock implements Clock {
  #offset = 0;
  constructor(start?: Date | string) {
    if (start !== undefined) this.set(start);
  }
  /** From now on, now() is `at` (and runs on from there). */
  set(at: Date | string): void {
    const ms = new Date(at).getTime();
    if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(at)}`);
    this.#offset = ms - Date.now();
  }
  /** Back to the machine's time. */
  reset(): void {
    this.#offset = 0;
  }
  now(): Date {
    return new Date(Date.now() + this.#offset);
  }
  today(): string {
    return countyDate(this.now());
  }
}
