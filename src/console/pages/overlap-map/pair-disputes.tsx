import { useQuery } from "urql";
import { Card, Space, Table, Tag, Typography } from "antd";
import { graphql } from "../../gql";
import type { OverlapSeverity } from "../../gql/graphql";
import { countyDateTime } from "../../app/format";
import { useAgencyNames, useRegionNames } from "../../app/names";
import { useSession } from "../../app/session";
import { GraphQLErrorAlert } from "../../components/graphql-error";
import { PutOnAgenda } from "../../components/put-on-agenda";
import { SeverityTag } from "../../components/severity-tag";
import { DisputeDetail } from "./dispute-detail";

const Disputes = graphql(`
  query ConsolePairDisputes {
    agendaBacklog {
      rank
      kind
      title
      severity
      agencyIds
      caseIds
      overlapIds
      matterCode
      regionCode
      gapRegionCodes
      weight { overlaps openCases oldestCaseWaitingDays }
    }
    meetings(status: [SCHEDULED, IN_SESSION], first: 20) {
      nodes {
        id
        title
        scheduledAt
        agenda {
          id
          kind
          title
          severity
          status
          agencyIds
          caseIds
          overlapIds
          matterCode
          regionCode
          gapRegionCodes
          weight { overlaps openCases oldestCaseWaitingDays }
        }
      }
    }
  }
`);

/** One dispute as this screen shows it, whether it waits on the backlog or already sits on an agenda. */
export interface Dispute {
  key: string;
  title: string;
  severity: OverlapSeverity | null | undefined;
  agencyIds: readonly string[];
  caseIds: readonly string[];
  overlapIds: readonly string[];
  matterCode: string | null | undefined;
  regionCode: string | null | undefined;
  gapRegionCodes: readonly string[];
  weight: { overlaps: number; openCases: number; oldestCaseWaitingDays?: number | null };
  /** The open agenda that holds it, if any. */
  onAgenda?: { title: string; scheduledAt: string };
}

interface Agency {
  id: string;
  shortName: string;
}

/** The disputes (争议事项) between two agencies: on the backlog, or already on an open agenda. */
export function PairDisputes({ a, b }: { a: Agency; b: Agency }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: Disputes });
  const { me } = useSession();
  const agencies = useAgencyNames();
  const regions = useRegionNames();
  const both = (ids: readonly string[]) => ids.includes(a.id) && ids.includes(b.id);
  const disputes: Dispute[] = [
    ...(data?.meetings.nodes ?? []).flatMap((meeting) =>
      meeting.agenda
        .filter((item) => item.status === "OPEN" && both(item.agencyIds))
        .map((item) => ({ ...item, key: item.id, onAgenda: { title: meeting.title, scheduledAt: meeting.scheduledAt } })),
    ),
    ...(data?.agendaBacklog ?? []).filter((item) => both(item.agencyIds)).map((item) => ({ ...item, key: `backlog:${item.rank}` })),
  ];
  return (
    <Card title={`${a.shortName} 与 ${b.shortName} 之间的争议事项`} style={{ marginTop: 16 }} data-testid="pair-disputes">
      <GraphQLErrorAlert error={error} />
      <Table
        rowKey="key"
        loading={fetching && !data}
        dataSource={disputes}
        pagination={{ pageSize: 5, showSizeChanger: false }}
        locale={{ emptyText: "两部门之间没有待议的争议事项（交叉项可能已列入议程或已解决）" }}
        expandable={{ expandedRowRender: (dispute) => <DisputeDetail dispute={dispute} a={a} b={b} />, expandRowByClick: true }}
        columns={[
          {
            title: "争议事项",
            key: "title",
            render: (_, dispute) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{dispute.title}</Typography.Text>
                <Typography.Text type="secondary">
                  涉及：{dispute.agencyIds.map(agencies.shortName).join("、")}
                  {dispute.gapRegionCodes.length > 0 && `；监管空白：${dispute.gapRegionCodes.map(regions.name).join("、")}`}
                </Typography.Text>
              </Space>
            ),
          },
          { title: "严重程度", key: "severity", render: (_, dispute) => <SeverityTag severity={dispute.severity} /> },
          { title: "职权交叉", key: "overlaps", render: (_, dispute) => `${dispute.weight.overlaps} 项` },
          {
            title: "待定管辖案件",
            key: "cases",
            render: (_, dispute) => (dispute.weight.openCases ? `${dispute.weight.openCases} 件（最久已等 ${dispute.weight.oldestCaseWaitingDays ?? 0} 天）` : "无"),
          },
          {
            title: "议程",
            key: "agenda",
            render: (_, dispute) =>
              dispute.onAgenda ? (
                <Tag color="green">已列入《{dispute.onAgenda.title}》（{countyDateTime(dispute.onAgenda.scheduledAt)}）</Tag>
              ) : me.role !== "CHAIR" ? (
                <Tag>待议</Tag>
              ) : (
                <span onClick={(event) => event.stopPropagation()}>
                  <PutOnAgenda candidate={dispute} onDone={() => refetch({ requestPolicy: "network-only" })} />
                </span>
              ),
          },
        ]}
      />
    </Card>
  );
}
