/** Review grades as a person reads them (the API answers EXCELLENT, PASS or FAIL). */
export const GRADE_NAMES: Record<string, string> = { EXCELLENT: "优秀", PASS: "合格", FAIL: "不合格" };
