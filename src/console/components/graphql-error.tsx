import { Alert } from "antd";
import type { CombinedError } from "urql";

/** What the hub refused, in words: the API's messages are English, so say in Chinese what kind of refusal it is. */
const CODE_NAMES: Record<string, string> = {
  UNAUTHENTICATED: "登录已失效",
  FORBIDDEN: "无权执行此操作",
  NOT_FOUND: "没有找到，或无权查看",
  BAD_USER_INPUT: "填写的内容有误",
  CONFLICT: "数据已被他人修改，请刷新后重试",
  FAILED_PRECONDITION: "当前条件不允许此操作",
  INVALID_TRANSITION: "当前状态不允许此操作",
};

export function refusalText(error: CombinedError): string {
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? "");
  const name = CODE_NAMES[code] ?? (error.networkError ? "无法连接平台" : "操作未成功");
  return first ? `${name}：${first.message}` : name;
}

export function GraphQLErrorAlert({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  return <Alert type="error" showIcon title={refusalText(error)} style={{ marginBottom: 16 }} />;
}
