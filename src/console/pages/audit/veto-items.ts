/**
 * The veto items (否决项) a reviewer ticks, with the codes the API stores (the same list as
 * VETO_ITEMS in src/modules/cases/case-review.ts, which the browser cannot import: it is server code).
 * The API accepts a county's own codes too; these are the usual ones.
 */
export const VETO_ITEMS: readonly { code: string; description: string }[] = [
  { code: "UNLAWFUL_AUTHORITY", description: "执法主体不合法或者超越法定职权" },
  { code: "UNQUALIFIED_OFFICERS", description: "执法人员不具备执法资格或者少于两人" },
  { code: "MISSING_KEY_EVIDENCE", description: "认定事实不清、主要证据不足" },
  { code: "NO_LEGAL_BASIS", description: "适用法律依据错误" },
  { code: "PROCEDURE_VIOLATION", description: "违反法定程序（如未告知当事人陈述、申辩或者听证的权利）" },
  { code: "NO_LEGAL_REVIEW", description: "应当进行法制审核而未审核" },
  { code: "OVERDUE_DECISION", description: "超过法定期限作出决定" },
  { code: "CLEARLY_IMPROPER", description: "行政裁量明显不当（畸轻畸重）" },
  { code: "CRIMINAL_REFERRAL_OMITTED", description: "涉嫌犯罪应当移送司法机关而未移送（以罚代刑）" },
];

export const GRADE_NAMES: Record<string, string> = { EXCELLENT: "优秀", PASS: "合格", FAIL: "不合格" };
