/** County time: every date and time a person reads is in Asia/Shanghai, whatever the browser's zone. */
const DATE_TIME = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
const DATE = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" });

/** "2026年12月1日 14:30" in county time. */
export function countyDateTime(iso: string | null | undefined): string {
  return iso ? DATE_TIME.format(new Date(iso)) : "—";
}

/** A county date (LocalDate "2026-12-01") as "2026年12月1日". */
export function countyDate(localDate: string | null | undefined): string {
  return localDate ? DATE.format(new Date(`${localDate}T12:00:00+08:00`)) : "—";
}

/** Today's date in the county, as the API's LocalDate. */
export function countyToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
}
