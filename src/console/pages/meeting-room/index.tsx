import { Route, Routes } from "react-router";
import { MeetingList } from "./meeting-list";
import { MeetingRoom } from "./room";

/** The meeting room (会议室): the meetings, and one meeting as the chair runs it and participants follow it live. */
export default function Meetings() {
  return (
    <Routes>
      <Route index element={<MeetingList />} />
      <Route path=":meetingId" element={<MeetingRoom />} />
    </Routes>
  );
}
