/**
 * Sample power lists (权力清单) of Pei County's enforcement bureaus and town governments.
 *
 * Each agency's list follows its real remit; the names are the usual wording of published Jiangsu
 * power lists ("对……的行政处罚", "对……的行政检查"). Because the sample catalogue holds only a few
 * articles per instrument, bases cite the nearest article the catalogue has: bureaus whose own law
 * is not catalogued (culture, health, labour, education, commerce, police, agriculture inputs) cite
 * the Administrative Penalty Law's articles on comprehensive enforcement (第18条) or jurisdiction
 * (第22条); town governments cite 第24条 (county powers handed down to towns and sub-districts).
 * Codes are "320322-<type>-<agency>-<serial>": CF 处罚, XK 许可, QZ 强制, JC 检查, ZS 征收, GF 给付,
 * QR 确认, JL 奖励, CJ 裁决, QT 其他; serials count per agency and type in list order.
 * Everything is built from plain arrays by small helpers below: the same output on every run.
 *
 * Planted overlaps (same category, same or nested matter, nested regions, all in force today):
 *  1. Street food stalls: SCJGJ and CGJ both hold PENALTY over FOOD.STREET_STALL, both citing
 *     《食品安全法》第127条; both hold INSPECTION there; their COERCIVE_MEASURE items (扣押摊贩
 *     物品) share 《行政强制法》第9条; PCJD and DTJD hold delegated PENALTY on URBAN.STREET_OCCUPATION
 *     (nested under CGJ's) and PCJD an INSPECTION on FOOD.STREET_STALL; GAJ PENALTY on
 *     URBAN.STREET_OCCUPATION (占用道路从事非交通活动).
 *  2. River sand mining: SWJ and ZRZYJ both hold PENALTY over WATER.RIVER.SAND_MINING citing
 *     《水法》第39条 (SWJ's WATER.RIVER penalty, 第65条, covers it too); SWJ, ZRZYJ and GAJ hold
 *     COERCIVE_MEASURE (扣押采砂船舶、机具) over it, all citing 《行政强制法》第9条, SWJ and GAJ also
 *     《水法》第39条; LGZ and SWJ share INSPECTION over it.
 *  3. Livestock pollution: NYNCJ and STHJJ both hold PENALTY over ENVIRONMENT.LIVESTOCK_POLLUTION
 *     citing 《畜禽规模养殖污染防治条例》第11条; AGZ holds a delegated PENALTY there too; STHJJ,
 *     NYNCJ, YTZ and AGZ share INSPECTION.
 *  4. Construction waste: CGJ, ZJJ and JTYSJ PENALTY over URBAN.CONSTRUCTION_WASTE citing
 *     《城市市容和环境卫生管理条例》第15条; GAJ (道路交通安全法第48条 遗洒) too; CGJ and GAJ
 *     COERCIVE_MEASURE (扣押/扣留渣土车) share 《行政强制法》第9条.
 *  5. Dust: STHJJ (ENVIRONMENT.AIR.DUST and its parent ENVIRONMENT.AIR) and ZJJ PENALTY citing
 *     《环境保护法》第59条; CGJ PENALTY on ENVIRONMENT.AIR.DUST (渣土运输扬尘).
 *  6. Catering fumes: CGJ and STHJJ PENALTY on ENVIRONMENT.AIR.CATERING_FUMES (《环境保护法》第59条).
 *  7. Construction noise: CGJ, STHJJ and ZJJ PENALTY on ENVIRONMENT.NOISE.CONSTRUCTION (第59条).
 *  8. Illegal land occupation: ZRZYJ (土地管理法第77条) and NYNCJ (第78条, 农村村民建住宅) PENALTY on
 *     LAND.ILLEGAL_OCCUPATION; NYNCJ and the rural towns (LGZ, YTZ, AGZ) PENALTY on LAND.RURAL_HOMESTEAD
 *     citing 第78条.
 *  9. Illegal construction: CGJ and every town government PENALTY and COERCIVE_MEASURE (强制拆除,
 *     《行政强制法》第44条) on URBAN.ILLEGAL_CONSTRUCTION.
 * 10. Straw burning: STHJJ and the rural towns PENALTY; STHJJ, NYNCJ and the towns INSPECTION.
 * 11. Others a real county argues about: overloading (JTYSJ vs GAJ), illegal operation (JTYSJ vs
 *     GAJ), slaughter (NYNCJ vs SCJGJ), edible agricultural products (NYNCJ vs SCJGJ), school
 *     canteens (SCJGJ vs JYJ inspection), off-campus training (JYJ vs SCJGJ), prepaid cards (SWUJ vs
 *     SCJGJ), wage arrears (RSJ vs ZJJ), fireworks and hazardous chemicals (YJGLJ vs GAJ), internet
 *     cafés (WGLJ vs GAJ), outdoor ads (CGJ vs SCJGJ), medical waste (WJW vs STHJJ), drinking-water
 *     sources (STHJJ vs SWJ).
 *
 * Planted regulatory gaps (监管空白): no PENALTY on the leaf nor on any of its ancestors.
 *  - SAFETY.MINING (矿山安全): coal mines are supervised by the state mine-safety administration,
 *    outside the county; no county agency holds a PENALTY nor an INSPECTION over it (nor over SAFETY).
 *  - SAFETY.FIRE (消防安全): the fire and rescue brigade is not in the sample; towns and the police
 *    hold only INSPECTION (九小场所、派出所日常消防检查), nobody a PENALTY.
 *  - COMMERCE.RECYCLING (再生资源回收): the commerce bureau and the police only inspect; nobody holds
 *    a PENALTY (nor over COMMERCE).
 *
 * Time: a few items expired (validUntil in 2023–2025) and a few take effect on 2027-01-01; none of
 * the planted overlaps above relies on them.
 */
import type { SamplePower } from "./sample-types.js";
import { PowerCategory } from "../modules/powers/power-enums.js";

const COUNTY = "320322";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Instrument titles, shortened for the lists below ("SP:127" = 食品安全法第127条). */
const INSTRUMENTS: Record<string, string> = {
  CF: "中华人民共和国行政处罚法",
  XK: "中华人民共和国行政许可法",
  QZ: "中华人民共和国行政强制法",
  SP: "中华人民共和国食品安全法",
  HB: "中华人民共和国环境保护法",
  SF: "中华人民共和国水法",
  JT: "中华人民共和国道路交通安全法",
  AQ: "中华人民共和国安全生产法",
  TD: "中华人民共和国土地管理法",
  XQ: "畜禽规模养殖污染防治条例",
  SR: "城市市容和环境卫生管理条例",
  YS: "行政执法机关移送涉嫌犯罪案件的规定",
  HD: "江苏省河道管理条例",
};

const TYPE_CODES: Record<PowerCategory, string> = {
  [PowerCategory.PENALTY]: "CF",
  [PowerCategory.LICENSING]: "XK",
  [PowerCategory.COERCIVE_MEASURE]: "QZ",
  [PowerCategory.INSPECTION]: "JC",
  [PowerCategory.LEVY]: "ZS",
  [PowerCategory.BENEFIT]: "GF",
  [PowerCategory.CONFIRMATION]: "QR",
  [PowerCategory.REWARD]: "JL",
  [PowerCategory.ADJUDICATION]: "CJ",
  [PowerCategory.OTHER]: "QT",
};

/** One power item before it gets its agency, region and code. */
interface Line {
  category: PowerCategory;
  name: string;
  matters: string[];
  bases: string[];
  post?: string;
  validFrom?: string;
  validUntil?: string;
}

type Codes = string | string[];
const list = (c: Codes): string[] => (typeof c === "string" ? [c] : c);

function lines(category: PowerCategory, post: string, matters: Codes, bases: Codes, names: string[]): Line[] {
  return names.map((name) => ({ category, name, matters: list(matters), bases: list(bases), post }));
}

/** PENALTY items named "对<act>的行政处罚". */
const cf = (post: string, matters: Codes, bases: Codes, acts: string[]) =>
  lines(PowerCategory.PENALTY, post, matters, bases, acts.map((a) => `对${a}的行政处罚`));
/** INSPECTION items named "对<object>的行政检查". */
const jc = (post: string, matters: Codes, bases: Codes, objects: string[]) =>
  lines(PowerCategory.INSPECTION, post, matters, bases, objects.map((o) => `对${o}的行政检查`));
const qz = (post: string, matters: Codes, bases: Codes, names: string[]) => lines(PowerCategory.COERCIVE_MEASURE, post, matters, bases, names);
const xk = (post: string, matters: Codes, bases: Codes, names: string[]) => lines(PowerCategory.LICENSING, post, matters, bases, names);
const other = (category: PowerCategory, post: string, matters: Codes, bases: Codes, names: string[]) => lines(category, post, matters, bases, names);

