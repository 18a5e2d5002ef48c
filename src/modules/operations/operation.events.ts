import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { CaseStatus } from "../cases/case-enums.js";
import type { JointOperation, OperationAssignment, OperationStatus } from "./operation.entity.js";

/** Every operation event names its operation. */
interface Titled {
  title: string;
}

/** A step of the operation's flow, with the after-action note or the reason given. */
type Step = Titled & { status: OperationStatus; note?: string };

/** A case opened from a field report: what a live follower needs to find it. */
export interface OpenedCase {
  id: string;
  number: string;
  title: string;
  matterCode: string;
  regionCode: string;
  status: CaseStatus;
  leadAgencyId: string | null;
}

/** Operations: the participating agencies, the chair and supervisors. */
export const OPERATION_EVENTS = defineEvents(EventTopic.OPERATION, EventVisibility.AGENCIES, {
  OperationLaunched: { label: "发起联合执法行动", payload: payload<Titled & Pick<JointOperation, "leadAgencyId" | "startsAt" | "endsAt">>() },
  OperationBriefed: { label: "联合执法行动完成部署", payload: payload<Step>() },
  OperationActivated: { label: "联合执法行动开始", payload: payload<Step>() },
  OperationCompleted: { label: "联合执法行动结束", payload: payload<Step>() },
  OperationCancelled: { label: "联合执法行动取消", payload: payload<Step>() },
  AssignmentSet: { label: "安排行动任务", payload: payload<Titled & Pick<OperationAssignment, "agencyId" | "task" | "location">>() },
  FieldReportFiled: {
    label: "提交现场报告",
    payload: payload<Titled & { agencyId?: string; sitesInspected: number; violationsFound: number; casesOpened: number; cases: OpenedCase[]; note: string | null }>(),
  },
});

type OperationEvents = typeof OPERATION_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends OperationEvents {}
}
