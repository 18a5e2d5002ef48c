import { useState } from "react";
import { useQuery } from "urql";
import { Button, Card, DatePicker, Form, Input, InputNumber, Space, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { graphql } from "../../gql";
import type { CaseSampleQuery, CaseSampleQueryVariables } from "../../gql/graphql";
import { countyDate, countyToday } from "../../app/county-time";
import { ReviewDialog } from "./review-dialog";
import { GRADE_NAMES } from "./review-grades";

const CaseSampleDraw = graphql(`
  query CaseSample($closedFrom: LocalDate!, $closedTo: LocalDate!, $size: Int!, $perAgencyMax: Int!, $seed: String!) {
    sampleCaseFiles(closedFrom: $closedFrom, closedTo: $closedTo, size: $size, perAgencyMax: $perAgencyMax, seed: $seed) {
      available
      seed
      perAgency { agency { shortName } available picked }
      cases { id number title closedOn category lead { shortName } review { grade total revision } }
    }
  }
`);

export type SampledCase = CaseSampleQuery["sampleCaseFiles"]["cases"][number];

interface Draw {
  period: [Dayjs, Dayjs];
  size: number;
  perAgencyMax: number;
  seed: string;
}

/**
 * Draws closed case files at random, spread across agencies; the seed is shown and kept, so the
 * same draw can be repeated before anyone who doubts it. Each file drawn can be reviewed here.
 */
export function CaseSample() {
  const [draw, setDraw] = useState<CaseSampleQueryVariables | null>(null);
  const [reviewing, setReviewing] = useState<SampledCase | null>(null);
  const [{ data, fetching, error }, redraw] = useQuery({ query: CaseSampleDraw, variables: draw!, pause: !draw, requestPolicy: "network-only" });
  const today = dayjs(countyToday());
  const sample = data?.sampleCaseFiles;
  const submit = (v: Draw) =>
    setDraw({ closedFrom: v.period[0].format("YYYY-MM-DD"), closedTo: v.period[1].format("YYYY-MM-DD"), size: v.size, perAgencyMax: v.perAgencyMax, seed: v.seed.trim() });
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card size="small" title="抽取案卷">
        <Form<Draw> layout="inline" onFinish={submit} initialValues={{ period: [today.subtract(1, "year"), today], size: 10, perAgencyMax: 3, seed: `抽查-${countyToday()}` }}>
          <Form.Item name="period" label="结案日期" rules={[{ required: true }]}>
            <DatePicker.RangePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="size" label="抽取份数" rules={[{ required: true }]}>
            <InputNumber min={1} max={200} />
          </Form.Item>
          <Form.Item name="perAgencyMax" label="每单位至多" rules={[{ required: true }]}>
            <InputNumber min={1} max={50} />
          </Form.Item>
          <Form.Item name="seed" label="随机种子" rules={[{ required: true, whitespace: true }]} tooltip="相同条件和种子抽出相同案卷，便于复核">
            <Input style={{ width: 180 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            抽取
          </Button>
        </Form>
      </Card>
      {error && <Typography.Text type="danger">{error.graphQLErrors[0]?.message ?? error.message}</Typography.Text>}
      {sample && (
        <Card
          size="small"
          title={`抽中 ${sample.cases.length} 份（期间结案 ${sample.available} 份，种子“${sample.seed}”）`}
          extra={<Typography.Text type="secondary">{sample.perAgency.map((s) => `${s.agency.shortName} ${s.picked}/${s.available}`).join("；")}</Typography.Text>}
        >
          <Table<SampledCase>
            size="small"
            rowKey="id"
            dataSource={sample.cases}
            data-testid="sampled-cases"
            pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 份` }}
            locale={{ emptyText: "该期间没有结案案卷" }}
            columns={[
              { title: "案件编号", key: "number", width: 150, render: (_, c) => c.number },
              { title: "案件", key: "title", render: (_, c) => c.title },
              { title: "牵头单位", key: "lead", width: 120, render: (_, c) => c.lead?.shortName ?? "" },
              { title: "结案日期", key: "closed", width: 140, render: (_, c) => (c.closedOn ? countyDate(c.closedOn) : "") },
              {
                title: "评查结果",
                key: "review",
                width: 160,
                render: (_, c) =>
                  c.review ? <Tag color={c.review.grade === "FAIL" ? "red" : "green"}>{`${GRADE_NAMES[c.review.grade] ?? c.review.grade}（${c.review.total} 分）`}</Tag> : <Tag>未评查</Tag>,
              },
              { title: "", key: "act", width: 100, render: (_, c) => (c.review ? null : <Button size="small" onClick={() => setReviewing(c)}>评查</Button>) },
            ]}
          />
        </Card>
      )}
      {reviewing && <ReviewDialog c={reviewing} onClose={() => setReviewing(null)} onDone={() => redraw({ requestPolicy: "network-only" })} />}
    </Space>
  );
}
