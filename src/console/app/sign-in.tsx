import { Alert, Button, Card, Form, Input, Typography } from "antd";

/** Paste a token, as GraphiQL takes one; `npm run token -- --role CHAIR` prints one for the sample county. */
export function SignIn({ onSignIn, refusal }: { onSignIn: (token: string) => void; refusal?: string }) {
  return (
    <div style={{ display: "flex", minHeight: "100vh", alignItems: "center", justifyContent: "center", background: "#f0f2f5" }}>
      <Card title="联席会议工作台 · 登录" style={{ width: 480 }}>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={(values: { token: string }) => onSignIn(values.token)}>
          <Form.Item name="token" label="访问令牌" rules={[{ required: true, whitespace: true, message: "请粘贴访问令牌" }]}>
            <Input.TextArea rows={4} placeholder="粘贴管理员发给您的访问令牌" autoFocus />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            令牌只保存在当前浏览器标签页中，关闭标签页即失效。
          </Typography.Paragraph>
          <Button type="primary" htmlType="submit" block>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