/** The same lines with a validity window. */
const within = (window: { validFrom?: string; validUntil?: string }, items: Line[]): Line[] => items.map((l) => ({ ...l, ...window }));

/** Gives an agency's lines their codes ("320322-CF-SCJGJ-0001", counted per type) and regions. */
function agencyPowers(agencyCode: string, regionCodes: string[], items: Line[]): SamplePower[] {
  const serials = new Map<string, number>();
  return items.map((l) => {
    const type = TYPE_CODES[l.category];
    const serial = (serials.get(type) ?? 0) + 1;
    serials.set(type, serial);
    const power: SamplePower = {
      code: `${COUNTY}-${type}-${agencyCode}-${String(serial).padStart(4, "0")}`,
      agencyCode,
      name: l.name,
      category: l.category,
      matterCodes: [...l.matters],
      regionCodes: [...regionCodes],
      bases: l.bases.map((b) => {
        const [key, articleNumber] = b.split(":") as [string, string];
        const instrumentTitle = INSTRUMENTS[key];
        if (!instrumentTitle || !articleNumber) throw new Error(`sample power ${l.name}: bad basis ${b}`);
        return { instrumentTitle, articleNumber };
      }),
    };
    if (l.post) power.post = l.post;
    if (l.validFrom) power.validFrom = l.validFrom;
    if (l.validUntil) power.validUntil = l.validUntil;
    return power;
  });
}

const { LEVY, BENEFIT, CONFIRMATION, REWARD, ADJUDICATION, OTHER } = PowerCategory;

// ---------------------------------------------------------------------------------------------
// County bureaus (县级执法部门): regionCodes ["320322"]
// ---------------------------------------------------------------------------------------------

const SCJGJ: Line[] = [
  ...cf("食品生产安全监管科", "FOOD.PRODUCTION", ["SP:122"], [
    "未取得食品生产许可从事食品生产活动",
    "未取得食品添加剂生产许可从事食品添加剂生产活动",
  ]),
  ...cf("食品生产安全监管科", "FOOD.PRODUCTION", ["SP:126"], [
    "食品生产者未按规定对采购的食品原料进行查验",
    "食品生产企业未建立食品安全自查制度",
    "食品生产者未按规定记录和保存出厂检验记录",
  ]),
  ...cf("餐饮服务安全监管科", "FOOD.CATERING", ["SP:122"], ["未取得食品经营许可从事餐饮服务活动"]),
  ...cf("餐饮服务安全监管科", "FOOD.CATERING", ["SP:126"], [
    "餐饮服务提供者未按规定清洗消毒餐具饮具",
    "餐饮服务提供者安排未取得健康证明的人员从事接触直接入口食品工作",
  ]),
  ...cf("餐饮服务安全监管科", "FOOD.CATERING.SCHOOL_CANTEEN", ["SP:126"], [
    "学校食堂未落实集中用餐单位食品安全管理制度",
    "学校食堂未按规定对食品进行留样",
  ]),
  ...cf("综合执法大队", "FOOD.SMALL_WORKSHOP", ["SP:127", "SP:36"], [
    "食品生产加工小作坊未取得登记证从事食品生产加工",
    "食品生产加工小作坊生产加工禁止目录内食品",
  ]),
  // Overlap 1: the same article as CGJ's street-stall penalty.
  ...cf("综合执法大队", "FOOD.STREET_STALL", ["SP:127", "SP:36"], [
    "食品摊贩未取得登记卡从事食品经营",
    "食品摊贩超出登记卡载明的经营范围经营",
    "食品摊贩经营禁止经营的食品",
  ]),
  ...cf("食品经营安全监管科", "FOOD.EDIBLE_AGRI_PRODUCTS", ["SP:126"], [
    "集中交易市场开办者未查验入场销售者食用农产品承诺达标合格证",
    "食用农产品销售者未建立进货查验记录制度",
  ]),
  ...cf("食品经营安全监管科", "AGRICULTURE.SLAUGHTER", ["SP:126"], ["销售未经检疫或者检疫不合格的肉类"]),
  ...cf("广告监管科", "URBAN.OUTDOOR_ADS", ["CF:18"], ["发布虚假违法户外广告"]),
  ...cf("消费者权益保护科", "COMMERCE.PREPAID_CARD", ["CF:22"], ["经营者以预收款方式提供商品或者服务未按约定履行义务"]),
  ...cf("价格监督检查科", "EDUCATION.OFF_CAMPUS_TRAINING", ["CF:22"], ["校外培训机构违反规定收费", "校外培训机构发布违法广告"]),
  ...jc("食品生产安全监管科", "FOOD.PRODUCTION", ["SP:6"], ["食品生产企业"]),
  ...jc("餐饮服务安全监管科", "FOOD.CATERING", ["SP:6"], ["餐饮服务提供者"]),
  ...jc("餐饮服务安全监管科", "FOOD.CATERING.SCHOOL_CANTEEN", ["SP:6"], ["学校食堂食品安全"]),
  ...jc("餐饮服务安全监管科", "FOOD.CATERING.RURAL_BANQUET", [], ["农村集体聚餐食品安全指导"]),
  ...jc("综合执法大队", "FOOD.STREET_STALL", ["SP:36"], ["食品摊贩"]),
  ...jc("综合执法大队", "FOOD.SMALL_WORKSHOP", ["SP:36"], ["食品生产加工小作坊"]),
  ...jc("食品经营安全监管科", "FOOD.EDIBLE_AGRI_PRODUCTS", [], ["食用农产品集中交易市场"]),
  ...jc("广告监管科", "URBAN.OUTDOOR_ADS", [], ["户外广告内容"]),
  ...jc("消费者权益保护科", "COMMERCE.PREPAID_CARD", [], ["预付式消费经营者"]),
  ...qz("综合执法大队", ["FOOD.PRODUCTION", "FOOD.CATERING", "FOOD.SMALL_WORKSHOP"], ["QZ:9", "SP:122"], [
    "查封、扣押不符合食品安全标准的食品及用于违法生产经营的工具、设备",
    "查封违法从事食品生产经营活动的场所",
  ]),
  ...qz("综合执法大队", "FOOD.STREET_STALL", ["QZ:9", "SP:127"], ["扣押食品摊贩违法经营的食品和经营工具"]),
  ...xk("行政审批科", "FOOD.PRODUCTION", ["SP:35", "XK:22"], ["食品生产许可"]),
  ...xk("行政审批科", ["FOOD.CATERING", "FOOD.EDIBLE_AGRI_PRODUCTS"], ["SP:35", "XK:22"], ["食品经营许可"]),
  // Since the 2021 amendment, selling only pre-packaged food needs a filing, not a licence.
  ...within({ validFrom: "2015-10-01", validUntil: "2021-04-28" }, xk("行政审批科", "FOOD", ["SP:35"], ["食品经营许可（仅销售预包装食品）"])),
  ...other(CONFIRMATION, "行政审批科", "FOOD", ["SP:35"], ["仅销售预包装食品备案"]),
  ...other(CONFIRMATION, "行政审批科", "FOOD.SMALL_WORKSHOP", ["SP:36"], ["食品生产加工小作坊登记"]),
  ...other(CONFIRMATION, "行政审批科", "FOOD.STREET_STALL", ["SP:36"], ["食品摊贩登记卡办理"]),
  ...other(REWARD, "综合执法大队", "FOOD", [], ["对举报食品安全违法行为的奖励"]),
  ...other(OTHER, "综合执法大队", ["FOOD", "AGRICULTURE.SLAUGHTER"], ["YS:3"], ["涉嫌食品安全犯罪案件移送"]),
];

