import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { App, Button, Form, Input, Modal, Select, Table, Tag } from "antd";
import { graphql } from "../../gql";
import type { ChairListsQuery } from "../../gql/graphql";
import { CASE_STATUS_NAMES } from "../../app/case-words";
import { caseColumns } from "../../app/case-columns";
import { countyDateTime, waitingSince } from "../../app/county-time";

type Dispute = ChairListsQuery["disputedCases"][number];

const Agencies = graphql(`
  query ChairAgencies {
    agencies(active: true) { id name shortName }
  }
`);
const AssignCase = graphql(`
  mutation ChairAssignCase($input: AssignCaseInput!) {
    assignCase(input: $input) { id status version }
  }
`);

/** What the chair does next with a case nobody leads. */
function nextStep(c: Dispute): string {
  if (c.status === "UNASSIGNED") return "无部门持有对应职权：指定牵头单位，并将该事项列入联席会议议程明确监管职责";
  if (c.referralRejections >= 2) return `已被拒绝移送 ${c.referralRejections} 次：由召集人指定牵头单位`;
  return `${c.candidates.map((a) => a.shortName).join("、")}均有管辖权：候选单位可先立案认领（《行政处罚法》第二十五条），否则列入议程或直接指定牵头单位`;
}

/** Disputed and unassigned cases, longest waiting first, ten to a page; the chair may designate a lead at once. */
export function DisputeTable({ cases, loading, onAssigned }: { cases: readonly Dispute[]; loading: boolean; onAssigned: () => void }) {
  const [assigning, setAssigning] = useState<Dispute | null>(null);
  const rows = [...cases].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <>
      <Table<Dispute>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        data-testid="chair-disputes"
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 件` }}
        locale={{ emptyText: "没有待定牵头的案件" }}
        columns={[
          ...caseColumns<Dispute>(),
          { title: "状态", key: "status", width: 150, render: (_, c) => <Tag color={c.status === "DISPUTED" ? "orange" : "red"}>{CASE_STATUS_NAMES[c.status]}</Tag> },
          { title: "已等待", key: "waiting", width: 130, render: (_, c) => <span title={`受理于 ${countyDateTime(c.createdAt)}`}>{waitingSince(c.createdAt)}</span> },
          { title: "下一步", key: "next", render: (_, c) => nextStep(c) },
          { title: "", key: "assign", width: 120, render: (_, c) => <Button size="small" onClick={() => setAssigning(c)}>指定牵头单位</Button> },
        ]}
      />
      {assigning && <AssignDialog c={assigning} onClose={() => setAssigning(null)} onDone={onAssigned} />}
    </>
  );
}

function AssignDialog({ c, onClose, onDone }: { c: Dispute; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ agencyId: string; reason: string }>();
  const [{ data }] = useQuery({ query: Agencies });
  const [{ fetching }, assign] = useMutation(AssignCase);
  const candidates = new Set(c.candidates.map((a) => a.id));
  // Candidates first: the agencies whose powers cover the case.
  const options = [...(data?.agencies ?? [])].sort((a, b) => Number(candidates.has(b.id)) - Number(candidates.has(a.id))).map((a) => ({ value: a.id, label: candidates.has(a.id) ? `${a.name}（有管辖职权）` : a.name }));
  const submit = async (v: { agencyId: string; reason: string }) => {
    const result = await assign({ input: { caseId: c.id, expectedVersion: c.version, agencyId: v.agencyId, reason: v.reason.trim() } });
    if (result.error) return void message.error(`指定未成功：${result.error.graphQLErrors[0]?.message ?? result.error.message}`);
    message.success(`${c.number} 已指定牵头单位`);
    onClose();
    onDone();
  };
  return (
    <Modal open title={`${c.number} · 指定牵头单位`} onCancel={onClose} onOk={() => form.submit()} okText="确认指定" confirmLoading={fetching} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="agencyId" label="牵头单位" rules={[{ required: true, message: "请选择牵头单位" }]}>
          <Select showSearch optionFilterProp="label" options={options} />
        </Form.Item>
        <Form.Item name="reason" label="理由" rules={[{ required: true, whitespace: true, message: "请填写理由" }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
