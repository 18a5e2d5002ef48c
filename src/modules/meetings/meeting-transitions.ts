import { StateMachine } from "../../platform/db/state-machine.js";
import { MeetingStatus } from "./meeting.entity.js";

/** What can be done to a meeting, and from which states. The one table a meeting's life follows. */
export enum MeetingAction {
  /** Open the session (it may open early; the event says so). */
  OPEN = "OPEN",
  /** Close the session: undecided items are settled or deferred, the backlog kept for the minutes. */
  CLOSE = "CLOSE",
  /** Call off a meeting that has not opened; its overlaps go back to OPEN. */
  CANCEL = "CANCEL",
  /** Add, remove, move or reorder agenda items: until the meeting opens. */
  CHANGE_AGENDA = "CHANGE_AGENDA",
  /** Record who represents an invited agency: before and during the session. */
  CHECK_IN = "CHECK_IN",
  /** Record (or preview) a decision on an agenda item: in session only. */
  DECIDE = "DECIDE",
}

const S = MeetingStatus;
export const MEETING_TRANSITIONS: Record<MeetingAction, readonly MeetingStatus[]> = {
  [MeetingAction.OPEN]: [S.SCHEDULED],
  [MeetingAction.CLOSE]: [S.IN_SESSION],
  [MeetingAction.CANCEL]: [S.SCHEDULED],
  [MeetingAction.CHANGE_AGENDA]: [S.SCHEDULED],
  [MeetingAction.CHECK_IN]: [S.SCHEDULED, S.IN_SESSION],
  [MeetingAction.DECIDE]: [S.IN_SESSION],
};

/** The meeting lifecycle: MeetingService checks every step against it. */
export const MEETING_LIFECYCLE = new StateMachine("meeting", MEETING_TRANSITIONS);
