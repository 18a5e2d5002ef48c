import { listText } from "../../platform/text/county-text.js";
import { CATEGORY_NAMES_ZH, type PowerCategory } from "./power-enums.js";

/** What a jurisdiction answer speaks about: names, not codes. */
export interface JurisdictionScopeNames {
  matter: string;
  region: string;
  category: PowerCategory;
}

/** 沛城街道的占道经营食品摊贩（行政处罚） */
function scopeText(s: JurisdictionScopeNames): string {
  return `${s.region}的${s.matter}（${CATEGORY_NAMES_ZH[s.category]}）`;
}

/**
 * Who has jurisdiction, in one sentence naming the agencies that cover the scope and the lead a
 * joint meeting's rule names. The `jurisdiction` query and a reported case's route reason say the same.
 */
export function jurisdictionText(scope: JurisdictionScopeNames, candidates: string[], ruleLead: string | null): string {
  const what = scopeText(scope);
  if (candidates.length === 0) {
    if (ruleLead) return `${what}无单位持有有效职权，联席会议的分办规则指定${ruleLead}牵头办理`;
    return `${what}无单位持有有效职权：监管空白，提请联席会议研究`;
  }
  if (ruleLead) return `联席会议已指定${ruleLead}牵头办理${what}`;
  if (candidates.length === 1) return `${candidates[0]}对${what}有管辖权`;
  return `${listText(candidates)}均对${what}有管辖权，尚未指定牵头单位：由最先立案的单位管辖（《行政处罚法》第二十五条），协商不成提请联席会议决定`;
}