const CGJ: Line[] = [
  ...cf("城管执法大队", ["URBAN.STREET_OCCUPATION", "FOOD.STREET_STALL"], ["SR:14", "CF:18"], [
    "擅自占用城市道路、公共场地摆摊设点",
    "店外经营、越门窗经营",
  ]),
  ...cf("城管执法大队", "URBAN.STREET_OCCUPATION", ["SR:14"], ["在街道两侧和公共场地堆放物料、搭建设施"]),
  // Overlap 1: the same article as SCJGJ's street-stall penalty.
  ...cf("城管执法大队", "FOOD.STREET_STALL", ["SP:127", "CF:18"], ["食品摊贩在划定区域和时段外经营"]),
  ...cf("市容科", "URBAN.OUTDOOR_ADS", ["SR:11", "SR:36"], [
    "未经同意擅自设置大型户外广告",
    "擅自设置门头招牌影响市容",
  ]),
  ...cf("城管执法大队", "URBAN.ILLEGAL_CONSTRUCTION", ["CF:18"], [
    "城市规划区内未取得建设工程规划许可证进行建设",
    "未按照建设工程规划许可证的规定进行建设",
    "未经批准进行临时建设",
  ]),
  // Overlap 4: construction waste, the same article as ZJJ and JTYSJ.
  ...cf("渣土管理科", "URBAN.CONSTRUCTION_WASTE", ["SR:15", "SR:36"], [
    "运输建筑垃圾沿途丢弃、遗撒",
    "未经核准擅自处置建筑垃圾",
    "随意倾倒、抛撒或者堆放建筑垃圾",
  ]),
  ...cf("市容科", "URBAN.SANITATION", ["SR:36", "SR:4"], [
    "随地吐痰、便溺，乱扔果皮、纸屑和烟头",
    "在城市建筑物、设施以及树木上涂写、刻画",
  ]),
  ...within({ validFrom: "2018-01-01", validUntil: "2025-06-30" }, cf("市容科", "URBAN.SANITATION", ["SR:4"], ["单位未按规定缴纳城市生活垃圾处理费"])),
  // Overlaps 5, 6, 7.
  ...cf("城管执法大队", "ENVIRONMENT.AIR.DUST", ["SR:15", "CF:18"], ["运输渣土车辆未密闭造成道路扬尘污染"]),
  ...cf("城管执法大队", "ENVIRONMENT.AIR.CATERING_FUMES", ["HB:59", "CF:18"], [
    "排放油烟的餐饮服务业经营者未安装油烟净化设施或者不正常使用",
    "在居民住宅楼等禁止区域新建、改建、扩建产生油烟的餐饮服务项目",
  ]),
  ...cf("城管执法大队", "ENVIRONMENT.NOISE.CONSTRUCTION", ["HB:59", "CF:18"], ["在噪声敏感建筑物集中区域夜间违规施工"]),
  ...jc("城管执法大队", ["URBAN.STREET_OCCUPATION", "FOOD.STREET_STALL"], [], ["占道经营和流动摊点"]),
  ...jc("市容科", "URBAN.OUTDOOR_ADS", ["SR:11"], ["户外广告设施设置"]),
  ...jc("渣土管理科", "URBAN.CONSTRUCTION_WASTE", ["SR:15"], ["建筑垃圾处置和运输"]),
  ...jc("市容科", "URBAN.SANITATION", ["SR:4"], ["“门前三包”责任落实情况"]),
  ...jc("城管执法大队", "URBAN.ILLEGAL_CONSTRUCTION", [], ["违法建设"]),
  ...jc("城管执法大队", "ENVIRONMENT.AIR.CATERING_FUMES", [], ["餐饮服务业油烟净化设施"]),
  ...qz("城管执法大队", ["URBAN.STREET_OCCUPATION", "FOOD.STREET_STALL"], ["QZ:9", "SR:14"], ["暂扣占道经营的物品和工具"]),
  ...qz("城管执法大队", "URBAN.ILLEGAL_CONSTRUCTION", ["QZ:44", "QZ:43"], ["强制拆除违法建筑物、构筑物"]),
  ...qz("渣土管理科", "URBAN.CONSTRUCTION_WASTE", ["QZ:9", "SR:15"], ["扣押违规运输建筑垃圾的车辆"]),
  ...xk("行政审批科", "URBAN.OUTDOOR_ADS", ["SR:11", "XK:22"], ["设置大型户外广告审批"]),
  ...xk("行政审批科", "URBAN.CONSTRUCTION_WASTE", ["SR:15", "XK:22"], ["城市建筑垃圾处置核准"]),
  ...xk("行政审批科", "URBAN.STREET_OCCUPATION", ["SR:14", "XK:22"], ["临时占用城市道路、公共场地设摊审批", "在街道两侧和公共场地临时堆放物料、搭建非永久性设施审批"]),
  ...other(LEVY, "市容科", "URBAN.SANITATION", ["SR:4"], ["城市生活垃圾处理费征收"]),
  ...other(REWARD, "城管执法大队", "URBAN", [], ["对举报违法建设的奖励"]),
];

const STHJJ: Line[] = [
  ...cf("执法大队", "ENVIRONMENT.WATER_POLLUTION", ["HB:59", "HB:10"], [
    "超过水污染物排放标准排放水污染物",
    "未依法取得排污许可证排放水污染物",
  ]),
  ...cf("执法大队", "ENVIRONMENT.WATER_POLLUTION", ["HB:63", "HB:59"], ["通过暗管、渗井、渗坑等逃避监管的方式排放水污染物"]),
  ...cf("执法大队", "ENVIRONMENT.AIR", ["HB:59"], [
    "超过大气污染物排放标准排放大气污染物",
    "未按规定安装、使用大气污染物排放自动监测设备",
  ]),
  ...cf("执法大队", "ENVIRONMENT.AIR.DUST", ["HB:59"], ["工业企业物料堆场未采取防燃、防尘措施"]),
  ...cf("执法大队", "ENVIRONMENT.AIR.STRAW_BURNING", ["HB:10", "CF:22"], ["在人口集中地区和其他依法需要特殊保护的区域露天焚烧秸秆"]),
  ...cf("执法大队", "ENVIRONMENT.AIR.CATERING_FUMES", ["HB:59"], ["餐饮服务业经营者超标排放油烟"]),
  ...cf("执法大队", "ENVIRONMENT.NOISE", ["HB:59"], ["工业企业超过噪声排放标准排放工业噪声"]),
  ...cf("执法大队", "ENVIRONMENT.NOISE.CONSTRUCTION", ["HB:59"], ["建筑施工单位在噪声敏感建筑物集中区域违规夜间作业"]),
  ...cf("执法大队", "ENVIRONMENT.SOLID_WASTE", ["HB:59"], ["擅自倾倒、堆放、丢弃、遗撒工业固体废物"]),
  ...cf("执法大队", "ENVIRONMENT.SOLID_WASTE.HAZARDOUS", ["HB:59", "HB:63"], [
    "未按规定贮存、利用、处置危险废物",
    "无许可证从事收集、贮存、利用、处置危险废物经营活动",
  ]),
  // Overlap 3: the same article as NYNCJ.
  ...cf("执法大队", "ENVIRONMENT.LIVESTOCK_POLLUTION", ["XQ:37", "XQ:11"], ["在禁止养殖区域内建设畜禽养殖场、养殖小区"]),
  ...cf("执法大队", "ENVIRONMENT.LIVESTOCK_POLLUTION", ["XQ:5", "HB:59"], ["畜禽养殖场未建设污染防治配套设施即投入生产"]),
  ...cf("执法大队", "WATER.DRINKING_SOURCE", ["HB:59"], ["在饮用水水源保护区内设置排污口或者从事污染水源的活动"]),
  ...cf("环评与排放管理科", ["ENVIRONMENT.WATER_POLLUTION", "ENVIRONMENT.AIR", "ENVIRONMENT.NOISE"], ["HB:59", "HB:25"], [
    "建设项目环境影响评价文件未经批准擅自开工建设",
    "建设项目需要配套建设的环境保护设施未经验收即投入生产",
  ]),
  ...qz("执法大队", ["ENVIRONMENT.WATER_POLLUTION", "ENVIRONMENT.AIR", "ENVIRONMENT.SOLID_WASTE"], ["HB:25", "QZ:9"], ["查封、扣押造成污染物排放的设施、设备"]),
  ...jc("执法大队", ["ENVIRONMENT.WATER_POLLUTION", "ENVIRONMENT.AIR", "ENVIRONMENT.NOISE"], ["HB:24"], ["排放污染物的企业事业单位和其他生产经营者"]),
  ...jc("执法大队", "ENVIRONMENT.LIVESTOCK_POLLUTION", ["XQ:5"], ["畜禽规模养殖场污染防治"]),
  ...jc("执法大队", "ENVIRONMENT.AIR.STRAW_BURNING", [], ["秸秆禁烧"]),
  ...jc("执法大队", "ENVIRONMENT.SOLID_WASTE.HAZARDOUS", ["HB:24"], ["危险废物规范化管理"]),
  ...jc("执法大队", "WATER.DRINKING_SOURCE", ["HB:24"], ["饮用水水源保护区环境状况"]),
  ...xk("环评与排放管理科", "ENVIRONMENT", ["HB:10", "XK:22"], ["建设项目环境影响评价文件审批"]),
  ...xk("环评与排放管理科", ["ENVIRONMENT.WATER_POLLUTION", "ENVIRONMENT.AIR"], ["HB:10", "XK:22"], ["排污许可证核发（受理、初审）"]),
  ...other(OTHER, "执法大队", "ENVIRONMENT", ["HB:63", "YS:3"], ["对应当予以行政拘留的环境违法案件移送公安机关"]),
  ...other(REWARD, "执法大队", "ENVIRONMENT", [], ["对举报生态环境违法行为的奖励"]),
];

