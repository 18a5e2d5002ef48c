import { COUNTY_TIME_ZONE } from "../time.js";

/**
 * Text a person reads: county time (Asia/Shanghai) written the way Chinese officials write it, and
 * lists of names joined the Chinese way. Machine fields (ISO timestamps, codes) stay as they are
 * beside these texts; this is only for the words around them. Power category names live with the
 * category enum (CATEGORY_NAMES_ZH in modules/powers/power-enums.ts), since platform never imports a module.
 */

const dateTimeParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: COUNTY_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function parts(at: Date): Record<string, string> {
  return Object.fromEntries(dateTimeParts.formatToParts(at).map((p) => [p.type, p.value]));
}

/** 2026年11月27日 10:00 (county time) for an instant. */
export function countyDateTimeText(at: Date | string): string {
  const p = parts(new Date(at));
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`;
}

/**
 * 2026年11月27日 for a county date (YYYY-MM-DD, as the hub keeps days) or an instant (its county date).
 * A YYYY-MM-DD is already a county day: it is written as is, not shifted through a time zone.
 */
export function countyDateText(day: string | Date): string {
  if (typeof day === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
    if (m) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
    day = new Date(day);
  }
  const p = parts(day);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`;
}

/** Names joined with the enumeration comma: 县市场监督管理局、县城市管理局. */
export function listText(names: readonly string[]): string {
  return names.join("、");
}

/** The name when there is one, else the code (a record deleted or not yet loaded): text never goes blank. */
export function nameOrCode(name: string | null | undefined, code: string): string {
  return name && name.trim() ? name : code;
}
