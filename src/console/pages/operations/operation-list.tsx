import { Link } from "react-router";
import { useQuery } from "urql";
import { Card, Table, Tag, Typography } from "antd";
import { graphql } from "../../gql";
import type { OperationListQuery } from "../../gql/graphql";
import { CursorPager, useCursorPages } from "../../app/cursor-pages";
import { OPERATION_STATUS_COLORS, OPERATION_STATUS_NAMES } from "./operation-words";

const OperationList = graphql(`
  query OperationList($after: String) {
    operations(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title status periodText lead { shortName } participants { agency { shortName } } }
    }
  }
`);

type Row = OperationListQuery["operations"]["nodes"][number];

/** The joint operations this person may follow (an agency: those it takes part in), newest page first. */
export default function OperationListPage() {
  const pages = useCursorPages();
  const [{ data, fetching }] = useQuery({ query: OperationList, variables: { after: pages.after } });
  const list = data?.operations;
  return (
    <Card title="联合执法行动">
      <Table<Row>
        size="small"
        rowKey="id"
        loading={fetching && !data}
        dataSource={list?.nodes ?? []}
        pagination={false}
        locale={{ emptyText: "暂无联合执法行动" }}
        columns={[
          { title: "行动", key: "title", render: (_, op) => <Link to={`/operations/${op.id}`}>{op.title}</Link> },
          { title: "状态", key: "status", width: 100, render: (_, op) => <Tag color={OPERATION_STATUS_COLORS[op.status]}>{OPERATION_STATUS_NAMES[op.status]}</Tag> },
          { title: "时间", key: "period", render: (_, op) => op.periodText },
          { title: "牵头单位", key: "lead", width: 140, render: (_, op) => op.lead.shortName },
          { title: "参加单位", key: "participants", render: (_, op) => <Typography.Text type="secondary">{op.participants.map((p) => p.agency.shortName).join("、")}</Typography.Text> },
        ]}
      />
      {list && <CursorPager pages={pages} hasNextPage={list.pageInfo.hasNextPage} endCursor={list.pageInfo.endCursor} total={list.totalCount} />}
    </Card>
  );
}