const ZRZYJ: Line[] = [
  ...cf("执法监察大队", "LAND.ILLEGAL_OCCUPATION", ["TD:77"], [
    "未经批准或者采取欺骗手段骗取批准，非法占用土地",
    "擅自将农民集体所有的土地通过出让、转让使用权或者出租等方式用于非农业建设",
  ]),
  ...cf("执法监察大队", "LAND.FARMLAND_PROTECTION", ["TD:37"], [
    "占用耕地建窑、建坟",
    "擅自在耕地上建房、挖砂、采石、采矿、取土",
    "占用永久基本农田发展林果业和挖塘养鱼",
  ]),
  ...cf("执法监察大队", "LAND.MINERAL.ILLEGAL_MINING", ["CF:22", "YS:3"], [
    "未取得采矿许可证擅自采矿",
    "超越批准的矿区范围采矿",
  ]),
  // Overlap 2: the same article as SWJ.
  ...cf("执法监察大队", "WATER.RIVER.SAND_MINING", ["SF:39", "TD:37"], ["在河道禁采区、禁采期内非法开采砂石资源"]),
  ...qz("执法监察大队", "LAND.MINERAL.ILLEGAL_MINING", ["QZ:9"], ["扣押非法采矿的设备、工具和矿产品"]),
  ...qz("执法监察大队", "WATER.RIVER.SAND_MINING", ["QZ:9"], ["查封非法采砂场所，扣押采砂机具"]),
  ...qz("执法监察大队", "LAND.ILLEGAL_OCCUPATION", ["TD:83", "QZ:9"], ["制止在非法占用的土地上继续施工，查封施工设施"]),
  ...jc("执法监察大队", "LAND", ["TD:67"], ["土地利用和土地管理法律法规执行情况"]),
  ...jc("执法监察大队", "LAND.ILLEGAL_OCCUPATION", ["TD:67"], ["卫片图斑所涉用地"]),
  ...jc("耕地保护科", "LAND.FARMLAND_PROTECTION", ["TD:67"], ["耕地和永久基本农田保护"]),
  ...jc("矿产资源管理科", "LAND.MINERAL", [], ["矿产资源开发利用"]),
  ...xk("行政审批科", "LAND.MINERAL", ["XK:22"], ["采矿许可（砂石黏土）"]),
  ...xk("行政审批科", "LAND", ["XK:22", "TD:67"], ["临时用地审批", "建设用地规划许可", "建设工程规划许可"]),
  ...within({ validUntil: "2023-12-31" }, xk("行政审批科", "LAND.FARMLAND_PROTECTION", ["XK:22"], ["设施农业用地审批"])),
  ...other(CONFIRMATION, "不动产登记中心", "LAND", [], ["国有建设用地使用权及房屋所有权登记"]),
  ...other(ADJUDICATION, "法规科", "LAND", ["TD:67"], ["单位之间土地所有权和使用权争议的处理"]),
  ...other(LEVY, "耕地保护科", "LAND.FARMLAND_PROTECTION", [], ["耕地开垦费征收"]),
  ...other(REWARD, "执法监察大队", "LAND", [], ["对举报土地矿产违法行为的奖励"]),
  ...other(OTHER, "执法监察大队", ["LAND.ILLEGAL_OCCUPATION", "LAND.MINERAL.ILLEGAL_MINING"], ["YS:3", "YS:5"], ["涉嫌非法占用农用地罪、非法采矿罪案件移送"]),
];

const SWJ: Line[] = [
  // Overlap 2: the same article as ZRZYJ; the WATER.RIVER item below covers sand mining too.
  ...cf("水政监察大队", "WATER.RIVER.SAND_MINING", ["SF:39", "SF:65"], [
    "未经许可在河道管理范围内采砂",
    "在禁采区、禁采期内采砂",
    "未按照河道采砂许可规定的范围、期限和作业方式采砂",
  ]),
  ...cf("水政监察大队", "WATER.RIVER", ["SF:65", "HD:2"], ["在河道管理范围内从事影响河势稳定、危害河岸堤防安全的活动"]),
  ...cf("水政监察大队", "WATER.RIVER.OBSTRUCTION", ["SF:37", "SF:65"], [
    "在河道管理范围内建设妨碍行洪的建筑物、构筑物",
    "在河道内弃置、堆放阻碍行洪的物体",
  ]),
  ...cf("水政监察大队", "WATER.ABSTRACTION", ["SF:48"], [
    "未经批准擅自取水",
    "未依照批准的取水许可规定条件取水",
    "拒不缴纳、拖延缴纳或者拖欠水资源费",
  ]),
  ...cf("水政监察大队", "WATER.SOIL_CONSERVATION", ["SF:12", "CF:22"], [
    "生产建设项目未编制水土保持方案或者未经批准擅自开工",
    "水土保持设施未经验收投入使用",
  ]),
  ...cf("水政监察大队", "WATER.DRINKING_SOURCE", ["SF:12"], ["在饮用水水源保护区内从事危害水源工程安全的活动"]),
  // Overlap 2: coercive measures with GAJ and ZRZYJ.
  ...qz("水政监察大队", "WATER.RIVER.SAND_MINING", ["QZ:9", "SF:39"], ["扣押非法采砂船舶、机具"]),
  ...qz("水政监察大队", "WATER.RIVER.OBSTRUCTION", ["QZ:44", "SF:65"], ["强制拆除河道管理范围内妨碍行洪的建筑物、构筑物"]),
  ...xk("行政审批科", "WATER.RIVER.SAND_MINING", ["SF:39", "XK:22"], ["河道采砂许可"]),
  ...xk("行政审批科", "WATER.ABSTRACTION", ["SF:48", "XK:22"], ["取水许可"]),
  ...xk("行政审批科", "WATER.RIVER", ["HD:2", "XK:22"], ["河道管理范围内建设项目工程建设方案审批"]),
  ...xk("行政审批科", "WATER.SOIL_CONSERVATION", ["XK:22"], ["生产建设项目水土保持方案审批"]),
  ...other(LEVY, "水资源管理科", "WATER.ABSTRACTION", ["SF:48"], ["水资源费征收"]),
  ...other(LEVY, "水土保持科", "WATER.SOIL_CONSERVATION", [], ["水土保持补偿费征收"]),
  ...jc("水政监察大队", "WATER.RIVER.SAND_MINING", ["SF:39"], ["河道采砂活动"]),
  ...jc("河湖管理科", "WATER.RIVER", ["HD:2"], ["河道管理范围内建设项目和河湖“四乱”"]),
  ...jc("水资源管理科", "WATER.ABSTRACTION", ["SF:48"], ["取水单位取用水情况"]),
  ...jc("水土保持科", "WATER.SOIL_CONSERVATION", [], ["生产建设项目水土保持"]),
  ...jc("建设管理科", "LABOR.WAGE_ARREARS", [], ["水利工程建设领域农民工工资支付"]),
  ...other(ADJUDICATION, "水政监察大队", "WATER", ["SF:12"], ["跨镇水事纠纷的调解和裁决"]),
  ...other(OTHER, "水政监察大队", "WATER.RIVER.SAND_MINING", ["YS:3"], ["涉嫌非法采矿罪的河道采砂案件移送"]),
];

