import { Foundation1764201600000 } from "./1764201600000-foundation.js";
import { EventLog1764201700000 } from "./1764201700000-event-log.js";
import { PowersAndOverlaps1764201800000 } from "./1764201800000-powers-and-overlaps.js";
import { Cases1764201900000 } from "./1764201900000-cases.js";
import { Meetings1764202000000 } from "./1764202000000-meetings.js";
import { Operations1764202100000 } from "./1764202100000-operations.js";
import { WorkingCalendar1764202260000 } from "./1764202260000-working-calendar.js";
import { AgendaDisputes1764202400000 } from "./1764202400000-agenda-disputes.js";
import { CaseReviewCorrections1764202500000 } from "./1764202500000-case-review-corrections.js";
import { OverlapPowers1764202600000 } from "./1764202600000-overlap-powers.js";

/** Every migration, oldest first. Class references rather than globs: they work in ESM and vitest alike. */
export const MIGRATIONS = [
  Foundation1764201600000, EventLog1764201700000, PowersAndOverlaps1764201800000, Cases1764201900000, Meetings1764202000000, Operations1764202100000,
  WorkingCalendar1764202260000, AgendaDisputes1764202400000, CaseReviewCorrections1764202500000, OverlapPowers1764202600000,
];
