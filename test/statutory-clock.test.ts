import { describe, it, expect } from "vitest";
import fc from "fast-check";
import shipped2026 from "../src/modules/cases/holidays/holidays-cn-2026.json" with { type: "json" };
import {
  addCalendarDays,
  calendarDaysBetween,
  clockState,
  dayOfWeek,
  isIsoDate,
  OFFICIAL_HOLIDAY_FILES,
  statutoryPeriod,
  WorkingCalendar,
  type HolidayFile,
  type Pause,
  type Period,
} from "../src/modules/cases/statutory-clock.js";

const cal = WorkingCalendar.official();

/** Every date from `from` to `to` inclusive. */
function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

/** Weekday by the platform's UTC Date, as an independent reference: 0 = Sunday. */
function utcWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * A naive reference for clockState's deadline, written straight from the documented rules with
 * string dates: walk day by day; a day is counted when not paused and (calendar period, or working
 * day); then the first working, unpaused day on or after the last counted day. null = paused.
 */
function referenceClock(start: string, period: Period, pauses: readonly Pause[]): { deadline: string; last: string } | null {
  const paused = (d: string) => pauses.some((p) => p.from <= d && (p.until === null || d < p.until));
  const pausedForever = (d: string) => pauses.some((p) => p.until === null && p.from <= d);
  let d = start;
  let counted = 0;
  while (counted < period.days) {
    d = addCalendarDays(d, 1);
    if (pausedForever(d)) return null;
    if (paused(d)) continue;
    if (period.kind === "CALENDAR_DAYS" || cal.isWorkingDay(d)) counted++;
  }
  const last = d;
  while (paused(d) || !cal.isWorkingDay(d)) {
    if (pausedForever(d)) return null;
    d = addCalendarDays(d, 1);
  }
  return { deadline: d, last };
}

// Arbitraries: dates from mid-2025 to mid-2027, so both the 2026 file and the Mon–Fri fallback are exercised.
const anyDate = fc.integer({ min: 0, max: 729 }).map((k) => addCalendarDays("2025-07-01", k));
const date2026 = fc.integer({ min: 0, max: 364 }).map((k) => addCalendarDays("2026-01-01", k));
const anyPeriod = fc.constantFrom(2, 3, 5, 7, 10, 15, 30, 60, 90).map(statutoryPeriod);
const RUNS = { numRuns: 300 };

describe("dates", () => {
  it("addCalendarDays crosses months, leap days and years", () => {
    expect(addCalendarDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addCalendarDays("2026-05-05", 0)).toBe("2026-05-05");
  });

  it("calendarDaysBetween is to minus from, negative backwards", () => {
    expect(calendarDaysBetween("2026-01-01", "2026-12-31")).toBe(364);
    expect(calendarDaysBetween("2026-12-31", "2026-01-01")).toBe(-364);
    expect(calendarDaysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("dates that are not real YYYY-MM-DD dates are rejected", () => {
    for (const bad of ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "2026-01-01T00:00:00Z", "", "0000-01-01"]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => addCalendarDays(bad, 1)).toThrow(RangeError);
      expect(() => cal.isWorkingDay(bad)).toThrow(RangeError);
    }
    expect(() => addCalendarDays("2026-01-01", 1.5)).toThrow(RangeError);
  });

  it("dayOfWeek agrees with the platform's UTC calendar (2026-01-01 is a Thursday)", () => {
    expect(dayOfWeek("2026-01-01")).toBe(4);
    for (const d of datesFrom("2025-12-25", "2027-01-05")) expect(dayOfWeek(d)).toBe(utcWeekday(d));
  });

  it("addCalendarDays and calendarDaysBetween are inverse (property)", () => {
    const wide = fc.integer({ min: -50_000, max: 50_000 }).map((k) => addCalendarDays("2000-01-01", k));
    fc.assert(
      fc.property(wide, fc.integer({ min: -20_000, max: 20_000 }), wide, (d, n, e) => {
        expect(calendarDaysBetween(d, addCalendarDays(d, n))).toBe(n);
        expect(addCalendarDays(d, calendarDaysBetween(d, e))).toBe(e);
      }),
      RUNS,
    );
  });

  it("addCalendarDays agrees with UTC millisecond arithmetic (property)", () => {
    const modern = fc.integer({ min: 0, max: 60_000 }).map((k) => addCalendarDays("1950-01-01", k));
    fc.assert(
      fc.property(modern, fc.integer({ min: -5_000, max: 5_000 }), (d, n) => {
        const ref = new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addCalendarDays(d, n)).toBe(ref);
      }),
      RUNS,
    );
  });
});

