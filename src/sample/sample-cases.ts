import { CaseSource } from "../modules/cases/case-enums.js";
import type { ReportCaseInput } from "../modules/cases/case.inputs.js";
import { PowerCategory } from "../modules/powers/power-enums.js";

/**
 * Sample hotline reports, one per routing outcome the sample power list produces: a dispute
 * (street food stalls), a three-way dispute (river sand mining), a single lead, and a gap.
 */
export const SAMPLE_CASES: ReportCaseInput[] = [
  {
    title: "沛城街道夜市路口占道经营食品摊点",
    description: "群众来电反映夜市路口多处流动摊贩占道经营烧烤，油烟扰民，影响通行。",
    matterCode: "FOOD.STREET_STALL",
    regionCode: "320322001",
    category: PowerCategory.PENALTY,
    source: CaseSource.HOTLINE_12345,
    occurredAt: new Date("2026-11-20T20:30:00+08:00"),
    locationText: "沛城街道汉城路与汤沐路交叉口",
    reporterContact: "12345 工单 20261120-0158",
    idempotencyKey: "sample-12345-20261120-0158",
  },
  {
    title: "龙固镇微山湖岸线夜间非法采砂",
    description: "有船只夜间在湖岸河道内抽采砂石，疑似无证开采。",
    matterCode: "WATER.RIVER.SAND_MINING",
    regionCode: "320322101",
    category: PowerCategory.PENALTY,
    source: CaseSource.HOTLINE_12345,
    occurredAt: new Date("2026-11-18T23:10:00+08:00"),
    locationText: "龙固镇湖西段",
    reporterContact: "12345 工单 20261119-0032",
    idempotencyKey: "sample-12345-20261119-0032",
  },
  {
    title: "杨屯镇养殖场粪污直排沟渠",
    description: "村民反映某生猪养殖场粪污未经处理直排入灌溉沟渠。",
    matterCode: "ENVIRONMENT.LIVESTOCK_POLLUTION",
    regionCode: "320322102",
    category: PowerCategory.PENALTY,
    source: CaseSource.HOTLINE_12345,
    occurredAt: new Date("2026-11-15T09:00:00+08:00"),
    reporterContact: "12345 工单 20261115-0211",
    idempotencyKey: "sample-12345-20261115-0211",
  },
  {
    title: "废旧物资回收站露天堆放",
    description: "回收站露天堆放废旧电器，疑似无备案经营。",
    matterCode: "COMMERCE.RECYCLING",
    regionCode: "320322002",
    category: PowerCategory.PENALTY,
    source: CaseSource.HOTLINE_12345,
    occurredAt: new Date("2026-11-12T15:00:00+08:00"),
    reporterContact: "12345 工单 20261112-0090",
    idempotencyKey: "sample-12345-20261112-0090",
  },
];
