import type { Agency } from "../agencies/agency.entity.js";
import { CATEGORY_NAMES_ZH, type PowerCategory } from "../powers/power-enums.js";
import type { AgendaItem, AgendaProposal, DecisionDetails, FollowUpTask, Meeting, MeetingAttendance, MeetingDecision } from "./meeting.entity.js";
import { DecisionKind } from "./meeting.entity.js";

export interface MinutesInput {
  meeting: Meeting;
  agencies: Map<string, Agency>;
  attendance: MeetingAttendance[];
  items: AgendaItem[];
  decisions: MeetingDecision[];
  tasks: FollowUpTask[];
  /** Names by code, so that nobody reads a code (占道经营食品摊贩, 沛城街道). */
  matterNames?: Map<string, string>;
  regionNames?: Map<string, string>;
  /** The cases the decisions re-routed: number, title and where they went. */
  cases?: Map<string, { number: string; title: string; leadAgencyId: string | null }>;
  /** What the agenda did not take (at the close, or now while the meeting is open). */
  backlog?: AgendaProposal[];
}

/** Each kind of decision as the minutes and the reasons it writes say it. */
export const DECISION_KIND_ZH: Record<DecisionKind, string> = {
  DESIGNATE_LEAD: "明确牵头单位",
  SPLIT_BY_REGION: "按区域划分管辖",
  JOINT_ENFORCEMENT: "开展联合执法",
  NO_CONFLICT: "不构成职权冲突",
  DEFER: "暂缓，下次会议续议",
};

const STATUS_ZH: Record<string, string> = { SCHEDULED: "待召开", IN_SESSION: "进行中", CLOSED: "已结束", CANCELLED: "已取消" };

/**
 * Text that a person typed (titles, places, representatives, plans, reasons, task descriptions,
 * agency names) as literal Markdown: every character Markdown or HTML could act on is
 * backslash-escaped (CommonMark §2.4), and line breaks become spaces, so `<script>`, `[x](javascript:…)`,
 * `**`, `#` or a table pipe read exactly as typed wherever the minutes are rendered.
 */
