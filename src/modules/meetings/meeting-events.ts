import { EventTopic, EventVisibility, type NewEvent } from "../../platform/events/topics.js";
import type { FollowUpTask, Meeting } from "./meeting.entity.js";

/** An event about a meeting, seen by the agencies it invited. */
export function meetingEvent(type: string, m: Meeting, payload: Record<string, unknown>): NewEvent {
  return { topic: EventTopic.MEETING, type, subjectIds: [m.id], agencyIds: m.invitedAgencyIds, visibility: EventVisibility.AGENCIES, payload: { title: m.title, ...payload } };
}

/** An event about a follow-up task, seen by its assignee. */
export function taskEvent(type: string, t: FollowUpTask): NewEvent {
  return {
    topic: EventTopic.MEETING,
    type,
    subjectIds: [t.id, t.meetingId],
    agencyIds: [t.assigneeAgencyId],
    visibility: EventVisibility.AGENCIES,
    payload: { description: t.description, dueOn: t.dueOn, status: t.status, note: t.completionNote },
  };
}
