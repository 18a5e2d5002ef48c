/** The county keeps Beijing time; "today" for certificates and deadlines is a date there. */
export const COUNTY_TIME_ZONE = "Asia/Shanghai";

const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: COUNTY_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** YYYY-MM-DD of `at` in the county's time zone. */
export function countyDate(at: Date = new Date()): string {
  return dateFormat.format(at);
}
