import { parse } from "csv-parse/sync";
import { CATEGORY_NAMES_ZH, PowerCategory } from "./power-enums.js";
import { isWellFormedText } from "../../platform/graphql/validation.js";

/**
 * Reading published power lists (权力清单) from CSV or XLSX. Pure parsing: which column is which,
 * and how one cell splits into values; whether the values exist is the import service's question.
 */

/** The columns of a power list, with the header names agencies use (Chinese first). */
export const POWER_COLUMNS = {
  code: ["事项编码", "code"],
  name: ["事项名称", "name"],
  category: ["权力类型", "category"],
  agency: ["实施主体", "agency"],
  bases: ["设定依据", "bases", "legalBases"],
  matters: ["监管事项", "matters", "matterCodes"],
  regions: ["适用区域", "regions", "regionCodes"],
  validFrom: ["生效日期", "validFrom"],
  validUntil: ["失效日期", "validUntil"],
  post: ["实施岗位", "post"],
} as const;

export type PowerColumn = keyof typeof POWER_COLUMNS;
export const REQUIRED_COLUMNS: readonly PowerColumn[] = ["code", "name", "category", "agency", "bases", "matters", "regions"];

/** The header a report names a column by: the one the file used, else the Chinese one. */
export type SheetRow = { rowNumber: number; cells: Partial<Record<PowerColumn, string>> };

export interface ParsedSheet {
  rows: SheetRow[];
  /** Column → header as written in the file, for error reports. */
  headers: Partial<Record<PowerColumn, string>>;
  /** Required columns the header row lacks. */
  missing: PowerColumn[];
}

/** Splits a multi-value cell: full- or half-width semicolons, commas or new lines. */
export function splitCell(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[；;，,、\n]+/)
    .map((v) => v.trim())
    .filter(Boolean);
}

const CATEGORY_BY_NAME = new Map<string, PowerCategory>([
  ...Object.entries(CATEGORY_NAMES_ZH).map(([key, zh]) => [zh, key as PowerCategory] as const),
  ...Object.values(PowerCategory).map((c) => [c, c] as const),
]);

/** 行政处罚 or PENALTY → PENALTY; anything else → undefined. */
export function categoryOf(value: string | undefined): PowerCategory | undefined {
  return CATEGORY_BY_NAME.get((value ?? "").trim().toUpperCase()) ?? CATEGORY_BY_NAME.get((value ?? "").trim());
}

/**
 * Parses a 设定依据 cell: 《title》第N条 entries (also 第N条之M, and several articles after one
 * title: 《title》第3条、第5条). Answers the references, or the text it could not read.
 */
export function parseBases(value: string | undefined): { refs: { title: string; articleNumber: string }[]; unreadable: string[] } {
  const refs: { title: string; articleNumber: string }[] = [];
  const unreadable: string[] = [];
  for (const entry of (value ?? "").split(/[；;\n]+/).map((v) => v.trim()).filter(Boolean)) {
    const title = /《([^》]+)》/.exec(entry)?.[1]?.trim();
    const articles = [...entry.matchAll(/第\s*([0-9]+)\s*条(?:\s*之\s*([0-9]+))?/g)];
    if (!title || articles.length === 0) {
      unreadable.push(entry);
      continue;
    }
    for (const a of articles) refs.push({ title, articleNumber: a[2] ? `${a[1]}-${a[2]}` : a[1] });
  }
  return { refs, unreadable };
}

/** The way lists write a basis: 《title》第25条, or 第25条之1 for article 25-1. parseBases reads it back. */
export function formatBasis(title: string, articleNumber: string): string {
  const [main, sub] = articleNumber.split("-");
  return `《${title}》第${main}条${sub ? `之${sub}` : ""}`;
}

/** The columns of a row whose cell holds a NUL or a lone UTF-16 surrogate: text nobody can store as written. */
export function unreadableColumns(row: SheetRow): PowerColumn[] {
  return (Object.entries(row.cells) as [PowerColumn, string][]).filter(([, text]) => !isWellFormedText(text)).map(([column]) => column);
}

/** Turns a table (first row: headers) into rows keyed by column; blank rows are skipped. */
export function readTable(table: string[][]): ParsedSheet {
  const [header = [], ...body] = table;
  const index: Partial<Record<PowerColumn, number>> = {};
  const headers: Partial<Record<PowerColumn, string>> = {};
  header.forEach((raw, i) => {
    const name = raw.replace(/^\uFEFF/, "").trim();
    for (const [column, names] of Object.entries(POWER_COLUMNS) as [PowerColumn, readonly string[]][]) {
      if (names.some((n) => n.toLowerCase() === name.toLowerCase()) && index[column] === undefined) {
        index[column] = i;
        headers[column] = name;
      }
    }
  });
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c || !c.trim())) return;
    const row: SheetRow = { rowNumber: i + 2, cells: {} }; // as a spreadsheet numbers it: the header is row 1
    for (const [column, at] of Object.entries(index) as [PowerColumn, number][]) row.cells[column] = (cells[at] ?? "").trim();
    rows.push(row);
  });
  return { rows, headers, missing };
}

export function parseCsv(text: string): ParsedSheet {
  const table: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  return readTable(table);
}

/** The first worksheet of an XLSX workbook, every cell as its displayed text. */
export async function parseXlsx(buffer: Buffer | ArrayBuffer): Promise<ParsedSheet> {
  // Loaded on first use: it costs about 200 ms, and most starts never read a workbook.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const table: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (values[col - 1] = cell.text ?? ""));
    table[rowNumber - 1] = values;
  });
  return readTable(Array.from(table, (r) => r ?? []));
}
