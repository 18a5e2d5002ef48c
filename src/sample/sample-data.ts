/**
 * Sample data for the reference county, Pei County (沛县), Xuzhou, Jiangsu: division code 320322.
 *
 * Region codes follow the national format (6-digit county code, +3 digits for a town or
 * sub-district, +3 digits for a village or community: 0xx sub-districts / communities, 1xx towns,
 * 2xx villages), but apart from the county's own code they are ILLUSTRATIVE sample data, not the
 * official statistical division codes. Town and sub-district names are Pei County's real ones;
 * village and community names are partly real, partly plausible inventions.
 *
 * Agency names follow the county's own naming; officers and certificate numbers are invented.
 * Legal instruments carry their real titles, issuers and effective dates of the current text; the
 * article texts are the real text, shortened with "……" where an article is long.
 *
 * Everything here is deterministic: the same data on every run. The loader (seed.ts) inserts the
 * arrays in order, and every parent comes before its children.
 */
import { AgencyKind } from "../modules/agencies/agency.entity.js";
import { LegalLevel, LegalStatus } from "../modules/legal/legal.entity.js";
import { OfficerRole } from "../modules/officers/officer.entity.js";
import { RegionLevel } from "../modules/regions/region.entity.js";
import type { SampleAgency, SampleInstrument, SampleMatter, SampleOfficer, SampleRegion } from "./sample-types.js";

const COUNTY = "320322";

// ---------------------------------------------------------------------------------------------
// 1. Regions (区域)
// ---------------------------------------------------------------------------------------------

/** Sub-districts (街道) get 0xx, towns (镇) get 1xx. */
const TOWNS: { suffix: string; name: string; level: RegionLevel }[] = [
  { suffix: "001", name: "沛城街道", level: RegionLevel.SUBDISTRICT },
  { suffix: "002", name: "大屯街道", level: RegionLevel.SUBDISTRICT },
  { suffix: "003", name: "汉兴街道", level: RegionLevel.SUBDISTRICT },
  { suffix: "004", name: "汉源街道", level: RegionLevel.SUBDISTRICT },
  { suffix: "101", name: "龙固镇", level: RegionLevel.TOWN },
  { suffix: "102", name: "杨屯镇", level: RegionLevel.TOWN },
  { suffix: "103", name: "胡寨镇", level: RegionLevel.TOWN },
  { suffix: "104", name: "魏庙镇", level: RegionLevel.TOWN },
  { suffix: "105", name: "五段镇", level: RegionLevel.TOWN },
  { suffix: "106", name: "张庄镇", level: RegionLevel.TOWN },
  { suffix: "107", name: "张寨镇", level: RegionLevel.TOWN },
  { suffix: "108", name: "敬安镇", level: RegionLevel.TOWN },
  { suffix: "109", name: "河口镇", level: RegionLevel.TOWN },
  { suffix: "110", name: "栖山镇", level: RegionLevel.TOWN },
  { suffix: "111", name: "鹿楼镇", level: RegionLevel.TOWN },
  { suffix: "112", name: "朱寨镇", level: RegionLevel.TOWN },
  { suffix: "113", name: "安国镇", level: RegionLevel.TOWN },
];

/** Villages and communities under four of the towns: [town code, own 3 digits, name, level]. */
const VILLAGES: [string, string, string, RegionLevel][] = [
  ["320322001", "001", "东关社区", RegionLevel.COMMUNITY],
  ["320322001", "002", "南关社区", RegionLevel.COMMUNITY],
  ["320322001", "003", "汉台社区", RegionLevel.COMMUNITY],
  ["320322101", "201", "龙东村", RegionLevel.VILLAGE],
  ["320322101", "202", "龙西村", RegionLevel.VILLAGE],
  ["320322112", "201", "朱寨村", RegionLevel.VILLAGE],
  ["320322112", "202", "张柳庄村", RegionLevel.VILLAGE],
  ["320322113", "201", "灌婴村", RegionLevel.VILLAGE],
  ["320322113", "202", "周田村", RegionLevel.VILLAGE],
  ["320322113", "203", "汪塘村", RegionLevel.VILLAGE],
];

export const SAMPLE_REGIONS: SampleRegion[] = [
  { code: COUNTY, name: "沛县", level: RegionLevel.COUNTY },
  ...TOWNS.map((t) => ({ code: COUNTY + t.suffix, name: t.name, level: t.level, parentCode: COUNTY })),
  ...VILLAGES.map(([town, suffix, name, level]) => ({ code: town + suffix, name, level, parentCode: town })),
];

// ---------------------------------------------------------------------------------------------
// 2. Agencies (部门 / 执法单位)
// ---------------------------------------------------------------------------------------------

function bureau(code: string, name: string, shortName: string, kind: AgencyKind = AgencyKind.ENFORCEMENT): SampleAgency {
  return { code, name, shortName, kind, regionCode: COUNTY };
}

function townGovernment(code: string, name: string, shortName: string, regionCode: string): SampleAgency {
  return { code, name, shortName, kind: AgencyKind.TOWN_GOVERNMENT, regionCode };
}

