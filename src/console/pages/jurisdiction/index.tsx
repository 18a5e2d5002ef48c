import { useState } from "react";
import { useQuery } from "urql";
import { Alert, AutoComplete, Card, DatePicker, Descriptions, Form, Select, Space, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { graphql } from "../../gql";
import type { ConsoleJurisdictionQuery, PowerCategory } from "../../gql/graphql";
import { CATEGORY_NAMES } from "../../app/labels";
import { countyDate, countyDateTime, countyToday } from "../../app/format";
import { useRegionNames } from "../../app/names";
import { GraphQLErrorAlert } from "../../components/graphql-error";

const MatterSearch = graphql(`
  query ConsoleMatterSearch($search: String!) {
    matters(search: $search) { code name parent { name } }
  }
`);

const WhoActsHere = graphql(`
  query ConsoleJurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate, $category: PowerCategory!) {
    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at, category: $category) {
      summary
      disputed
      gap
      at
      matter { name }
      region { name }
      lead { id name shortName }
      rule { id createdAt reason decisionId regionCode matterCode assisting { shortName } }
      agencies { id name shortName }
      powers { id code name category validFrom validUntil agency { id shortName } }
    }
  }
`);

/** "Who acts here?" (谁来管): a matter in a town on a day → the agencies and powers covering it, the lead and why, or what to do next. */
export default function Jurisdiction() {
  const [search, setSearch] = useState("");
  const [matter, setMatter] = useState<{ code: string; name: string }>();
  const [regionCode, setRegionCode] = useState<string>();
  const [day, setDay] = useState<Dayjs>(() => dayjs(countyToday()));
  const [category, setCategory] = useState<PowerCategory>("PENALTY");
  const regions = useRegionNames();
  const [{ data: found }] = useQuery({ query: MatterSearch, variables: { search: search.trim() }, pause: search.trim().length === 0 });
  const ready = Boolean(matter && regionCode);
  const [{ data, error, fetching }] = useQuery({
    query: WhoActsHere,
    variables: { matterCode: matter?.code ?? "", regionCode: regionCode ?? "", at: day.format("YYYY-MM-DD"), category },
    pause: !ready,
  });
  const answer = ready ? data?.jurisdiction : undefined;
  return (
    <>
      <Typography.Title level={3}>谁来管</Typography.Title>
      <Typography.Paragraph type="secondary">选择监管事项和镇（街道），查看当天有权管辖的部门、所依据的权力事项和牵头单位。</Typography.Paragraph>
      <Card>
        <Form layout="inline">
          <Form.Item label="监管事项">
            <AutoComplete
              style={{ width: 280 }}
              placeholder="输入事项名称，如：占道"
              value={search}
              onChange={(text) => {
                setSearch(text);
                setMatter(undefined);
              }}
              onSelect={(code: string) => {
                const chosen = found?.matters.find((m) => m.code === code);
                if (chosen) {
                  setMatter(chosen);
                  setSearch(chosen.name);
                }
              }}
              options={(found?.matters ?? []).slice(0, 20).map((m) => ({ value: m.code, label: m.parent ? `${m.name}（${m.parent.name}）` : m.name }))}
            />
          </Form.Item>
          <Form.Item label="地点">
            <Select
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: "label" }}
              placeholder="选择镇（街道）"
              value={regionCode}
              onChange={setRegionCode}
              options={regions.regions.filter((r) => r.level !== "COMMUNITY").map((r) => ({ value: r.code, label: r.name }))}
            />
          </Form.Item>
          <Form.Item label="日期">
            <DatePicker value={day} format="YYYY年M月D日" allowClear={false} onChange={(value) => value && setDay(value)} />
          </Form.Item>
          <Form.Item label="权力类型">
            <Select style={{ width: 140 }} value={category} onChange={setCategory} options={Object.entries(CATEGORY_NAMES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Form>
      </Card>
      <GraphQLErrorAlert error={error} />
      {answer && !fetching && (
        <Card style={{ marginTop: 16 }} data-testid="jurisdiction-answer" title={`${answer.region.name} · ${answer.matter.name} · ${CATEGORY_NAMES[category]} · ${countyDate(answer.at)}`}>
          <Verdict answer={answer} />
          <Table
            style={{ marginTop: 16 }}
            rowKey="id"
            size="small"
            dataSource={answer.powers}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: "没有部门持有覆盖此处的权力事项" }}
            columns={[
              { title: "部门", key: "agency", render: (_, p) => p.agency.shortName },
              { title: "权力事项", dataIndex: "name" },
              { title: "类型", key: "category", render: (_, p) => CATEGORY_NAMES[p.category] },
              { title: "有效期", key: "valid", render: (_, p) => `${p.validFrom ? countyDate(p.validFrom) : "长期"} 至 ${p.validUntil ? countyDate(p.validUntil) : "长期"}` },
              { title: "编码", dataIndex: "code" },
            ]}
          />
        </Card>
      )}
    </>
  );
}

type Answer = ConsoleJurisdictionQuery["jurisdiction"];

/** The answer in one line, with the lead and the decision behind it, or what to do next. */
function Verdict({ answer }: { answer: Answer }) {
  if (answer.gap) {
    return <Alert type="warning" showIcon title={<Space><Tag color="orange">空白</Tag>{answer.summary}</Space>} description="下一步：此处无部门持有该类权力（监管空白）。请召集人在联席会议上指定牵头单位，或报请县政府明确职责；已受理的案件见“争议”清单。" />;
  }
  if (answer.disputed) {
    return <Alert type="error" showIcon title={<Space><Tag color="red">争议</Tag>{answer.summary}</Space>} description="下一步：多个部门均有权管辖且尚未明确牵头单位。案件由最先立案的部门办理（《行政处罚法》第二十五条）；如有争议，在“职权交叉图”中将此事项列入下次联席会议议程。" />;
  }
  return (
    <Descriptions bordered size="small" column={1} title={<Space>{answer.lead ? <Tag color="green">已明确牵头</Tag> : <Tag color="blue">唯一有权部门</Tag>}{answer.summary}</Space>}>
      <Descriptions.Item label="有权部门">{answer.agencies.map((a) => a.name).join("、")}</Descriptions.Item>
      {answer.lead && <Descriptions.Item label="牵头单位">{answer.lead.name}</Descriptions.Item>}
      {answer.rule && (
        <Descriptions.Item label="依据">
          联席会议决定（{countyDateTime(answer.rule.createdAt)}）{answer.rule.assisting.length > 0 && `，协办：${answer.rule.assisting.map((a) => a.shortName).join("、")}`}
          {answer.rule.reason && `；理由：${answer.rule.reason}`}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
