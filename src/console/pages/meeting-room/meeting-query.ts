import { graphql } from "../../gql";
import type { ConsoleMeetingQuery } from "../../gql/graphql";

/** Everything the room shows, in one request; live events ask for it again. */
export const MeetingQuery = graphql(`
  query ConsoleMeeting($id: ID!) {
    meeting(id: $id) {
      id
      version
      title
      kind
      status
      scheduledAt
      openedAt
      closedAt
      place
      presence { present quorum met }
      invited { id name shortName kind }
      attendance { agency { id } representative checkedInAt }
      agenda {
        id
        position
        kind
        title
        severity
        status
        categories
        matterCode
        regionCode
        gapRegionCodes
        caseIds
        agencies { id name shortName }
        weight { overlaps openCases oldestCaseWaitingDays }
      }
      backlog { rank title severity agencyIds weight { overlaps openCases oldestCaseWaitingDays } }
      decisions { id itemId kind decidedAt reason reroutedCaseIds resolvedOverlapIds rules { id lead { shortName } } }
    }
  }
`);

export type RoomMeeting = NonNullable<ConsoleMeetingQuery["meeting"]>;
export type RoomAgendaItem = RoomMeeting["agenda"][number];
