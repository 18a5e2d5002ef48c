import { listText } from "../../platform/text/county-text.js";
import { CATEGORY_NAMES_ZH, type PowerCategory } from "../powers/power-enums.js";

/**
 * The words a case shows its readers (route reasons, inbox reasons), in Chinese with the names of
 * matters, places and agencies. The codes and ids stay in the machine fields beside them
 * (route.outcome, candidateAgencyIds, matterCode, regionCode).
 */

/** What a route reason speaks about: names, not codes. */
export interface RouteScopeNames {
  matter: string;
  region: string;
  category: PowerCategory;
}

/** 沛城街道的占道经营食品摊贩（行政处罚） */
function scopeText(s: RouteScopeNames): string {
  return `${s.region}的${s.matter}（${CATEGORY_NAMES_ZH[s.category]}）`;
}

/** Why a reported case went where it went, naming the agencies that cover it and the lead a rule names. */
export function routeReasonText(scope: RouteScopeNames, candidates: string[], ruleLead: string | null): string {
  const what = scopeText(scope);
  if (candidates.length === 0) {
    if (ruleLead) return `${what}无单位持有有效职权，联席会议的分办规则指定${ruleLead}牵头办理`;
    return `${what}无单位持有有效职权：监管空白，提请联席会议研究`;
  }
  if (ruleLead) return `联席会议已指定${ruleLead}牵头办理${what}`;
  if (candidates.length === 1) return `${candidates[0]}对${what}有管辖权`;
  return `${listText(candidates)}均对${what}有管辖权，尚未指定牵头单位：由最先立案的单位管辖（《行政处罚法》第二十五条），协商不成提请联席会议决定`;
}

/** Why a joint meeting's decision moved a disputed or unassigned case to its lead. */
export function reroutedReasonText(lead: string, decidedBy: string): string {
  return `联席会议决定由${lead}牵头办理（${decidedBy}）`;
}

/** Why a case stands in an agency's inbox. */
export const INBOX_REASONS: Record<"referred" | "routedToLead" | "disputed" | "assisting", string> = {
  referred: "已移送本单位：请接收或拒绝",
  routedToLead: "已分办本单位牵头：请立案或不予立案",
  disputed: "管辖有争议：本单位有管辖权，可立案认领（最先立案的单位管辖）",
  assisting: "本单位协助牵头单位办理",
};
