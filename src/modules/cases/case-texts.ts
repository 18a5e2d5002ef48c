import { jurisdictionText, type JurisdictionScopeNames } from "../powers/jurisdiction-text.js";

/**
 * The words a case shows its readers (route reasons, inbox reasons), in Chinese with the names of
 * matters, places and agencies. The codes and ids stay in the machine fields beside them
 * (route.outcome, candidateAgencyIds, matterCode, regionCode).
 */

/** What a route reason speaks about: names, not codes. */
export type RouteScopeNames = JurisdictionScopeNames;

/** Why a reported case went where it went: the same sentence the jurisdiction query gives. */
export const routeReasonText = jurisdictionText;

/** Why a joint meeting's decision moved a disputed or unassigned case to its lead. */
export function reroutedReasonText(lead: string, decidedBy: string): string {
  return `联席会议决定由${lead}牵头办理（${decidedBy}）`;
}

/** A referral waiting for the caller's answer: who sent it, and why they say it is ours. */
export function referredReasonText(from: string, why: string): string {
  return `${from}移送本单位（${why}）：请接收或拒绝`;
}

/** Why a case stands in an agency's inbox. */
export const INBOX_REASONS: Record<"routedToLead" | "disputed" | "assisting", string> = {
  routedToLead: "已分办本单位牵头：请立案或不予立案",
  disputed: "管辖有争议：本单位有管辖权，可立案认领（最先立案的单位管辖）",
  assisting: "本单位协助牵头单位办理",
};
