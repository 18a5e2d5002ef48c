import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { graphql } from "../../gql";
import type { ParticipantRole } from "../../gql/graphql";
import type { DeskCaseView } from "./desk-case";

const Officers = graphql(`
  query DeskOfficers($agencyId: ID!) {
    officers(agencyId: $agencyId, first: 100) { nodes { id name certifiedOn } }
  }
`);
const Agencies = graphql(`
  query DeskAgencies {
    agencies(active: true) { id name }
  }
`);
const FileCase = graphql(`mutation DeskFileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version } }`);
const Investigate = graphql(`mutation DeskInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { id status version } }`);
const Decide = graphql(`mutation DeskDecide($input: DecideCaseInput!) { decideCase(input: $input) { id status version } }`);
const Execute = graphql(`mutation DeskExecute($input: CaseStepInput!) { executeCase(input: $input) { id status version } }`);
const Close = graphql(`mutation DeskClose($input: CaseStepInput!) { closeCase(input: $input) { id status version } }`);
const Dismiss = graphql(`mutation DeskDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { id status version } }`);
const Suspend = graphql(`mutation DeskSuspend($input: ReasonedStepInput!) { suspendCase(input: $input) { id status version } }`);
const Resume = graphql(`mutation DeskResume($input: CaseStepInput!) { resumeCase(input: $input) { id status version } }`);
const Refer = graphql(`mutation DeskRefer($input: ReferCaseInput!) { referCase(input: $input) { id status version } }`);
const Answer = graphql(`mutation DeskAnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { id status version } }`);

/** The steps an agency officer takes on the desk, in the order the lifecycle reaches them. */
type Step = "FILE" | "INVESTIGATE" | "DECIDE" | "EXECUTE" | "CLOSE" | "DISMISS" | "SUSPEND" | "RESUME" | "REFER" | "ANSWER_REFERRAL";

const STEP_NAMES: Record<Step, string> = {
  FILE: "立案",
  INVESTIGATE: "开始调查取证",
  DECIDE: "作出决定",
  EXECUTE: "登记执行",
  CLOSE: "结案",
  DISMISS: "不予立案",
  SUSPEND: "中止",
  RESUME: "恢复办理",
  REFER: "移送",
  ANSWER_REFERRAL: "答复移送",
};

/**
 * Which steps this agency may take on the case: the lead takes the lifecycle's steps, a candidate of
 * a disputed case may claim it by filing first (APL Art. 25), the agency a case was referred to answers.
 * The API decides in the end; this only keeps buttons that would be refused off the screen.
 */
export function stepsFor(c: DeskCaseView, agencyId: string): Step[] {
  const mine = c.participants.find((p) => p.agency.id === agencyId)?.role as ParticipantRole | undefined;
  const allowed = new Set(c.allowedActions);
  if (c.status === "DISPUTED") return mine ? ["FILE"] : [];
  if (c.status === "REFERRED") return c.referrals.some((r) => r.toAgencyId === agencyId && r.status === "PENDING") ? ["ANSWER_REFERRAL"] : [];
  if (mine !== "LEAD") return [];
  return (Object.keys(STEP_NAMES) as Step[]).filter((step) => step !== "ANSWER_REFERRAL" && allowed.has(step));
}

/** The buttons for a case's next steps; each opens its form. `onDone` refreshes the desk. */
export function NextSteps({ c, agencyId, onDone }: { c: DeskCaseView; agencyId: string; onDone: () => void }) {
  const [open, setOpen] = useState<Step | null>(null);
  const steps = stepsFor(c, agencyId);
  if (steps.length === 0) return <span style={{ color: "#999" }}>待牵头单位办理</span>;
  return (
    <>
      <Space wrap size={4}>
        {steps.map((step) => (
          <Button key={step} size="small" type={step === steps[0] ? "primary" : "default"} onClick={() => setOpen(step)}>
            {c.status === "DISPUTED" ? "认领并立案" : STEP_NAMES[step]}
          </Button>
        ))}
      </Space>
      {open && <StepDialog c={c} step={open} agencyId={agencyId} onClose={() => setOpen(null)} onDone={onDone} />}
    </>
  );
}

interface StepForm {
  note?: string;
  reason?: string;
  leadOfficerId?: string;
  officerIds?: string[];
  filedOn?: Dayjs;
  outcome?: "PENALTY" | "WARNING" | "NO_PENALTY";
  summary?: string;
  amount?: number;
  articleId?: string;
  toAgencyId?: string;
  kind?: "JURISDICTION" | "CRIMINAL";
  accept?: boolean;
}

