/**
 * 立案 happens after a report and not after today: a filing date in the future would start the
 * decision clock late, one before the report would backdate it past when the hub heard of the
 * case. Dates are county dates ("YYYY-MM-DD"), compared as strings.
 */
export function filingDateProblem(filedOn: string, reportedOn: string, today: string): string | null {
  if (filedOn > today) return `立案日期 ${filedOn} 晚于今天 ${today}（不得填写将来的日期）`;
  if (filedOn < reportedOn) return `立案日期 ${filedOn} 早于案件登记日期 ${reportedOn}`;
  return null;
}
