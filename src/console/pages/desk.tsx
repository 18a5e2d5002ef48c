import { useCallback } from "react";
import { useQuery } from "urql";
import { App, Card, Result, Space, Table, Tag, Typography } from "antd";
import { graphql } from "../gql";
import { caseColumns } from "../app/case-columns";
import { CASE_STATUS_NAMES, PARTICIPANT_ROLE_NAMES } from "../app/case-words";
import { countyDateTime } from "../app/county-time";
import { CursorPager, useCursorPages } from "../app/cursor-pages";
import { Deadlines } from "../app/deadlines";
import { useHeadCursor } from "../app/head-cursor";
import { useLiveFeed } from "../app/live-feed";
import { LiveStateTag } from "../app/live-state-tag";
import { useSession } from "../app/session";
import type { DeskCaseView } from "./desk/desk-case";
import { NextSteps } from "./desk/next-step";

const DeskInbox = graphql(`
  query DeskInbox {
    inbox { reason case { ...DeskCase } }
  }
`);
const DeskLeadCases = graphql(`
  query DeskLeadCases($after: String) {
    cases(myRole: LEAD, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...DeskCase }
    }
  }
`);
const DeskFeed = graphql(`
  subscription DeskFeed($after: String) {
    agencyFeed(after: $after) { cursor topic text }
  }
`);

/** The columns both of the desk's lists share: which case, about what and where, its state and clocks. */
function deskColumns(agencyId: string, refresh: () => void) {
  return [
    ...caseColumns<DeskCaseView>((c) => ` · 受理于 ${countyDateTime(c.createdAt)}`),
    {
      title: "状态",
      key: "status",
      width: 150,
      render: (_: unknown, c: DeskCaseView) => {
        const mine = c.participants.find((p) => p.agency.id === agencyId)?.role;
        return (
          <Space direction="vertical" size={2}>
            <Tag>{CASE_STATUS_NAMES[c.status]}</Tag>
            {mine && <Typography.Text type="secondary">本单位：{PARTICIPANT_ROLE_NAMES[mine]}</Typography.Text>}
          </Space>
        );
      },
    },
    { title: "时限", key: "deadlines", width: 230, render: (_: unknown, c: DeskCaseView) => <Deadlines deadlines={c.deadlines} /> },
    { title: "下一步", key: "next", width: 220, render: (_: unknown, c: DeskCaseView) => <NextSteps c={c} agencyId={agencyId} onDone={refresh} /> },
  ];
}

/**
 * My agency's desk (本单位工作台): what awaits the agency (cases routed to it, referred, invited,
 * disputes it may claim) and the cases it leads with their clocks. It follows the agency's feed, so
 * a case the joint meeting routes here appears without a reload.
 */
export default function Desk() {
  const { me } = useSession();
  const { notification } = App.useApp();
  const agencyId = me.agency?.id;
  const head = useHeadCursor();
  const pages = useCursorPages();
  const [inbox, refetchInbox] = useQuery({ query: DeskInbox, pause: !head || !agencyId, requestPolicy: "network-only" });
  const [lead, refetchLead] = useQuery({ query: DeskLeadCases, variables: { after: pages.after }, pause: !head || !agencyId, requestPolicy: "network-only" });
  const refresh = useCallback(() => {
    refetchInbox({ requestPolicy: "network-only" });
    refetchLead({ requestPolicy: "network-only" });
  }, [refetchInbox, refetchLead]);
  const live = useLiveFeed(
    DeskFeed,
    head && agencyId ? { after: head } : null,
    (data) => data.agencyFeed,
    (event) => {
      if (event.topic !== "CASE") return;
      notification.info({ title: "案件动态", description: event.text, placement: "bottomRight", duration: 6 });
      refresh();
    },
  );
  if (!agencyId) return <Result status="warning" title="您的令牌未关联执法单位" subTitle="本单位工作台只对部门执法人员开放，请向管理员申请带单位的令牌。" />;

  const columns = deskColumns(agencyId, refresh);
  const leadCases = lead.data?.cases;
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Space align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          本单位工作台 · {me.agency!.name}
        </Typography.Title>
        <LiveStateTag state={live} />
      </Space>
      <Card title="待办事项" data-testid="desk-inbox">
        <Table<{ reason: string; case: DeskCaseView }>
          size="small"
          rowKey={(item) => item.case.id}
          loading={!inbox.data && inbox.fetching}
          dataSource={inbox.data?.inbox ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 件` }}
          locale={{ emptyText: "暂无待办" }}
          columns={[
            { title: "待办原因", key: "reason", width: 200, render: (_, item) => item.reason },
            ...columns.map((col) => ({ ...col, render: (_: unknown, item: { case: DeskCaseView }) => col.render(undefined, item.case) })),
          ]}
        />
      </Card>
      <Card title="本单位牵头的案件" data-testid="desk-lead-cases">
        <Table<DeskCaseView>
          size="small"
          rowKey="id"
          loading={!lead.data && lead.fetching}
          dataSource={leadCases?.nodes ?? []}
          pagination={false}
          locale={{ emptyText: "暂无牵头案件" }}
          columns={columns}
        />
        {leadCases && <CursorPager pages={pages} hasNextPage={leadCases.pageInfo.hasNextPage} endCursor={leadCases.pageInfo.endCursor} total={leadCases.totalCount} />}
      </Card>
    </Space>
  );
}
