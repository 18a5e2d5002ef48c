import { useMutation, useQuery } from "urql";
import { App, Checkbox, Form, Input, InputNumber, Modal, Space } from "antd";
import { graphql } from "../../gql";
import type { SampledCase } from "./case-sample";
import { GRADE_NAMES } from "./review-grades";

const VetoItems = graphql(`
  query ReviewVetoItems {
    reviewVetoItems { code description }
  }
`);
const RecordReview = graphql(`
  mutation RecordReview($caseId: ID!, $scores: ReviewScoresInput!, $failedVetoItems: [String!]!, $findings: String) {
    recordCaseReview(caseId: $caseId, scores: $scores, failedVetoItems: $failedVetoItems, findings: $findings) { grade total }
  }
`);

interface ReviewForm {
  form: number;
  content: number;
  failedVetoItems: string[];
  findings?: string;
}

/** A supervisor's review of one file: form (20) and content (80) points, veto items, findings. */
export function ReviewDialog({ c, onClose, onDone }: { c: SampledCase; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewForm>();
  const [{ fetching }, record] = useMutation(RecordReview);
  const [{ data: veto }] = useQuery({ query: VetoItems });
  const submit = async (v: ReviewForm) => {
    const result = await record({ caseId: c.id, scores: { form: v.form, content: v.content }, failedVetoItems: v.failedVetoItems ?? [], findings: v.findings?.trim() || undefined });
    if (result.error) return void message.error(`评查未保存：${result.error.graphQLErrors[0]?.message ?? result.error.message}`);
    const review = result.data!.recordCaseReview;
    message.success(`${c.number} 评查已记录：${GRADE_NAMES[review.grade] ?? review.grade}（${review.total} 分）`);
    onClose();
    onDone();
  };
  return (
    <Modal open width={640} title={`案卷评查 · ${c.number} ${c.title}`} onCancel={onClose} onOk={() => form.submit()} okText="记录评查结果" confirmLoading={fetching} destroyOnHidden>
      <Form<ReviewForm> form={form} layout="vertical" onFinish={submit} initialValues={{ failedVetoItems: [] }}>
        <Space size="large">
          <Form.Item name="form" label="形式评查得分（满分 20）" rules={[{ required: true, message: "请填写得分" }]}>
            <InputNumber min={0} max={20} step={0.5} />
          </Form.Item>
          <Form.Item name="content" label="内容评查得分（满分 80）" rules={[{ required: true, message: "请填写得分" }]}>
            <InputNumber min={0} max={80} step={0.5} />
          </Form.Item>
        </Space>
        <Form.Item name="failedVetoItems" label="否决项（有任一项即为不合格）">
          <Checkbox.Group style={{ display: "flex", flexDirection: "column", gap: 4 }} options={(veto?.reviewVetoItems ?? []).map((v) => ({ value: v.code, label: v.description }))} />
        </Form.Item>
        <Form.Item name="findings" label="评查意见">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
