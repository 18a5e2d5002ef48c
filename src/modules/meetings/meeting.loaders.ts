import { manyByKey } from "../../platform/graphql/loaders.js";
import type { MeetingService } from "./meeting.service.js";

export function createMeetingLoaders(meetings: MeetingService) {
  return {
    agendaByMeeting: manyByKey((ids: readonly string[]) => meetings.agendaOf(ids), (i) => i.meetingId),
    attendanceByMeeting: manyByKey((ids: readonly string[]) => meetings.attendanceOf(ids), (a) => a.meetingId),
    decisionsByMeeting: manyByKey((ids: readonly string[]) => meetings.decisionsOf(ids), (d) => d.meetingId),
    tasksByMeeting: manyByKey((ids: readonly string[]) => meetings.tasksOf(ids), (t) => t.meetingId),
  };
}
