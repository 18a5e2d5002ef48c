import { useState } from "react";
import { useQuery } from "urql";
import { Card, DatePicker, Select, Space, Table, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { graphql } from "../../gql";
import type { AuditEntriesQuery } from "../../gql/graphql";
import { CursorPager, useCursorPages } from "../../app/cursor-pages";

const AuditEntries = graphql(`
  query AuditEntries($after: String, $agencyId: ID, $from: LocalDate, $to: LocalDate) {
    auditTrail(first: 20, after: $after, agencyId: $agencyId, from: $from, to: $to) {
      pageInfo { hasNextPage endCursor }
      nodes { cursor hash event { text actor { name } } }
    }
  }
`);
const AuditAgencies = graphql(`
  query AuditAgencies {
    agencies { id name }
  }
`);

type Entry = AuditEntriesQuery["auditTrail"]["nodes"][number];

/** The audit trail, oldest first, twenty entries a page, narrowed to one agency and county dates. */
export function EventBrowser() {
  const pages = useCursorPages();
  const [agencyId, setAgencyId] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [{ data: agencies }] = useQuery({ query: AuditAgencies });
  const from = range?.[0]?.format("YYYY-MM-DD");
  const to = range?.[1]?.format("YYYY-MM-DD");
  const [{ data, fetching, error }] = useQuery({ query: AuditEntries, variables: { after: pages.after, agencyId, from, to }, requestPolicy: "network-only" });
  const trail = data?.auditTrail;
  return (
    <Card size="small" title="审计记录浏览">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="全部单位"
          style={{ width: 240 }}
          aria-label="按单位筛选"
          value={agencyId}
          onChange={(value) => {
            setAgencyId(value);
            pages.reset();
          }}
          options={(agencies?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
        />
        <DatePicker.RangePicker
          aria-label="按日期筛选"
          value={range}
          onChange={(value) => {
            setRange(value);
            pages.reset();
          }}
        />
      </Space>
      {error && <Typography.Text type="danger">{error.graphQLErrors[0]?.message ?? error.message}</Typography.Text>}
      <Table<Entry>
        size="small"
        rowKey="cursor"
        loading={fetching}
        dataSource={trail?.nodes ?? []}
        pagination={false}
        data-testid="audit-entries"
        locale={{ emptyText: "没有符合条件的记录" }}
        columns={[
          { title: "序号", key: "cursor", width: 80, render: (_, e) => e.cursor },
          // The line already begins with when it happened, in county time.
          { title: "事项", key: "text", render: (_, e) => e.event.text },
          { title: "操作人", key: "actor", width: 140, render: (_, e) => e.event.actor.name },
          { title: "哈希", key: "hash", width: 120, render: (_, e) => <Typography.Text code title={e.hash}>{e.hash.slice(0, 10)}</Typography.Text> },
        ]}
      />
      {trail && <CursorPager pages={pages} hasNextPage={trail.pageInfo.hasNextPage} endCursor={trail.pageInfo.endCursor} />}
    </Card>
  );
}
