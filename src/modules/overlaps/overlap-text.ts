import { listText, nameOrCode } from "../../platform/text/county-text.js";
import { CATEGORY_NAMES_ZH, type PowerCategory } from "../powers/power-enums.js";
import { OverlapKind, OverlapSeverity } from "./overlap-engine.js";

/** How two powers overlap, as the chair says it. */
export const OVERLAP_KIND_NAMES_ZH: Record<OverlapKind, string> = {
  [OverlapKind.SAME_BASIS]: "依据相同",
  [OverlapKind.SAME_MATTER]: "事项相同",
  [OverlapKind.NESTED_MATTER]: "事项包含",
};

/** How serious an overlap is, as the chair says it. */
export const OVERLAP_SEVERITY_NAMES_ZH: Record<OverlapSeverity, string> = {
  [OverlapSeverity.HIGH]: "高",
  [OverlapSeverity.MEDIUM]: "中",
  [OverlapSeverity.LOW]: "低",
};

/** What an overlap's sentence speaks about, with names where they were found (codes otherwise). */
export interface OverlapNames {
  agencies: { code: string; name: string | null }[];
  matters: { code: string; name: string | null }[];
  regions: { code: string; name: string | null }[];
  category: PowerCategory;
  kind: OverlapKind;
  severity: OverlapSeverity;
}

/** 沛县市场监督管理局与沛县城市管理局在沛县对占道经营食品摊贩均有行政处罚职权（事项相同，严重程度高） */
export function overlapSummaryText(o: OverlapNames): string {
  const names = (xs: { code: string; name: string | null }[]) => listText(xs.map((x) => nameOrCode(x.name, x.code)));
  const [a, b] = o.agencies.map((x) => nameOrCode(x.name, x.code));
  return (
    `${a}与${b ?? a}在${names(o.regions)}对${names(o.matters)}均有${CATEGORY_NAMES_ZH[o.category]}职权` +
    `（${OVERLAP_KIND_NAMES_ZH[o.kind]}，严重程度${OVERLAP_SEVERITY_NAMES_ZH[o.severity]}）`
  );
}
