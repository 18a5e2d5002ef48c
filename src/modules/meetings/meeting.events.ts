import { defineEvents, payload } from "../../platform/events/event-catalogue.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import type { DecisionKind, FollowUpTask, Meeting, MeetingStatus } from "./meeting.entity.js";

/** Every meeting event names its meeting (or, for an agenda item, the item). */
interface Titled {
  title: string;
}

type Task = Pick<FollowUpTask, "description" | "dueOn" | "status"> & { note: string | null };

/** Meetings, their decisions and follow-up tasks: the invited agencies, the chair and supervisors. */
export const MEETING_EVENTS = defineEvents(EventTopic.MEETING, EventVisibility.AGENCIES, {
  MeetingConvened: { label: "召集联席会议", payload: payload<Titled & Pick<Meeting, "scheduledAt" | "place"> & { agendaItems: number }>() },
  MeetingOpened: { label: "联席会议开始", payload: payload<Titled & { status: MeetingStatus }>() },
  MeetingOpenedEarly: { label: "联席会议提前开始", payload: payload<Titled & { scheduledAt: string; openedAt: string; minutesEarly: number }>() },
  MeetingClosed: { label: "联席会议结束", payload: payload<Titled & { status: MeetingStatus }>() },
  MeetingCancelled: { label: "联席会议取消", payload: payload<Titled & { status: MeetingStatus }>() },
  AgencyCheckedIn: { label: "单位签到", payload: payload<Titled & { agencyId: string; representative: string }>() },
  AgendaItemAdded: { label: "增加议题", payload: payload<Titled & { itemId: string }>() },
  AgendaItemRemoved: { label: "撤下议题", payload: payload<Titled & { itemId: string }>() },
  AgendaItemMoved: { label: "调整议题位置", payload: payload<Titled & { itemId: string; from: number; to: number }>() },
  AgendaReordered: { label: "调整议题顺序", payload: payload<Titled & { itemIds: string[] }>() },
  DecisionRecorded: {
    label: "联席会议作出决定",
    payload: payload<{
      kind: DecisionKind;
      item: string;
      leadAgencyId: string | null;
      rules: number;
      overlapsResolved: number;
      casesRerouted: number;
      itemsSettled: { id: string; title: string }[];
    }>(),
  },
  FollowUpTaskAssigned: { label: "交办督办任务", payload: payload<Task>() },
  FollowUpTaskCompleted: { label: "督办任务完成", payload: payload<Task>() },
});

/** The session's steps (open, close, cancel): their event carries the new status. */
export type MeetingStepType = "MeetingOpened" | "MeetingClosed" | "MeetingCancelled";

type MeetingEvents = typeof MEETING_EVENTS;
declare module "../../platform/events/event-catalogue.js" {
  interface HubEventCatalogue extends MeetingEvents {}
}