export const SAMPLE_AGENCIES: SampleAgency[] = [
  // Enforcement bureaus (执法部门)
  bureau("GAJ", "沛县公安局", "公安局"),
  bureau("SCJGJ", "沛县市场监督管理局", "市场监管局"),
  bureau("CGJ", "沛县城市管理局", "城管局"),
  bureau("STHJJ", "徐州市沛县生态环境局", "生态环境局"),
  bureau("ZRZYJ", "沛县自然资源和规划局", "自然资源和规划局"),
  bureau("SWJ", "沛县水务局", "水务局"),
  bureau("JTYSJ", "沛县交通运输局", "交通运输局"),
  bureau("NYNCJ", "沛县农业农村局", "农业农村局"),
  bureau("WJW", "沛县卫生健康委员会", "卫健委"),
  bureau("YJGLJ", "沛县应急管理局", "应急管理局"),
  bureau("WGLJ", "沛县文化广电和旅游局", "文广旅局"),
  bureau("ZJJ", "沛县住房和城乡建设局", "住建局"),
  bureau("SWUJ", "沛县商务局", "商务局"),
  bureau("JYJ", "沛县教育局", "教育局"),
  bureau("RSJ", "沛县人力资源和社会保障局", "人社局"),
  // Oversight (监察、司法、人大、政协): read everything, change nothing
  bureau("SFJ", "沛县司法局", "司法局", AgencyKind.OVERSIGHT),
  bureau("JWJ", "沛县监察委员会", "县监委", AgencyKind.OVERSIGHT),
  bureau("RDCWH", "沛县人民代表大会常务委员会", "县人大常委会", AgencyKind.OVERSIGHT),
  bureau("ZXWYH", "政协沛县委员会", "县政协", AgencyKind.OVERSIGHT),
  // The office that runs the joint meeting
  bureau("LXHYBGS", "沛县综合行政执法联席会议办公室", "联席办", AgencyKind.COORDINATION),
  // Town governments and sub-district offices (镇政府 / 街道办事处)
  townGovernment("PCJD", "沛县沛城街道办事处", "沛城街道办", "320322001"),
  townGovernment("DTJD", "沛县大屯街道办事处", "大屯街道办", "320322002"),
  townGovernment("LGZ", "沛县龙固镇人民政府", "龙固镇政府", "320322101"),
  townGovernment("YTZ", "沛县杨屯镇人民政府", "杨屯镇政府", "320322102"),
  townGovernment("AGZ", "沛县安国镇人民政府", "安国镇政府", "320322113"),
];

// ---------------------------------------------------------------------------------------------
// 3. Officers (执法人员)
// ---------------------------------------------------------------------------------------------

/**
 * Each agency's staff as "ROLE:name": L leader, C certified officer, R legal reviewer (all three
 * hold a certificate), A auxiliary staff (never a certificate).
 */
const ROSTER: [agencyCode: string, staff: string[]][] = [
  ["GAJ", ["L:王建国", "C:李志强", "C:张立新", "R:刘洋", "A:陈磊"]],
  ["SCJGJ", ["L:朱红梅", "C:孙海涛", "C:周晓燕", "R:吴俊杰", "A:郑凯"]],
  ["CGJ", ["L:赵永刚", "C:徐明辉", "C:高峰", "R:蔡文静", "A:马超"]],
  ["STHJJ", ["L:胡春雷", "C:郭晓东", "C:魏丽娜", "R:冯子健", "A:丁浩"]],
  ["ZRZYJ", ["L:阎庆华", "C:宋志远", "C:韩雪", "R:唐国庆", "A:许亮"]],
  ["SWJ", ["L:邵长江", "C:褚衍宏", "C:葛正阳", "C:史红霞", "A:滕飞"]],
  ["JTYSJ", ["L:贾卫东", "C:袁媛", "C:秦浩然", "R:程思远", "A:邢磊"]],
  ["NYNCJ", ["L:姜玉兰", "C:石建军", "C:彭德明", "C:侯晓光", "A:卢帅"]],
  ["WJW", ["L:曹丽萍", "C:任国栋", "R:于婷", "A:谢宇"]],
  ["YJGLJ", ["L:杜金锋", "C:樊振宇", "C:萧文博", "A:吕强"]],
  ["WGLJ", ["L:夏雨晴", "C:顾承志", "C:邱立军", "A:孟凡"]],
  ["ZJJ", ["L:潘建华", "C:殷正", "C:汤海燕", "R:苗青山", "A:董浩"]],
  ["SWUJ", ["L:田志红", "C:薛明", "C:范晓丽"]],
  ["JYJ", ["L:沈德才", "C:黄婷婷", "R:钱立"]],
  ["RSJ", ["L:梁宏伟", "C:方静", "C:金刚", "A:崔博"]],
  ["PCJD", ["L:徐文斌", "C:李娜", "C:朱晓峰", "R:王静", "A:孔祥龙"]],
  ["DTJD", ["L:武成林", "C:胡丹", "C:郭振华", "A:刘畅"]],
  ["LGZ", ["L:刘庆丰", "C:王海龙", "C:张春燕", "A:李浩"]],
  ["YTZ", ["L:杨继业", "C:陈红", "C:孙立志", "A:赵鹏"]],
  ["AGZ", ["L:周广田", "C:吴玉梅", "C:郝建设", "A:张帅"]],
];

const ROLE_BY_LETTER: Record<string, OfficerRole> = {
  L: OfficerRole.LEADER,
  C: OfficerRole.CERTIFIED_OFFICER,
  R: OfficerRole.LEGAL_REVIEWER,
  A: OfficerRole.AUXILIARY,
};

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * The n-th certificate (n = 1, 2, ...): number "32032201" + 5-digit serial, issued 2021–2024.
 * Every eighth (n ≡ 3 mod 8) expired during 2025, i.e. before 2026-11-26; the rest run to 2027–2029.
 */
function certificate(n: number): { number: string; validFrom: string; validUntil: string } {
  const month = pad(((n * 5) % 12) + 1, 2);
  const day = pad(((n * 7) % 28) + 1, 2);
  const fromYear = 2021 + (n % 4);
  const untilYear = n % 8 === 3 ? 2025 : 2027 + (n % 3);
  return { number: `32032201${pad(n, 5)}`, validFrom: `${fromYear}-${month}-${day}`, validUntil: `${untilYear}-${month}-${day}` };
}

