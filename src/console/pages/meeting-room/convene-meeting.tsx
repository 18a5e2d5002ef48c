import { useMutation } from "urql";
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { graphql } from "../../gql";
import type { MeetingKind } from "../../gql/graphql";
import { countyToday } from "../../app/format";
import { refusalText } from "../../components/graphql-error";

const Convene = graphql(`
  mutation ConsoleConveneMeeting($input: ConveneMeetingInput!) {
    conveneMeeting(input: $input) { id }
  }
`);

interface Values {
  title: string;
  kind: MeetingKind;
  scheduledAt: Dayjs;
  place: string;
  agendaSize: number;
}

/** The picked wall-clock time is county time, whatever zone the browser is in. */
function countyInstant(value: Dayjs): string {
  return `${value.format("YYYY-MM-DDTHH:mm")}:00+08:00`;
}

/** Convening (召集): the agenda is built from what is open, ranked, sized by the chair. */
export function ConveneMeeting({ onClose, onConvened }: { onClose: () => void; onConvened: (meetingId: string) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, convene] = useMutation(Convene);
  const today = dayjs(countyToday());
  const submit = async (values: Values) => {
    const result = await convene({ input: { title: values.title.trim(), kind: values.kind, place: values.place.trim(), agendaSize: values.agendaSize, scheduledAt: countyInstant(values.scheduledAt) } });
    if (result.error) return void message.error(refusalText(result.error));
    message.success("会议已召集，议程已生成，受邀部门已收到通知");
    onConvened(result.data!.conveneMeeting.id);
  };
  return (
    <Modal open title="召集联席会议" okText="召集" cancelText="取消" confirmLoading={fetching} onCancel={onClose} onOk={() => form.submit()}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ title: `${today.month() + 1}月份综合行政执法联席会议（例会）`, kind: "REGULAR", place: "县政府第一会议室", agendaSize: 10, scheduledAt: today.add(1, "day").hour(14).minute(30) }}
      >
        <Form.Item name="title" label="会议名称" rules={[{ required: true, whitespace: true, message: "请填写会议名称" }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label="会议类型">
          <Radio.Group options={[{ value: "REGULAR", label: "例会" }, { value: "AD_HOC", label: "临时会议" }]} />
        </Form.Item>
        <Form.Item name="scheduledAt" label="召开时间（北京时间）" rules={[{ required: true, message: "请选择召开时间" }]}>
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY年M月D日 HH:mm" />
        </Form.Item>
        <Form.Item name="place" label="地点" rules={[{ required: true, whitespace: true, message: "请填写地点" }]}>
          <Input />
        </Form.Item>
        <Form.Item name="agendaSize" label="议题数量（其余留作待议事项）" rules={[{ required: true }]}>
          <InputNumber min={1} max={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
