import { Table, Tag } from "antd";
import type { ChairListsQuery, DeadlineKind } from "../../gql/graphql";
import { CASE_STATUS_NAMES } from "../../app/case-words";
import { caseColumns } from "../../app/case-columns";
import { Deadlines } from "../../app/deadlines";

type Overdue = ChairListsQuery["overdueCases"][number];

const URGE: Record<DeadlineKind, string> = {
  FILING: "督促立案或作出不予立案决定",
  DECISION: "督促依法作出处理决定，确需延长的报批",
  REFERRAL_ANSWER: "督促接收单位答复移送",
};

/** Days past the most overdue clock: how long the case has waited beyond the law's period. */
function daysOver(c: Overdue): number {
  return Math.max(0, ...c.deadlines.filter((d) => d.overdue).map((d) => -(d.daysLeft ?? 0)));
}

/** Open cases past a statutory deadline, most overdue first, ten to a page. */
export function OverdueTable({ cases, loading }: { cases: readonly Overdue[]; loading: boolean }) {
  const rows = [...cases].sort((a, b) => daysOver(b) - daysOver(a));
  return (
    <Table<Overdue>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      data-testid="chair-overdue"
      pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 件` }}
      locale={{ emptyText: "没有超期案件" }}
      columns={[
        ...caseColumns<Overdue>(),
        { title: "牵头单位", key: "lead", width: 120, render: (_, c) => c.lead?.shortName ?? "待定" },
        { title: "状态", key: "status", width: 120, render: (_, c) => <Tag>{CASE_STATUS_NAMES[c.status]}</Tag> },
        { title: "超期", key: "clocks", width: 240, render: (_, c) => <Deadlines deadlines={c.deadlines} /> },
        {
          title: "下一步",
          key: "next",
          render: (_, c) => {
            const kinds = c.deadlines.filter((d) => d.overdue).map((d) => URGE[d.kind]);
            return `${c.lead ? `${c.lead.shortName}：` : ""}${kinds.join("；")}`;
          },
        },
      ]}
    />
  );
}
