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
 * The hub's clock as services hold it: `base` (the machine's, or the one a test or demo pinned),
 * which the sample seed can set back in time while it makes the sample county's history through
 * the services, one dated step after another. It runs on at `base`'s pace between moves. Only the
 * seed moves it, before the hub serves anyone, and puts it back when done.
 */
export class SettableClock implements Clock {
  #offsetMs = 0;
  constructor(private readonly base: Clock = systemClock) {}
  /** From now on, now() reads `at` (and runs on from there). */
  set(at: Date | string): void {
    const ms = new Date(at).getTime();
    if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(at)}`);
    this.#offsetMs = ms - this.base.now().getTime();
  }
  /** Back to the base clock. */
  reset(): void {
    this.#offsetMs = 0;
  }
  now(): Date {
    return new Date(this.base.now().getTime() + this.#offsetMs);
  }
  today(): string {
    return countyDate(this.now());
  }
}
