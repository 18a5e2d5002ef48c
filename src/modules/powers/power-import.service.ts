import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { isISO8601 } from "class-validator";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { EventTopic, EventVisibility, type NewEvent } from "../../platform/events/topics.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { agencyIdForCode } from "../agencies/agency-id.js";
import type { LegalService } from "../legal/legal.service.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import { PowerStatus } from "./power-enums.js";
import { Power } from "./power.entity.js";
import { normalize, type PowerContent, type PowerService } from "./power.service.js";
import { formulaCellReason } from "./sheet-formula.js";
import { categoryOf, parseBases, POWER_COLUMNS, splitCell, unreadableColumns, type ParsedSheet, type PowerColumn, type SheetRow } from "./power-sheet.js";

export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  problems: ImportProblem[];
  /** True when nothing was written because some row failed and partial mode was off. */
  rejected: boolean;
  openedOverlaps: number;
  closedOverlaps: number;
}

/** Which column a field problem of a power's content belongs to. */
const FIELD_COLUMN: [RegExp, PowerColumn][] = [
  [/^agencyId/, "agency"],
  [/^matterCodes/, "matters"],
  [/^regionCodes/, "regions"],
  [/^legalBases/, "bases"],
  [/^validUntil/, "validUntil"],
  [/^validFrom/, "validFrom"],
];

/** A real calendar day written YYYY-MM-DD (2026-13-01 and 2026-02-30 are not). */
const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isISO8601(text, { strict: true });

/**
 * Imports a published power list. Every row is validated first, against reference data loaded once;
 * unless partial mode is asked for, one bad row means nothing is written. Rows are matched by code:
 * a new code is declared, a known one amended only if it differs, so importing the same file twice
 * changes nothing. Overlaps are recomputed once for the whole catalogue, in the same transaction.
 */