export function literal(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/[\\`*_{}[\]()<>#+!|~&:"'=-]/g, "\\$&");
}

/** A cell's text in a Markdown table: no pipes or line breaks. */
function cell(text: string): string {
  return literal(text.replace(/\|/g, "／"));
}

const SEVERITY_ZH: Record<string, string> = { HIGH: "高", MEDIUM: "中", LOW: "低" };

/**
 * The meeting's minutes (会议纪要) in Markdown with Chinese headings, in names and county time: when
 * it was scheduled and actually opened and closed, who attended, each item with its decision and what
 * the decision did (rules written, overlaps resolved, which cases went to whom), items another
 * decision settled, the follow-up tasks with owners and due dates, and the backlog left.
 */
export function renderMinutes(input: MinutesInput): string {
  const { meeting, agencies, attendance, items, decisions, tasks } = input;
  const name = (id: string | null | undefined) => literal(id ? (agencies.get(id)?.name ?? id) : "—");
  const matter = (code: string) => literal(input.matterNames?.get(code) ?? code);
  const region = (code: string) => literal(input.regionNames?.get(code) ?? code);
  const category = (c: string) => CATEGORY_NAMES_ZH[c as PowerCategory] ?? literal(c);
  const at = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });
  const clock = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const lines: string[] = [
    `# ${literal(meeting.title)} 会议纪要`,
    "",
    `- 会议类型：${meeting.kind === "REGULAR" ? "例会" : "临时会议"}`,
    `- 时间：${at.format(meeting.scheduledAt)}（计划）`,
    `- 实际开始：${meeting.openedAt ? at.format(meeting.openedAt) : "未开始"}`,
    `- 实际结束：${meeting.closedAt ? at.format(meeting.closedAt) : meeting.openedAt ? "会议进行中" : "—"}`,
    `- 地点：${literal(meeting.place)}`,
    `- 状态：${STATUS_ZH[meeting.status] ?? meeting.status}`,
    `- 法定人数：执法部门 ${meeting.quorum} 个`,
    "",
    "## 出席单位",
    "",
  ];
  if (attendance.length === 0) lines.push("（无签到记录）");
  else {
    lines.push("| 单位 | 出席人 | 签到时间 |", "| --- | --- | --- |");
    for (const a of attendance) lines.push(`| ${name(a.agencyId)} | ${cell(a.representative)} | ${clock.format(a.checkedInAt)} |`);
  }
  const absent = meeting.invitedAgencyIds.filter((id) => !attendance.some((a) => a.agencyId === id));
  if (absent.length) lines.push("", `缺席单位：${absent.map(name).join("、")}`);

  lines.push("", "## 议题及决定", "");
  if (items.length === 0) lines.push("（无议题）");
  const itemOf = new Map(items.map((i) => [i.id, i]));
  for (const item of items) {
    lines.push(`### ${item.position + 1}. ${literal(item.title)}`, "");
    if (item.agencyIds.length) lines.push(`涉及单位：${item.agencyIds.map(name).join("、")}`, "");
    const gathered = [
      item.overlapIds.length ? `职权交叉 ${item.overlapIds.length} 项` : "",
      item.caseIds.length ? `待定管辖案件 ${item.caseIds.length} 件` : "",
      item.gapRegionCodes.length ? `${item.gapRegionCodes.length} 个镇街无处罚职权` : "",
    ].filter(Boolean);
    if (gathered.length) {
      const kinds = item.categories.length ? `（${item.categories.map(category).join("、")}）` : "";
      lines.push(`议题内容：${gathered.join("，")}${kinds}；严重程度：${SEVERITY_ZH[item.severity ?? ""] ?? "—"}。`, "");
    }
    const decision = decisions.find((d) => d.itemId === item.id);
    if (!decision) {
      if (item.status === "SETTLED") {
        const by = decisions.find((d) => d.id === item.settledByDecisionId);
        const byItem = by ? itemOf.get(by.itemId) : undefined;
        lines.push(byItem ? `决定：已随第 ${byItem.position + 1} 项决定一并解决，无需另行决定。` : "决定：所涉事项已在会前或会中办结，无需决定。", "");
      } else lines.push(item.status === "DEFERRED" ? "决定：未作决定，转下次会议。" : "决定：尚未作出。", "");
      continue;
    }
    const d: Partial<DecisionDetails> = decision.details;
    lines.push(`决定：${DECISION_KIND_ZH[decision.kind]}（${clock.format(decision.decidedAt)}）。`);
    if (d.leadAgencyId) lines.push(`- 牵头单位：${name(d.leadAgencyId)}`);
    if (d.assistingAgencyIds?.length) lines.push(`- 协办单位：${d.assistingAgencyIds.map(name).join("、")}`);
    const scopes = d.scopes?.length ? d.scopes : d.scope ? [d.scope] : [];
    if (scopes.length && decision.kind !== DecisionKind.DEFER) {
      const first = scopes[0];
      lines.push(`- 适用范围：${matter(first.matterCode)}，${region(first.regionCode)}，${[...new Set(scopes.map((s) => category(s.category)))].join("、")}`);
    }
    for (const s of d.splits ?? []) lines.push(`- ${region(s.regionCode)}：${name(s.agencyId)}`);
    if (d.plan) lines.push(`- 行动方案：${literal(d.plan)}`);
    if (decision.reason) lines.push(`- 理由：${literal(decision.reason)}`);
    lines.push(
      `- 执行结果：新增管辖规则 ${decision.ruleIds.length} 条，替代 ${decision.supersededRuleIds.length} 条；化解职权交叉 ${decision.resolvedOverlapIds.length} 项；改派案件 ${decision.reroutedCaseIds.length} 件。`,
    );
    for (const id of decision.reroutedCaseIds) {
      const c = input.cases?.get(id);
      // Case numbers are the hub's own (PEI-2026-000001): shown as they are, so they can be searched.
      if (c) lines.push(`  - 案件 ${c.number.replace(/[^\w-]/g, "")}（${literal(c.title)}）改由 ${name(c.leadAgencyId ?? d.leadAgencyId)} 牵头办理`);
    }
    const settledWith = items.filter((i) => i.settledByDecisionId === decision.id);
    if (settledWith.length) lines.push(`- 一并解决：${settledWith.map((i) => `第 ${i.position + 1} 项`).join("、")}`);
    lines.push("");
  }

  lines.push("## 督办事项", "");
  if (tasks.length === 0) lines.push("（无）");
  else {
    lines.push("| 事项 | 责任单位 | 完成时限 | 状态 |", "| --- | --- | --- | --- |");
    const statusZh: Record<string, string> = { OPEN: "办理中", DONE: "已完成", CANCELLED: "已撤销" };
    for (const t of tasks) lines.push(`| ${cell(t.description)} | ${name(t.assigneeAgencyId)} | ${t.dueOn} | ${statusZh[t.status] ?? t.status} |`);
  }

  if (input.backlog) {
    lines.push("", meeting.status === "CLOSED" ? "## 会后待议事项" : "## 待议事项", "");
    if (input.backlog.length === 0) lines.push("（无）");
    else {
      lines.push(`共 ${input.backlog.length} 项，按严重程度和分量排序，供以后会议续议：`, "");
      for (const [i, p] of input.backlog.entries()) {
        const parts = [p.overlapIds.length ? `职权交叉 ${p.overlapIds.length} 项` : "", p.caseIds.length ? `案件 ${p.caseIds.length} 件` : ""].filter(Boolean).join("，");
        lines.push(`${i + 1}. ${literal(p.title)}（${SEVERITY_ZH[p.severity] ?? p.severity}${parts ? `；${parts}` : ""}）`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