const GAJ: Line[] = [
  ...cf("交通警察大队", "TRANSPORT.OVERLOAD", ["JT:48", "JT:92"], ["货运机动车超过核定载质量"]),
  ...cf("交通警察大队", "TRANSPORT.ROAD_PASSENGER", ["JT:92"], ["公路客运车辆载客超过额定乘员"]),
  ...cf("交通警察大队", "TRANSPORT.ILLEGAL_OPERATION", ["JT:5", "CF:22"], ["驾驶拼装、改装机动车从事非法营运"]),
  ...cf("交通警察大队", "URBAN.STREET_OCCUPATION", ["JT:31"], ["未经许可占用道路从事非交通活动"]),
  ...cf("交通警察大队", "URBAN.CONSTRUCTION_WASTE", ["JT:48"], ["渣土运输车辆遗洒、飘散载运物"]),
  ...cf("治安管理大队", "SAFETY.FIREWORKS", ["CF:22"], ["未经许可运输烟花爆竹", "在禁止燃放区域燃放烟花爆竹"]),
  ...cf("治安管理大队", "SAFETY.HAZARDOUS_CHEMICALS", ["CF:22"], ["未取得剧毒化学品购买许可证购买剧毒化学品", "危险化学品运输车辆未经批准进入限制通行区域"]),
  ...cf("网络安全保卫大队", "CULTURE.INTERNET_CAFE", ["CF:22"], ["互联网上网服务营业场所未落实网络安全保护技术措施"]),
  ...cf("治安管理大队", "CULTURE.ENTERTAINMENT", ["CF:22"], ["娱乐场所为进入场所人员从事涉赌、涉毒活动提供条件"]),
  // Overlap 2: the same articles as SWJ (水法第39条、行政强制法第9条) and ZRZYJ (第9条).
  ...qz("治安管理大队", ["WATER.RIVER.SAND_MINING", "LAND.MINERAL.ILLEGAL_MINING"], ["QZ:9", "SF:39", "YS:8"], ["扣押涉嫌非法采砂、采矿的船舶、车辆和机具"]),
  ...qz("交通警察大队", "TRANSPORT.OVERLOAD", ["QZ:9", "JT:92"], ["扣留严重超载的货运机动车"]),
  ...qz("交通警察大队", "URBAN.CONSTRUCTION_WASTE", ["QZ:9", "JT:48"], ["扣留遗洒载运物的渣土运输车辆"]),
  ...qz("治安管理大队", "SAFETY.FIREWORKS", ["QZ:9"], ["扣押非法运输、储存的烟花爆竹"]),
  ...qz("交通警察大队", "TRANSPORT", ["QZ:9", "JT:5"], ["对醉酒的机动车驾驶人约束至酒醒"]),
  ...xk("治安管理大队", "SAFETY.FIREWORKS", ["XK:22"], ["烟花爆竹道路运输许可", "焰火晚会燃放许可"]),
  ...xk("治安管理大队", "SAFETY.HAZARDOUS_CHEMICALS", ["XK:22"], ["剧毒化学品购买许可", "剧毒化学品道路运输通行许可"]),
  ...jc("网络安全保卫大队", "CULTURE.INTERNET_CAFE", [], ["互联网上网服务营业场所信息网络安全"]),
  ...jc("治安管理大队", "CULTURE.ENTERTAINMENT", [], ["娱乐场所治安状况"]),
  ...jc("治安管理大队", "SAFETY.FIREWORKS", [], ["烟花爆竹运输和燃放安全"]),
  ...jc("治安管理大队", "COMMERCE.RECYCLING", [], ["废旧金属收购业治安状况"]),
  ...jc("各派出所", "SAFETY.FIRE", [], ["居民住宅区物业和小型场所日常消防安全"]),
  ...jc("交通警察大队", ["TRANSPORT.OVERLOAD", "TRANSPORT.ROAD_PASSENGER"], ["JT:5"], ["道路通行的机动车"]),
  ...other(OTHER, "法制大队", [
    "WATER.RIVER.SAND_MINING",
    "LAND.MINERAL.ILLEGAL_MINING",
    "AGRICULTURE.FISHERY.ILLEGAL_FISHING",
    "HEALTH.MEDICAL.ILLEGAL_PRACTICE",
    "LABOR.WAGE_ARREARS",
    "ENVIRONMENT.SOLID_WASTE.HAZARDOUS",
    "FOOD",
  ], ["YS:8", "YS:9"], ["对行政执法机关移送的涉嫌犯罪案件进行审查并决定是否立案"]),
  ...other(OTHER, "法制大队", "ENVIRONMENT", ["HB:63"], ["对生态环境主管部门移送的环境违法案件实施行政拘留"]),
];

const JTYSJ: Line[] = [
  ...cf("交通运输综合行政执法大队", "TRANSPORT.OVERLOAD", ["JT:48"], [
    "车辆违法超限运输",
    "货运源头单位为无牌无证车辆或者超限车辆装载",
  ]),
  ...cf("交通运输综合行政执法大队", "TRANSPORT.ILLEGAL_OPERATION", ["CF:18", "CF:22"], [
    "未取得道路运输经营许可擅自从事道路旅客运输经营",
    "未取得道路运输经营许可擅自从事道路普通货物运输经营",
  ]),
  ...cf("交通运输综合行政执法大队", "TRANSPORT.ROAD_PASSENGER", ["CF:18"], [
    "客运经营者不按批准的客运线路、站点运营",
    "客运站经营者未对进站客运车辆进行安全检查",
  ]),
  ...cf("交通运输综合行政执法大队", "TRANSPORT.ROAD_ADMINISTRATION", ["JT:104"], [
    "未经许可擅自占用、挖掘公路",
    "在公路用地范围内设置非公路标志",
  ]),
  // Overlap 4: the same article as CGJ and ZJJ.
  ...cf("交通运输综合行政执法大队", "URBAN.CONSTRUCTION_WASTE", ["SR:15"], ["运输建筑垃圾的货运车辆未密闭、包扎、覆盖造成泄漏遗撒"]),
  ...cf("交通运输综合行政执法大队", "SAFETY.HAZARDOUS_CHEMICALS", ["CF:18"], ["未取得道路危险货物运输许可擅自从事道路危险货物运输"]),
  ...qz("交通运输综合行政执法大队", "TRANSPORT.ILLEGAL_OPERATION", ["QZ:9", "QZ:25"], ["暂扣未取得道路运输经营许可的车辆"]),
  ...qz("交通运输综合行政执法大队", "TRANSPORT.OVERLOAD", ["QZ:9", "JT:48"], ["暂扣拒不接受超限检测的车辆"]),
  ...xk("行政审批科", "TRANSPORT.ROAD_PASSENGER", ["XK:22"], ["道路旅客运输经营许可", "出租汽车经营许可"]),
  ...xk("行政审批科", "TRANSPORT", ["XK:22"], ["道路货物运输经营许可"]),
  ...xk("行政审批科", "TRANSPORT.ROAD_ADMINISTRATION", ["JT:104", "XK:22"], ["占用、挖掘公路或者使公路改线审批", "公路建筑控制区内埋设管线、电缆等设施许可"]),
  ...xk("行政审批科", "TRANSPORT.OVERLOAD", ["JT:48", "XK:22"], ["超限运输车辆行驶公路许可"]),
  ...jc("交通运输综合行政执法大队", "TRANSPORT.ROAD_PASSENGER", [], ["道路客运企业和客运站"]),
  ...jc("交通运输综合行政执法大队", "TRANSPORT.ROAD_ADMINISTRATION", [], ["公路路产路权"]),
  ...jc("交通运输综合行政执法大队", "TRANSPORT.OVERLOAD", [], ["货运源头单位装载"]),
  ...jc("交通运输综合行政执法大队", "TRANSPORT.ILLEGAL_OPERATION", [], ["客货运输市场"]),
  ...jc("建设管理科", "LABOR.WAGE_ARREARS", [], ["交通工程建设领域农民工工资支付"]),
  ...within({ validUntil: "2024-12-31" }, other(CONFIRMATION, "运输管理科", "TRANSPORT.ROAD_PASSENGER", [], ["出租汽车驾驶员从业资格注册"])),
  ...other(OTHER, "交通运输综合行政执法大队", "TRANSPORT.ILLEGAL_OPERATION", ["YS:3"], ["涉嫌犯罪的非法营运案件移送"]),
];

