import { useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery, useSubscription, useClient } from "urql";
import { App, Badge, Button, Card, Col, Descriptions, Result, Row, Space, Spin, Tag, Typography } from "antd";
import { graphql } from "../../gql";
import { MEETING_STATUS_NAMES } from "../../app/labels";
import { countyDateTime } from "../../app/format";
import { useSession } from "../../app/session";
import { useLiveState } from "../../app/live-state";
import { GraphQLErrorAlert, refusalText } from "../../components/graphql-error";
import { MeetingQuery, type RoomAgendaItem } from "./meeting-query";
import { Agenda } from "./agenda";
import { Attendance } from "./attendance";
import { Backlog } from "./backlog";
import { DecisionComposer } from "./decision-composer";

const MeetingEvents = graphql(`
  subscription ConsoleMeetingEvents {
    hubEvents(topics: [MEETING]) { cursor subjectIds text }
  }
`);

const AgencyEvents = graphql(`
  subscription ConsoleAgencyMeetingEvents {
    agencyFeed { cursor subjectIds text topic }
  }
`);

const OpenMeeting = graphql(`
  mutation ConsoleOpenMeeting($meetingId: ID!, $expectedVersion: Int!) {
    openMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }
  }
`);

const CloseMeeting = graphql(`
  mutation ConsoleCloseMeeting($meetingId: ID!, $expectedVersion: Int!) {
    closeMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }
  }
`);

const MinutesLink = graphql(`
  query ConsoleMinutesLink($meetingId: ID!) {
    minutesLink(meetingId: $meetingId) { url }
  }
`);

/**
 * One meeting: the chair convenes, reorders, checks agencies in, decides and closes here; everyone
 * invited watches the agenda and the decisions change live (the hub's event feed, asked again on each event).
 */
export function MeetingRoom() {
  const { meetingId = "" } = useParams();
  const { me } = useSession();
  const { message } = App.useApp();
  const client = useClient();
  const chair = me.role === "CHAIR";
  const [{ data, error, fetching }, refetch] = useQuery({ query: MeetingQuery, variables: { id: meetingId } });
  const [deciding, setDeciding] = useState<RoomAgendaItem>();
  const [, openMeeting] = useMutation(OpenMeeting);
  const [, closeMeeting] = useMutation(CloseMeeting);
  const reload = () => refetch({ requestPolicy: "network-only" });
  // Live: any event about this meeting (a check-in, a move, a decision) brings the room up to date.
  const concerns = (event: { subjectIds: readonly string[] } | undefined) => Boolean(event?.subjectIds.includes(meetingId));
  const officer = me.role === "AGENCY_OFFICER";
  const [hub] = useSubscription({ query: MeetingEvents, pause: officer }, (_, next) => (concerns(next.hubEvents) && reload(), next));
  const [feed] = useSubscription({ query: AgencyEvents, pause: !officer }, (_, next) => (concerns(next.agencyFeed) && reload(), next));
  const live = useLiveState();
  const liveError = officer ? feed.error : hub.error;

  if (error) return <GraphQLErrorAlert error={error} />;
  if (!data) return <Spin />;
  const meeting = data.meeting;
  if (!meeting) return <Result status="404" title="没有这次会议，或您无权查看" extra={<Link to="..">返回会议列表</Link>} />;

  const act = async (run: () => Promise<{ error?: Parameters<typeof refusalText>[0] }>, done: string) => {
    const result = await run();
    if (result.error) return void message.error(refusalText(result.error));
    message.success(done);
    reload();
  };
  const printMinutes = async () => {
    const result = await client.query(MinutesLink, { meetingId }, { requestPolicy: "network-only" }).toPromise();
    if (result.error || !result.data) return void message.error(result.error ? refusalText(result.error) : "无法生成会议纪要链接");
    window.open(result.data.minutesLink.url, "_blank", "noopener");
  };

  return (
    <>
      <Space align="center" style={{ marginBottom: 16 }}>
        <Link to="..">会议室</Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {meeting.title}
        </Typography.Title>
        <Tag color={meeting.status === "IN_SESSION" ? "green" : undefined} data-testid="meeting-status">{MEETING_STATUS_NAMES[meeting.status]}</Tag>
        {liveError ? (
          <Badge status="error" text={`无法接收实时更新：${refusalText(liveError)}`} />
        ) : (
          <Badge status={live === "reconnecting" ? "warning" : "processing"} text={live === "reconnecting" ? "正在重新连接…" : "实时更新"} data-testid="live-state" />
        )}
        {fetching && <Spin size="small" />}
      </Space>
      <Card>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="召开时间">{countyDateTime(meeting.scheduledAt)}</Descriptions.Item>
          <Descriptions.Item label="地点">{meeting.place}</Descriptions.Item>
          <Descriptions.Item label="开会">{meeting.openedAt ? countyDateTime(meeting.openedAt) : "未开始"}</Descriptions.Item>
        </Descriptions>
        <Space>
          {chair && meeting.status === "SCHEDULED" && (
            <Button type="primary" onClick={() => act(() => openMeeting({ meetingId, expectedVersion: meeting.version }), "会议开始")}>
              开始会议
            </Button>
          )}
          {chair && meeting.status === "IN_SESSION" && (
            <Button danger onClick={() => act(() => closeMeeting({ meetingId, expectedVersion: meeting.version }), "会议已结束，未决议题转入下次会议")}>
              闭会
            </Button>
          )}
          <Button onClick={printMinutes}>打印会议纪要</Button>
        </Space>
      </Card>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} xl={16}>
          <Agenda meeting={meeting} chair={chair} onDecide={setDeciding} onChanged={reload} />
          <Backlog meeting={meeting} />
        </Col>
        <Col xs={24} xl={8}>
          <Attendance meeting={meeting} chair={chair} onChanged={reload} />
        </Col>
      </Row>
      {deciding && (
        <DecisionComposer
          meeting={meeting}
          item={deciding}
          onClose={() => setDeciding(undefined)}
          onRecorded={() => {
            setDeciding(undefined);
            reload();
          }}
        />
      )}
    </>
  );
}