export class PowerImportService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly powers: PowerService,
    private readonly legal: LegalService,
    private readonly overlaps: OverlapService,
  ) {}

  async import(actor: Actor, sheet: ParsedSheet, options: { partial: boolean; onProgress?: (done: number, total: number) => void }): Promise<ImportReport> {
    this.access.require(actor, Permission.ReadPowers);
    const report: ImportReport = { rows: sheet.rows.length, created: 0, updated: 0, unchanged: 0, failed: 0, problems: [], rejected: false, openedOverlaps: 0, closedOverlaps: 0 };
    const header = (c: PowerColumn) => sheet.headers[c] ?? POWER_COLUMNS[c][0];
    if (sheet.missing.length) {
      report.problems = sheet.missing.map((c) => ({ row: 1, column: POWER_COLUMNS[c][0], reason: `表头行中没有“${POWER_COLUMNS[c][0]}”这一列` }));
      report.failed = sheet.rows.length;
      report.rejected = true;
      return report;
    }

    const run = async (em: EntityManager) => {
      const { instruments } = await this.legal.catalogue(em);
      const instrumentByTitle = new Map(instruments.map((i) => [i.title, i.id]));
      const codes = sheet.rows.map((r) => r.cells.code ?? "").filter(Boolean);
      const existing = new Map((await em.getRepository(Power).findBy({ code: In(codes) })).map((p) => [p.code, p]));
      const seen = new Set<string>();
      const candidates: { row: SheetRow; content: PowerContent }[] = [];
      for (const row of sheet.rows) {
        const problems: ImportProblem[] = [];
        const problem = (column: PowerColumn, reason: string) => problems.push({ row: row.rowNumber, column: header(column), reason });
        refuseFormulaCells(row, problem);
        const content = this.rowContent(row, instrumentByTitle, problem);
        if (content) {
          if (seen.has(content.code)) problem("code", `权力编码 ${content.code} 在文件中重复出现`);
          seen.add(content.code);
          const holder = existing.get(content.code)?.agencyId;
          if (holder && holder !== content.agencyId) problem("code", `权力编码 ${content.code} 已是其他单位的权力事项，不能改为本单位的`);
          if (!this.access.allows(actor, Permission.ManagePowers, { agencyIds: [content.agencyId] })) {
            problem("agency", `只能导入本单位的权力事项，不能导入 ${row.cells.agency} 的`);
          }
        }
        if (problems.length || !content) report.problems.push(...problems);
        else candidates.push({ row, content });
      }

      const references = await this.powers.referencesFor(em, candidates.map((c) => c.content));
      const valid: { row: SheetRow; content: PowerContent }[] = [];
      for (const candidate of candidates) {
        const { problems } = this.powers.checkContent(candidate.content, references);
        for (const p of problems) {
          const column = FIELD_COLUMN.find(([pattern]) => pattern.test(p.path))?.[1] ?? "code";
          // The officer wrote an agency code, not the id the content carries: name the code.
          const reason = column === "agency" ? `执法单位编码 ${candidate.row.cells.agency} 不在执法单位名录中` : p.zh;
          report.problems.push({ row: candidate.row.rowNumber, column: header(column), reason });
        }
        if (problems.length === 0) valid.push(candidate);
      }
      const failedRows = new Set(report.problems.map((p) => p.row));
      report.failed = failedRows.size;
      report.problems.sort((a, b) => a.row - b.row);
      if (report.failed && !options.partial) {
        report.rejected = true;
        return { result: report, events: [] };
      }

      const events: NewEvent[] = [];
      // New codes in bulk; known ones one by one, since each is compared with what is stored.
      const declared = await this.powers.declareMany(
        em,
        valid.filter((v) => !existing.has(v.content.code)).map((v) => v.content),
        references,
      );
      report.created = declared.powers.length;
      events.push(...declared.events);
      let done = declared.powers.length;
      if (done) options.onProgress?.(done, valid.length);
      for (const { content } of valid) {
        const current = existing.get(content.code);
        if (!current) continue;
        const status = current.status !== PowerStatus.WITHDRAWN ? current.status : PowerStatus.ACTIVE;
        const written = await this.powers.write(em, current, content, status, "PowerAmended", { references, syncOverlaps: false });
        if (!written.changed) report.unchanged++;
        else report.updated++;
        events.push(...written.events);
        options.onProgress?.(++done, valid.length);
      }
      if (report.created + report.updated > 0) {
        const { engine } = await this.powers.participating(em);
        const changes = await this.overlaps.syncAll(em, engine, "按导入的权力清单，此交叉已不存在");
        report.openedOverlaps = changes.opened.length;
        report.closedOverlaps = changes.closed.length;
        events.push(...changes.events);
      }
      events.push({
        topic: EventTopic.POWER,
        type: "PowersImported",
        subjectIds: [],
        agencyIds: [...new Set(valid.map((v) => v.content.agencyId))],
        visibility: EventVisibility.PUBLIC,
        payload: { rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged, failed: report.failed },
      });
      return { result: report, events: report.created + report.updated > 0 ? events : [] };
    };
    return this.uow.run(actor, run);
  }

  /** One row as power content, or null when a cell cannot be read at all. */
  private rowContent(
    row: SheetRow,
    instrumentByTitle: Map<string, string>,
    problem: (column: PowerColumn, reason: string) => void,
  ): PowerContent | null {
    const c = row.cells;
    let ok = true;
    const fail = (column: PowerColumn, reason: string) => {
      ok = false;
      problem(column, reason);
    };
    for (const column of unreadableColumns(row)) fail(column, "含有无法保存的字符（空字符 NUL 或残缺的代理对字符），请删去后重新输入");
    if (!ok) return null;
    const code = c.code ?? "";
    if (!code) fail("code", "权力编码未填写");
    else if (/\s/.test(code) || code.length > 64) fail("code", `权力编码 ${code} 应为 1 至 64 个字符，且不能含空格`);
    if (!c.name) fail("name", "事项名称未填写");
    else if (c.name.length > 200) fail("name", `事项名称最多 200 个字，现有 ${c.name.length} 个`);
    const category = categoryOf(c.category);
    if (!category) fail("category", c.category ? `“${c.category}”不是权力类型（应填行政处罚、行政许可、行政检查等）` : "权力类型未填写（应填行政处罚、行政许可、行政检查等）");
    const agencyCode = (c.agency ?? "").toUpperCase();
    if (!/^[A-Z0-9_]{2,32}$/.test(agencyCode)) fail("agency", c.agency ? `“${c.agency}”不是执法单位编码（如 SCJGJ）` : "实施主体未填写（填执法单位编码，如 SCJGJ）");
    const matters = splitCell(c.matters);
    if (matters.length === 0) fail("matters", "未填写监管事项（填事项编码，多个用；分隔）");
    const regions = splitCell(c.regions);
    if (regions.length === 0) fail("regions", "未填写适用区域（填区域编码，多个用；分隔）");
    const bases = parseBases(c.bases);
    for (const text of bases.unreadable) fail("bases", `无法识别“${text}”，请写作《法规名称》第N条`);
    const legalBases = bases.refs.flatMap((ref) => {
      const instrumentId = instrumentByTitle.get(ref.title);
      if (!instrumentId) {
        fail("bases", `《${ref.title}》不在法律法规目录中`);
        return [];
      }
      return [{ instrumentId, articleNumber: ref.articleNumber }];
    });
    for (const column of ["validFrom", "validUntil"] as const) {
      if (c[column] && !isDate(c[column]!)) fail(column, `${c[column]} 不是日期（格式：YYYY-MM-DD）`);
    }
    if (!ok || !category) return null;
    return normalize({
      agencyId: agencyIdForCode(agencyCode),
      code,
      name: c.name!,
      category,
      matterCodes: matters,
      regionCodes: regions,
      legalBases,
      validFrom: c.validFrom || null,
      validUntil: c.validUntil || null,
      post: c.post || null,
    });
  }
}

/** Every cell of the row that a spreadsheet would run as a formula is a problem of that column. */
function refuseFormulaCells(row: SheetRow, problem: (column: PowerColumn, reason: string) => void): void {
  for (const [column, cell] of Object.entries(row.cells) as [PowerColumn, string | undefined][]) {
    const reason = formulaCellReason(cell);
    if (reason) problem(column, reason);
  }
}