function buildOfficers(): SampleOfficer[] {
  const officers: SampleOfficer[] = [];
  let serial = 0;
  for (const [agencyCode, staff] of ROSTER) {
    for (const entry of staff) {
      const [letter, name] = entry.split(":") as [string, string];
      const role = ROLE_BY_LETTER[letter]!;
      if (role === OfficerRole.AUXILIARY) officers.push({ agencyCode, name, role });
      else officers.push({ agencyCode, name, role, certificate: certificate(++serial) });
    }
  }
  return officers;
}

export const SAMPLE_OFFICERS: SampleOfficer[] = buildOfficers();

// ---------------------------------------------------------------------------------------------
// 4. Regulated matters (监管事项): a tree; the parent of A.B.C is A.B and comes first
// ---------------------------------------------------------------------------------------------

export const SAMPLE_MATTERS: SampleMatter[] = [
  { code: "FOOD", name: "食品安全" },
  {
    code: "FOOD.STREET_STALL",
    name: "占道食品摊贩",
    description: "市场监管局管食品安全，城管局管占道经营，夜市和校园周边摊点常由两家互相推诿。",
  },
  { code: "FOOD.CATERING", name: "餐饮服务" },
  {
    code: "FOOD.CATERING.SCHOOL_CANTEEN",
    name: "学校食堂",
    description: "市场监管局负责食品安全监管，教育局督促学校落实食堂管理责任，检查常重复进行。",
  },
  {
    code: "FOOD.CATERING.RURAL_BANQUET",
    name: "农村集体聚餐",
    description: "镇政府负责申报备案和属地指导，市场监管局负责食品安全指导，卫健委负责食源性疾病处置，责任界限不清。",
  },
  { code: "FOOD.PRODUCTION", name: "食品生产" },
  {
    code: "FOOD.SMALL_WORKSHOP",
    name: "食品生产加工小作坊",
    description: "市场监管局依省小作坊管理办法登记监管，镇政府负责日常排查，无证小作坊常成监管空白。",
  },
  {
    code: "FOOD.EDIBLE_AGRI_PRODUCTS",
    name: "食用农产品",
    description: "农业农村局管种植养殖环节质量安全，市场监管局管进入批发零售市场后的销售环节，两段衔接处易出空白。",
  },

  { code: "ENVIRONMENT", name: "生态环境" },
  {
    code: "ENVIRONMENT.LIVESTOCK_POLLUTION",
    name: "畜禽养殖污染",
    description: "生态环境局负责污染防治统一监管，农业农村局负责养殖废弃物综合利用，镇政府协助，禁养区内违规养殖常被互相推诿。",
  },
  { code: "ENVIRONMENT.AIR", name: "大气污染" },
  {
    code: "ENVIRONMENT.AIR.DUST",
    name: "扬尘污染",
    description: "施工工地扬尘由住建局监管，渣土运输和道路扬尘涉及城管局、交通运输局和公安交警，生态环境局统一监督，易多头执法。",
  },
  {
    code: "ENVIRONMENT.AIR.STRAW_BURNING",
    name: "秸秆露天焚烧",
    description: "生态环境局有处罚权，农业农村局负责秸秆综合利用，镇政府负责属地巡查，夏秋两季常需联合行动。",
  },
  {
    code: "ENVIRONMENT.AIR.CATERING_FUMES",
    name: "餐饮服务业油烟",
    description: "城区内一般由城管局依相对集中处罚权查处，生态环境局亦主张管辖，常有交叉。",
  },
  { code: "ENVIRONMENT.WATER_POLLUTION", name: "水污染" },
  { code: "ENVIRONMENT.NOISE", name: "噪声污染" },
  {
    code: "ENVIRONMENT.NOISE.CONSTRUCTION",
    name: "建筑施工噪声",
    description: "城管局、生态环境局和住建局都可能主张管辖，夜间施工投诉常在三家之间转办。",
  },
  { code: "ENVIRONMENT.SOLID_WASTE", name: "固体废物" },
  { code: "ENVIRONMENT.SOLID_WASTE.HAZARDOUS", name: "危险废物" },

  { code: "URBAN", name: "城市管理" },
  {
    code: "URBAN.STREET_OCCUPATION",
    name: "占道经营",
    description: "城管局查处，占用机动车道的公安交警也管，镇街负责属地劝导，责任常在三方之间推来推去。",
  },
  {
    code: "URBAN.OUTDOOR_ADS",
    name: "户外广告",
    description: "城管局管设施设置，市场监管局管广告内容，违法户外广告常被两家各管一半。",
  },
  {
    code: "URBAN.ILLEGAL_CONSTRUCTION",
    name: "违法建设",
    description: "城市规划区内由城管局查处，乡村由镇政府或自然资源和规划局查处，占用耕地的又涉及非法占地，界限常有争议。",
  },
  {
    code: "URBAN.CONSTRUCTION_WASTE",
    name: "建筑垃圾（渣土）",
    description: "城管局管处置核准和乱倒乱卸，交通运输局和公安交警管运输车辆，住建局管工地源头。",
  },
  { code: "URBAN.SANITATION", name: "市容环境卫生" },

  { code: "LAND", name: "土地与矿产资源" },
  {
    code: "LAND.ILLEGAL_OCCUPATION",
    name: "非法占用土地",
    description: "自然资源和规划局查处非法占地，农村村民非法占地建住宅由农业农村局查处（土地管理法第七十八条），镇政府负责发现制止。",
  },
  {
    code: "LAND.RURAL_HOMESTEAD",
    name: "农村宅基地",
    description: "农业农村局负责宅基地管理和执法，镇政府负责审批和日常巡查，涉及规划的还牵涉自然资源和规划局。",
  },
  { code: "LAND.FARMLAND_PROTECTION", name: "耕地保护" },
  { code: "LAND.MINERAL", name: "矿产资源" },
  {
    code: "LAND.MINERAL.ILLEGAL_MINING",
    name: "无证开采矿产资源",
    description: "自然资源和规划局查处无证采矿，涉嫌非法采矿罪的移送公安机关；河道内采砂另见 WATER.RIVER.SAND_MINING。",
  },

  { code: "WATER", name: "水务" },
  { code: "WATER.RIVER", name: "河道管理" },
  {
    code: "WATER.RIVER.SAND_MINING",
    name: "河道采砂",
    description: "水务局依水法第三十九条实行采砂许可，自然资源和规划局视砂石为矿产资源，公安机关打击非法采矿犯罪，三方常有争议。",
  },
  {
    code: "WATER.RIVER.OBSTRUCTION",
    name: "河道阻水障碍",
    description: "河道管理范围内的违法建筑和堆放物由水务局查处，城管局和镇政府也常接到同一线索。",
  },
  { code: "WATER.ABSTRACTION", name: "取水许可" },
  {
    code: "WATER.DRINKING_SOURCE",
    name: "饮用水水源保护",
    description: "生态环境局管保护区内排污和污染行为，水务局管取水和水源工程，卫健委管供水水质卫生。",
  },
  { code: "WATER.SOIL_CONSERVATION", name: "水土保持" },

  { code: "TRANSPORT", name: "交通运输" },
  { code: "TRANSPORT.ROAD_PASSENGER", name: "道路旅客运输" },
  {
    code: "TRANSPORT.OVERLOAD",
    name: "超限超载运输",
    description: "交通运输局管公路超限，公安交警管道路超载，源头装载单位又涉及多个行业部门，联合治超常需协调。",
  },
  {
    code: "TRANSPORT.ILLEGAL_OPERATION",
    name: "非法营运",
    description: "交通运输局查处未取得许可的客货运营，公安交警在路面查处中常同时发现，移交和查扣易生争议。",
  },
  { code: "TRANSPORT.ROAD_ADMINISTRATION", name: "公路路政（占用、挖掘公路）" },

  { code: "SAFETY", name: "安全生产" },
  {
    code: "SAFETY.HAZARDOUS_CHEMICALS",
    name: "危险化学品",
    description: "应急管理局管生产、储存和经营，公安机关管剧毒化学品购买和道路运输通行，交通运输局管运输资质。",
  },
  {
    code: "SAFETY.FIREWORKS",
    name: "烟花爆竹",
    description: "应急管理局管经营许可，公安机关管运输和燃放，镇街负责禁放区域巡查，非法储存常三方互推。",
  },
  { code: "SAFETY.MINING", name: "矿山安全" },
  { code: "SAFETY.FIRE", name: "消防安全" },
  { code: "SAFETY.GAS", name: "燃气安全" },
  { code: "SAFETY.CONSTRUCTION_SITE", name: "建筑施工安全" },

  { code: "CULTURE", name: "文化旅游" },
  {
    code: "CULTURE.INTERNET_CAFE",
    name: "互联网上网服务营业场所（网吧）",
    description: "文广旅局管经营许可和接纳未成年人，公安机关管信息网络安全，消防救援机构管消防安全。",
  },
  { code: "CULTURE.ENTERTAINMENT", name: "娱乐场所" },
  { code: "CULTURE.PUBLISHING", name: "出版物" },
  { code: "CULTURE.TOURISM", name: "旅游市场" },
  { code: "CULTURE.CULTURAL_RELICS", name: "文物保护" },

  { code: "AGRICULTURE", name: "农业农村" },
  { code: "AGRICULTURE.PESTICIDE", name: "农药" },
  { code: "AGRICULTURE.SEED", name: "种子" },
  { code: "AGRICULTURE.ANIMAL_EPIDEMIC", name: "动物防疫" },
  {
    code: "AGRICULTURE.SLAUGHTER",
    name: "生猪屠宰",
    description: "农业农村局管屠宰环节，市场监管局管流通环节肉品，私屠滥宰常两头都说归对方。",
  },
  { code: "AGRICULTURE.FISHERY", name: "渔业" },
  {
    code: "AGRICULTURE.FISHERY.ILLEGAL_FISHING",
    name: "非法捕捞（电鱼、禁渔期捕捞）",
    description: "农业农村局渔政执法查处，涉嫌非法捕捞水产品罪的移送公安机关，微山湖沿线镇政府协助巡查。",
  },

  { code: "HEALTH", name: "卫生健康" },
  { code: "HEALTH.PUBLIC_PLACES", name: "公共场所卫生" },
  { code: "HEALTH.MEDICAL", name: "医疗机构" },
  {
    code: "HEALTH.MEDICAL.ILLEGAL_PRACTICE",
    name: "非法行医",
    description: "卫健委查处，药品问题涉及市场监管局，涉嫌非法行医罪的移送公安机关。",
  },
  { code: "HEALTH.DRINKING_WATER", name: "生活饮用水卫生" },

  { code: "LABOR", name: "劳动保障" },
  {
    code: "LABOR.WAGE_ARREARS",
    name: "拖欠农民工工资",
    description: "人社局劳动保障监察负责查处，工程建设领域住建局、交通运输局和水务局负有行业监管责任，涉嫌拒不支付劳动报酬罪的移送公安机关。",
  },

  { code: "EDUCATION", name: "教育" },
  {
    code: "EDUCATION.OFF_CAMPUS_TRAINING",
    name: "校外培训机构",
    description: "教育局负责审批和日常监管，市场监管局查处收费和广告违法，文化艺术类和体育类另有主管部门。",
  },

  { code: "COMMERCE", name: "商务流通" },
  {
    code: "COMMERCE.PREPAID_CARD",
    name: "单用途商业预付卡",
    description: "商务局负责发卡企业备案和监管，市场监管局处理消费投诉和价格、合同违法，卷款跑路时还涉及公安机关。",
  },
  { code: "COMMERCE.RECYCLING", name: "再生资源回收" },
];

