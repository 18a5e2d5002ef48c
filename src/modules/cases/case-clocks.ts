import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { countyDate } from "../../platform/time.js";
import { CaseStatus, ReferralStatus } from "./case-enums.js";
import type { CaseReferral, EnforcementCase } from "./case.entity.js";
import { clockState, statutoryPeriod, WorkingCalendar, type Period } from "./statutory-clock.js";

export enum DeadlineKind {
  FILING = "FILING",
  DECISION = "DECISION",
  REFERRAL_ANSWER = "REFERRAL_ANSWER",
}

registerEnumType(DeadlineKind, {
  name: "DeadlineKind",
  description: "Which statutory clock",
  valuesConfig: {
    FILING: { description: "Filing a reported case promptly (APL Art. 54; the period is the county's setting)" },
    DECISION: { description: "Deciding within 90 days of filing (APL Art. 60), or the matter's sector period" },
    REFERRAL_ANSWER: { description: "Answering a referral within 3 working days (APL Art. 85; 国务院令第310号 for suspected crimes)" },
  },
});

@ObjectType({ description: "A statutory deadline of a case, with the days left on the county's working calendar" })
export class CaseDeadline {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;
  @Field({ description: "The rule it comes from, in Chinese, e.g. 《行政处罚法》第六十条（立案之日起九十日内作出决定）" })
  basis!: string;
  @Field(() => Int)
  periodDays!: number;
  @Field({ description: "True when the period counts working days (工作日), false for calendar days" })
  workingDays!: boolean;
  @Field(() => LocalDateResolver, { nullable: true, description: "Null while the case is suspended" })
  due!: string | null;
  @Field(() => Int, { nullable: true, description: "Days left (negative: overdue), in the period's kind of days" })
  daysLeft!: number | null;
  @Field()
  overdue!: boolean;
  @Field({ description: "The clock is stopped by a suspension (中止)" })
  paused!: boolean;
  @Field({
    description:
      "True when the date depends on a year whose official holiday schedule is not loaded yet (Monday–Friday assumed): it may move once an ADMIN loads that year (setWorkingCalendar)",
  })
  provisional!: boolean;
}

/** Days to file a reported case: APL Art. 54 says "promptly"; the hub uses 15 calendar days. */
export const FILING_DAYS = 15;
/** APL Art. 60. */
export const DECISION_DAYS = 90;
/** A referral is answered in 3 days: working days under APL Art. 85. */
export const REFERRAL_ANSWER_DAYS = 3;

/** Each clock's legal basis as its readers cite it (APL = 《中华人民共和国行政处罚法》, 2021 revision). */
export const DEADLINE_BASES = {
  filing: `《行政处罚法》第五十四条（及时立案；本县设定${FILING_DAYS}日）`,
  decision: "《行政处罚法》第六十条（立案之日起九十日内作出决定）",
  sectorDecision: "本事项的行业规定（《行政处罚法》第六十条：法律、法规、规章另有规定的，从其规定）",
  referralAnswer: "《行政处罚法》第八十五条（三日按工作日计）；《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）",
} as const;

/** The clocks that run for a case on `today`, counted on `calendar` (the loaded holiday schedules). */
export function caseDeadlines(
  c: EnforcementCase,
  pendingReferral: CaseReferral | null,
  decisionDays: number | null,
  today: string,
  calendar: WorkingCalendar,
): CaseDeadline[] {
  const deadlines: CaseDeadline[] = [];
  const clock = (kind: DeadlineKind, basis: string, start: string, period: Period, withPauses: boolean) => {
    const state = clockState(calendar, start, period, withPauses ? c.pauses : [], today);
    deadlines.push({
      kind,
      basis,
      periodDays: period.days,
      workingDays: period.kind === "WORKING_DAYS",
      due: state.deadline,
      daysLeft: state.daysLeft,
      overdue: state.overdue,
      paused: state.paused,
      provisional: state.provisional,
    });
  };
  const reportedOn = countyDate(c.createdAt);
  if ([CaseStatus.UNASSIGNED, CaseStatus.DISPUTED, CaseStatus.ASSIGNED].includes(c.status)) {
    clock(DeadlineKind.FILING, DEADLINE_BASES.filing, reportedOn, { days: FILING_DAYS, kind: "CALENDAR_DAYS" }, false);
  }
  const deciding = [CaseStatus.ACCEPTED, CaseStatus.INVESTIGATING, CaseStatus.SUSPENDED].includes(c.status) ||
    (c.status === CaseStatus.REFERRED && c.filedOn !== null);
  if (c.filedOn && deciding) {
    // APL Art. 85 holds for a matter's own period too: a sector rule's 7 days are 7 working days.
    const days = decisionDays ?? DECISION_DAYS;
    clock(DeadlineKind.DECISION, decisionDays ? DEADLINE_BASES.sectorDecision : DEADLINE_BASES.decision, c.filedOn, statutoryPeriod(days), true);
  }
  if (pendingReferral && pendingReferral.status === ReferralStatus.PENDING) {
    clock(DeadlineKind.REFERRAL_ANSWER, DEADLINE_BASES.referralAnswer, pendingReferral.referredOn, statutoryPeriod(REFERRAL_ANSWER_DAYS), false);
  }
  return deadlines;
}
