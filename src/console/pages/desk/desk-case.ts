import { graphql } from "../../gql";
import type { DeskCaseFragment } from "../../gql/graphql";

/** What the desk shows of a case, and what its next-step dialog needs. */
export const DeskCase = graphql(`
  fragment DeskCase on Case {
    id
    number
    title
    status
    version
    category
    createdAt
    allowedActions
    matter { name }
    region { name }
    lead { id shortName }
    participants { role agency { id shortName } }
    referrals { toAgencyId status }
    deadlines { kind daysLeft due overdue paused workingDays basis }
    power { legalBases { article { id label } instrument { title } } }
  }
`);

export type DeskCaseView = DeskCaseFragment;
