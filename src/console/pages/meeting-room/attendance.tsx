import { useState } from "react";
import { useMutation } from "urql";
import { App, Button, Card, Input, Space, Statistic, Table, Tag, Typography } from "antd";
import { graphql } from "../../gql";
import { countyDateTime } from "../../app/format";
import { refusalText } from "../../components/graphql-error";
import type { RoomMeeting } from "./meeting-query";

const CheckIn = graphql(`
  mutation ConsoleCheckIn($meetingId: ID!, $agencyId: ID!, $representative: String!) {
    checkIn(meetingId: $meetingId, agencyId: $agencyId, representative: $representative) {
      id
      presence { present quorum met }
    }
  }
`);

/** Attendance (签到) with the live quorum count: no decision is recorded without quorum. */
export function Attendance({ meeting, chair, onChanged }: { meeting: RoomMeeting; chair: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const [, checkIn] = useMutation(CheckIn);
  const [names, setNames] = useState<Record<string, string>>({});
  const present = new Map(meeting.attendance.map((a) => [a.agency.id, a]));
  const open = meeting.status === "SCHEDULED" || meeting.status === "IN_SESSION";
  // Who is still awaited comes first, enforcement agencies (the ones the quorum counts) before the others.
  const awaited = (agency: RoomMeeting["invited"][number]) => (present.has(agency.id) ? 2 : agency.kind === "ENFORCEMENT" ? 0 : 1);
  const invited = [...meeting.invited].sort((x, y) => awaited(x) - awaited(y));
  const sign = async (agencyId: string, fallback: string) => {
    const result = await checkIn({ meetingId: meeting.id, agencyId, representative: (names[agencyId] ?? "").trim() || fallback });
    if (result.error) return void message.error(refusalText(result.error));
    onChanged();
  };
  return (
    <Card title="签到" data-testid="attendance">
      <Space size="large" align="center">
        <Statistic title="已到执法部门 / 法定人数" value={meeting.presence.present} suffix={`/ ${meeting.presence.quorum}`} />
        {meeting.presence.met ? <Tag color="green">已达法定人数，可作出决定</Tag> : <Tag color="orange">未达法定人数</Tag>}
      </Space>
      <Table
        style={{ marginTop: 12 }}
        rowKey="id"
        size="small"
        dataSource={invited}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: "受邀单位", dataIndex: "shortName" },
          {
            title: "签到",
            key: "checkIn",
            render: (_, agency) => {
              const here = present.get(agency.id);
              if (here) return <Typography.Text>{here.representative}（{countyDateTime(here.checkedInAt).split(" ").at(-1)}）</Typography.Text>;
              if (!chair || !open) return <Typography.Text type="secondary">未到</Typography.Text>;
              const fallback = `${agency.shortName}代表`;
              return (
                <Space.Compact size="small">
                  <Input placeholder={fallback} style={{ width: 120 }} value={names[agency.id]} onChange={(e) => setNames({ ...names, [agency.id]: e.target.value })} aria-label={`${agency.shortName}参会代表`} />
                  <Button onClick={() => sign(agency.id, fallback)} aria-label={`${agency.shortName}签到`}>
                    签到
                  </Button>
                </Space.Compact>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