function StepDialog({ c, step, agencyId, onClose, onDone }: { c: DeskCaseView; step: Step; agencyId: string; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<StepForm>();
  const [{ data: officers }] = useQuery({ query: Officers, variables: { agencyId }, pause: step !== "FILE" });
  const [{ data: agencies }] = useQuery({ query: Agencies, pause: step !== "REFER" });
  const [, fileCase] = useMutation(FileCase);
  const [, investigate] = useMutation(Investigate);
  const [, decide] = useMutation(Decide);
  const [, execute] = useMutation(Execute);
  const [, close] = useMutation(Close);
  const [, dismiss] = useMutation(Dismiss);
  const [, suspend] = useMutation(Suspend);
  const [, resume] = useMutation(Resume);
  const [, refer] = useMutation(Refer);
  const [, answer] = useMutation(Answer);
  const [busy, setBusy] = useState(false);
  const articles = c.power?.legalBases ?? [];
  const certified = (officers?.officers.nodes ?? []).filter((o) => o.certifiedOn);

  const submit = async (v: StepForm) => {
    const base = { caseId: c.id, expectedVersion: c.version, note: v.note || undefined };
    const reason = v.reason?.trim() ?? "";
    setBusy(true);
    const result = await (() => {
      switch (step) {
        case "FILE":
          return fileCase({ input: { ...base, leadOfficerId: v.leadOfficerId!, officerIds: v.officerIds ?? [], filedOn: v.filedOn?.format("YYYY-MM-DD") } });
        case "INVESTIGATE":
          return investigate({ input: base });
        case "DECIDE":
          return decide({ input: { ...base, outcome: v.outcome!, summary: v.summary!, amount: v.amount, articleId: v.articleId, articleReason: v.articleId ? undefined : reason || undefined } });
        case "EXECUTE":
          return execute({ input: base });
        case "CLOSE":
          return close({ input: base });
        case "DISMISS":
          return dismiss({ input: { ...base, reason } });
        case "SUSPEND":
          return suspend({ input: { ...base, reason } });
        case "RESUME":
          return resume({ input: base });
        case "REFER":
          return refer({ input: { ...base, reason, toAgencyId: v.toAgencyId!, kind: v.kind ?? "JURISDICTION" } });
        case "ANSWER_REFERRAL":
          return answer({ input: { ...base, reason, accept: v.accept ?? true } });
      }
    })();
    setBusy(false);
    if (result.error) {
      const conflict = result.error.graphQLErrors.some((e) => e.extensions?.code === "CONFLICT");
      message.error(conflict ? "案件已被他人更新，请刷新后重试。" : `${STEP_NAMES[step]}未成功：${result.error.graphQLErrors[0]?.message ?? result.error.message}`);
      return;
    }
    message.success(`${c.number}：${STEP_NAMES[step]}已登记`);
    onClose();
    onDone();
  };

  const needsReason = step === "DISMISS" || step === "SUSPEND" || step === "REFER" || step === "ANSWER_REFERRAL";
  return (
    <Modal open title={`${c.number} ${c.title} · ${c.status === "DISPUTED" ? "认领并立案" : STEP_NAMES[step]}`} onCancel={onClose} onOk={() => form.submit()} okText="确认" confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ accept: true, kind: "JURISDICTION", outcome: "PENALTY" }}>
        {step === "FILE" && (
          <>
            <Form.Item name="leadOfficerId" label="主办执法人员（须持证）" rules={[{ required: true, message: "请选择主办执法人员" }]}>
              <Select options={certified.map((o) => ({ value: o.id, label: o.name }))} placeholder="选择持证执法人员" />
            </Form.Item>
            <Form.Item name="officerIds" label="协办执法人员（连同主办至少两名持证人员，《行政处罚法》第四十二条）">
              <Select mode="multiple" options={certified.map((o) => ({ value: o.id, label: o.name }))} />
            </Form.Item>
            <Form.Item name="filedOn" label="立案日期（默认今天）">
              <DatePicker />
            </Form.Item>
          </>
        )}
        {step === "DECIDE" && (
          <>
            <Form.Item name="outcome" label="处理结果">
              <Radio.Group options={[{ value: "PENALTY", label: "行政处罚" }, { value: "WARNING", label: "警告" }, { value: "NO_PENALTY", label: "不予处罚" }]} />
            </Form.Item>
            <Form.Item name="summary" label="决定摘要" rules={[{ required: true, whitespace: true, message: "请填写决定摘要" }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="amount" label="罚款金额（元）">
              <InputNumber min={0} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="articleId" label="适用条款">
              <Select allowClear options={articles.map((b) => ({ value: b.article.id, label: `《${b.instrument.title}》${b.article.label}` }))} placeholder="选择本案职权依据的条款" />
            </Form.Item>
          </>
        )}
        {step === "REFER" && (
          <>
            <Form.Item name="kind" label="移送类型">
              <Radio.Group options={[{ value: "JURISDICTION", label: "移送管辖" }, { value: "CRIMINAL", label: "涉嫌犯罪移送司法机关" }]} />
            </Form.Item>
            <Form.Item name="toAgencyId" label="移送至" rules={[{ required: true, message: "请选择接收单位" }]}>
              <Select showSearch optionFilterProp="label" options={(agencies?.agencies ?? []).filter((a) => a.id !== agencyId).map((a) => ({ value: a.id, label: a.name }))} />
            </Form.Item>
          </>
        )}
        {step === "ANSWER_REFERRAL" && (
          <Form.Item name="accept" label="是否接收">
            <Radio.Group options={[{ value: true, label: "接收" }, { value: false, label: "不予接收" }]} />
          </Form.Item>
        )}
        {(needsReason || step === "DECIDE") && (
          <Form.Item name="reason" label={step === "DECIDE" ? "适用其他条款的理由（未选条款时填写）" : "理由"} rules={needsReason ? [{ required: true, whitespace: true, message: "请填写理由" }] : []}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item name="note" label="办理备注（记入案件时间线）">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
