import { StateMachine } from "../../platform/db/state-machine.js";
import { CaseStatus } from "./case-enums.js";

/** What can be done to a case, and from which states. The one table the lifecycle follows. */
export enum CaseAction {
  ASSIGN = "ASSIGN",
  FILE = "FILE",
  INVESTIGATE = "INVESTIGATE",
  DECIDE = "DECIDE",
  EXECUTE = "EXECUTE",
  CLOSE = "CLOSE",
  DISMISS = "DISMISS",
  SUSPEND = "SUSPEND",
  RESUME = "RESUME",
  REFER = "REFER",
  ANSWER_REFERRAL = "ANSWER_REFERRAL",
}

const S = CaseStatus;
export const TRANSITIONS: Record<CaseAction, readonly CaseStatus[]> = {
  /** The chair assigns a gap or a dispute to a lead. */
  [CaseAction.ASSIGN]: [S.UNASSIGNED, S.DISPUTED],
  /** 立案: by the lead, or by a candidate of a disputed case (the first to file takes it). */
  [CaseAction.FILE]: [S.ASSIGNED, S.DISPUTED],
  [CaseAction.INVESTIGATE]: [S.ACCEPTED],
  [CaseAction.DECIDE]: [S.INVESTIGATING],
  [CaseAction.EXECUTE]: [S.DECIDED],
  /** From EXECUTED; from DECIDED only when nothing is to be executed (no penalty). */
  [CaseAction.CLOSE]: [S.EXECUTED, S.DECIDED],
  /** 不予立案. */
  [CaseAction.DISMISS]: [S.ASSIGNED],
  [CaseAction.SUSPEND]: [S.ACCEPTED, S.INVESTIGATING, S.DECIDED],
  [CaseAction.RESUME]: [S.SUSPENDED],
  [CaseAction.REFER]: [S.ASSIGNED, S.ACCEPTED, S.INVESTIGATING],
  [CaseAction.ANSWER_REFERRAL]: [S.REFERRED],
};

/** The case lifecycle: CaseService takes every step through it (see changeState). */
export const CASE_LIFECYCLE = new StateMachine("case", TRANSITIONS);

/** The actions open to a case in this status. */
export function allowedActions(status: CaseStatus): CaseAction[] {
  return CASE_LIFECYCLE.allowedFrom(status);
}
