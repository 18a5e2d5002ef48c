import { StateMachine } from "../../platform/db/state-machine.js";
import { OperationStatus } from "./operation.entity.js";

const S = OperationStatus;

/** The steps of an operation's flow: where each leads and the event it writes. */
export const OPERATION_STEPS = {
  brief: { to: S.BRIEFED, type: "OperationBriefed" },
  activate: { to: S.ACTIVE, type: "OperationActivated" },
  complete: { to: S.COMPLETED, type: "OperationCompleted" },
  cancel: { to: S.CANCELLED, type: "OperationCancelled" },
} as const;
export type OperationStep = keyof typeof OPERATION_STEPS;

/**
 * What can be done to an operation, and from which states: the four steps of its flow, setting an
 * agency's assignment (until it is active) and filing a field report (while it is active).
 * Lower case, as clients already read them in `extensions.allowed`.
 */
export type OperationAction = OperationStep | "assign" | "report";

export const OPERATION_TRANSITIONS: Record<OperationAction, readonly OperationStatus[]> = {
  brief: [S.PLANNED],
  activate: [S.BRIEFED],
  complete: [S.ACTIVE],
  cancel: [S.PLANNED, S.BRIEFED, S.ACTIVE],
  assign: [S.PLANNED, S.BRIEFED],
  report: [S.ACTIVE],
};

/** The operation lifecycle: OperationService checks every step against it. */
export const OPERATION_LIFECYCLE = new StateMachine("operation", OPERATION_TRANSITIONS);
