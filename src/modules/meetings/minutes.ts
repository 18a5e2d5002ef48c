import type { Agency } from "../agencies/agency.entity.js";
import type { AgendaItem, FollowUpTask, Meeting, MeetingAttendance, MeetingDecision } from "./meeting.entity.js";
import { DecisionKind } from "./meeting.entity.js";

export interface MinutesInput {
  meeting: Meeting;
  agencies: Map<string, Agency>;
  attendance: MeetingAttendance[];
  items: AgendaItem[];
  decisions: MeetingDecision[];
  tasks: FollowUpTask[];
}

const KIND_ZH: Record<DecisionKind, string> = {
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

/**
 * The meeting's minutes (会议纪要) in Markdown with Chinese headings: attendance, each item with its
 * decision, and the follow-up tasks with owners and due dates.
 */
export function renderMinutes({ meeting, agencies, attendance, items, decisions, tasks }: MinutesInput): string {
  const name = (id: string | null | undefined) => literal(id ? (agencies.get(id)?.name ?? id) : "—");
  const at = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });
  const lines: string[] = [
    `# ${literal(meeting.title)} 会议纪要`,
    "",
    `- 会议类型：${meeting.kind === "REGULAR" ? "例会" : "临时会议"}`,
    `- 时间：${at.format(meeting.scheduledAt)}`,
    `- 地点：${literal(meeting.place)}`,
    `- 状态：${STATUS_ZH[meeting.status] ?? meeting.status}`,
    `- 法定人数：执法部门 ${meeting.quorum} 个`,
    "",
    "## 出席单位",
    "",
  ];
  if (attendance.length === 0) lines.push("（无签到记录）");
  else {
    lines.push("| 单位 | 出席人 |", "| --- | --- |");
    for (const a of attendance) lines.push(`| ${name(a.agencyId)} | ${cell(a.representative)} |`);
  }
  const absent = meeting.invitedAgencyIds.filter((id) => !attendance.some((a) => a.agencyId === id));
  if (absent.length) lines.push("", `缺席单位：${absent.map(name).join("、")}`);

  lines.push("", "## 议题及决定", "");
  if (items.length === 0) lines.push("（无议题）");
  for (const item of items) {
    lines.push(`### ${item.position + 1}. ${literal(item.title)}`, "");
    if (item.agencyIds.length) lines.push(`涉及单位：${item.agencyIds.map(name).join("、")}`, "");
    const decision = decisions.find((d) => d.itemId === item.id);
    if (!decision) {
      lines.push(item.status === "DEFERRED" ? "决定：未作决定，转下次会议。" : "决定：尚未作出。", "");
      continue;
    }
    const d = decision.details as { leadAgencyId?: string | null; assistingAgencyIds?: string[]; scope?: { matterCode: string; regionCode: string; category: string } | null; splits?: { regionCode: string; agencyId: string }[]; plan?: string | null };
    lines.push(`决定：${KIND_ZH[decision.kind]}。`);
    if (d.leadAgencyId) lines.push(`- 牵头单位：${name(d.leadAgencyId)}`);
    if (d.assistingAgencyIds?.length) lines.push(`- 协办单位：${d.assistingAgencyIds.map(name).join("、")}`);
    if (d.scope) lines.push(`- 适用范围：监管事项 ${literal(d.scope.matterCode)}，区域 ${literal(d.scope.regionCode)}，权力类型 ${literal(d.scope.category)}`);
    for (const s of d.splits ?? []) lines.push(`- 区域 ${literal(s.regionCode)}：${name(s.agencyId)}`);
    if (d.plan) lines.push(`- 行动方案：${literal(d.plan)}`);
    if (decision.reason) lines.push(`- 理由：${literal(decision.reason)}`);
    lines.push(
      `- 执行结果：新增管辖规则 ${decision.ruleIds.length} 条，替代 ${decision.supersededRuleIds.length} 条；化解职权交叉 ${decision.resolvedOverlapIds.length} 项；改派案件 ${decision.reroutedCaseIds.length} 件。`,
      "",
    );
  }

  lines.push("## 督办事项", "");
  if (tasks.length === 0) lines.push("（无）");
  else {
    lines.push("| 事项 | 责任单位 | 完成时限 | 状态 |", "| --- | --- | --- | --- |");
    const statusZh: Record<string, string> = { OPEN: "办理中", DONE: "已完成", CANCELLED: "已撤销" };
    for (const t of tasks) lines.push(`| ${cell(t.description)} | ${name(t.assigneeAgencyId)} | ${t.dueOn} | ${statusZh[t.status] ?? t.status} |`);
  }
  return `${lines.join("\n")}\n`;
}
