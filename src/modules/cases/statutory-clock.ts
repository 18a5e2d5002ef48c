/**
 * Statutory clocks: working days, calendar days and the deadlines of the periods the hub tracks.
 *
 * A pure module: no database, no GraphQL, no clock of its own (callers pass `today`).
 *
 * Dates are "YYYY-MM-DD" strings: the county's local calendar dates, never instants. Internally a
 * date is a day number (days since 1970-01-01 in the proleptic Gregorian calendar), computed with
 * integer arithmetic only (no `Date`, no time zone, no DST), so no environment can shift a day.
 * Supported years: 0001–9999 (four-digit years; anything else is a RangeError).
 *
 * Rules and their sources:
 * - Working days (工作日): Monday–Friday, minus the days off (放假调休) of the State Council's yearly
 *   holiday notice, plus its make-up working days (调休上班, always a Saturday or Sunday). The
 *   weekly rest days are Saturday and Sunday (国务院关于职工工作时间的规定, Art. 7). The 2026 data is
 *   holidays/holidays-cn-2026.json, from 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04). The
 *   notice for year Y is normally published in November of Y−1: an ADMIN loads it into the running
 *   hub with the setWorkingCalendar mutation (working-calendar.service.ts; stored in the database,
 *   which the shipped file only seeds), no release needed.
 * - For a year with no holiday file loaded, a working day is simply Monday–Friday (the fallback);
 *   `WorkingCalendar.covers` / `coversRange` and `ClockState.provisional` let callers warn that a
 *   date may move once that year's notice is loaded.
 * - Which periods are working days: 行政处罚法 (2021 revision, in force 2021-07-15) Art. 85:
 *   「本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。」 Every other period of that
 *   law (15 days for paying a fine, Art. 67; 90 days for the decision, Art. 60; …) is calendar days.
 *   `statutoryPeriod` encodes exactly this; periods under other instruments (e.g. 国务院令第310号)
 *   can be built as a `Period` directly.
 * - How a period is counted: the day of the act does not count, the period starts the next day
 *   (民法典 Art. 201: 「按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。」).
 * - A calendar-day period whose last day is a rest day ends on the next working day
 *   (民法典 Art. 203: 「期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。」;
 *   法定休假日 is read, as courts and agencies do, to include the weekly rest days). A working-day
 *   period always ends on a working day, so the rule never applies to it.
 * - Suspension (中止): the time a case is suspended does not count towards its period (行政处罚法
 *   Art. 60 lets laws, regulations and rules provide otherwise, and department rules such as
 *   市场监督管理行政处罚程序规定 exclude suspension, hearing, notice and testing time from the case
 *   handling period). See `Pause` and `clockState` for exactly how paused days are counted.
 */
import calendar2026 from "./holidays/holidays-cn-2026.json" with { type: "json" };

