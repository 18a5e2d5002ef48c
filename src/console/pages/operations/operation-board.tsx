import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { Card, Col, Descriptions, List, Result, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import { graphql } from "../../gql";
import type { BoardOperationQuery } from "../../gql/graphql";
import { CASE_STATUS_NAMES } from "../../app/case-words";
import { countyDateTime } from "../../app/county-time";
import { useHeadCursor } from "../../app/head-cursor";
import { useLiveFeed } from "../../app/live-feed";
import { LiveStateTag } from "../../app/live-state-tag";
import { OPERATION_STATUS_COLORS, OPERATION_STATUS_NAMES } from "./operation-words";

const BoardOperation = graphql(`
  query BoardOperation($id: ID!) {
    operation(id: $id) {
      id
      title
      status
      periodText
      objectives
      lead { name }
      participants { headcount agency { id shortName } officers { name } }
      assignments { id task location notes agency { shortName } updatedAt }
      reports { id createdAt sitesInspected violationsFound notes caseIds agency { shortName } }
      cases { id number title status createdAt lead { shortName } }
    }
  }
`);
const BoardEvents = graphql(`
  subscription BoardEvents($id: ID!, $after: String) {
    operationEvents(operationId: $id, after: $after) { cursor text occurredAt }
  }
`);

type Operation = NonNullable<BoardOperationQuery["operation"]>;
interface FeedLine {
  cursor: string;
  text: string;
}

/** Long enough to fold a burst of reports into one reload, short enough to show each within a second. */
const RELOAD_DELAY_MS = 150;

/**
 * One operation's live board (联合执法行动看板): agencies, assignments, field reports and the cases
 * opened, as they arrive. It reads the log's head first, then the operation, then follows
 * operationEvents from that head; after a dropped socket it resumes from the last event it saw.
 * Reports and cases are paged tables, so a board with hundreds of reports stays light.
 */
export default function OperationBoard({ id }: { id: string }) {
  const head = useHeadCursor();
  const [{ data, error }, reload] = useQuery({ query: BoardOperation, variables: { id }, pause: !head, requestPolicy: "network-only" });
  const [feed, setFeed] = useState<FeedLine[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const live = useLiveFeed(
    BoardEvents,
    head ? { id, after: head } : null,
    (result) => result.operationEvents,
    (event) => {
      setFeed((lines) => [{ cursor: event.cursor, text: event.text }, ...lines].slice(0, 500));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => reload({ requestPolicy: "network-only" }), RELOAD_DELAY_MS);
    },
  );
  if (error) return <Result status="error" title="无法读取行动" subTitle={error.graphQLErrors[0]?.message ?? error.message} />;
  if (data && !data.operation) return <Result status="404" title="没有这项行动，或您无权查看" extra={<Link to="/operations">返回行动列表</Link>} />;
  const op = data?.operation;
  if (!op) return <Card loading />;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space align="center" wrap>
        <Link to="/operations">← 行动列表</Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {op.title}
        </Typography.Title>
        <Tag color={OPERATION_STATUS_COLORS[op.status]}>{OPERATION_STATUS_NAMES[op.status]}</Tag>
        <LiveStateTag state={live} />
      </Space>
      <Totals op={op} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Card size="small" title="行动概况">
              <Descriptions size="small" column={1} items={[
                { key: "period", label: "时间", children: op.periodText },
                { key: "lead", label: "牵头单位", children: op.lead.name },
                { key: "objectives", label: "行动目标", children: op.objectives },
              ]} />
            </Card>
            <Reports op={op} />
            <Card size="small" title={`现场立案（${op.cases.length}）`} data-testid="board-cases">
              <Table<Operation["cases"][number]>
                size="small"
                rowKey="id"
                dataSource={op.cases}
                pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
                locale={{ emptyText: "尚无现场立案" }}
                columns={[
                  { title: "案件编号", key: "number", width: 150, render: (_, c) => c.number },
                  { title: "案件", key: "title", render: (_, c) => c.title },
                  { title: "牵头单位", key: "lead", width: 120, render: (_, c) => c.lead?.shortName ?? "待定" },
                  { title: "状态", key: "status", width: 130, render: (_, c) => <Tag>{CASE_STATUS_NAMES[c.status]}</Tag> },
                ]}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Card size="small" title="参加单位与任务分工" data-testid="board-agencies">
              <List
                size="small"
                dataSource={op.participants}
                renderItem={(p) => {
                  const tasks = op.assignments.filter((a) => a.agency.shortName === p.agency.shortName);
                  return (
                    <List.Item>
                      <Space direction="vertical" size={0}>
                        <Typography.Text strong>
                          {p.agency.shortName}（{p.headcount} 人）
                        </Typography.Text>
                        {tasks.map((a) => (
                          <Typography.Text key={a.id} type="secondary">
                            {a.task} · {a.location}
                          </Typography.Text>
                        ))}
                        {p.officers.length > 0 && <Typography.Text type="secondary">带队：{p.officers.map((o) => o.name).join("、")}</Typography.Text>}
                      </Space>
                    </List.Item>
                  );
                }}
              />
            </Card>
            <Card size="small" title="现场动态" data-testid="board-feed">
              <List size="small" dataSource={feed} rowKey="cursor" locale={{ emptyText: "打开看板后的动态会显示在这里" }} pagination={feed.length > 10 ? { pageSize: 10, size: "small" } : false} renderItem={(line) => <List.Item>{line.text}</List.Item>} />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

function Totals({ op }: { op: Operation }) {
  const sites = op.reports.reduce((sum, r) => sum + r.sitesInspected, 0);
  const violations = op.reports.reduce((sum, r) => sum + r.violationsFound, 0);
  return (
    <Row gutter={16}>
      {[
        ["参加单位", op.participants.length],
        ["现场报告", op.reports.length],
        ["检查点位", sites],
        ["发现问题", violations],
        ["现场立案", op.cases.length],
      ].map(([title, value]) => (
        <Col key={title} xs={12} md={4}>
          <Card size="small">
            <Statistic title={title} value={value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** Field reports, newest first, twenty to a page. */
function Reports({ op }: { op: Operation }) {
  const reports = [...op.reports].reverse();
  return (
    <Card size="small" title={`现场报告（${reports.length}）`} data-testid="board-reports">
      <Table<Operation["reports"][number]>
        size="small"
        rowKey="id"
        dataSource={reports}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (total) => `共 ${total} 份` }}
        locale={{ emptyText: "尚无现场报告" }}
        columns={[
          { title: "时间", key: "at", width: 170, render: (_, r) => countyDateTime(r.createdAt) },
          { title: "单位", key: "agency", width: 110, render: (_, r) => r.agency.shortName },
          { title: "检查点位", key: "sites", width: 90, render: (_, r) => r.sitesInspected },
          { title: "发现问题", key: "violations", width: 90, render: (_, r) => r.violationsFound },
          { title: "立案", key: "cases", width: 60, render: (_, r) => r.caseIds.length },
          { title: "情况说明", key: "notes", render: (_, r) => r.notes ?? "" },
        ]}
      />
    </Card>
  );
}
