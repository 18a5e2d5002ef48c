import { useQuery } from "urql";
import { Alert, Card, List, Spin, Typography } from "antd";
import { graphql } from "../../gql";
import type { RecordDecisionInput } from "../../gql/graphql";
import { CATEGORY_NAMES } from "../../app/labels";
import { countyDate } from "../../app/format";
import { useAgencyNames, useMatterNames, useRegionNames } from "../../app/names";
import { GraphQLErrorAlert } from "../../components/graphql-error";

const Preview = graphql(`
  query ConsoleDecisionPreview($input: RecordDecisionInput!) {
    previewDecision(input: $input) {
      code
      problem
      governance { note }
      effects {
        rulesCreated { id category matterCode regionCode lead { shortName } assisting { shortName } }
        rulesSuperseded { id category matterCode regionCode lead { shortName } }
        overlapsResolved { id summary }
        casesRerouted { id number title region { name } }
        tasks { id description dueOn assignee { shortName } }
      }
    }
  }
`);

/** What the decision would do, as the hub computes it in a transaction it rolls back. */
export function DecisionPreview({ input }: { input: RecordDecisionInput }) {
  const [{ data, error, fetching }] = useQuery({ query: Preview, variables: { input }, requestPolicy: "network-only" });
  const regions = useRegionNames();
  const agencies = useAgencyNames();
  const matters = useMatterNames();
  const preview = data?.previewDecision;
  const effects = preview?.effects;
  const lead = (input.leadAgencyId && agencies.byId.get(String(input.leadAgencyId))?.shortName) || "牵头单位";
  return (
    <Card title="决定预览（尚未记录）" size="small" extra={fetching && <Spin size="small" />} data-testid="decision-preview">
      <GraphQLErrorAlert error={error} />
      {preview?.problem && <Alert type="warning" showIcon title="此决定暂不能记录" description={preview.problem} style={{ marginBottom: 12 }} />}
      {effects && (
        <>
          <Section title={`新增管辖规则 ${effects.rulesCreated.length} 条`}>
            {effects.rulesCreated.map((rule) => (
              <List.Item key={rule.id}>
                {rule.lead.shortName}牵头：{matters.name(rule.matterCode)}，{regions.name(rule.regionCode)}，{CATEGORY_NAMES[rule.category]}
                {rule.assisting.length > 0 && `，协办：${rule.assisting.map((a) => a.shortName).join("、")}`}
              </List.Item>
            ))}
          </Section>
          {effects.rulesSuperseded.length > 0 && (
            <Section title={`替代现行规则 ${effects.rulesSuperseded.length} 条`}>
              {effects.rulesSuperseded.map((rule) => (
                <List.Item key={rule.id}>
                  原由{rule.lead.shortName}牵头：{matters.name(rule.matterCode)}，{regions.name(rule.regionCode)}，{CATEGORY_NAMES[rule.category]}
                </List.Item>
              ))}
            </Section>
          )}
          <Section title={`化解职权交叉 ${effects.overlapsResolved.length} 项`}>
            {effects.overlapsResolved.slice(0, 5).map((overlap) => (
              <List.Item key={overlap.id}>{overlap.summary}</List.Item>
            ))}
            {effects.overlapsResolved.length > 5 && <List.Item>……另有 {effects.overlapsResolved.length - 5} 项</List.Item>}
          </Section>
          <Section title={`改派案件 ${effects.casesRerouted.length} 件`}>
            {effects.casesRerouted.map((c) => (
              <List.Item key={c.id}>
                {c.number}（{c.title}，{c.region.name}）改由{lead}牵头办理
              </List.Item>
            ))}
          </Section>
          <Section title={`督办任务 ${effects.tasks.length} 项`}>
            {effects.tasks.map((task) => (
              <List.Item key={task.id}>
                {task.assignee.shortName}：{task.description}（{countyDate(task.dueOn)}前完成）
              </List.Item>
            ))}
          </Section>
          {preview.governance.length > 0 && (
            <Section title="与现行规则的关系">
              {preview.governance.map((g, i) => (
                <List.Item key={i}>{g.note}</List.Item>
              ))}
            </Section>
          )}
        </>
      )}
    </Card>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const empty = Array.isArray(children) && children.length === 0;
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong>{title}</Typography.Text>
      {!empty && <List size="small">{children}</List>}
    </div>
  );
}