const NYNCJ: Line[] = [
  // Overlap 3: the same article (第11条) as STHJJ.
  ...cf("农业综合行政执法大队", "ENVIRONMENT.LIVESTOCK_POLLUTION", ["XQ:11", "XQ:5"], [
    "在禁止养殖区域内从事畜禽养殖",
    "畜禽养殖场未对畜禽粪便、废水等废弃物进行综合利用和无害化处理",
  ]),
  // Overlap 8: 农村村民非法占地建住宅.
  ...cf("农业综合行政执法大队", ["LAND.RURAL_HOMESTEAD", "LAND.ILLEGAL_OCCUPATION"], ["TD:78"], [
    "农村村民未经批准或者采取欺骗手段骗取批准，非法占用土地建住宅",
  ]),
  ...cf("农业综合行政执法大队", "LAND.RURAL_HOMESTEAD", ["TD:78"], ["农村村民超过省规定标准多占宅基地"]),
  ...cf("农业综合行政执法大队", "AGRICULTURE.PESTICIDE", ["CF:18"], [
    "生产、经营假农药、劣质农药",
    "未取得农药经营许可证经营农药",
  ]),
  ...cf("农业综合行政执法大队", "AGRICULTURE.PESTICIDE", ["HB:63", "CF:18"], ["农产品生产者使用禁用农药"]),
  ...cf("农业综合行政执法大队", "AGRICULTURE.SEED", ["CF:18"], ["生产经营假种子、劣种子", "未取得种子生产经营许可证生产经营种子"]),
  ...cf("农业综合行政执法大队", "AGRICULTURE.ANIMAL_EPIDEMIC", ["CF:18"], [
    "屠宰、经营、运输未附有检疫证明的动物和动物产品",
    "对饲养的动物未按照动物疫病强制免疫计划进行免疫接种",
  ]),
  ...cf("农业综合行政执法大队", "AGRICULTURE.SLAUGHTER", ["CF:18"], ["未经定点从事生猪屠宰活动", "生猪定点屠宰厂对生猪、生猪产品注水或者注入其他物质"]),
  ...cf("农业综合行政执法大队", "AGRICULTURE.FISHERY.ILLEGAL_FISHING", ["CF:18"], [
    "使用电鱼、炸鱼、毒鱼等方法进行捕捞",
    "在禁渔区、禁渔期进行捕捞",
  ]),
  ...cf("农业综合行政执法大队", "FOOD.EDIBLE_AGRI_PRODUCTS", ["CF:18", "SP:6"], [
    "农产品生产经营者在种植养殖过程中使用国家禁止使用的农业投入品",
  ]),
  ...qz("农业综合行政执法大队", "AGRICULTURE.PESTICIDE", ["QZ:9"], ["查封、扣押违法生产、经营、使用的农药"]),
  ...qz("农业综合行政执法大队", "AGRICULTURE.FISHERY.ILLEGAL_FISHING", ["QZ:9"], ["扣押电鱼器具、禁用渔具和渔获物"]),
  ...qz("农业综合行政执法大队", "AGRICULTURE.SLAUGHTER", ["QZ:9"], ["查封私屠滥宰场所，扣押屠宰工具、设备和生猪产品"]),
  ...xk("行政审批科", "AGRICULTURE.PESTICIDE", ["XK:22"], ["农药经营许可"]),
  ...xk("行政审批科", "AGRICULTURE.SEED", ["XK:22"], ["农作物种子生产经营许可"]),
  ...xk("行政审批科", "AGRICULTURE.ANIMAL_EPIDEMIC", ["XK:22"], ["动物防疫条件合格证核发"]),
  ...xk("行政审批科", "AGRICULTURE.FISHERY", ["XK:22"], ["渔业捕捞许可"]),
  ...jc("畜牧兽医科", "ENVIRONMENT.LIVESTOCK_POLLUTION", ["XQ:5"], ["畜禽养殖废弃物资源化利用"]),
  ...jc("农业综合行政执法大队", "AGRICULTURE.PESTICIDE", [], ["农药经营使用"]),
  ...jc("农业综合行政执法大队", "AGRICULTURE.SEED", [], ["种子生产经营"]),
  ...jc("畜牧兽医科", "AGRICULTURE.ANIMAL_EPIDEMIC", [], ["动物防疫"]),
  ...jc("畜牧兽医科", "AGRICULTURE.SLAUGHTER", [], ["生猪定点屠宰厂（场）"]),
  ...jc("渔政站", "AGRICULTURE.FISHERY.ILLEGAL_FISHING", [], ["渔业生产和禁渔期执行情况"]),
  ...jc("科技教育科", "ENVIRONMENT.AIR.STRAW_BURNING", [], ["秸秆综合利用和禁烧"]),
  ...jc("农产品质量安全监管科", "FOOD.EDIBLE_AGRI_PRODUCTS", [], ["种植养殖环节农产品质量安全"]),
  ...jc("农村经营管理科", "LAND.RURAL_HOMESTEAD", ["TD:67"], ["农村宅基地管理和使用"]),
  ...other(BENEFIT, "计划财务科", "AGRICULTURE", [], ["耕地地力保护补贴发放", "农机购置与应用补贴发放"]),
  ...other(CONFIRMATION, "农村经营管理科", "AGRICULTURE", [], ["家庭农场名录认定"]),
  ...within({ validFrom: "2027-01-01" }, other(OTHER, "农村经营管理科", "LAND.RURAL_HOMESTEAD", [], ["农村宅基地使用权登记信息共享核验"])),
  ...other(OTHER, "农业综合行政执法大队", "AGRICULTURE.FISHERY.ILLEGAL_FISHING", ["YS:3"], ["涉嫌非法捕捞水产品罪案件移送"]),
];

const WJW: Line[] = [
  ...cf("卫生监督所", "HEALTH.MEDICAL.ILLEGAL_PRACTICE", ["CF:22"], [
    "未取得医疗机构执业许可证擅自执业",
    "非医师行医",
    "医疗机构使用非卫生技术人员从事医疗卫生技术工作",
  ]),
  ...cf("卫生监督所", "HEALTH.PUBLIC_PLACES", ["CF:22"], ["公共场所经营者未取得卫生许可证擅自营业", "公共场所经营者安排未获得有效健康合格证明的从业人员上岗"]),
  ...cf("卫生监督所", "HEALTH.DRINKING_WATER", ["CF:22"], ["集中式供水单位未取得卫生许可证供水", "供应的饮用水不符合国家卫生标准"]),
  // Overlap with STHJJ: medical waste is hazardous waste.
  ...cf("卫生监督所", ["HEALTH.MEDICAL", "ENVIRONMENT.SOLID_WASTE.HAZARDOUS"], ["CF:22"], ["医疗卫生机构未按规定分类收集、暂时贮存医疗废物"]),
  ...qz("卫生监督所", ["HEALTH.DRINKING_WATER", "WATER.DRINKING_SOURCE"], ["QZ:9"], ["封闭被传染病病原体污染的公共饮用水源"]),
  ...qz("疾病预防控制科", "FOOD.CATERING.RURAL_BANQUET", ["QZ:9"], ["封存造成食源性疾病的可疑食品及其原料"]),
  ...xk("行政审批科", "HEALTH.MEDICAL", ["XK:22"], ["医疗机构执业登记"]),
  ...xk("行政审批科", "HEALTH.PUBLIC_PLACES", ["XK:22"], ["公共场所卫生许可"]),
  ...xk("行政审批科", "HEALTH.DRINKING_WATER", ["XK:22"], ["集中式供水单位卫生许可"]),
  ...jc("卫生监督所", "HEALTH.PUBLIC_PLACES", [], ["公共场所卫生"]),
  ...jc("卫生监督所", "HEALTH.MEDICAL", [], ["医疗机构依法执业"]),
  ...jc("卫生监督所", "HEALTH.DRINKING_WATER", [], ["生活饮用水卫生"]),
  ...jc("卫生监督所", "HEALTH.MEDICAL.ILLEGAL_PRACTICE", [], ["打击非法行医专项检查"]),
  ...other(OTHER, "疾病预防控制科", "FOOD.CATERING.RURAL_BANQUET", [], ["农村集体聚餐食源性疾病事件流行病学调查处置"]),
  ...other(BENEFIT, "人口监测与家庭发展科", "HEALTH", [], ["计划生育家庭特别扶助金发放"]),
  ...other(CONFIRMATION, "医政医管科", "HEALTH.MEDICAL", [], ["医师执业注册"]),
  ...other(OTHER, "卫生监督所", "HEALTH.MEDICAL.ILLEGAL_PRACTICE", ["YS:3"], ["涉嫌非法行医罪案件移送"]),
];

// SAFETY.MINING and SAFETY.FIRE are gaps: YJGLJ lists its safety powers on the sectors it supervises.
const YJGLJ_SECTORS = ["SAFETY.HAZARDOUS_CHEMICALS", "SAFETY.FIREWORKS"];
const YJGLJ: Line[] = [
  ...cf("应急管理综合行政执法大队", YJGLJ_SECTORS, ["AQ:3", "AQ:10"], [
    "生产经营单位未建立健全全员安全生产责任制",
    "生产经营单位主要负责人未履行安全生产管理职责",
    "生产经营单位未按规定对从业人员进行安全生产教育和培训",
    "生产经营单位未建立事故隐患排查治理制度或者未采取措施消除事故隐患",
  ]),
  ...cf("应急管理综合行政执法大队", "SAFETY.HAZARDOUS_CHEMICALS", ["AQ:65", "AQ:10"], [
    "未取得危险化学品经营许可证经营危险化学品",
    "危险化学品单位未按规定储存危险化学品",
    "生产、储存危险化学品的单位未对重大危险源进行登记建档和监控",
  ]),
  ...cf("应急管理综合行政执法大队", "SAFETY.FIREWORKS", ["AQ:10"], ["未经许可经营烟花爆竹", "烟花爆竹零售经营者超许可范围、超量储存"]),
  ...qz("应急管理综合行政执法大队", YJGLJ_SECTORS, ["AQ:65", "QZ:9"], ["查封、扣押不符合安全生产标准的设施、设备、器材及违法生产、储存、使用、经营的危险物品"]),
  ...qz("应急管理综合行政执法大队", "SAFETY.FIREWORKS", ["QZ:9"], ["查封非法储存烟花爆竹的场所"]),
  ...xk("行政审批科", "SAFETY.HAZARDOUS_CHEMICALS", ["AQ:10", "XK:22"], ["危险化学品经营许可（不带储存）"]),
  ...xk("行政审批科", "SAFETY.FIREWORKS", ["XK:22"], ["烟花爆竹经营（零售）许可"]),
  ...jc("应急管理综合行政执法大队", "SAFETY.HAZARDOUS_CHEMICALS", ["AQ:65"], ["危险化学品生产经营单位安全生产"]),
  ...jc("应急管理综合行政执法大队", "SAFETY.FIREWORKS", ["AQ:65"], ["烟花爆竹经营单位安全生产"]),
  ...other(OTHER, "调查评估和统计科", "SAFETY", ["AQ:10"], ["生产安全事故调查处理"]),
  ...other(OTHER, "安全生产基础科", "SAFETY.MINING", [], ["煤矿安全生产属地监管信息报送"]),
  ...other(REWARD, "应急管理综合行政执法大队", "SAFETY", ["AQ:17"], ["对举报安全生产重大事故隐患和违法行为的奖励"]),
];

