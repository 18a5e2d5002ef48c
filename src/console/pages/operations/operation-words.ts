import type { OperationStatus } from "../../gql/graphql";

export const OPERATION_STATUS_NAMES: Record<OperationStatus, string> = {
  PLANNED: "筹备中",
  BRIEFED: "已部署",
  ACTIVE: "行动中",
  COMPLETED: "已完成",
  CANCELLED: "已取消",
};

export const OPERATION_STATUS_COLORS: Record<OperationStatus, string> = {
  PLANNED: "default",
  BRIEFED: "blue",
  ACTIVE: "green",
  COMPLETED: "purple",
  CANCELLED: "red",
};
