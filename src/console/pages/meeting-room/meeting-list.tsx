import { useState } from "react";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { Button, Card, Table, Tag, Typography } from "antd";
import { graphql } from "../../gql";
import { MEETING_STATUS_NAMES } from "../../app/labels";
import { countyDateTime } from "../../app/format";
import { useSession } from "../../app/session";
import { CursorPager, useCursorPages } from "../../components/cursor-pager";
import { GraphQLErrorAlert } from "../../components/graphql-error";
import { ConveneMeeting } from "./convene-meeting";

const MeetingPage = graphql(`
  query ConsoleMeetings($after: String) {
    meetings(first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title kind status scheduledAt place }
    }
  }
`);

/** The meetings the signed-in person may see, ten at a time; the chair convenes a new one here. */
export function MeetingList() {
  const { me } = useSession();
  const navigate = useNavigate();
  const pages = useCursorPages();
  const [convening, setConvening] = useState(false);
  const [{ data, error, fetching }] = useQuery({ query: MeetingPage, variables: { after: pages.after } });
  const page = data?.meetings;
  return (
    <>
      <Typography.Title level={3}>会议室</Typography.Title>
      <GraphQLErrorAlert error={error} />
      <Card
        title={`联席会议（共 ${page?.totalCount ?? 0} 次）`}
        extra={me.role === "CHAIR" && <Button type="primary" onClick={() => setConvening(true)}>召集会议</Button>}
      >
        <Table
          rowKey="id"
          loading={fetching}
          dataSource={page?.nodes ?? []}
          pagination={false}
          onRow={(meeting) => ({ onClick: () => navigate(meeting.id), style: { cursor: "pointer" } })}
          columns={[
            { title: "会议", key: "title", render: (_, m) => <a>{m.title}</a> },
            { title: "类型", key: "kind", render: (_, m) => (m.kind === "REGULAR" ? "例会" : "临时会议") },
            { title: "时间", key: "scheduledAt", render: (_, m) => countyDateTime(m.scheduledAt) },
            { title: "地点", dataIndex: "place" },
            { title: "状态", key: "status", render: (_, m) => <Tag color={m.status === "IN_SESSION" ? "green" : undefined}>{MEETING_STATUS_NAMES[m.status]}</Tag> },
          ]}
        />
        <CursorPager pages={pages} pageInfo={page?.pageInfo} />
      </Card>
      {convening && <ConveneMeeting onClose={() => setConvening(false)} onConvened={(id) => navigate(id)} />}
    </>
  );
}
