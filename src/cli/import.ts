import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { commandActor, runWithHub } from "./run-with-hub.js";
import { parseCsv, parseXlsx } from "../modules/powers/power-sheet.js";

const USAGE = `Usage: npm run import -- powers FILE [--partial]

Imports a power list (CSV or XLSX) with the columns 事项编码, 事项名称, 权力类型, 实施主体,
设定依据, 监管事项, 适用区域 (optional: 生效日期, 失效日期, 实施岗位). Every row is checked first;
nothing is written if any row fails, unless --partial. Importing the same file again changes
nothing. Uses DATABASE_URL, or the embedded database in HUB_DATA_DIR (stop an embedded hub first).`;

/** Reads the file, then imports it as the hub's administrator (the audit trail names the command). */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { partial: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } } });
const [kind, file] = positionals;
if (values.help || kind !== "powers" || !file) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

runWithHub(async (services) => {
  const sheet = extname(file).toLowerCase() === ".xlsx" ? await parseXlsx(readFileSync(file)) : parseCsv(readFileSync(file, "utf8"));
  console.log(`${file}: ${sheet.rows.length} rows`);
  const bar = new SingleBar({ format: "  writing {bar} {value}/{total} rows", hideCursor: true }, Presets.shades_classic);
  let started = false;
  const report = await services.powerImport.import(commandActor("cli-import", "Power list import (command line)"), sheet, {
    partial: values.partial!,
    onProgress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  if (started) bar.stop();
  for (const p of report.problems) console.log(`  第${p.row}行 ${p.column}：${p.reason}`);
  if (report.rejected) {
    console.log(`Nothing imported: ${report.failed} of ${report.rows} rows have problems (fix them, or use --partial).`);
    process.exitCode = 1;
  } else {
    console.log(
      `Imported: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.failed} failed; ` +
        `overlaps opened ${report.openedOverlaps}, closed ${report.closedOverlaps}.`,
    );
  }
});
