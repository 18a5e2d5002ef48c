import type { DecisionKind, MeetingStatus, OverlapSeverity, PowerCategory } from "../gql/graphql";

/** Chinese names for the API's enum values: a person reads these, never the codes. */
export const CATEGORY_NAMES: Record<PowerCategory, string> = {
  PENALTY: "行政处罚",
  COERCIVE_MEASURE: "行政强制",
  INSPECTION: "行政检查",
  LICENSING: "行政许可",
  LEVY: "行政征收",
  ADJUDICATION: "行政裁决",
  BENEFIT: "行政给付",
  CONFIRMATION: "行政确认",
  REWARD: "行政奖励",
  OTHER: "其他行政权力",
};

export const SEVERITY_NAMES: Record<OverlapSeverity, string> = { HIGH: "高", MEDIUM: "中", LOW: "低" };
export const SEVERITY_COLORS: Record<OverlapSeverity, string> = { HIGH: "red", MEDIUM: "orange", LOW: "gold" };

export const DECISION_NAMES: Record<DecisionKind, string> = {
  DESIGNATE_LEAD: "明确牵头单位",
  SPLIT_BY_REGION: "按区域划分",
  JOINT_ENFORCEMENT: "联合执法",
  NO_CONFLICT: "不构成冲突",
  DEFER: "暂缓",
};

export const MEETING_STATUS_NAMES: Record<MeetingStatus, string> = {
  SCHEDULED: "待召开",
  IN_SESSION: "进行中",
  CLOSED: "已闭会",
  CANCELLED: "已取消",
};
