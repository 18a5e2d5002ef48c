/**
 * Dates and times as a county official reads them: Asia/Shanghai whatever the browser's own zone,
 * written the Chinese way (2026年11月27日 10:00). ISO values stay in the data for machines.
 */
const PARTS = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function parts(instant: string | Date): Record<string, string> {
  return Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
}

/** 2026年11月27日 10:00 */
export function countyDateTime(instant: string | Date): string {
  const p = parts(instant);
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/** A county date (LocalDate, e.g. 2026-11-27) as 2026年11月27日. */
export function countyDate(localDate: string): string {
  const [year, month, day] = localDate.split("-");
  return `${year}年${month}月${day}日`;
}

/** Today's county date as a LocalDate (2026-11-27), for date pickers' defaults. */
export function countyToday(): string {
  const p = parts(new Date());
  return `${p.year}-${p.month}-${p.day}`;
}

/** How long something has waited, in whole days or hours: 已等待 3 天. */
export function waitingSince(instant: string): string {
  const hours = Math.max(0, Math.floor((Date.now() - new Date(instant).getTime()) / 3_600_000));
  if (hours < 24) return hours < 1 ? "不足 1 小时" : `${hours} 小时`;
  return `${Math.floor(hours / 24)} 天`;
}
