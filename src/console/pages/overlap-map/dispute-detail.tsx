import { useQuery } from "urql";
import { Space, Table, Tag, Typography } from "antd";
import { graphql } from "../../gql";
import { CASE_STATUS_NAMES } from "../../app/case-words";
import { CATEGORY_NAMES } from "../../app/labels";
import { countyDateTime } from "../../app/format";
import { CursorPager, useCursorPages } from "../../components/cursor-pager";
import { GraphQLErrorAlert } from "../../components/graphql-error";
import { SeverityTag } from "../../components/severity-tag";
import type { Dispute } from "./pair-disputes";

const DisputeOverlaps = graphql(`
  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {
    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        agencyIds
        severity
        category
        powers { id name code category agency { id shortName } }
        matters { code name }
        regions { code name }
        sharedArticles { id label instrument { title } }
      }
    }
  }
`);

const WaitingCases = graphql(`
  query ConsoleDisputeCases($matterCode: String, $after: String) {
    cases(status: [DISPUTED, UNASSIGNED], matterCode: $matterCode, first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        number
        title
        status
        createdAt
        region { name }
        candidates { id shortName }
      }
    }
  }
`);

interface Agency {
  id: string;
  shortName: string;
}

/**
 * Inside a dispute: each overlap between the two agencies with both powers, the matters and towns
 * they share and the articles both cite (共同依据); then the cases waiting on the dispute.
 */
export function DisputeDetail({ dispute, a, b }: { dispute: Dispute; a: Agency; b: Agency }) {
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <OverlapsBetween dispute={dispute} a={a} b={b} />
      <CasesWaiting dispute={dispute} />
    </Space>
  );
}

function OverlapsBetween({ dispute, a, b }: { dispute: Dispute; a: Agency; b: Agency }) {
  const pages = useCursorPages();
  const [{ data, error, fetching }] = useQuery({ query: DisputeOverlaps, variables: { agencyId: a.id, matterCode: dispute.matterCode, after: pages.after } });
  const page = data?.overlaps;
  const own = new Set(dispute.overlapIds);
  const shown = (page?.nodes ?? []).filter((o) => o.agencyIds.includes(b.id) && (own.size === 0 || own.has(o.id)));
  return (
    <div>
      <Typography.Title level={5}>两部门的职权交叉</Typography.Title>
      <GraphQLErrorAlert error={error} />
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        dataSource={shown}
        pagination={false}
        locale={{ emptyText: "本页没有两部门之间的交叉项" }}
        columns={[
          {
            title: "程度与类型",
            key: "severity",
            width: 150,
            render: (_, overlap) => (
              <Space direction="vertical" size={2}>
                <SeverityTag severity={overlap.severity} />
                <Tag>{CATEGORY_NAMES[overlap.category]}</Tag>
              </Space>
            ),
          },
          {
            title: "两部门的权力事项",
            key: "powers",
            render: (_, overlap) => (
              <Space direction="vertical" size={2}>
                {overlap.powers.map((power) => (
                  <Typography.Text key={power.id}>
                    <Typography.Text strong>{power.agency.shortName}</Typography.Text>：{power.name}
                    <Typography.Text type="secondary">（{power.code}）</Typography.Text>
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
          { title: "监管事项", key: "matters", render: (_, overlap) => overlap.matters.map((m) => m.name).join("、") },
          { title: "区域", key: "regions", width: 120, render: (_, overlap) => overlap.regions.map((r) => r.name).join("、") },
          {
            title: "共同依据",
            key: "articles",
            render: (_, overlap) => (overlap.sharedArticles.length ? overlap.sharedArticles.map((article) => `《${article.instrument.title}》${article.label}`).join("；") : "无共同条款"),
          },
        ]}
      />
      <CursorPager pages={pages} pageInfo={page?.pageInfo}>
        <Typography.Text type="secondary">
          {a.shortName}在此事项上的交叉共 {page?.totalCount ?? 0} 项，第 {pages.pageNumber} 页
        </Typography.Text>
      </CursorPager>
    </div>
  );
}

function CasesWaiting({ dispute }: { dispute: Dispute }) {
  const pages = useCursorPages();
  const [{ data, error, fetching }] = useQuery({ query: WaitingCases, variables: { matterCode: dispute.matterCode, after: pages.after }, pause: dispute.caseIds.length === 0 });
  if (dispute.caseIds.length === 0) return <Typography.Text type="secondary">没有等待确定管辖的案件。</Typography.Text>;
  const ids = new Set(dispute.caseIds);
  const page = data?.cases;
  return (
    <div>
      <Typography.Title level={5}>等待确定管辖的案件</Typography.Title>
      <GraphQLErrorAlert error={error} />
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        dataSource={(page?.nodes ?? []).filter((c) => ids.has(c.id))}
        pagination={false}
        columns={[
          { title: "案件编号", dataIndex: "number" },
          { title: "案件", dataIndex: "title" },
          { title: "地点", key: "region", render: (_, c) => c.region.name },
          { title: "状态", key: "status", render: (_, c) => CASE_STATUS_NAMES[c.status] },
          { title: "候选部门", key: "candidates", render: (_, c) => c.candidates.map((x) => x.shortName).join("、") || "无" },
          { title: "受理时间", key: "createdAt", render: (_, c) => countyDateTime(c.createdAt) },
        ]}
      />
      <CursorPager pages={pages} pageInfo={page?.pageInfo} />
    </div>
  );
}
