import { describe, it, expect } from "vitest";
import { countyDateText, countyDateTimeText, listText, nameOrCode } from "../src/platform/text/county-text.js";

describe("county text", () => {
  it("writes an instant in county time (UTC+8), whatever the machine's zone", () => {
    expect(countyDateTimeText(new Date("2026-11-27T02:00:00Z"))).toBe("2026年11月27日 10:00");
    expect(countyDateTimeText("2026-11-26T16:05:00Z")).toBe("2026年11月27日 00:05");
    expect(countyDateTimeText("2026-01-04T23:59:00+08:00")).toBe("2026年1月4日 23:59");
  });

  it("writes a county day as it is, and an instant as its county day", () => {
    expect(countyDateText("2026-03-09")).toBe("2026年3月9日");
    expect(countyDateText(new Date("2026-12-31T16:30:00Z"))).toBe("2027年1月1日");
  });

  it("joins names with the enumeration comma and falls back to the code when a name is missing", () => {
    expect(listText(["县市场监督管理局", "县城市管理局"])).toBe("县市场监督管理局、县城市管理局");
    expect(listText([])).toBe("");
    expect(nameOrCode("沛城街道", "320322001")).toBe("沛城街道");
    expect(nameOrCode(null, "320322001")).toBe("320322001");
    expect(nameOrCode("  ", "SAMR")).toBe("SAMR");
  });
});
