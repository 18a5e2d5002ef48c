import { eventOf, type PayloadOf } from "../../platform/events/event-catalogue.js";
import type { NewEvent } from "../../platform/events/topics.js";
import type { FollowUpTask, Meeting } from "./meeting.entity.js";
import { MEETING_EVENTS } from "./meeting.events.js";

type MeetingEventType = Exclude<keyof typeof MEETING_EVENTS, "DecisionRecorded" | TaskEventType>;
type TaskEventType = "FollowUpTaskAssigned" | "FollowUpTaskCompleted";

/** An event about a meeting, seen by the agencies it invited; it names the meeting unless the payload names an agenda item. */
export function meetingEvent<K extends MeetingEventType>(type: K, m: Meeting, payload: Omit<PayloadOf<K>, "title"> & { title?: string }): NewEvent {
  return eventOf(MEETING_EVENTS, type, { subjectIds: [m.id], agencyIds: m.invitedAgencyIds }, payload, { title: m.title });
}

/** An event about a follow-up task, seen by its assignee. */
export function taskEvent(type: TaskEventType, t: FollowUpTask): NewEvent {
  return eventOf(MEETING_EVENTS, type, { subjectIds: [t.id, t.meetingId], agencyIds: [t.assigneeAgencyId] }, {
    description: t.description,
    dueOn: t.dueOn,
    status: t.status,
    note: t.completionNote,
  });
}