const WGLJ: Line[] = [
  ...cf("文化市场综合行政执法大队", "CULTURE.INTERNET_CAFE", ["CF:18"], [
    "互联网上网服务营业场所接纳未成年人",
    "互联网上网服务营业场所在规定的营业时间以外营业",
    "擅自设立互联网上网服务营业场所",
  ]),
  ...cf("文化市场综合行政执法大队", "CULTURE.ENTERTAINMENT", ["CF:18"], ["未经许可从事娱乐场所经营活动", "歌舞娱乐场所接纳未成年人"]),
  ...cf("文化市场综合行政执法大队", "CULTURE.PUBLISHING", ["CF:18"], ["出售、出租非法出版物"]),
  ...cf("文化市场综合行政执法大队", "CULTURE.TOURISM", ["CF:18"], ["未经许可经营旅行社业务", "导游、领队诱导、欺骗、强迫或者变相强迫旅游者购物"]),
  ...cf("文化市场综合行政执法大队", "CULTURE.CULTURAL_RELICS", ["CF:18"], ["在文物保护单位的保护范围内擅自进行建设工程"]),
  ...qz("文化市场综合行政执法大队", "CULTURE.PUBLISHING", ["QZ:9"], ["查封、扣押非法出版物及专门用于违法活动的工具"]),
  ...qz("文化市场综合行政执法大队", "CULTURE.INTERNET_CAFE", ["QZ:9"], ["查封、扣押擅自设立的互联网上网服务营业场所的专用工具、设备"]),
  ...xk("行政审批科", "CULTURE.INTERNET_CAFE", ["XK:22"], ["互联网上网服务营业场所经营单位设立审批"]),
  ...xk("行政审批科", "CULTURE.ENTERTAINMENT", ["XK:22"], ["娱乐场所经营活动审批"]),
  ...xk("行政审批科", "CULTURE.PUBLISHING", ["XK:22"], ["出版物零售单位设立审批"]),
  ...jc("文化市场综合行政执法大队", "CULTURE.INTERNET_CAFE", [], ["互联网上网服务营业场所经营"]),
  ...jc("文化市场综合行政执法大队", "CULTURE.ENTERTAINMENT", [], ["娱乐场所经营"]),
  ...jc("文化市场综合行政执法大队", "CULTURE.PUBLISHING", [], ["出版物市场"]),
  ...jc("文化市场综合行政执法大队", "CULTURE.TOURISM", [], ["旅游市场经营秩序"]),
  ...jc("文物科", "CULTURE.CULTURAL_RELICS", [], ["文物保护单位安全"]),
  ...other(REWARD, "文物科", "CULTURE.CULTURAL_RELICS", [], ["对发现、上交文物的单位和个人的奖励"]),
];

const ZJJ: Line[] = [
  // Overlap 5: the same article as STHJJ.
  ...cf("建设工程质量安全监督站", "ENVIRONMENT.AIR.DUST", ["HB:59"], [
    "施工单位未采取围挡、覆盖、湿法作业等扬尘防治措施",
    "建设单位未将扬尘污染防治费用列入工程造价",
  ]),
  // Overlap 4: the same article as CGJ and JTYSJ.
  ...cf("建筑市场管理科", "URBAN.CONSTRUCTION_WASTE", ["SR:15"], ["施工单位未及时清运工程施工过程中产生的建筑垃圾", "施工现场出入口未设置车辆冲洗设施致车辆带泥上路"]),
  ...cf("建设工程质量安全监督站", "ENVIRONMENT.NOISE.CONSTRUCTION", ["HB:59"], ["建设单位未按规定在施工合同中明确施工单位噪声污染防治责任"]),
  ...cf("建设工程质量安全监督站", "SAFETY.CONSTRUCTION_SITE", ["AQ:65", "AQ:3"], [
    "施工单位未设立安全生产管理机构、配备专职安全生产管理人员",
    "施工单位未对危险性较大的分部分项工程编制专项施工方案",
    "施工起重机械未经验收或者验收不合格即投入使用",
    "施工单位主要负责人、项目负责人未履行安全生产管理职责",
  ]),
  ...cf("城市燃气管理科", "SAFETY.GAS", ["AQ:3"], ["未取得燃气经营许可证从事燃气经营活动", "燃气经营者未按规定对燃气用户设施进行安全检查"]),
  ...cf("建筑市场管理科", "LABOR.WAGE_ARREARS", ["CF:22"], ["施工总承包单位未按规定开设或者使用农民工工资专用账户", "施工总承包单位未按规定实行农民工实名制管理"]),
  ...qz("建设工程质量安全监督站", "SAFETY.CONSTRUCTION_SITE", ["AQ:65", "QZ:9"], ["查封存在重大事故隐患的施工设施、设备"]),
  ...xk("行政审批科", "SAFETY.CONSTRUCTION_SITE", ["XK:22"], ["建筑工程施工许可"]),
  ...xk("行政审批科", "SAFETY.GAS", ["XK:22"], ["燃气经营许可"]),
  ...jc("建设工程质量安全监督站", "SAFETY.CONSTRUCTION_SITE", ["AQ:65"], ["建筑施工安全"]),
  ...jc("建设工程质量安全监督站", "ENVIRONMENT.AIR.DUST", [], ["建筑工地扬尘污染防治"]),
  ...jc("城市燃气管理科", "SAFETY.GAS", [], ["燃气经营和使用安全"]),
  ...jc("建筑市场管理科", "LABOR.WAGE_ARREARS", [], ["房屋建筑和市政工程农民工工资支付"]),
  ...jc("建筑市场管理科", "URBAN.CONSTRUCTION_WASTE", [], ["施工现场建筑垃圾源头管理"]),
  ...other(LEVY, "计划财务科", "URBAN", [], ["城市基础设施配套费征收"]),
  ...other(OTHER, "建筑市场管理科", "SAFETY.CONSTRUCTION_SITE", [], ["建筑市场主体信用评价"]),
];

const SWUJ: Line[] = [
  ...cf("市场秩序科", "COMMERCE.PREPAID_CARD", ["CF:22"], [
    "发卡企业未按规定办理单用途商业预付卡备案",
    "发卡企业超出规定限额发行单用途商业预付卡",
    "发卡企业未按规定存管预收资金",
  ]),
  ...jc("市场秩序科", "COMMERCE.PREPAID_CARD", [], ["单用途商业预付卡发卡企业"]),
  ...jc("市场秩序科", "COMMERCE.RECYCLING", [], ["再生资源回收经营者"]),
  ...other(CONFIRMATION, "市场秩序科", "COMMERCE.PREPAID_CARD", [], ["单用途商业预付卡发卡企业备案"]),
  ...other(OTHER, "市场秩序科", "COMMERCE.RECYCLING", [], ["再生资源回收经营者信息登记和行业指导"]),
];

const JYJ: Line[] = [
  ...cf("教育督导室", "EDUCATION.OFF_CAMPUS_TRAINING", ["CF:22"], [
    "未经批准擅自举办校外培训机构",
    "校外培训机构超出审批范围开展培训",
    "校外培训机构在法定节假日、休息日开展学科类培训",
  ]),
  ...xk("行政审批科", "EDUCATION.OFF_CAMPUS_TRAINING", ["XK:22"], ["实施中等及以下学历教育、学前教育、自学考试助学及其他文化教育的民办学校设立审批"]),
  ...jc("教育督导室", "EDUCATION.OFF_CAMPUS_TRAINING", [], ["校外培训机构"]),
  ...jc("后勤管理科", "FOOD.CATERING.SCHOOL_CANTEEN", [], ["学校食堂管理责任落实"]),
  ...other(CONFIRMATION, "人事科", "EDUCATION", [], ["教师资格认定"]),
  ...other(BENEFIT, "学生资助管理中心", "EDUCATION", [], ["家庭经济困难学生资助"]),
  ...other(REWARD, "人事科", "EDUCATION", [], ["对优秀教师和教育工作者的表彰奖励"]),
];

