import { lazy, Suspense, useMemo, useState } from "react";
import { useQuery } from "urql";
import { Card, Empty, Spin, Table, Typography } from "antd";
import { graphql } from "../../gql";
import { GraphQLErrorAlert } from "../../components/graphql-error";
import type { HeatmapPair } from "./heatmap";
import { PairDisputes } from "./pair-disputes";

const OverlapHeatmap = lazy(() => import("./heatmap"));

const Matrix = graphql(`
  query ConsoleOverlapMatrix {
    overlapMatrix {
      pairs {
        a { id code shortName }
        b { id code shortName }
        high
        medium
        low
        total
      }
    }
  }
`);

/** The overlap map (职权交叉图): which agencies' powers overlap, how badly, and the disputes behind each cell. */
export default function OverlapMap() {
  const [{ data, error, fetching }] = useQuery({ query: Matrix });
  const [picked, setPicked] = useState<HeatmapPair>();
  const pairs = data?.overlapMatrix.pairs ?? [];
  // The worst pairs first: the list beside the map is how a keyboard or a screen reader picks a cell.
  const ranked = useMemo(() => [...pairs].sort((x, y) => y.high - x.high || y.medium - x.medium || y.total - x.total), [pairs]);
  return (
    <>
      <Typography.Title level={3}>职权交叉图</Typography.Title>
      <Typography.Paragraph type="secondary">
        每格为两个部门之间未解决的职权交叉：颜色表示最严重的程度，数字为交叉项数。点击一格（或下方列表中的一行）查看两部门之间的争议事项。
      </Typography.Paragraph>
      <GraphQLErrorAlert error={error} />
      {fetching && !data ? (
        <Spin />
      ) : pairs.length === 0 ? (
        <Empty description="目前没有未解决的职权交叉" />
      ) : (
        <>
          <Card>
            <Suspense fallback={<Spin description="正在加载图表…" />}>
              <OverlapHeatmap pairs={pairs} onPick={setPicked} />
            </Suspense>
          </Card>
          {picked && <PairDisputes key={`${picked.a.id}:${picked.b.id}`} a={picked.a} b={picked.b} />}
          <Card title="交叉部门组合" style={{ marginTop: 16 }}>
            <Table
              rowKey={(pair) => `${pair.a.id}:${pair.b.id}`}
              dataSource={ranked}
              size="small"
              pagination={{ pageSize: 10, showSizeChanger: false }}
              onRow={(pair) => ({ onClick: () => setPicked(pair), style: { cursor: "pointer" } })}
              columns={[
                { title: "部门组合", key: "pair", render: (_, pair) => <a>{`${pair.a.shortName} × ${pair.b.shortName}`}</a> },
                { title: "高", dataIndex: "high" },
                { title: "中", dataIndex: "medium" },
                { title: "低", dataIndex: "low" },
                { title: "合计", dataIndex: "total" },
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}
