import type { HubServices } from "../context.js";
import { Role, type Actor } from "../platform/auth/actor.js";
import { CaseSource, CaseStatus, DecisionOutcome } from "../modules/cases/case-enums.js";
import type { ReportCaseInput } from "../modules/cases/case.inputs.js";
import { addCalendarDays } from "../modules/cases/statutory-clock.js";
import { agencyIdForCode } from "../modules/agencies/agency-id.js";
import { AgendaItemKind, DecisionKind, MeetingKind, type AgendaItem } from "../modules/meetings/meeting.entity.js";
import { PowerCategory } from "../modules/powers/power-enums.js";

/**
 * The sample county's recent past, so that case-file sampling, reviews, minutes, decisions and an
 * operation's summary have something to show on first start: three closed cases (two reviewed), a
 * closed joint meeting with its decisions and follow-up tasks, and a finished joint operation with
 * field reports. Everything goes through the services as the people involved would act, with the
 * hub's clock set back to each step's day, so the dates, the event log and its hash chain agree.
 * Dates count back from the day the seed runs.
 */

const FOREVER = Number.MAX_SAFE_INTEGER;
const CHAIR: Actor = { sub: "sample-chair", name: "县司法局法制科（样例）", role: Role.CHAIR, expiresAt: FOREVER };
const SUPERVISOR: Actor = { sub: "sample-supervisor", name: "县司法局执法监督科（样例）", role: Role.SUPERVISOR, expiresAt: FOREVER };
const HOTLINE: Actor = { sub: "sample-12345", name: "12345 hotline (sample)", role: Role.INTAKE, expiresAt: FOREVER };
const officerOf = (agencyId: string): Actor => ({ sub: `sample-officer-${agencyId}`, name: "执法人员（样例）", role: Role.AGENCY_OFFICER, agencyId, expiresAt: FOREVER });

/** Matters the current sample reports (seed.ts) route on: the past meeting leaves their routing as it is. */
const KEEP_ROUTING = ["FOOD.STREET_STALL", "WATER.RIVER.SAND_MINING", "ENVIRONMENT.LIVESTOCK_POLLUTION", "COMMERCE.RECYCLING"];

interface PastCase {
  report: Omit<ReportCaseInput, "occurredAt" | "category" | "source">;
  /** The agency that files it, when it is one of the candidates (the first to file takes a disputed case). */
  claimant: string;
  reportedDaysAgo: number;
  decision: { outcome: DecisionOutcome; amount?: number; summary: string; daysAfterFiling: number };
  review?: { form: number; content: number; findings: string };
}

const PAST_CASES: PastCase[] = [
  {
    report: {
      title: "杨屯镇某生猪养殖场雨污混排",
      description: "村民反映养殖场雨天粪污溢流进入村边沟渠，气味刺鼻。",
      matterCode: "ENVIRONMENT.LIVESTOCK_POLLUTION",
      regionCode: "320322102",
      locationText: "杨屯镇西湖村北",
      reporterContact: "12345 工单（样例）",
    },
    claimant: "STHJJ",
    reportedDaysAgo: 80,
    decision: { outcome: DecisionOutcome.PENALTY, amount: 50_000, summary: "责令限期改正，罚款五万元（畜禽规模养殖污染防治条例第三十九条）", daysAfterFiling: 30 },
    review: { form: 19, content: 74, findings: "证据链完整，法制审核意见明确；调查笔录个别页未签名。" },
  },
  {
    report: {
      title: "沛城街道学校周边流动食品摊点",
      description: "放学时段校门口聚集多辆流动餐车，无健康证，占用人行道。",
      matterCode: "FOOD.STREET_STALL",
      regionCode: "320322001",
      locationText: "沛城街道歌风小学东门",
      reporterContact: "12345 工单（样例）",
    },
    claimant: "SCJGJ",
    reportedDaysAgo: 65,
    decision: { outcome: DecisionOutcome.WARNING, summary: "当事人首次违法且及时改正，予以警告并登记备案。", daysAfterFiling: 12 },
    review: { form: 14, content: 52, findings: "现场检查记录缺少执法人员签名，未告知陈述申辩权利的送达回证缺失。" },
  },
  {
    report: {
      title: "龙固镇湖西段堆砂场无证经营",
      description: "湖岸堆砂场夜间装卸河砂，疑似来源不明。",
      matterCode: "WATER.RIVER.SAND_MINING",
      regionCode: "320322101",
      locationText: "龙固镇湖西段码头",
      reporterContact: "12345 工单（样例）",
    },
    claimant: "SWJ",
    reportedDaysAgo: 55,
    decision: { outcome: DecisionOutcome.PENALTY, amount: 100_000, summary: "没收非法采砂所得，罚款十万元（河道采砂管理条例）。", daysAfterFiling: 20 },
  },
];