const RSJ: Line[] = [
  ...cf("劳动保障监察大队", "LABOR.WAGE_ARREARS", ["CF:22"], [
    "用人单位克扣或者无故拖欠劳动者工资报酬",
    "建设单位未按约定及时足额向农民工工资专用账户拨付人工费用",
    "施工总承包单位未按规定开设或者使用农民工工资专用账户",
    "用人单位未按规定编制书面工资支付台账",
  ]),
  ...jc("劳动保障监察大队", "LABOR", [], ["用人单位遵守劳动保障法律法规"]),
  ...jc("劳动保障监察大队", "LABOR.WAGE_ARREARS", [], ["工程建设领域工资支付保障制度落实"]),
  ...other(OTHER, "劳动保障监察大队", "LABOR.WAGE_ARREARS", ["YS:3", "YS:5"], ["涉嫌拒不支付劳动报酬罪案件移送"]),
  ...other(ADJUDICATION, "劳动人事争议仲裁院", "LABOR", [], ["劳动人事争议仲裁"]),
  ...other(CONFIRMATION, "工伤保险科", "LABOR", [], ["工伤认定"]),
  ...other(BENEFIT, "就业促进科", "LABOR", [], ["失业保险金发放", "就业困难人员社会保险补贴发放"]),
];

// ---------------------------------------------------------------------------------------------
// Town governments and sub-district offices (镇政府 / 街道办事处): their own town's code
// ---------------------------------------------------------------------------------------------

interface TownProfile {
  urban: boolean; // a sub-district in the built-up area, or a rural town
  extras: Line[];
}

const TOWN_POST = "综合行政执法局";

/**
 * What every town holds (Jiangsu hands county powers to towns and sub-districts under 行政处罚法
 * 第24条): illegal construction, sanitation, daily inspections; sub-districts add street trading,
 * rural towns straw burning and homesteads.
 */
function townLines(p: TownProfile): Line[] {
  const common: Line[] = [
    ...cf(TOWN_POST, "URBAN.ILLEGAL_CONSTRUCTION", ["CF:24"], [
      p.urban ? "在城市规划区内未取得建设工程规划许可证进行建设" : "未取得乡村建设规划许可证或者未按照许可的规定进行建设",
    ]),
    ...cf(TOWN_POST, "URBAN.SANITATION", ["CF:24", "SR:36"], ["随意倾倒、抛撒、堆放生活垃圾", "在建筑物、设施上乱涂乱画、乱贴乱挂"]),
    ...qz(TOWN_POST, "URBAN.ILLEGAL_CONSTRUCTION", ["QZ:44", "CF:24"], ["强制拆除违法建筑物、构筑物"]),
    ...jc(TOWN_POST, "URBAN.ILLEGAL_CONSTRUCTION", [], ["辖区违法建设巡查"]),
    ...jc("安全生产监督管理办公室", "SAFETY.FIRE", [], ["辖区“九小场所”消防安全"]),
    ...jc("市场监管和食品安全办公室", "FOOD.SMALL_WORKSHOP", [], ["辖区食品生产加工小作坊日常排查"]),
    ...other(OTHER, "市场监管和食品安全办公室", "FOOD.CATERING.RURAL_BANQUET", [], ["农村集体聚餐申报备案和指导"]),
  ];
  const urban: Line[] = [
    ...cf(TOWN_POST, "URBAN.STREET_OCCUPATION", ["CF:24", "SR:14"], ["在街道两侧和公共场地擅自摆摊设点、堆放物料"]),
    ...jc(TOWN_POST, ["URBAN.STREET_OCCUPATION", "FOOD.STREET_STALL"], [], ["辖区占道经营和食品摊贩"]),
    ...jc(TOWN_POST, "ENVIRONMENT.AIR.CATERING_FUMES", [], ["辖区餐饮油烟扰民"]),
  ];
  const rural: Line[] = [
    ...cf(TOWN_POST, "ENVIRONMENT.AIR.STRAW_BURNING", ["CF:24"], ["露天焚烧秸秆"]),
    ...cf(TOWN_POST, "LAND.RURAL_HOMESTEAD", ["CF:24", "TD:78"], ["农村村民未经批准或者采取欺骗手段骗取批准，非法占用土地建住宅"]),
    ...jc(TOWN_POST, "ENVIRONMENT.AIR.STRAW_BURNING", [], ["秸秆禁烧网格化巡查"]),
    ...xk("便民服务中心", "LAND.RURAL_HOMESTEAD", ["XK:22"], ["农村村民宅基地审批"]),
    ...xk("便民服务中心", "URBAN.ILLEGAL_CONSTRUCTION", ["XK:22"], ["乡村建设规划许可"]),
    ...other(ADJUDICATION, "司法所", "LAND", [], ["个人之间、个人与单位之间土地所有权和使用权争议的处理"]),
  ];
  return [...common, ...(p.urban ? urban : rural), ...p.extras];
}

const TOWNS: [agencyCode: string, regionCode: string, profile: TownProfile][] = [
  [
    "PCJD",
    "320322001",
    {
      urban: true,
      extras: [
        ...jc("市场监管和食品安全办公室", "FOOD.STREET_STALL", [], ["夜市和校园周边食品摊点"]),
        ...cf(TOWN_POST, "URBAN.OUTDOOR_ADS", ["CF:24", "SR:36"], ["擅自设置门头招牌、张贴小广告"]),
        ...qz(TOWN_POST, "URBAN.STREET_OCCUPATION", ["QZ:9", "CF:24"], ["暂扣占道经营的物品和工具"]),
      ],
    },
  ],
  [
    "DTJD",
    "320322002",
    {
      urban: true,
      extras: [
        ...jc(TOWN_POST, "ENVIRONMENT.AIR.DUST", [], ["辖区建筑工地和堆场扬尘"]),
        ...jc("农业农村办公室", "ENVIRONMENT.AIR.STRAW_BURNING", [], ["秸秆禁烧网格化巡查"]),
        ...within({ validFrom: "2027-01-01" }, cf(TOWN_POST, "ENVIRONMENT.AIR.CATERING_FUMES", ["CF:24", "HB:59"], ["餐饮服务业经营者未安装油烟净化设施"])),
      ],
    },
  ],
  [
    "LGZ",
    "320322101",
    {
      urban: false,
      extras: [
        ...jc("农业农村办公室", "AGRICULTURE.FISHERY.ILLEGAL_FISHING", [], ["微山湖沿岸禁渔期非法捕捞"]),
        ...jc("水利站", "WATER.RIVER", ["HD:2"], ["辖区河道和湖泊“四乱”"]),
        ...jc("水利站", "WATER.RIVER.SAND_MINING", [], ["辖区河湖非法采砂"]),
        ...within({ validFrom: "2021-01-01", validUntil: "2025-12-31" }, cf(TOWN_POST, "AGRICULTURE.FISHERY.ILLEGAL_FISHING", ["CF:24"], ["在禁渔期使用禁用渔具捕捞（受委托）"])),
      ],
    },
  ],
  [
    "YTZ",
    "320322102",
    {
      urban: false,
      extras: [
        ...jc("农业农村办公室", "ENVIRONMENT.LIVESTOCK_POLLUTION", ["XQ:5"], ["辖区畜禽禁养区和养殖场粪污处理"]),
        ...within({ validFrom: "2027-01-01" }, cf(TOWN_POST, "ENVIRONMENT.LIVESTOCK_POLLUTION", ["CF:24", "XQ:37"], ["在禁止养殖区域内建设畜禽养殖场"])),
      ],
    },
  ],
  [
    "AGZ",
    "320322113",
    {
      urban: false,
      extras: [
        ...jc("农业农村办公室", "ENVIRONMENT.LIVESTOCK_POLLUTION", ["XQ:5"], ["辖区畜禽养殖污染"]),
        ...cf(TOWN_POST, "ENVIRONMENT.LIVESTOCK_POLLUTION", ["CF:24", "XQ:37"], ["畜禽养殖场未采取有效措施致粪污直排沟渠"]),
        ...jc("自然资源所", "LAND.FARMLAND_PROTECTION", ["TD:67"], ["辖区耕地“非农化”“非粮化”"]),
      ],
    },
  ],
];

// ---------------------------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------------------------

const BUREAUS: [agencyCode: string, items: Line[]][] = [
  ["GAJ", GAJ],
  ["SCJGJ", SCJGJ],
  ["CGJ", CGJ],
  ["STHJJ", STHJJ],
  ["ZRZYJ", ZRZYJ],
  ["SWJ", SWJ],
  ["JTYSJ", JTYSJ],
  ["NYNCJ", NYNCJ],
  ["WJW", WJW],
  ["YJGLJ", YJGLJ],
  ["WGLJ", WGLJ],
  ["ZJJ", ZJJ],
  ["SWUJ", SWUJ],
  ["JYJ", JYJ],
  ["RSJ", RSJ],
];

export const SAMPLE_POWERS: SamplePower[] = [
  ...BUREAUS.flatMap(([agency, items]) => agencyPowers(agency, [COUNTY], items)),
  ...TOWNS.flatMap(([agency, region, profile]) => agencyPowers(agency, [region], townLines(profile))),
];
