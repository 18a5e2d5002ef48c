import { Card, Table } from "antd";
import { useAgencyNames } from "../../app/names";
import { SeverityTag } from "../../components/severity-tag";
import type { RoomMeeting } from "./meeting-query";

/** What the agenda did not take (待议事项), ranked as later agendas will draw it. */
export function Backlog({ meeting }: { meeting: RoomMeeting }) {
  const agencies = useAgencyNames();
  return (
    <Card title={`待议事项（${meeting.backlog.length} 项）`} style={{ marginTop: 16 }}>
      <Table
        rowKey="rank"
        size="small"
        dataSource={meeting.backlog}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: "排序", dataIndex: "rank", width: 64 },
          { title: "事项", dataIndex: "title" },
          { title: "严重程度", key: "severity", render: (_, item) => <SeverityTag severity={item.severity} /> },
          { title: "涉及部门", key: "agencies", render: (_, item) => item.agencyIds.map(agencies.shortName).join("、") },
          { title: "交叉 / 案件", key: "weight", render: (_, item) => `${item.weight.overlaps} 项 / ${item.weight.openCases} 件` },
        ]}
      />
    </Card>
  );
}
