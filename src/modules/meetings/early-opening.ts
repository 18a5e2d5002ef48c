/**
 * A chair may open a meeting before its scheduled time (the agencies are all there, the room is
 * free), but opening long before it means agencies that came on time may find decisions taken:
 * the hub allows it and records it, in the MeetingOpened event and on the meeting.
 */
export const EARLY_OPENING_MINUTES = 30;

/** Whole minutes the meeting opened before its scheduled time, when that is more than the tolerance; else null. */
export function minutesOpenedEarly(scheduledAt: Date, openedAt: Date | null): number | null {
  if (!openedAt) return null;
  const minutes = Math.floor((scheduledAt.getTime() - openedAt.getTime()) / 60_000);
  return minutes > EARLY_OPENING_MINUTES ? minutes : null;
}
