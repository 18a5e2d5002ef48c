import { useEffect, useState } from "react";
import { useMutation } from "urql";
import { App, Button, Checkbox, Col, DatePicker, Drawer, Form, Input, Row, Select, Space, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { graphql } from "../../gql";
import type { DecisionKind, RecordDecisionInput } from "../../gql/graphql";
import { DECISION_NAMES } from "../../app/labels";
import { refusalText } from "../../components/graphql-error";
import { DecisionPreview } from "./decision-preview";
import type { RoomAgendaItem, RoomMeeting } from "./meeting-query";

const RecordDecision = graphql(`
  mutation ConsoleRecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      decision { id kind }
      casesRerouted { id number }
    }
  }
`);

/** Splitting by region needs a per-town form this screen does not have yet: it is recorded through the API. */
const KINDS: DecisionKind[] = ["DESIGNATE_LEAD", "JOINT_ENFORCEMENT", "NO_CONFLICT", "DEFER"];

interface Values {
  kind: DecisionKind;
  leadAgencyId?: string;
  assistingAgencyIds?: string[];
  reason?: string;
  plan?: string;
  supersede?: boolean;
  tasks?: { assigneeAgencyId?: string; description?: string; dueOn?: Dayjs }[];
}

function toInput(meeting: RoomMeeting, item: RoomAgendaItem, values: Values): RecordDecisionInput {
  const needsLead = values.kind === "DESIGNATE_LEAD" || values.kind === "JOINT_ENFORCEMENT";
  return {
    meetingId: meeting.id,
    itemId: item.id,
    kind: values.kind,
    leadAgencyId: needsLead ? values.leadAgencyId : undefined,
    assistingAgencyIds: needsLead ? (values.assistingAgencyIds ?? []) : undefined,
    reason: values.reason?.trim() || undefined,
    plan: values.kind === "JOINT_ENFORCEMENT" ? values.plan?.trim() || undefined : undefined,
    supersede: Boolean(values.supersede),
    tasks: (values.tasks ?? [])
      .filter((t) => t.assigneeAgencyId && t.description?.trim() && t.dueOn)
      .map((t) => ({ assigneeAgencyId: t.assigneeAgencyId!, description: t.description!.trim(), dueOn: t.dueOn!.format("YYYY-MM-DD") })),
  };
}

/**
 * Composing a decision (作出决定) on one agenda item, with what it would do beside it — rules,
 * overlaps resolved, cases re-routed, tasks — computed by the hub without writing anything, before
 * the chair records it.
 */
export function DecisionComposer({ meeting, item, onClose, onRecorded }: { meeting: RoomMeeting; item: RoomAgendaItem; onClose: () => void; onRecorded: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const initial: Values = { kind: "DESIGNATE_LEAD", leadAgencyId: item.agencies[0]?.id, assistingAgencyIds: item.agencies.slice(1).map((a) => a.id), supersede: false, tasks: [] };
  const [values, setValues] = useState<Values>(initial);
  const [previewed, setPreviewed] = useState<RecordDecisionInput>(() => toInput(meeting, item, initial));
  // Ask the hub for a new preview once typing pauses, not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setPreviewed(toInput(meeting, item, values)), 300);
    return () => clearTimeout(timer);
  }, [meeting, item, values]);
  const [{ fetching }, record] = useMutation(RecordDecision);
  const agencies = [...item.agencies, ...meeting.invited.filter((a) => a.kind === "ENFORCEMENT" && !item.agencies.some((x) => x.id === a.id))];
  const agencyOptions = agencies.map((a) => ({ value: a.id, label: a.shortName }));
  const needsLead = values.kind === "DESIGNATE_LEAD" || values.kind === "JOINT_ENFORCEMENT";

  const submit = async () => {
    const result = await record({ input: toInput(meeting, item, form.getFieldsValue(true) as Values) });
    if (result.error) return void message.error(refusalText(result.error));
    const moved = result.data!.recordDecision.casesRerouted.length;
    message.success(`决定已记录${moved ? `，${moved} 件案件已改派` : ""}`);
    onRecorded();
  };

  return (
    <Drawer open width="min(1200px, 96vw)" title={`作出决定：${item.title}`} onClose={onClose} extra={<Button type="primary" loading={fetching} onClick={submit}>记录决定</Button>}>
      <Row gutter={24}>
        <Col span={10}>
          <Form form={form} layout="vertical" initialValues={initial} onValuesChange={(_, all) => setValues(all as Values)}>
            <Form.Item name="kind" label="决定类型">
              <Select options={KINDS.map((kind) => ({ value: kind, label: DECISION_NAMES[kind] }))} />
            </Form.Item>
            {needsLead && (
              <>
                <Form.Item name="leadAgencyId" label="牵头单位" rules={[{ required: true, message: "请选择牵头单位" }]}>
                  <Select options={agencyOptions} showSearch={{ optionFilterProp: "label" }} />
                </Form.Item>
                <Form.Item name="assistingAgencyIds" label="协办单位">
                  <Select mode="multiple" options={agencyOptions.filter((o) => o.value !== values.leadAgencyId)} optionFilterProp="label" />
                </Form.Item>
              </>
            )}
            {values.kind === "JOINT_ENFORCEMENT" && (
              <Form.Item name="plan" label="联合执法方案">
                <Input.TextArea rows={3} />
              </Form.Item>
            )}
            <Form.Item name="reason" label="理由（牵头单位无覆盖此处的权力时必填）">
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="supersede" valuePropName="checked">
              <Checkbox>替代同一范围内现行的管辖规则</Checkbox>
            </Form.Item>
            <Typography.Text strong>督办任务</Typography.Text>
            <Form.List name="tasks">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, "assigneeAgencyId"]}>
                        <Select placeholder="承办单位" style={{ width: 130 }} options={agencyOptions} />
                      </Form.Item>
                      <Form.Item name={[field.name, "description"]}>
                        <Input placeholder="任务内容" style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, "dueOn"]}>
                        <DatePicker placeholder="完成期限" />
                      </Form.Item>
                      <Button type="link" onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    </Space>
                  ))}
                  <Button type="dashed" onClick={() => add()} block>
                    添加督办任务
                  </Button>
                </>
              )}
            </Form.List>
          </Form>
        </Col>
        <Col span={14}>
          <DecisionPreview input={previewed} />
        </Col>
      </Row>
    </Drawer>
  );
}
