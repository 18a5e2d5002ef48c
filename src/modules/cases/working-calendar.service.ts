import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import type { EventBus } from "../../platform/events/event-bus.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { BadInputError, type FieldProblem } from "../../platform/graphql/errors.js";
import { dayOfWeek, isIsoDate, WorkingCalendar, type HolidayFile } from "./statutory-clock.js";
import { WorkingCalendarYear } from "./working-calendar.entity.js";
import type { SetWorkingCalendarInput } from "./working-calendar.inputs.js";

/** The event that records a loaded year; every instance drops its cached calendar when it sees one. */
export const WORKING_CALENDAR_SET = "WorkingCalendarSet";

/**
 * The working-day calendar the statutory clocks count on, read from the database (one row per year
 * whose holiday notice is loaded). Each instance keeps it in memory: the clocks of a page of cases
 * need it on every request, and it changes about once a year. Loading a year records an event;
 * every instance, this one or another on the same PostgreSQL database, drops its copy when the
 * event reaches its bus, and this one also at once after its own commit.
 */
export class WorkingCalendarService {
  #cached: Promise<WorkingCalendar> | undefined;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    bus: EventBus,
  ) {
    bus.subscribe({
      accepts: (event) => event.topic === EventTopic.CALENDAR && event.type === WORKING_CALENDAR_SET,
      deliver: () => this.invalidate(),
    });
  }

  /** The calendar as loaded now: the years in the database, Monday–Friday elsewhere. */
  calendar(): Promise<WorkingCalendar> {
    if (this.#cached === undefined) {
      const loading = this.load();
      this.#cached = loading;
      // A failed read is not kept: the next caller tries again.
      loading.catch(() => {
        if (this.#cached === loading) this.#cached = undefined;
      });
    }
    return this.#cached;
  }

  /** The next calendar() reads the database again. A read already under way keeps its answer for its own callers. */
  invalidate(): void {
    this.#cached = undefined;
  }

  /** The loaded years, oldest first (everyone signed in). */
  async years(actor: Actor): Promise<WorkingCalendarYear[]> {
    this.access.require(actor, Permission.ReadReferenceData);
    return this.uow.dataSource.getRepository(WorkingCalendarYear).find({ order: { year: "ASC" } });
  }

  /**
   * Loads (or replaces) one year's official schedule (ADMIN). Refused with BAD_USER_INPUT naming
   * each bad field: a date outside the year, a date listed twice, a make-up working day that is not
   * a weekend day or is also a day off. The clocks use it from the next request on.
   */
  async set(actor: Actor, input: SetWorkingCalendarInput): Promise<WorkingCalendarYear> {
    this.access.require(actor, Permission.ManageCalendar);
    const file = validated(input);
    const saved = await this.uow.run(actor, async (em) => {
      const repo = em.getRepository(WorkingCalendarYear);
      const before = await repo.findOneBy({ year: file.year });
      await em.query(
        `INSERT INTO working_calendar_year (year, holidays, make_up_workdays, source, note, set_by, updated_at)
         VALUES ($1, $2::jsonb, $3::jsonb, $4, $5, $6, $7)
         ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays, make_up_workdays = EXCLUDED.make_up_workdays, source = EXCLUDED.source,
           note = EXCLUDED.note, set_by = EXCLUDED.set_by, updated_at = EXCLUDED.updated_at, version = working_calendar_year.version + 1`,
        [file.year, JSON.stringify(file.holidays), JSON.stringify(file.makeUpWorkdays), file.source ?? null, file.note ?? null, actor.sub, this.uow.clock.now()],
      );
      const row = await repo.findOneByOrFail({ year: file.year });
      const daysOff = file.holidays.reduce((n, h) => n + h.dates.length, 0);
      return {
        result: row,
        events: [{
          topic: EventTopic.CALENDAR,
          type: WORKING_CALENDAR_SET,
          subjectIds: [String(file.year)],
          agencyIds: [],
          visibility: EventVisibility.PUBLIC,
          payload: {
            year: file.year, version: row.version, replaced: before !== null, daysOff, holidays: file.holidays,
            makeUpWorkdays: file.makeUpWorkdays, source: file.source ?? null,
          },
        }],
      };
    });
    this.invalidate();
    return saved;
  }

  private async load(): Promise<WorkingCalendar> {
    const rows = await this.uow.dataSource.getRepository(WorkingCalendarYear).find({ order: { year: "ASC" } });
    return new WorkingCalendar(rows.map((r) => ({ year: r.year, holidays: r.holidays, makeUpWorkdays: r.makeUpWorkdays })));
  }
}

/** The schedule as a holiday file, or BAD_USER_INPUT listing every problem with its field path. */
function validated(input: SetWorkingCalendarInput): HolidayFile {
  const problems: FieldProblem[] = [];
  const { year } = input;
  if (!Number.isSafeInteger(year) || year < 1 || year > 9999) problems.push({ path: "year", message: "must be a year from 1 to 9999" });
  if (input.holidays.length === 0) problems.push({ path: "holidays", message: "a holiday notice lists at least one festival" });
  const inYear = (date: string) => isIsoDate(date) && Number(date.slice(0, 4)) === year;
  const daysOff = new Map<string, string>(); // date → the path where it was first listed
  const holidays = input.holidays.map((h, i) => {
    const name = h.name.trim();
    if (!name) problems.push({ path: `holidays.${i}.name`, message: "must not be empty" });
    if (h.dates.length === 0) problems.push({ path: `holidays.${i}.dates`, message: "lists no day off" });
    h.dates.forEach((date, j) => {
      const path = `holidays.${i}.dates.${j}`;
      if (!inYear(date)) problems.push({ path, message: `${date} is not in ${year}` });
      else if (daysOff.has(date)) problems.push({ path, message: `${date} is already listed as a day off (${daysOff.get(date)})` });
      else daysOff.set(date, path);
    });
    return { name, dates: [...h.dates].sort() };
  });
  const makeUp = new Set<string>();
  input.makeUpWorkdays.forEach((date, j) => {
    const path = `makeUpWorkdays.${j}`;
    if (!inYear(date)) problems.push({ path, message: `${date} is not in ${year}` });
    else if (makeUp.has(date)) problems.push({ path, message: `${date} is listed twice` });
    else if (daysOff.has(date)) problems.push({ path, message: `${date} is also a day off (${daysOff.get(date)}): a date is either a holiday or a make-up working day` });
    else if (![0, 6].includes(dayOfWeek(date))) problems.push({ path, message: `${date} is a weekday: make-up working days (调休上班) are Saturdays or Sundays` });
    makeUp.add(date);
  });
  if (problems.length) throw new BadInputError(problems);
  return { year, holidays, makeUpWorkdays: [...makeUp].sort(), source: input.source?.trim() || undefined, note: input.note?.trim() || undefined };
}