// ---------------------------------------------------------------------------------------------
// Dates as day numbers

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day numbers of 0001-01-01 and 9999-12-31: the supported range. */
const MIN_DAY = daysFromCivil(1, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of daysFromCivil. */
function civilFromDays(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** True when `s` is a real calendar date written "YYYY-MM-DD" (year 0001–9999). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = DATE_RE.exec(s);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const c = civilFromDays(daysFromCivil(y, mo, d));
  return c.y === y && c.m === mo && c.d === d;
}

/** The day number of a "YYYY-MM-DD" date; RangeError for anything that is not a real date. */
export function toDayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const m = DATE_RE.exec(date)!;
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The "YYYY-MM-DD" date of a day number; RangeError outside 0001-01-01..9999-12-31. */
export function fromDayNumber(day: number): string {
  if (!Number.isSafeInteger(day) || day < MIN_DAY || day > MAX_DAY) {
    throw new RangeError(`day number out of range (years 0001–9999): ${day}`);
  }
  const { y, m, d } = civilFromDays(day);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** 0 = Sunday, 1 = Monday, …, 6 = Saturday. 1970-01-01 (day 0) was a Thursday. */
function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The day of the week of a date: 0 = Sunday, 1 = Monday, …, 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return weekdayOfDay(toDayNumber(date));
}

function yearOfDay(day: number): number {
  return civilFromDays(day).y;
}

function checkInteger(name: string, n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be an integer, got ${n}`);
}

/** `date` plus `n` calendar days (n may be negative). */
export function addCalendarDays(date: string, n: number): string {
  checkInteger("n", n);
  return fromDayNumber(toDayNumber(date) + n);
}

/** to − from in calendar days (negative when `to` is before `from`). */
export function calendarDaysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

// ---------------------------------------------------------------------------------------------
// The working-day calendar

/** One year of the State Council's holiday notice (the shape of holidays/holidays-cn-YYYY.json). */
export interface HolidayFile {
  year: number;
  /** Days off (放假调休), by festival. Dates falling on a weekend are allowed (they are rest days anyway). */
  holidays: { name: string; dates: string[] }[];
  /** Make-up working days (调休上班): Saturdays or Sundays that are working days. */
  makeUpWorkdays: string[];
  /** Where the data comes from (the notice). */
  source?: string;
  note?: string;
}

/**
 * The holiday files the product ships, one per year: they seed the database's working calendar
 * (migrations/…-working-calendar.ts) and serve pure tests. The running hub counts on the years in the
 * database, which an ADMIN extends with setWorkingCalendar.
 */
export const OFFICIAL_HOLIDAY_FILES: readonly HolidayFile[] = [calendar2026];

/**
 * Working days (工作日) for the years whose holiday notice is loaded; Monday–Friday elsewhere.
 * Immutable: `withFile` returns a new calendar with one more year.
 */
export class WorkingCalendar {
  readonly #files: readonly HolidayFile[];
  readonly #years = new Set<number>();
  readonly #daysOff = new Set<number>();
  readonly #makeUp = new Set<number>();

  /**
   * Loads several years at once. Throws RangeError on a malformed file: a date that is not a real
   * date or lies outside the file's year, a make-up working day that is not a Saturday or Sunday,
   * a date that is both a day off and a make-up working day, or two files for the same year.
   */
  constructor(files: readonly HolidayFile[]) {
    for (const file of files) {
      const { year } = file;
      if (!Number.isSafeInteger(year) || year < 1 || year > 9999) throw new RangeError(`holiday file: bad year ${year}`);
      if (this.#years.has(year)) throw new RangeError(`holiday file: year ${year} loaded twice`);
      this.#years.add(year);
      const inYear = (date: string, what: string): number => {
        if (!isIsoDate(date)) throw new RangeError(`holiday file ${year}: ${what} ${JSON.stringify(date)} is not a YYYY-MM-DD date`);
        const day = toDayNumber(date);
        if (yearOfDay(day) !== year) throw new RangeError(`holiday file ${year}: ${what} ${date} is not in ${year}`);
        return day;
      };
      for (const holiday of file.holidays) {
        for (const date of holiday.dates) this.#daysOff.add(inYear(date, `${holiday.name} date`));
      }
      for (const date of file.makeUpWorkdays) {
        const day = inYear(date, "make-up working day");
        const wd = weekdayOfDay(day);
        if (wd !== 0 && wd !== 6) throw new RangeError(`holiday file ${year}: make-up working day ${date} is not a Saturday or Sunday`);
        if (this.#daysOff.has(day)) throw new RangeError(`holiday file ${year}: ${date} is both a day off and a make-up working day`);
        this.#makeUp.add(day);
      }
    }
    this.#files = [...files];
  }

  static #official: WorkingCalendar | undefined;

  /** The shipped holiday files (OFFICIAL_HOLIDAY_FILES); built once. */
  static official(): WorkingCalendar {
    return (WorkingCalendar.#official ??= new WorkingCalendar(OFFICIAL_HOLIDAY_FILES));
  }

  /** A new calendar with this one's files and `file` (e.g. next year's notice, or a test year). */
  withFile(file: HolidayFile): WorkingCalendar {
    return new WorkingCalendar([...this.#files, file]);
  }

  /** The years with a holiday file, ascending. */
  get years(): number[] {
    return [...this.#years].sort((a, b) => a - b);
  }

  /** True when a holiday file for that date's year is loaded (otherwise the Mon–Fri fallback applies). */
  covers(date: string): boolean {
    return this.#years.has(yearOfDay(toDayNumber(date)));
  }

  /** True when every year from `from`'s to `to`'s (in either order) has a holiday file. */
  coversRange(from: string, to: string): boolean {
    return this.#coversDays(toDayNumber(from), toDayNumber(to));
  }

  #coversDays(a: number, b: number): boolean {
    const lo = yearOfDay(Math.min(a, b));
    const hi = yearOfDay(Math.max(a, b));
    for (let y = lo; y <= hi; y++) if (!this.#years.has(y)) return false;
    return true;
  }

  /**
   * Monday–Friday unless a day off (放假调休); Saturday/Sunday only if a make-up working day
   * (调休上班). Years without a file: Monday–Friday.
   */
  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /** isWorkingDay on a day number (see toDayNumber). Holiday sets only hold loaded years, so the fallback is implicit. */
  isWorkingDayNumber(day: number): boolean {
    if (this.#daysOff.has(day)) return false;
    if (this.#makeUp.has(day)) return true;
    const wd = weekdayOfDay(day);
    return wd !== 0 && wd !== 6;
  }

  /** The first working day on or after `date`. */
  nextWorkingDayOnOrAfter(date: string): string {
    let day = toDayNumber(date);
    while (!this.isWorkingDayNumber(day)) day++;
    return fromDayNumber(day);
  }

  /** The n-th working day AFTER `from` (`from` itself never counts); n ≥ 0; n = 0 returns `from`. */
  addWorkingDays(from: string, n: number): string {
    checkInteger("n", n);
    if (n < 0) throw new RangeError(`n must be ≥ 0, got ${n}`);
    let day = toDayNumber(from);
    for (let left = n; left > 0; ) {
      day++;
      if (this.isWorkingDayNumber(day)) left--;
    }
    return fromDayNumber(day);
  }

  /** The number of working days in (from, to]; negative (minus those in (to, from]) when to < from. */
  workingDaysBetween(from: string, to: string): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    let count = 0;
    for (let day = lo + 1; day <= hi; day++) if (this.isWorkingDayNumber(day)) count++;
    return b >= a ? count : 0 - count; // never -0
  }
}

// ---------------------------------------------------------------------------------------------
// Periods

export type PeriodKind = "WORKING_DAYS" | "CALENDAR_DAYS";
export interface Period {
  /** A positive integer. */
  days: number;
  kind: PeriodKind;
}

/** 行政处罚法 (2021) Art. 85: the periods that are counted in working days. */
export const WORKING_DAY_PERIODS: readonly number[] = [2, 3, 5, 7];

/** APL Art. 85: periods of 2, 3, 5 and 7 days are working days; other periods are calendar days. */
export function statutoryPeriod(days: number): Period {
  checkInteger("days", days);
  if (days < 1) throw new RangeError(`a period has at least one day, got ${days}`);
  return { days, kind: WORKING_DAY_PERIODS.includes(days) ? "WORKING_DAYS" : "CALENDAR_DAYS" };
}

// ---------------------------------------------------------------------------------------------
// The clock

/**
 * A suspension (中止): from its first day, until the day it was resumed (null: still suspended).
 * The days `from` .. `until − 1` are paused; `until` itself runs again (a pause resumed the day it
 * began pauses nothing). `until` before `from` is a RangeError.
 */
export interface Pause {
  from: string;
  until: string | null;
}

export interface ClockState {
  /** The last day on which the act is on time; null while paused (no date can be given yet). */
  deadline: string | null;
  paused: boolean;
  /**
   * From `today` to the deadline, in the period's kind of days; 0 on the deadline itself; null while
   * paused. Calendar periods: deadline − today. Working periods, before/on the deadline: working
   * days in (today, deadline]; after it: minus the working days in [deadline, today), i.e. how many
   * working days late an act done on the next working day from today would be (a Saturday after a
   * Friday deadline gives −1, like the Monday after it).
   */
  daysLeft: number | null;
  /** today is after the deadline (and the clock is not paused). */
  overdue: boolean;
  /**
   * The day the period's last day was counted, before the rest-day rollover of calendar periods
   * (equal to `deadline` for working periods and when no rollover happened); null while paused.
   */
  lastCountedDay: string | null;
  /**
   * True when the result depends on a year without a holiday file (Mon–Fri fallback), so it may
   * change once that year's notice is loaded: for working periods any day from the start to the
   * deadline (and between today and the deadline); for calendar periods the rollover days.
   */
  provisional: boolean;
}

/** Pauses as sorted, merged half-open day intervals [from, until); until = Infinity when still open. */
function normalizePauses(pauses: readonly Pause[]): { from: number; until: number }[] {
  const intervals: { from: number; until: number }[] = [];
  for (const p of pauses) {
    const from = toDayNumber(p.from);
    const until = p.until === null ? Infinity : toDayNumber(p.until);
    if (until < from) throw new RangeError(`pause resumed (${p.until}) before it began (${p.from})`);
    if (until > from) intervals.push({ from, until });
  }
  intervals.sort((a, b) => a.from - b.from);
  const merged: { from: number; until: number }[] = [];
  for (const iv of intervals) {
    const last = merged[merged.length - 1];
    if (last !== undefined && iv.from <= last.until) last.until = Math.max(last.until, iv.until);
    else merged.push({ ...iv });
  }
  return merged;
}

/**
 * A statutory clock that starts on `start` (the day of the act; the period starts the day after),
 * runs for `period`, and is extended by the days it was paused (paused calendar days for a calendar period,
 * paused working days for a working period). For a calendar-day period whose last day is not a working day,
 * the deadline moves to the next working day (the common rule that a period ending on a statutory holiday ends on the next working day).
 *
 * Precisely (walking forward from the day after `start`):
 * 1. A day is *counted* when it is not paused and, for a working period, is a working day. The
 *    period's last day (`lastCountedDay`) is its `days`-th counted day. So a pause removes from the
 *    clock exactly the days it covers that the clock would otherwise have counted: paused days on or
 *    before `start` count for nothing (the clock had not started), and once `days` days have been
 *    counted the period is over; a pause that begins later cannot revive it. Overlapping pauses are
 *    merged (a day is paused once).
 * 2. The deadline is the first day on or after `lastCountedDay` that is a working day and not paused.
 *    For a working period that is `lastCountedDay` itself; for a calendar period it is the rest-day
 *    rollover (民法典 Art. 203), and a day paused during the rollover days is skipped too, so a
 *    suspension begun on the rolled-over last day still stops the clock.
 * 3. If the walk reaches a still-open pause before the deadline is found, the clock is paused: no
 *    deadline. An open pause that begins after the deadline does not stop a clock that has already
 *    run out: the state is the deadline (overdue once today is past it).
 * `today` only matters for `daysLeft` and `overdue`; pauses are taken as recorded (not clipped to today).
 */
export function clockState(calendar: WorkingCalendar, start: string, period: Period, pauses: readonly Pause[], today: string): ClockState {
  checkInteger("period.days", period.days);
  if (period.days < 1) throw new RangeError(`a period has at least one day, got ${period.days}`);
  if (period.kind !== "WORKING_DAYS" && period.kind !== "CALENDAR_DAYS") throw new RangeError(`unknown period kind ${String(period.kind)}`);
  const startDay = toDayNumber(start);
  const todayDay = toDayNumber(today);
  const intervals = normalizePauses(pauses);
  const working = period.kind === "WORKING_DAYS";
  const pausedState: ClockState = { deadline: null, paused: true, daysLeft: null, overdue: false, lastCountedDay: null, provisional: false };

  let i = 0; // the first interval that does not end before `day`
  /** The pause interval covering `day`, if any (days only ever increase). */
  const pauseAt = (day: number): { from: number; until: number } | undefined => {
    while (i < intervals.length && intervals[i].until <= day) i++;
    const iv = intervals[i];
    return iv !== undefined && iv.from <= day ? iv : undefined;
  };

  // 1. The days-th counted day.
  let day = startDay;
  for (let counted = 0; counted < period.days; ) {
    day++;
    const iv = pauseAt(day);
    if (iv !== undefined) {
      if (iv.until === Infinity) return pausedState;
      day = iv.until - 1; // jump over the pause
      continue;
    }
    if (!working || calendar.isWorkingDayNumber(day)) counted++;
  }
  const lastCounted = day;

  // 2. The first working, unpaused day on or after it.
  for (;;) {
    const iv = pauseAt(day);
    if (iv !== undefined) {
      if (iv.until === Infinity) return pausedState;
      day = iv.until;
      continue;
    }
    if (calendar.isWorkingDayNumber(day)) break;
    day++;
  }
  const deadlineDay = day;

  let daysLeft: number;
  if (!working) daysLeft = deadlineDay - todayDay;
  else if (todayDay <= deadlineDay) daysLeft = countWorking(calendar, todayDay, deadlineDay);
  else daysLeft = -countWorking(calendar, deadlineDay - 1, todayDay - 1);

  const provisional = working
    ? !coversDays(calendar, startDay + 1, deadlineDay) || !coversDays(calendar, todayDay, deadlineDay)
    : !coversDays(calendar, lastCounted, deadlineDay);

  return {
    deadline: fromDayNumber(deadlineDay),
    paused: false,
    daysLeft,
    overdue: todayDay > deadlineDay,
    lastCountedDay: fromDayNumber(lastCounted),
    provisional,
  };
}

/** Working days in (a, b], a ≤ b. */
function countWorking(calendar: WorkingCalendar, a: number, b: number): number {
  let n = 0;
  for (let d = a + 1; d <= b; d++) if (calendar.isWorkingDayNumber(d)) n++;
  return n;
}

function coversDays(calendar: WorkingCalendar, a: number, b: number): boolean {
  return calendar.coversRange(fromDayNumber(a), fromDayNumber(b));
}