describe("the working calendar", () => {
  it("Monday to Friday are working days and Saturday and Sunday are not, in an ordinary week", () => {
    // 2026-03-09 is a Monday; no holiday or make-up day that week.
    expect(["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"].map((d) => cal.isWorkingDay(d))).toEqual([true, true, true, true, true]);
    expect(cal.isWorkingDay("2026-03-14")).toBe(false);
    expect(cal.isWorkingDay("2026-03-15")).toBe(false);
  });

  it("2026-10-01..07 National Day are not working days, though 10-01, 10-02, 10-05, 10-06 and 10-07 are weekdays", () => {
    for (const d of datesFrom("2026-10-01", "2026-10-07")) expect(cal.isWorkingDay(d), d).toBe(false);
    expect(cal.isWorkingDay("2026-09-30")).toBe(true);
    expect(cal.isWorkingDay("2026-10-08")).toBe(true);
  });

  it("2026-10-10 (Saturday) is a make-up working day, and Sunday 2026-10-11 is not", () => {
    expect(dayOfWeek("2026-10-10")).toBe(6);
    expect(cal.isWorkingDay("2026-10-10")).toBe(true);
    expect(cal.isWorkingDay("2026-10-11")).toBe(false);
  });

  it("2026-02-14 (Saturday) is a make-up working day and counts as the first working day after 2026-02-13", () => {
    expect(dayOfWeek("2026-02-14")).toBe(6);
    expect(cal.isWorkingDay("2026-02-14")).toBe(true);
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-14");
    expect(cal.workingDaysBetween("2026-02-13", "2026-02-14")).toBe(1);
  });

  it("every day of 2026 is a working day exactly as the shipped JSON file says", () => {
    const off = new Set(shipped2026.holidays.flatMap((h) => h.dates));
    const makeUp = new Set(shipped2026.makeUpWorkdays);
    for (const d of datesFrom("2026-01-01", "2026-12-31")) {
      const wd = utcWeekday(d);
      const expected = makeUp.has(d) || (!off.has(d) && wd >= 1 && wd <= 5);
      expect(cal.isWorkingDay(d), d).toBe(expected);
    }
  });

  it("2026 has 248 working days, counted by hand from the JSON", () => {
    // 2026 starts on a Thursday and has 365 days = 52 weeks + 1 day, so 104 weekend days and 261 weekdays.
    // Days off that fall on weekdays: New Year 01-01 Thu, 01-02 Fri (2); Spring Festival 02-16..20 Mon–Fri and
    // 02-23 Mon (6); Qingming 04-06 Mon (1); Labour Day 05-01 Fri, 05-04 Mon, 05-05 Tue (3); Dragon Boat 06-19 Fri (1);
    // Mid-Autumn 09-25 Fri (1); National Day 10-01 Thu, 10-02 Fri, 10-05 Mon, 10-06 Tue, 10-07 Wed (5): 19 in all.
    // Make-up working days (all weekends): 01-04, 02-14, 02-28, 05-09, 09-20, 10-10: 6.  261 − 19 + 6 = 248.
    expect(cal.workingDaysBetween("2025-12-31", "2026-12-31")).toBe(248);
  });

  it("a year without a holiday file falls back to Monday–Friday, and covers() lets the caller warn", () => {
    expect(cal.years).toEqual([2026]);
    expect(cal.covers("2026-06-30")).toBe(true);
    expect(cal.covers("2027-10-01")).toBe(false);
    expect(cal.covers("2025-10-01")).toBe(false);
    expect(cal.isWorkingDay("2027-10-01")).toBe(true); // a Friday; its National Day is not loaded
    expect(cal.isWorkingDay("2025-10-04")).toBe(false); // a Saturday
    expect(cal.coversRange("2026-01-01", "2026-12-31")).toBe(true);
    expect(cal.coversRange("2026-12-01", "2027-01-05")).toBe(false);
  });

  it("a later year's file is added beside 2026 and takes effect for that year only", () => {
    // Synthetic test data, not the real 2027 notice: 2027-01-01 is a Friday, 2027-01-02 a Saturday.
    const test2027: HolidayFile = { year: 2027, holidays: [{ name: "test", dates: ["2027-01-01"] }], makeUpWorkdays: ["2027-01-02"] };
    const both = cal.withFile(test2027);
    expect(both.years).toEqual([2026, 2027]);
    expect(both.covers("2027-01-01")).toBe(true);
    expect(both.isWorkingDay("2027-01-01")).toBe(false);
    expect(both.isWorkingDay("2027-01-02")).toBe(true);
    expect(both.isWorkingDay("2026-10-10")).toBe(true);
    expect(cal.isWorkingDay("2027-01-01")).toBe(true); // the official calendar is unchanged
    expect(new WorkingCalendar([...OFFICIAL_HOLIDAY_FILES, test2027]).addWorkingDays("2026-12-31", 1)).toBe("2027-01-02");
  });

  it("malformed holiday files are rejected", () => {
    const ok = { year: 2030, holidays: [] as { name: string; dates: string[] }[], makeUpWorkdays: [] as string[] };
    expect(() => new WorkingCalendar([{ ...ok, holidays: [{ name: "x", dates: ["2031-01-01"] }] }])).toThrow(/not in 2030/);
    expect(() => new WorkingCalendar([{ ...ok, holidays: [{ name: "x", dates: ["2030-02-30"] }] }])).toThrow(RangeError);
    expect(() => new WorkingCalendar([{ ...ok, makeUpWorkdays: ["2030-01-07"] }])).toThrow(/Saturday or Sunday/); // a Monday
    expect(() => new WorkingCalendar([{ ...ok, holidays: [{ name: "x", dates: ["2030-01-05"] }], makeUpWorkdays: ["2030-01-05"] }])).toThrow(/both/);
    expect(() => new WorkingCalendar([ok, ok])).toThrow(/twice/);
    expect(() => new WorkingCalendar([{ ...ok, year: 2030.5 }])).toThrow(RangeError);
  });

  it("a 3-working-day period starting on 2026-09-30 ends on 2026-10-10, the make-up Saturday", () => {
    // 09-30 (Wed) is the day of the act and does not count. 10-01..07 are days off.
    // 10-08 Thu = 1, 10-09 Fri = 2, 10-10 Sat (调休上班) = 3.
    // (2026-10-09 would be the answer only if the start day itself were counted, which the law does not do.)
    expect(cal.addWorkingDays("2026-09-30", 2)).toBe("2026-10-09");
    expect(cal.addWorkingDays("2026-09-30", 3)).toBe("2026-10-10");
    expect(clockState(cal, "2026-09-30", statutoryPeriod(3), [], "2026-09-30").deadline).toBe("2026-10-10");
  });

  it("a 5-working-day period from 2026-02-13 across the Spring Festival ends on 2026-02-27", () => {
    // 02-13 is a Friday, the day of the act: not counted.
    // 02-14 Sat is a make-up working day (调休上班) = 1.
    // 02-15 Sun .. 02-23 Mon are the Spring Festival days off = 0.
    // 02-24 Tue = 2, 02-25 Wed = 3, 02-26 Thu = 4, 02-27 Fri = 5.
    // (02-28 Sat, the next make-up day, would be the 6th.)
    expect(cal.addWorkingDays("2026-02-13", 5)).toBe("2026-02-27");
    expect(cal.addWorkingDays("2026-02-13", 6)).toBe("2026-02-28");
    expect(clockState(cal, "2026-02-13", statutoryPeriod(5), [], "2026-02-13")).toMatchObject({ deadline: "2026-02-27", daysLeft: 5 });
  });

  it("addWorkingDays with n = 0 returns the start day, even a day off, and n = 1 from a day off is the next working day", () => {
    expect(cal.addWorkingDays("2026-10-03", 0)).toBe("2026-10-03");
    expect(cal.addWorkingDays("2026-10-03", 1)).toBe("2026-10-08");
  });

  it("addWorkingDays rejects a negative or fractional n", () => {
    expect(() => cal.addWorkingDays("2026-03-02", -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays("2026-03-02", 1.5)).toThrow(RangeError);
  });

  it("workingDaysBetween counts the days in (from, to] and is negative backwards", () => {
    expect(cal.workingDaysBetween("2026-03-09", "2026-03-09")).toBe(0);
    expect(cal.workingDaysBetween("2026-03-09", "2026-03-13")).toBe(4); // Tue..Fri
    expect(cal.workingDaysBetween("2026-03-13", "2026-03-09")).toBe(-4);
    expect(cal.workingDaysBetween("2026-09-30", "2026-10-08")).toBe(1);
  });

  it("addWorkingDays(d, n) is a working day for n ≥ 1 and workingDaysBetween(d, addWorkingDays(d, n)) === n (property)", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 300 }), (d, n) => {
        const end = cal.addWorkingDays(d, n);
        if (n >= 1) expect(cal.isWorkingDay(end)).toBe(true);
        expect(cal.workingDaysBetween(d, end)).toBe(n);
        expect(cal.workingDaysBetween(end, d)).toBe(0 - n); // +0, never -0
      }),
      RUNS,
    );
  });

  it("addWorkingDays is strictly monotonic in n (property)", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = cal.addWorkingDays(d, lo);
        const y = cal.addWorkingDays(d, hi);
        if (lo === hi) expect(x).toBe(y);
        else expect(x < y).toBe(true);
      }),
      RUNS,
    );
  });

  it("workingDaysBetween is additive and antisymmetric (property)", () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)).toBe(cal.workingDaysBetween(a, c));
        expect(cal.workingDaysBetween(b, a)).toBe(0 - cal.workingDaysBetween(a, b));
      }),
      RUNS,
    );
  });
});

