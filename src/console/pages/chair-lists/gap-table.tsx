import { useState } from "react";
import { useQuery } from "urql";
import { Segmented, Space, Table, Typography } from "antd";
import { graphql } from "../../gql";
import type { ChairListsQuery, PowerCategory, RegulatoryGapsQuery } from "../../gql/graphql";
import { waitingSince } from "../../app/county-time";

const RegulatoryGaps = graphql(`
  query RegulatoryGaps($category: PowerCategory!) {
    regulatoryGaps(category: $category) { matter { code name } regions { code name } }
  }
`);

type Gap = RegulatoryGapsQuery["regulatoryGaps"][number];

/**
 * Regulatory gaps (监管空白): matters and towns no agency's power covers. A gap has no date of its
 * own, so what has waited is shown through the unassigned cases reported on that matter.
 */
export function GapTable({ unassigned }: { unassigned: readonly ChairListsQuery["disputedCases"][number][] }) {
  const [category, setCategory] = useState<PowerCategory>("PENALTY");
  const [{ data, fetching }] = useQuery({ query: RegulatoryGaps, variables: { category } });
  const waitingOn = (gap: Gap) => unassigned.filter((c) => c.matterCode === gap.matter.code || c.matterCode.startsWith(`${gap.matter.code}.`));
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Segmented<PowerCategory> value={category} onChange={setCategory} options={[{ value: "PENALTY", label: "无处罚职权" }, { value: "INSPECTION", label: "无检查职权" }]} />
      <Table<Gap>
        size="small"
        rowKey={(g) => g.matter.code}
        loading={fetching && !data}
        dataSource={data?.regulatoryGaps ?? []}
        data-testid="chair-gaps"
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 项` }}
        locale={{ emptyText: "没有监管空白" }}
        columns={[
          { title: "监管事项", key: "matter", width: 200, render: (_, g) => g.matter.name },
          { title: "涉及区域", key: "regions", render: (_, g) => <Typography.Text>{g.regions.map((r) => r.name).join("、")}</Typography.Text> },
          {
            title: "待分办案件",
            key: "waiting",
            width: 200,
            render: (_, g) => {
              const cases = waitingOn(g);
              if (cases.length === 0) return <Typography.Text type="secondary">暂无</Typography.Text>;
              const oldest = cases.reduce((a, b) => (a.createdAt < b.createdAt ? a : b));
              return `${cases.length} 件，最久已等待 ${waitingSince(oldest.createdAt)}`;
            },
          },
          { title: "下一步", key: "next", render: () => "列入联席会议议程，明确监管部门；或由有关部门申报相应职权" },
        ]}
      />
    </Space>
  );
}
