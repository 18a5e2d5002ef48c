import { registerEnumType } from "type-graphql";

/** The ten power categories of the national list (权力类型). */
export enum PowerCategory {
  LICENSING = "LICENSING",
  PENALTY = "PENALTY",
  COERCIVE_MEASURE = "COERCIVE_MEASURE",
  LEVY = "LEVY",
  BENEFIT = "BENEFIT",
  INSPECTION = "INSPECTION",
  CONFIRMATION = "CONFIRMATION",
  REWARD = "REWARD",
  ADJUDICATION = "ADJUDICATION",
  OTHER = "OTHER",
}

/** The Chinese names that published power lists use, for import. */
export const CATEGORY_NAMES_ZH: Record<PowerCategory, string> = {
  LICENSING: "行政许可",
  PENALTY: "行政处罚",
  COERCIVE_MEASURE: "行政强制",
  LEVY: "行政征收",
  BENEFIT: "行政给付",
  INSPECTION: "行政检查",
  CONFIRMATION: "行政确认",
  REWARD: "行政奖励",
  ADJUDICATION: "行政裁决",
  OTHER: "其他",
};

/** Categories whose powers must cite a legal basis (instrument and article). */
export const BASIS_REQUIRED: ReadonlySet<PowerCategory> = new Set([PowerCategory.PENALTY, PowerCategory.LICENSING, PowerCategory.COERCIVE_MEASURE]);

registerEnumType(PowerCategory, {
  name: "PowerCategory",
  description: "Category of a power item (权力类型)",
  valuesConfig: Object.fromEntries(
    Object.entries(CATEGORY_NAMES_ZH).map(([key, zh]) => [key, { description: `${zh}` }]),
  ) as Record<PowerCategory, { description: string }>,
});

export enum PowerStatus {
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  WITHDRAWN = "WITHDRAWN",
}

registerEnumType(PowerStatus, {
  name: "PowerStatus",
  description: "Whether a power item is exercised",
  valuesConfig: {
    ACTIVE: { description: "In use (有效)" },
    SUSPENDED: { description: "Temporarily not exercised (暂停); keeps its overlaps on record" },
    WITHDRAWN: { description: "Withdrawn from the list (取消); its overlaps become obsolete" },
  },
});