describe("statutory periods (行政处罚法 Art. 85)", () => {
  it("statutoryPeriod(2/3/5/7) is WORKING_DAYS", () => {
    for (const days of [2, 3, 5, 7]) expect(statutoryPeriod(days)).toEqual({ days, kind: "WORKING_DAYS" });
  });

  it("statutoryPeriod(15/60/90) and other lengths are CALENDAR_DAYS", () => {
    for (const days of [1, 4, 6, 10, 15, 30, 60, 90]) expect(statutoryPeriod(days)).toEqual({ days, kind: "CALENDAR_DAYS" });
  });

  it("a period of zero, negative or fractional days is rejected", () => {
    for (const days of [0, -3, 2.5, Number.NaN]) expect(() => statutoryPeriod(days)).toThrow(RangeError);
    expect(() => clockState(cal, "2026-03-02", { days: 0, kind: "CALENDAR_DAYS" }, [], "2026-03-02")).toThrow(RangeError);
  });
});

describe("the statutory clock", () => {
  const decision = statutoryPeriod(90);
  const sevenWorking = statutoryPeriod(7);

  it("the 90-day decision period (calendar days) from filing on 2026-03-04 ends on 2026-06-02", () => {
    // March: 27 days after the 4th, April 30, May 31: 88 → 06-01 is day 89, 06-02 (a Tuesday) day 90.
    const s = clockState(cal, "2026-03-04", decision, [], "2026-03-04");
    expect(s).toEqual({ deadline: "2026-06-02", paused: false, daysLeft: 90, overdue: false, lastCountedDay: "2026-06-02", provisional: false });
  });

  it("holidays inside a calendar period do not lengthen it", () => {
    // 15 days from 2026-09-28 run through National Day and still end on 10-13 (a Tuesday).
    expect(clockState(cal, "2026-09-28", statutoryPeriod(15), [], "2026-09-28").deadline).toBe("2026-10-13");
  });

  it("a calendar period ending on a holiday moves to the next working day", () => {
    // 90 days from 2026-07-03 end on 10-01 (National Day); 10-01..07 are days off; 10-08 is a Thursday.
    expect(clockState(cal, "2026-07-03", decision, [], "2026-07-03")).toMatchObject({ deadline: "2026-10-08", lastCountedDay: "2026-10-01" });
    // Paying a fine within 15 days (APL Art. 67) of receiving the decision on 2026-09-16: also 10-01 → 10-08.
    expect(clockState(cal, "2026-09-16", statutoryPeriod(15), [], "2026-09-16").deadline).toBe("2026-10-08");
  });

  it("a calendar period ending on a Sunday moves to the Monday", () => {
    // 90 days from 2026-03-02 end on Sunday 05-31.
    expect(clockState(cal, "2026-03-02", decision, [], "2026-03-02")).toMatchObject({ deadline: "2026-06-01", lastCountedDay: "2026-05-31" });
  });

  it("a calendar period ending on a make-up Saturday ends that Saturday", () => {
    // 15 days from 2026-09-25 end on 10-10, a make-up working day.
    expect(clockState(cal, "2026-09-25", statutoryPeriod(15), [], "2026-09-25").deadline).toBe("2026-10-10");
  });

  it("a working-day period counts working days only: 7 working days from Monday 2026-03-02 end on Wednesday 03-11", () => {
    // 03-03 Tue 1, 03-04 2, 03-05 3, 03-06 4, (weekend), 03-09 5, 03-10 6, 03-11 7.
    expect(clockState(cal, "2026-03-02", sevenWorking, [], "2026-03-02")).toMatchObject({ deadline: "2026-03-11", daysLeft: 7 });
  });

  it("a pause extends a calendar deadline by exactly its days", () => {
    // Suspended 04-13, resumed 04-23: 04-13..04-22 are 10 paused days; 06-02 + 10 = 06-12 (a Friday).
    const s = clockState(cal, "2026-03-04", decision, [{ from: "2026-04-13", until: "2026-04-23" }], "2026-04-30");
    expect(s).toMatchObject({ deadline: "2026-06-12", paused: false, daysLeft: 43, overdue: false });
    expect(calendarDaysBetween("2026-06-02", s.deadline!)).toBe(10);
  });

  it("a pause extends a working deadline by exactly the working days it covers", () => {
    // Suspended Thu 03-05, resumed Mon 03-09: paused 03-05, 03-06 (working) and the weekend. 2 working days:
    // 03-03 1, 03-04 2, 03-09 3, 03-10 4, 03-11 5, 03-12 6, 03-13 7.
    const s = clockState(cal, "2026-03-02", sevenWorking, [{ from: "2026-03-05", until: "2026-03-09" }], "2026-03-02");
    expect(s.deadline).toBe("2026-03-13");
    expect(s.deadline).toBe(cal.addWorkingDays("2026-03-11", 2));
  });

  it("a pause resumed the day it began changes nothing", () => {
    expect(clockState(cal, "2026-03-04", decision, [{ from: "2026-04-13", until: "2026-04-13" }], "2026-03-04").deadline).toBe("2026-06-02");
  });

  it("a pause before the start day counts for nothing, and one straddling it counts only its days after the start", () => {
    expect(clockState(cal, "2026-03-04", decision, [{ from: "2026-02-01", until: "2026-03-04" }], "2026-03-04").deadline).toBe("2026-06-02");
    expect(clockState(cal, "2026-03-04", decision, [{ from: "2026-03-01", until: "2026-03-05" }], "2026-03-04").deadline).toBe("2026-06-02");
    // 03-05 and 03-06 are paused: + 2 days → 06-04 (a Thursday).
    expect(clockState(cal, "2026-03-04", decision, [{ from: "2026-03-01", until: "2026-03-07" }], "2026-03-04").deadline).toBe("2026-06-04");
  });

  it("a pause after the deadline changes nothing", () => {
    expect(clockState(cal, "2026-03-04", decision, [{ from: "2026-06-03", until: "2026-06-20" }], "2026-06-25")).toMatchObject({ deadline: "2026-06-02", overdue: true, daysLeft: -23 });
  });

  it("overlapping pauses are counted once", () => {
    const pauses = [
      { from: "2026-04-13", until: "2026-04-20" },
      { from: "2026-04-16", until: "2026-04-23" },
    ];
    expect(clockState(cal, "2026-03-04", decision, pauses, "2026-03-04").deadline).toBe("2026-06-12");
  });

  it("an open pause gives deadline null and paused true", () => {
    const s = clockState(cal, "2026-03-04", decision, [{ from: "2026-04-13", until: null }], "2026-09-01");
    expect(s).toEqual({ deadline: null, paused: true, daysLeft: null, overdue: false, lastCountedDay: null, provisional: false });
    // An earlier, closed pause does not change that.
    expect(clockState(cal, "2026-03-04", decision, [{ from: "2026-03-10", until: "2026-03-12" }, { from: "2026-04-13", until: null }], "2026-04-14").paused).toBe(true);
  });

  it("an open pause begun after the deadline does not stop a clock that has already run out", () => {
    expect(clockState(cal, "2026-03-04", decision, [{ from: "2026-06-03", until: null }], "2026-06-05")).toMatchObject({ deadline: "2026-06-02", paused: false, overdue: true });
    // Begun on the deadline itself, it does stop it.
    expect(clockState(cal, "2026-03-04", decision, [{ from: "2026-06-02", until: null }], "2026-06-05").paused).toBe(true);
  });

  it("a suspension begun on the rolled-over last day of a calendar period stops the clock", () => {
    // 90 days from 2026-07-03: counted through 10-01, rolled over to 10-08.
    expect(clockState(cal, "2026-07-03", decision, [{ from: "2026-10-08", until: null }], "2026-10-09").paused).toBe(true);
    // Resumed Monday 10-12: 10-08 .. 10-11 are paused, so the first unpaused working day is 10-12.
    expect(clockState(cal, "2026-07-03", decision, [{ from: "2026-10-08", until: "2026-10-12" }], "2026-10-09").deadline).toBe("2026-10-12");
    // Suspended and resumed within the holiday, before the last day: nothing changes.
    expect(clockState(cal, "2026-07-03", decision, [{ from: "2026-10-05", until: "2026-10-08" }], "2026-10-09").deadline).toBe("2026-10-08");
  });

  it("a short pause can leave a rolled-over calendar deadline where it was: the holiday rollover absorbs it", () => {
    // One paused day moves the last counted day from 10-01 to 10-02, still inside National Day: due 10-08 either way.
    const s = clockState(cal, "2026-07-03", decision, [{ from: "2026-09-01", until: "2026-09-02" }], "2026-09-01");
    expect(s).toMatchObject({ deadline: "2026-10-08", lastCountedDay: "2026-10-02" });
  });

  it("a pause resumed before it began is rejected", () => {
    expect(() => clockState(cal, "2026-03-04", decision, [{ from: "2026-04-13", until: "2026-04-12" }], "2026-03-04")).toThrow(RangeError);
  });

  it("daysLeft is 0 on the deadline, which is not yet overdue", () => {
    expect(clockState(cal, "2026-03-04", decision, [], "2026-06-02")).toMatchObject({ daysLeft: 0, overdue: false });
    expect(clockState(cal, "2026-03-02", sevenWorking, [], "2026-03-11")).toMatchObject({ daysLeft: 0, overdue: false });
  });

  it("overdue and daysLeft negative after the deadline", () => {
    expect(clockState(cal, "2026-03-04", decision, [], "2026-06-05")).toMatchObject({ deadline: "2026-06-02", daysLeft: -3, overdue: true });
    // Working period due Wed 03-11: Thu 03-12 is −1, Fri −2, and the weekend and Monday are −3
    // (an act on Monday 03-16 would be the 3rd working day late: 03-12, 03-13, 03-16).
    const left = (today: string) => clockState(cal, "2026-03-02", sevenWorking, [], today);
    expect(left("2026-03-12")).toMatchObject({ daysLeft: -1, overdue: true });
    expect(left("2026-03-13").daysLeft).toBe(-2);
    expect(left("2026-03-14").daysLeft).toBe(-3);
    expect(left("2026-03-15").daysLeft).toBe(-3);
    expect(left("2026-03-16").daysLeft).toBe(-3);
    expect(left("2026-03-17").daysLeft).toBe(-4);
  });

  it("daysLeft of a working period counts the working days after today up to the deadline", () => {
    // Due Fri 2026-02-27 (5 working days from 02-13). On Sat 02-21 (a day off): 02-24, 25, 26, 27 = 4.
    expect(clockState(cal, "2026-02-13", statutoryPeriod(5), [], "2026-02-21").daysLeft).toBe(4);
  });

  it("a clock that runs into a year without a holiday file is provisional", () => {
    // 60 days from 2026-12-01 end on Saturday 2027-01-30: rolled over with the Mon–Fri fallback to Monday 02-01.
    expect(clockState(cal, "2026-12-01", statutoryPeriod(60), [], "2026-12-01")).toMatchObject({ deadline: "2027-02-01", provisional: true });
    expect(clockState(cal, "2026-12-28", sevenWorking, [], "2026-12-28").provisional).toBe(true);
    // A calendar period that starts in an unloaded year (2025) but ends on a working day of 2026 is not: calendar days need no holiday file.
    expect(clockState(cal, "2025-12-01", statutoryPeriod(60), [], "2025-12-01")).toMatchObject({ deadline: "2026-01-30", provisional: false });
  });

  it("clockState agrees with a naive day-by-day reference for any pauses (property)", () => {
    // Half the pauses begin anywhere, half near the end of an unpaused calendar period (start + days), where rollovers happen.
    const pause = (start: string, period: Period) =>
      fc
        .record({
          offset: fc.oneof(fc.integer({ min: -20, max: 130 }), fc.integer({ min: period.days - 3, max: period.days + 10 })),
          length: fc.integer({ min: 0, max: 40 }),
          open: fc.boolean(),
        })
        .map(({ offset, length, open }): Pause => {
          const from = addCalendarDays(start, offset);
          return { from, until: open && length % 4 === 0 ? null : addCalendarDays(from, length) };
        });
    const scenario = fc.tuple(anyDate, anyPeriod).chain(([start, period]) =>
      fc.record({
        start: fc.constant(start),
        period: fc.constant(period),
        pauses: fc.array(pause(start, period), { maxLength: 3 }),
        today: fc.integer({ min: -10, max: 200 }).map((k) => addCalendarDays(start, k)),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ start, period, pauses, today }) => {
        const s = clockState(cal, start, period, pauses, today);
        const ref = referenceClock(start, period, pauses);
        if (ref === null) {
          expect(s).toMatchObject({ deadline: null, paused: true, daysLeft: null, overdue: false });
          return;
        }
        expect(s.deadline).toBe(ref.deadline);
        expect(s.lastCountedDay).toBe(ref.last);
        expect(s.paused).toBe(false);
        expect(cal.isWorkingDay(ref.deadline)).toBe(true);
        expect(s.overdue).toBe(today > ref.deadline);
        if (period.kind === "CALENDAR_DAYS") expect(s.daysLeft).toBe(calendarDaysBetween(today, ref.deadline));
        else if (today <= ref.deadline) expect(s.daysLeft).toBe(cal.workingDaysBetween(today, ref.deadline));
        else expect(s.daysLeft).toBeLessThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("a pause never moves a deadline earlier (property)", () => {
    fc.assert(
      fc.property(date2026, anyPeriod, fc.integer({ min: -30, max: 150 }), fc.integer({ min: 0, max: 60 }), fc.boolean(), (start, period, offset, k, open) => {
        const before = clockState(cal, start, period, [], start);
        const from = addCalendarDays(start, offset);
        const after = clockState(cal, start, period, [{ from, until: open ? null : addCalendarDays(from, k) }], start);
        if (after.paused) expect(open).toBe(true);
        else expect(after.deadline! >= before.deadline!).toBe(true);
      }),
      RUNS,
    );
  });

  it("a k-day pause begun within a calendar period moves its last day by exactly k and its deadline to at least k days after the old last day (property)", () => {
    const calendarPeriod = fc.constantFrom(10, 15, 30, 60, 90).map(statutoryPeriod);
    fc.assert(
      fc.property(date2026, calendarPeriod, fc.integer({ min: 1, max: 90 }), fc.integer({ min: 0, max: 60 }), (start, period, offset, k) => {
        const before = clockState(cal, start, period, [], start);
        const from = addCalendarDays(start, Math.min(offset, period.days)); // within (start, last counted day]
        const after = clockState(cal, start, period, [{ from, until: addCalendarDays(from, k) }], start);
        expect(calendarDaysBetween(before.lastCountedDay!, after.lastCountedDay!)).toBe(k);
        expect(calendarDaysBetween(before.lastCountedDay!, after.deadline!)).toBeGreaterThanOrEqual(k);
        expect(after.deadline).toBe(cal.nextWorkingDayOnOrAfter(addCalendarDays(before.lastCountedDay!, k)));
        expect(after.deadline! >= before.deadline!).toBe(true);
      }),
      RUNS,
    );
  });

  it("a pause begun within a working-day period moves its deadline by exactly the working days it covers (property)", () => {
    const workingPeriod = fc.constantFrom(2, 3, 5, 7).map(statutoryPeriod);
    fc.assert(
      fc.property(date2026, workingPeriod, fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 30 }), (start, period, offset, k) => {
        const before = clockState(cal, start, period, [], start);
        const from = addCalendarDays(start, Math.min(offset, calendarDaysBetween(start, before.deadline!)));
        const until = addCalendarDays(from, k);
        const pausedWorking = cal.workingDaysBetween(addCalendarDays(from, -1), addCalendarDays(until, -1)); // working days in [from, until)
        const after = clockState(cal, start, period, [{ from, until }], start);
        expect(after.deadline).toBe(cal.addWorkingDays(before.deadline!, pausedWorking));
      }),
      RUNS,
    );
  });
});
