import { Tag } from "antd";
import type { OverlapSeverity } from "../gql/graphql";
import { SEVERITY_COLORS, SEVERITY_NAMES } from "../app/labels";

/** An overlap's or a dispute's severity, as a coloured tag: 高 / 中 / 低. */
export function SeverityTag({ severity }: { severity: OverlapSeverity | null | undefined }) {
  if (!severity) return null;
  return <Tag color={SEVERITY_COLORS[severity]}>严重程度：{SEVERITY_NAMES[severity]}</Tag>;
}