export interface HistoryCounts {
  closedCases: number;
  reviews: number;
  decisions: number;
  fieldReports: number;
}

/**
 * A storyline: it yields the instant of its next step, and the step runs when it is resumed with
 * the clock set there. Storylines interleave in time order, so the event log reads chronologically.
 */
type Story = AsyncGenerator<Date, void, void>;

/** Runs the storylines' steps in the order of their instants, each with the clock set to it. */
async function runInTimeOrder(clock: HubServices["clock"], stories: Story[]): Promise<void> {
  let live = await Promise.all(stories.map(async (story) => ({ story, next: await story.next() })));
  for (;;) {
    live = live.filter((s) => !s.next.done);
    if (live.length === 0) return;
    const first = live.reduce((a, b) => ((a.next.value as Date) <= (b.next.value as Date) ? a : b));
    clock.set(first.next.value as Date);
    first.next = await first.story.next();
  }
}

/**
 * Loads the sample county's history, dated back from `today`; the county's regions, agencies,
 * officers and powers must already be there. Leaves the clock back at its base.
 */
export async function seedSampleHistory(services: HubServices, today: string = services.clock.today()): Promise<HistoryCounts> {
  const clock = services.clock;
  /** An instant `daysAgo` days before today, at a county time of day. */
  const at = (daysAgo: number, time: string) => new Date(`${addCalendarDays(today, -daysAgo)}T${time}:00+08:00`);
  const dayOf = (daysAgo: number) => addCalendarDays(today, -daysAgo);
  const counts: HistoryCounts = { closedCases: 0, reviews: 0, decisions: 0, fieldReports: 0 };

  /** Two officers of the agency certified that day (leader first), or none when it has fewer. */
  const teamOf = async (agencyId: string, day: string): Promise<string[]> => {
    const page = await services.officers.list(CHAIR, { agencyId, certifiedOn: day, first: 10 });
    const ids = page.nodes.map((o) => o.id);
    return ids.length >= 2 ? ids.slice(0, 2) : [];
  };

  /** A hotline report, filed, investigated, decided, executed when fined, closed, and perhaps reviewed. */
  async function* pastCase(spec: PastCase): Story {
    const d = spec.reportedDaysAgo;
    yield at(d, "10:20");
    const { case: reported } = await services.caseRouting.report(HOTLINE, {
      ...spec.report, category: PowerCategory.PENALTY, source: CaseSource.HOTLINE_12345, occurredAt: at(d + 1, "21:40"),
    });
    const wanted = agencyIdForCode(spec.claimant);
    const lead = reported.leadAgencyId ?? (reported.route.candidateAgencyIds.includes(wanted) ? wanted : reported.route.candidateAgencyIds[0]);
    if (!lead) return;
    const team = await teamOf(lead, dayOf(d - 1));
    if (team.length < 2) return; // no certified pair that day: the case stays as reported
    const officer = officerOf(lead);
    yield at(d - 1, "09:30");
    let c = await services.cases.file(officer, { caseId: reported.id, expectedVersion: reported.version, leadOfficerId: team[0], officerIds: [team[1]] });
    yield at(d - 2, "14:00");
    c = await services.cases.investigate(officer, { caseId: c.id, expectedVersion: c.version, note: "现场勘验，调取监控，询问当事人" });
    const decidedDaysAgo = d - 1 - spec.decision.daysAfterFiling;
    yield at(decidedDaysAgo, "16:00");
    const articleId = spec.decision.outcome === DecisionOutcome.PENALTY && c.powerId ? (await services.powers.byIds([c.powerId]))[0]?.articleIds[0] : undefined;
    const outcome = articleId || spec.decision.outcome !== DecisionOutcome.PENALTY ? spec.decision.outcome : DecisionOutcome.WARNING;
    c = await services.cases.decide(officer, {
      caseId: c.id, expectedVersion: c.version, outcome, amount: outcome === DecisionOutcome.PENALTY ? spec.decision.amount : undefined, articleId, summary: spec.decision.summary,
    });
    if (outcome === DecisionOutcome.PENALTY) {
      yield at(decidedDaysAgo - 10, "10:00");
      c = await services.cases.execute(officer, { caseId: c.id, expectedVersion: c.version, note: "当事人已缴纳罚款" });
    }
    yield at(decidedDaysAgo - 11, "11:00");
    c = await services.cases.close(officer, { caseId: c.id, expectedVersion: c.version, note: "结案归档" });
    counts.closedCases++;
    if (spec.review && c.status === CaseStatus.CLOSED) {
      yield at(decidedDaysAgo - 14, "15:00");
      await services.caseReviews.record(SUPERVISOR, { caseId: c.id, form: spec.review.form, content: spec.review.content, failedVetoItems: [], findings: spec.review.findings });
      counts.reviews++;
    }
  }

  /** Last month's regular joint meeting, and the joint operation one of its decisions called for. */
  async function* pastMeeting(): Story {
    yield at(40, "15:00");
    const scheduledAt = at(35, "09:00");
    const convened = await services.meetings.convene(CHAIR, {
      title: `${Number(dayOf(35).slice(5, 7))}月份综合行政执法联席会议（例会）`, kind: MeetingKind.REGULAR, scheduledAt, place: "县政府第一会议室",
    });
    const meetingId = convened.id;
    const version = async () => (await services.meetings.get(CHAIR, meetingId))!.version;
    yield at(35, "08:45");
    for (const agency of await services.agencies.byIds(convened.invitedAgencyIds)) {
      await services.meetings.checkIn(CHAIR, meetingId, agency.id, `${agency.shortName}分管负责同志`);
    }
    yield scheduledAt;
    await services.meetings.open(CHAIR, meetingId, await version());
    const items = await services.meetings.agendaOf([meetingId]);
    const overlapItems = items.filter((i) => i.kind === AgendaItemKind.DISPUTE && i.matterCode && i.regionCode && i.agencyIds.length >= 2);
    const touchesKept = (i: AgendaItem) => KEEP_ROUTING.some((m) => m === i.matterCode || m.startsWith(`${i.matterCode}.`) || i.matterCode!.startsWith(`${m}.`));
    // Street food stalls: the classic two-department matter, settled by acting together (no new routing rule).
    const jointItem = overlapItems.find((i) => i.matterCode === "FOOD.STREET_STALL") ?? overlapItems.find((i) => !touchesKept(i));
    // The two main parties (the dispute lists the most involved first); the campaign is the night
    // market's inspections in the county seat, so the rest of the dispute stays for a later meeting.
    const jointParties = jointItem?.agencyIds.slice(0, 2) ?? [];
    const nightMarket = "320322001";
    // Hazardous chemicals: the emergency management bureau leads, the police assist.
    const emergency = agencyIdForCode("YJGLJ");
    const leadItem =
      overlapItems.find((i) => i.matterCode === "SAFETY.HAZARDOUS_CHEMICALS" && i.agencyIds.includes(emergency)) ??
      overlapItems.find((i) => i !== jointItem && !touchesKept(i));
    const leadOrder = leadItem ? [...leadItem.agencyIds].sort((a, b) => Number(b === emergency) - Number(a === emergency)) : [];
    let jointDecisionId: string | undefined;
    if (jointItem) {
      yield at(35, "09:40");
      const effects = await services.meetings.recordDecision(CHAIR, {
        meetingId, itemId: jointItem.id, kind: DecisionKind.JOINT_ENFORCEMENT, leadAgencyId: jointParties[0], assistingAgencyIds: jointParties.slice(1),
        scope: { matterCode: jointItem.matterCode!, regionCode: nightMarket, category: PowerCategory.INSPECTION },
        plan: "一周内开展一次联合整治：牵头单位负责方案和现场指挥，协助单位各派执法人员，发现的案件现场登记移交。", supersede: false,
        tasks: [{ assigneeAgencyId: jointParties[0], description: "制定联合整治行动方案并报联席会议办公室", dueOn: dayOf(33) }],
      });
      jointDecisionId = effects.decision.id;
      counts.decisions++;
    }
    if (leadItem) {
      yield at(35, "10:15");
      await services.meetings.recordDecision(CHAIR, {
        meetingId, itemId: leadItem.id, kind: DecisionKind.DESIGNATE_LEAD, leadAgencyId: leadOrder[0], assistingAgencyIds: leadOrder.slice(1),
        reason: "按“管行业必须管安全”原则，由行业主管部门牵头，其他部门配合。", supersede: false,
        tasks: [
          { assigneeAgencyId: leadOrder[0], description: "梳理本领域执法事项清单，明确牵头与配合分工", dueOn: dayOf(20) },
          { assigneeAgencyId: leadOrder[1], description: "对接牵头单位，建立案件线索移送台账", dueOn: addCalendarDays(today, 10) },
        ],
      });
      counts.decisions++;
    }
    yield at(35, "11:30");
    await services.meetings.close(CHAIR, meetingId, await version());
    // One task done on time; the others stay open (one of them already past due).
    const plan = (await services.meetings.tasksOf([meetingId])).find((t) => t.description.startsWith("制定联合整治行动方案"));
    if (plan) {
      yield at(34, "17:00");
      await services.meetings.completeTask(officerOf(plan.assigneeAgencyId), plan.id, plan.version, "行动方案已印发各参与单位");
    }
    if (!jointItem || !jointDecisionId) return;

    const day = dayOf(30);
    const teams = await Promise.all(jointParties.map(async (agencyId) => ({ agencyId, officerIds: await teamOf(agencyId, day) })));
    const taking = teams.filter((t) => t.officerIds.length > 0);
    if (!taking.some((t) => t.agencyId === jointParties[0])) return;
    yield at(33, "10:00");
    let op = await services.operations.launch(CHAIR, {
      title: "夜市及校园周边占道食品摊点联合整治", leadAgencyId: jointParties[0],
      participants: taking.map((t, i) => ({ agencyId: t.agencyId, headcount: i === 0 ? 8 : 5, officerIds: t.officerIds })),
      regionCodes: [nightMarket], matterCodes: [jointItem.matterCode!], startsAt: at(30, "18:00"), endsAt: at(30, "23:00"),
      objectives: "清理占道经营摊点，检查从业人员健康证和食品来源，劝导入室经营。", decisionId: jointDecisionId,
    });
    yield at(31, "15:00");
    op = await services.operations.step(CHAIR, op.id, op.version, "brief");
    yield at(30, "18:00");
    op = await services.operations.step(CHAIR, op.id, op.version, "activate");
    for (const [i, t] of taking.entries()) {
      yield at(30, i === 0 ? "21:30" : "22:10");
      await services.operations.fileReport(officerOf(t.agencyId), {
        operationId: op.id, sitesInspected: i === 0 ? 23 : 14, violationsFound: i === 0 ? 6 : 3,
        notes: i === 0 ? "劝离流动摊点 17 处，登记无健康证从业人员 6 人。" : "清理占道桌椅 9 处，暂扣经营工具 3 套。", cases: [],
      });
      counts.fieldReports++;
    }
    yield at(29, "10:00");
    await services.operations.step(CHAIR, op.id, op.version, "complete", "行动按计划完成；建议夜市设立固定疏导点，由城管、市场监管每周联合巡查一次。");
  }

  try {
    await runInTimeOrder(clock, [...PAST_CASES.map(pastCase), pastMeeting()]);
    return counts;
  } finally {
    clock.reset();
  }
}