// ---------------------------------------------------------------------------------------------
// 5. Legal instruments (法律法规规章) and the articles the catalogue needs
// ---------------------------------------------------------------------------------------------
// status: AMENDED where the current text results from a revision or amendment (修订/修正) of an
// earlier text; IN_FORCE where the original text is still the current one.

const NPCSC = "全国人民代表大会常务委员会";
const STATE_COUNCIL = "国务院";

export const SAMPLE_INSTRUMENTS: SampleInstrument[] = [
  {
    title: "中华人民共和国行政处罚法",
    level: LegalLevel.LAW,
    issuer: NPCSC,
    documentNumber: "主席令第七十号",
    effectiveDate: "2021-07-15",
    status: LegalStatus.AMENDED,
    articles: [
      {
        number: "18",
        text: "国家在城市管理、市场监管、生态环境、文化市场、交通运输、应急管理、农业等领域推行建立综合行政执法制度，相对集中行政处罚权。国务院或者省、自治区、直辖市人民政府可以决定一个行政机关行使有关行政机关的行政处罚权。……",
      },
      { number: "22", text: "行政处罚由违法行为发生地的行政机关管辖。法律、行政法规、部门规章另有规定的，从其规定。" },
      {
        number: "24",
        text: "省、自治区、直辖市根据当地实际情况，可以决定将基层管理迫切需要的县级人民政府部门的行政处罚权交由能够有效承接的乡镇人民政府、街道办事处行使，并定期组织评估。决定应当公布。……",
      },
      {
        number: "25",
        text: "两个以上行政机关都有管辖权的，由最先立案的行政机关管辖。对管辖发生争议的，应当协商解决，协商不成的，报请共同的上一级行政机关指定管辖；也可以直接由共同的上一级行政机关指定管辖。",
      },
      {
        number: "27",
        text: "违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关，依法追究刑事责任。对依法不需要追究刑事责任或者免予刑事处罚，但应当给予行政处罚的，司法机关应当及时将案件移送有关行政机关。……",
      },
      {
        number: "42",
        text: "行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人，法律另有规定的除外。执法人员应当文明执法，尊重和保护当事人合法权益。",
      },
      {
        number: "47",
        text: "行政机关应当依法以文字、音像等形式，对行政处罚的启动、调查取证、审核、决定、送达、执行等进行全过程记录，归档保存。",
      },
      {
        number: "54",
        text: "除本法第五十一条规定的可以当场作出的行政处罚外，行政机关发现公民、法人或者其他组织有依法应当给予行政处罚的行为的，必须全面、客观、公正地调查，收集有关证据；……符合立案标准的，行政机关应当及时立案。",
      },
      {
        number: "56",
        text: "行政机关在收集证据时，在证据可能灭失或者以后难以取得的情况下，经行政机关负责人批准，可以先行登记保存。……对先行登记保存的证据，应当在七日内及时作出处理决定。",
      },
      {
        number: "58",
        text: "有下列情形之一，在行政机关负责人作出行政处罚的决定之前，应当由从事行政处罚决定法制审核的人员进行法制审核；未经法制审核或者审核未通过的，不得作出决定：（一）涉及重大公共利益的；……",
      },
      { number: "60", text: "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。" },
      {
        number: "61",
        text: "行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人。……",
      },
      {
        number: "64",
        text: "听证应当依照以下程序组织：（一）当事人要求听证的，应当在行政机关告知后五日内提出；（二）行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点；……",
      },
      {
        number: "67",
        text: "作出罚款决定的行政机关应当与收缴罚款的机构分离。……当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。银行应当收受罚款，并将罚款直接上缴国库。",
      },
      { number: "85", text: "本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。" },
    ],
  },
  {
    title: "中华人民共和国行政许可法",
    level: LegalLevel.LAW,
    issuer: NPCSC,
    effectiveDate: "2019-04-23",
    status: LegalStatus.AMENDED,
    articles: [
      { number: "2", text: "本法所称行政许可，是指行政机关根据公民、法人或者其他组织的申请，经依法审查，准予其从事特定活动的行为。" },
      { number: "22", text: "行政许可由具有行政许可权的行政机关在其法定职权范围内实施。" },
      {
        number: "25",
        text: "经国务院批准，省、自治区、直辖市人民政府根据精简、统一、效能的原则，可以决定一个行政机关行使有关行政机关的行政许可权。",
      },
      {
        number: "26",
        text: "……行政许可依法由地方人民政府两个以上部门分别实施的，本级人民政府可以确定一个部门受理行政许可申请并转告有关部门分别提出意见后统一办理，或者组织有关部门联合办理、集中办理。",
      },
      {
        number: "42",
        text: "除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。……",
      },
      {
        number: "64",
        text: "被许可人在作出行政许可决定的行政机关管辖区域外违法从事行政许可事项活动的，违法行为发生地的行政机关应当依法将被许可人的违法事实、处理结果抄告作出行政许可决定的行政机关。",
      },
    ],
  },
  {
    title: "中华人民共和国行政强制法",
    level: LegalLevel.LAW,
    issuer: NPCSC,
    documentNumber: "主席令第四十九号",
    effectiveDate: "2012-01-01",
    status: LegalStatus.IN_FORCE,
    articles: [
      {
        number: "2",
        text: "本法所称行政强制，包括行政强制措施和行政强制执行。行政强制措施，是指行政机关在行政管理过程中，为制止违法行为、防止证据损毁、避免危害发生、控制危险扩大等情形，依法对公民的人身自由实施暂时性限制，或者对公民、法人或者其他组织的财物实施暂时性控制的行为。……",
      },
      {
        number: "9",
        text: "行政强制措施的种类：（一）限制公民人身自由；（二）查封场所、设施或者财物；（三）扣押财物；（四）冻结存款、汇款；（五）其他行政强制措施。",
      },
      {
        number: "17",
        text: "行政强制措施由法律、法规规定的行政机关在法定职权范围内实施。行政强制措施权不得委托。……行政强制措施应当由行政机关具备资格的行政执法人员实施，其他人员不得实施。",
      },
      {
        number: "25",
        text: "查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过三十日。法律、行政法规另有规定的除外。……",
      },
      {
        number: "43",
        text: "行政机关不得在夜间或者法定节假日实施行政强制执行。但是，情况紧急的除外。行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关行政决定。",
      },
      {
        number: "44",
        text: "对违法的建筑物、构筑物、设施等需要强制拆除的，应当由行政机关予以公告，限期当事人自行拆除。当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，行政机关可以依法强制拆除。",
      },
    ],
  },
  {
    title: "中华人民共和国食品安全法",
    level: LegalLevel.LAW,
    issuer: NPCSC,
    effectiveDate: "2021-04-29",
    status: LegalStatus.AMENDED,
    articles: [
      {
        number: "6",
        text: "县级以上地方人民政府对本行政区域的食品安全监督管理工作负责，统一领导、组织、协调本行政区域的食品安全监督管理工作以及食品安全突发事件应对工作，建立健全食品安全全程监督管理工作机制和信息共享机制。……",
      },
      {
        number: "35",
        text: "国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。……",
      },
      {
        number: "36",
        text: "食品生产加工小作坊和食品摊贩等从事食品生产经营活动，应当符合本法规定的与其生产经营规模、条件相适应的食品安全要求……县级人民政府应当组织对食品生产加工小作坊、食品摊贩等进行综合治理……具体管理办法由省、自治区、直辖市制定。",
      },
      {
        number: "122",
        text: "违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；……",
      },
      {
        number: "126",
        text: "（要旨）食品生产经营者有未按规定进行进货查验、未建立并遵守相关管理制度等情形的，由县级以上人民政府食品安全监督管理部门责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证。",
      },
      { number: "127", text: "对食品生产加工小作坊、食品摊贩等的违法行为的处罚，依照省、自治区、直辖市制定的具体管理办法执行。" },
    ],
  },
  {
    title: "中华人民共和国环境保护法",
    level: LegalLevel.LAW,
    issuer: NPCSC,
    documentNumber: "主席令第九号",
    effectiveDate: "2015-01-01",
    status: LegalStatus.AMENDED,
    articles: [
      {
        number: "10",
        text: "国务院环境保护主管部门，对全国环境保护工作实施统一监督管理；县级以上地方人民政府环境保护主管部门，对本行政区域环境保护工作实施统一监督管理。县级以上人民政府有关部门和军队环境保护部门，依照有关法律的规定对资源保护和污染防治等环境保护工作实施监督管理。",
      },
      {
        number: "24",
        text: "县级以上人民政府环境保护主管部门及其委托的环境监察机构和其他负有环境保护监督管理职责的部门，有权对排放污染物的企业事业单位和其他生产经营者进行现场检查。……",
      },
      {
        number: "25",
        text: "企业事业单位和其他生产经营者违反法律法规规定排放污染物，造成或者可能造成严重污染的，县级以上人民政府环境保护主管部门和其他负有环境保护监督管理职责的部门，可以查封、扣押造成污染物排放的设施、设备。",
      },
      {
        number: "59",
        text: "企业事业单位和其他生产经营者违法排放污染物，受到罚款处罚，被责令改正，拒不改正的，依法作出处罚决定的行政机关可以自责令改正之日的次日起，按照原处罚数额按日连续处罚。……",
      },
      {
        number: "63",
        text: "（要旨）企业事业单位和其他生产经营者有未批先建拒不停建、无证排污拒不停排、通过暗管渗井等逃避监管排污、使用禁用农药拒不改正等行为，尚不构成犯罪的，由环境保护主管部门或者其他有关部门将案件移送公安机关，对直接责任人员处以行政拘留。",
      },
    ],
  },
  {
    title: "中华人民共和国水法",
    level: LegalLevel.LAW,
    issuer: NPCSC,
    effectiveDate: "2016-07-02",
    status: LegalStatus.AMENDED,
    articles: [
      {
        number: "12",
        text: "国家对水资源实行流域管理与行政区域管理相结合的管理体制。……县级以上地方人民政府水行政主管部门按照规定的权限，负责本行政区域内水资源的统一管理和监督工作。",
      },
      {
        number: "37",
        text: "禁止在江河、湖泊、水库、运河、渠道内弃置、堆放阻碍行洪的物体和种植阻碍行洪的林木及高秆作物。禁止在河道管理范围内建设妨碍行洪的建筑物、构筑物以及从事影响河势稳定、危害河岸堤防安全和其他妨碍河道行洪的活动。",
      },
      {
        number: "39",
        text: "国家实行河道采砂许可制度。河道采砂许可制度实施办法，由国务院规定。在河道管理范围内采砂，影响河势稳定或者危及堤防安全的，有关县级以上人民政府水行政主管部门应当划定禁采区和规定禁采期，并予以公告。",
      },
      {
        number: "48",
        text: "直接从江河、湖泊或者地下取用水资源的单位和个人，应当按照国家取水许可制度和水资源有偿使用制度的规定，向水行政主管部门或者流域管理机构申请领取取水许可证，并缴纳水资源费，取得取水权。……",
      },
      {
        number: "65",
        text: "在河道管理范围内建设妨碍行洪的建筑物、构筑物，或者从事影响河势稳定、危害河岸堤防安全和其他妨碍河道行洪的活动的，由县级以上人民政府水行政主管部门或者流域管理机构依据职权，责令停止违法行为，限期拆除违法建筑物、构筑物，恢复原状；……",
      },
    ],
  },
  {
    title: "中华人民共和国道路交通安全法",
    level: LegalLevel.LAW,
    issuer: NPCSC,
    effectiveDate: "2021-04-29",
    status: LegalStatus.AMENDED,
    articles: [
      {
        number: "5",
        text: "国务院公安部门负责全国道路交通安全管理工作。县级以上地方各级人民政府公安机关交通管理部门负责本行政区域内的道路交通安全管理工作。县级以上各级人民政府交通、建设管理部门依据各自职责，负责有关的道路交通工作。",
      },
      { number: "31", text: "未经许可，任何单位和个人不得占用道路从事非交通活动。" },
      {
        number: "48",
        text: "机动车载物应当符合核定的载质量，严禁超载；载物的长、宽、高不得违反装载要求，不得遗洒、飘散载运物。……",
      },
      {
        number: "92",
        text: "……货运机动车超过核定载质量的，处二百元以上五百元以下罚款；超过核定载质量百分之三十或者违反规定载客的，处五百元以上二千元以下罚款。……",
      },
      {
        number: "104",
        text: "未经批准，擅自挖掘道路、占用道路施工或者从事其他影响道路交通安全活动的，由道路主管部门责令停止违法行为，并恢复原状，可以依法给予罚款；……",
      },
    ],
  },
  {
    title: "中华人民共和国安全生产法",
    level: LegalLevel.LAW,
    issuer: NPCSC,
    documentNumber: "主席令第八十八号",
    effectiveDate: "2021-09-01",
    status: LegalStatus.AMENDED,
    articles: [
      {
        number: "3",
        text: "……安全生产工作实行管行业必须管安全、管业务必须管安全、管生产经营必须管安全，强化和落实生产经营单位主体责任与政府监管责任，建立生产经营单位负责、职工参与、政府监管、行业自律和社会监督的机制。",
      },
      {
        number: "10",
        text: "……县级以上地方各级人民政府应急管理部门依照本法，对本行政区域内安全生产工作实施综合监督管理。……对新兴行业、领域的安全生产监督管理职责不明确的，由县级以上地方各级人民政府按照业务相近的原则确定监督管理部门。……",
      },
      {
        number: "17",
        text: "县级以上各级人民政府应当组织负有安全生产监督管理职责的部门依法编制安全生产权力和责任清单，公开并接受社会监督。",
      },
      {
        number: "65",
        text: "应急管理部门和其他负有安全生产监督管理职责的部门依法开展安全生产行政执法工作，对生产经营单位执行有关安全生产的法律、法规和国家标准或者行业标准的情况进行监督检查，行使以下职权：（一）进入生产经营单位进行检查，调阅有关资料，向有关单位和人员了解情况；……",
      },
    ],
  },
  {
    title: "中华人民共和国土地管理法",
    level: LegalLevel.LAW,
    issuer: NPCSC,
    documentNumber: "主席令第三十二号",
    effectiveDate: "2020-01-01",
    status: LegalStatus.AMENDED,
    articles: [
      {
        number: "37",
        text: "非农业建设必须节约使用土地，可以利用荒地的，不得占用耕地；可以利用劣地的，不得占用好地。禁止占用耕地建窑、建坟或者擅自在耕地上建房、挖砂、采石、采矿、取土等。……",
      },
      {
        number: "67",
        text: "县级以上人民政府自然资源主管部门对违反土地管理法律、法规的行为进行监督检查。县级以上人民政府农业农村主管部门对违反农村宅基地管理法律、法规的行为进行监督检查的，适用本法关于自然资源主管部门监督检查的规定。……",
      },
      {
        number: "77",
        text: "未经批准或者采取欺骗手段骗取批准，非法占用土地的，由县级以上人民政府自然资源主管部门责令退还非法占用的土地，对违反土地利用总体规划擅自将农用地改为建设用地的，限期拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状，……",
      },
      {
        number: "78",
        text: "农村村民未经批准或者采取欺骗手段骗取批准，非法占用土地建住宅的，由县级以上人民政府农业农村主管部门责令退还非法占用的土地，限期拆除在非法占用的土地上新建的房屋。……",
      },
      {
        number: "83",
        text: "依照本法规定，责令限期拆除在非法占用的土地上新建的建筑物和其他设施的，建设单位或者个人必须立即停止施工，自行拆除；对继续施工的，作出处罚决定的机关有权制止。……",
      },
    ],
  },
  {
    title: "畜禽规模养殖污染防治条例",
    level: LegalLevel.ADMINISTRATIVE_REGULATION,
    issuer: STATE_COUNCIL,
    documentNumber: "国务院令第643号",
    effectiveDate: "2014-01-01",
    status: LegalStatus.IN_FORCE,
    articles: [
      {
        number: "2",
        text: "本条例适用于畜禽养殖场、养殖小区的养殖污染防治。畜禽养殖场、养殖小区的规模标准根据畜牧业发展状况和畜禽养殖污染防治要求确定。牧区放牧养殖污染防治，不适用本条例。",
      },
      {
        number: "5",
        text: "县级以上人民政府环境保护主管部门负责畜禽养殖污染防治的统一监督管理。县级以上人民政府农牧主管部门负责畜禽养殖废弃物综合利用的指导和服务。……乡镇人民政府应当协助有关部门做好本行政区域的畜禽养殖污染防治工作。",
      },
      {
        number: "11",
        text: "禁止在下列区域内建设畜禽养殖场、养殖小区：（一）饮用水水源保护区，风景名胜区；（二）自然保护区的核心区和缓冲区；（三）城镇居民区、文化教育科学研究区等人口集中区域；（四）法律、法规规定的其他禁止养殖区域。",
      },
      {
        number: "37",
        text: "违反本条例规定，在禁止养殖区域内建设畜禽养殖场、养殖小区的，由县级以上地方人民政府环境保护主管部门责令停止违法行为；拒不停止违法行为的，处3万元以上10万元以下的罚款，并报县级以上人民政府责令拆除或者关闭。……",
      },
    ],
  },
  {
    title: "城市市容和环境卫生管理条例",
    level: LegalLevel.ADMINISTRATIVE_REGULATION,
    issuer: STATE_COUNCIL,
    effectiveDate: "2017-03-01",
    status: LegalStatus.AMENDED,
    articles: [
      {
        number: "4",
        text: "国务院城市建设行政主管部门主管全国城市市容和环境卫生工作。省、自治区人民政府城市建设行政主管部门负责本行政区域的城市市容和环境卫生管理工作。城市人民政府市容环境卫生行政主管部门负责本行政区域的城市市容和环境卫生管理工作。",
      },
      {
        number: "11",
        text: "在城市中设置户外广告、标语牌、画廊、橱窗等，应当内容健康、外型美观，并定期维修、油饰或者拆除。大型户外广告的设置必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续。",
      },
      {
        number: "14",
        text: "任何单位和个人都不得在街道两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施。因建设等特殊需要，在街道两侧和公共场地临时堆放物料，搭建非永久性建筑物、构筑物或者其他设施的，必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续。",
      },
      {
        number: "15",
        text: "在市区运行的交通运输工具，应当保持外型完好、整洁，货运车辆运输的液体、散装货物，应当密封、包扎、覆盖，避免泄漏、遗撒。",
      },
      {
        number: "36",
        text: "有下列行为之一者，由城市人民政府市容环境卫生行政主管部门或者其委托的单位责令其停止违法行为，限期清理、拆除或者采取其他补救措施，并可处以罚款：（一）未经城市人民政府市容环境卫生行政主管部门同意，擅自设置大型户外广告，影响市容的；……",
      },
    ],
  },
  {
    title: "行政执法机关移送涉嫌犯罪案件的规定",
    level: LegalLevel.ADMINISTRATIVE_REGULATION,
    issuer: STATE_COUNCIL,
    documentNumber: "国务院令第310号",
    effectiveDate: "2020-08-07",
    status: LegalStatus.AMENDED,
    articles: [
      {
        number: "3",
        text: "（要旨）行政执法机关在依法查处违法行为过程中，发现违法事实涉及的金额、情节、后果等，根据刑法、有关司法解释和追诉标准等规定，涉嫌构成犯罪，依法需要追究刑事责任的，必须依照本规定向公安机关移送。",
      },
      {
        number: "5",
        text: "行政执法机关对应当向公安机关移送的涉嫌犯罪案件，应当立即指定2名或者2名以上行政执法人员组成专案组专门负责，……正职负责人或者主持工作的负责人应当自接到报告之日起3日内作出批准移送或者不批准移送的决定。决定批准的，应当在24小时内向同级公安机关移送；……",
      },
      {
        number: "8",
        text: "公安机关应当自接受行政执法机关移送的涉嫌犯罪案件之日起3日内，依照刑法、刑事诉讼法以及最高人民法院、最高人民检察院关于立案标准和公安部关于公安机关办理刑事案件程序的规定，对所移送的案件进行审查。……",
      },
      {
        number: "9",
        text: "行政执法机关接到公安机关不予立案的通知书后，认为依法应当由公安机关决定立案的，可以自接到不予立案通知书之日起3日内，提请作出不予立案决定的公安机关复议，也可以建议人民检察院依法进行立案监督。……",
      },
      {
        number: "11",
        text: "行政执法机关对公安机关决定不予立案的案件，应当依法作出处理；其中，依照有关法律、法规或者规章的规定应当给予行政处罚的，应当依法实施行政处罚。……",
      },
    ],
  },
  {
    title: "江苏省河道管理条例",
    level: LegalLevel.LOCAL_REGULATION,
    issuer: "江苏省人民代表大会常务委员会",
    effectiveDate: "2018-01-01",
    status: LegalStatus.IN_FORCE,
    articles: [
      {
        number: "1",
        text: "为了加强河道管理和保护，规范开发利用，保障防洪和供水安全，改善水生态环境，发挥河道的综合效益，根据《中华人民共和国水法》《中华人民共和国防洪法》《中华人民共和国河道管理条例》等法律、行政法规，结合本省实际，制定本条例。",
      },
      {
        number: "2",
        text: "本省行政区域内河道（包括湖泊、水库、人工水道、行洪区、蓄洪区、滞洪区）的管理、保护和利用，适用本条例。",
      },
      {
        number: "3",
        text: "河道管理实行全面规划、统筹兼顾、保护优先、综合治理、合理利用的原则，服从防洪的总体安排。",
      },
    ],
  },
];
