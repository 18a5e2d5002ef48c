import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { CLK_TCK, cpuMs, freePort, percentile, startScriptNodeOptions } from "./process-measures.js";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { pino } from "pino";
import { startHub } from "../../src/server.js";
import { Role } from "../../src/platform/auth/actor.js";
import { signToken } from "../../src/platform/auth/tokens.js";
import { AgencyKind } from "../../src/modules/agencies/agency.entity.js";
import { PowerCategory } from "../../src/modules/powers/power-enums.js";
import { seedSampleData } from "../../src/sample/seed.js";
import { formatBasis, type ParsedSheet } from "../../src/modules/powers/power-sheet.js";

/**
 * `npm run bench:api`: what the hub's nested reads cost against the floor the database sets
 * (issue 15). On a fresh PostgreSQL database with a county-sized catalogue, written through the
 * hub's own services so the overlaps are the engine's, three read shapes run under the same load
 * against
 *   (a) the hub's /graphql, as the chair, in a child process (node dist/src/main.js), and
 *   (b) the raw-SQL floor: one hand-written SQL statement per shape that builds the same JSON,
 *       sent through `pg` from a minimal node:http server, in a second child process.
 * Shapes: 1 a flat agency list; 2 a page of 100 powers → agency → overlaps → powers → agency;
 * 3 one agency → its powers → overlaps → powers.
 * Printed per shape and side: req/s, p50/p99 latency, server CPU ms per request (the server
 * process's utime+stime from /proc, read before and after), and for the hub the SQL statements
 * per request (counted by the hub's QueryCounter on the in-process hub that loaded the
 * catalogue, on each shape's second request, so that caches filled once are not counted) and the hub/floor throughput ratio. Both sides' answers are compared (overlaps
 * sorted by key, the only list either side returns in no fixed order) and the result printed.
 * Aim (issue 15): hub ≥ 0.5× the floor on every shape. A measurement, not a test: exits 0 when
 * the aim is missed, 1 only when the bench itself fails (or the answers disagree).
 *
 * Environment: CONCURRENCY (10 connections), DURATION_S (8 per shape and side), WARMUP_S (2),
 * POWERS (2,575), PRINT_FLOOR_SQL (1: print the floor's statements and stop), KEEP_DATABASE (1:
 * keep the database to EXPLAIN afterwards), BENCH_DATABASE_URL or DATABASE_URL (admin URL,
 * postgres://postgres@127.0.0.1:5432/postgres: a database is created and dropped).
 */

function envNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

const FLOOR_MODE_ENV = "BENCH_API_FLOOR_DATABASE_URL"; // set: this process is the floor server
const COUNTY = "320322";
const AIM_RATIO = 0.5;
const HUB_READY_MS = 60_000;
const STOP_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------- the shapes

interface Shape {
  name: string;
  query: string;
  /** One statement answering `{ data: … }` as JSON text; $1 is the agency id where the shape has one. */
  floorSql: string;
}

const AGENCY_JSON = `json_build_object('code', a.code, 'name', a.name)`;

/**
 * The CTEs behind the nested shapes: `page` (the powers asked for), `live` (each page power's live
 * overlaps), `member` (each such overlap's powers, in the order of power_ids) and `per_power` (a
 * power's overlaps as JSON, by key). `live` scans the overlap table once and hash-joins it to the
 * page: at county size that measured 7.7 ms against 18 ms for a GIN lookup per power and 10 ms for
 * one `&&` lookup of the whole page.
 */
const overlapCtes = (page: string, withAgency: boolean) => `page AS (${page}),
  live AS (
    SELECT u.pid, o.id AS oid, o.key, o.kind, o.severity, o.power_ids FROM overlap o CROSS JOIN LATERAL unnest(o.power_ids) AS u(pid)
    WHERE o.status IN ('OPEN', 'UNDER_REVIEW') AND u.pid IN (SELECT id FROM page)),
  member AS (
    SELECT l.oid, json_agg(json_build_object('code', q.code, 'name', q.name${withAgency ? `, 'agency', json_build_object('code', qa.code, 'name', qa.name)` : ""}) ORDER BY m.n) AS powers
    FROM (SELECT DISTINCT oid, power_ids FROM live) l CROSS JOIN LATERAL unnest(l.power_ids) WITH ORDINALITY AS m(id, n)
      JOIN power q ON q.id = m.id${withAgency ? " JOIN agency qa ON qa.id = q.agency_id" : ""}
    GROUP BY l.oid),
  per_power AS (
    SELECT l.pid, json_agg(json_build_object('key', l.key, 'kind', l.kind, 'severity', l.severity, 'powers', mb.powers) ORDER BY l.key) AS overlaps
    FROM live l JOIN member mb ON mb.oid = l.oid GROUP BY l.pid)`;
const nodesJson = (withAgency: boolean) => `coalesce(json_agg(json_build_object(
    'id', p.id, 'code', p.code, 'name', p.name, 'category', p.category${withAgency ? `, 'agency', ${AGENCY_JSON}` : ""}, 'overlaps', coalesce(pp.overlaps, '[]'::json)
  ) ORDER BY p.code), '[]'::json)`;
const PAGE_COLUMNS = "SELECT id, code, name, category, agency_id FROM power";

const SHAPES: Shape[] = [
  {
    name: "1 flat agency list",
    query: "query BenchAgencies { agencies { id code name shortName kind active version } }",
    floorSql: `SELECT json_build_object('data', json_build_object('agencies', coalesce(json_agg(json_build_object(
        'id', a.id, 'code', a.code, 'name', a.name, 'shortName', a.short_name, 'kind', a.kind, 'active', a.active, 'version', a.version
      ) ORDER BY a.code), '[]'::json)))::text AS body FROM agency a`,
  },
  {
    name: "2 100 powers→agency→overlaps→powers→agency",
    query: `query BenchPowerPage { powers(first: 100) { nodes { id code name category agency { code name }
      overlaps { key kind severity powers { code name agency { code name } } } } } }`,
    floorSql: `WITH ${overlapCtes(`${PAGE_COLUMNS} WHERE status IN ('ACTIVE', 'SUSPENDED') ORDER BY code LIMIT 100`, true)}
      SELECT json_build_object('data', json_build_object('powers', json_build_object('nodes', ${nodesJson(true)})))::text AS body
      FROM page p JOIN agency a ON a.id = p.agency_id LEFT JOIN per_power pp ON pp.pid = p.id`,
  },
  {
    name: "3 agency→powers→overlaps→powers",
    query: `query BenchAgencyPowers($agencyId: ID!) { agency(id: $agencyId) { code name }
      powers(agencyId: $agencyId, first: 100) { nodes { id code name category overlaps { key kind severity powers { code name } } } } }`,
    floorSql: `WITH ${overlapCtes(`${PAGE_COLUMNS} WHERE agency_id = $1 AND status IN ('ACTIVE', 'SUSPENDED') ORDER BY code LIMIT 100`, false)}
      SELECT json_build_object('data', json_build_object(
        'agency', (SELECT ${AGENCY_JSON} FROM agency a WHERE a.id = $1),
        'powers', json_build_object('nodes', ${nodesJson(false)})))::text AS body
      FROM page p LEFT JOIN per_power pp ON pp.pid = p.id`,
  },
];

// ---------------------------------------------------------------- the floor server (child mode)

/**
 * The floor: POST /<shape index> runs that shape's one statement and sends its text as it comes.
 * Its connections turn PostgreSQL's JIT off: the nested statements' estimates pass jit_above_cost,
 * and compiling them costs more (~14 ms) than running them (~18 ms); the hub's smaller
 * statements stay below that cost, so this is the floor's best, not a handicap for the hub.
 */
async function runFloor(databaseUrl: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: "-c jit=off" });
  const server = createHttpServer((req, res) => {
    req.resume(); // the GraphQL body the hub would parse: read and ignored
    req.on("end", () => {
      const shape = SHAPES[Number(req.url?.slice(1))];
      if (!shape) {
        res.writeHead(404).end();
        return;
      }
      const agencyId = req.headers["x-agency-id"];
      pool.query<{ body: string }>(shape.floorSql, shape.floorSql.includes("$1") ? [agencyId] : []).then(
        (result) => res.writeHead(200, { "content-type": "application/json" }).end(result.rows[0].body),
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.stdout.write(`${JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 })}\n`);
  });
  process.once("SIGTERM", () => {
    server.close();
    server.closeAllConnections();
    void pool.end().then(() => process.exit(0));
  });
}

// ---------------------------------------------------------------- helpers

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

function databaseUrl(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(admin: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Overlaps come in no fixed order from either side: sort every `overlaps` list by key. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      k === "overlaps" && Array.isArray(v)
        ? (v.map(normalise) as { key: string }[]).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
        : normalise(v);
  }
  return out;
}

/** Where two JSON values first differ, for the report. */
function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: hub ${JSON.stringify(a)?.slice(0, 200)} ≠ floor ${JSON.stringify(b)?.slice(0, 200)}`;
}

interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
}

async function ask(target: Target): Promise<{ status: number; text: string }> {
  const response = await fetch(target.url, {
    method: "POST",
    headers: target.headers,
    body: target.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, text: await response.text() };
}

interface LoadResult {
  requests: number;
  failed: number;
  firstError?: string;
  seconds: number;
  latencies: number[];
  cpuMs: number;
  /** This process's CPU (the load generator's fetch clients), which shares the 2 cores. */
  loadCpuMs: number;
}

/** `concurrency` workers, each sending its next request when the last one is answered, for `ms`. */
async function load(target: Target, pid: number, concurrency: number, ms: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | undefined;
  const cpuBefore = cpuMs(pid);
  const loadCpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        try {
          const { status, text } = await ask(target);
          // a GraphQL error answer is short and says so at its start; data answers start {"data"
          if (status !== 200 || !text.startsWith('{"data"')) throw new Error(`HTTP ${status}: ${text.slice(0, 200)}`);
          latencies.push(performance.now() - sent);
        } catch (error) {
          failed++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuMs(pid) - cpuBefore;
  const loadCpu = process.cpuUsage(loadCpuBefore);
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, failed, firstError, seconds, latencies, cpuMs: cpu, loadCpuMs: (loadCpu.user + loadCpu.system) / 1000 };
}

const children = new Set<ChildProcess>();

function spawnChild(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; stderr: string[] } {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  child.once("exit", () => children.delete(child));
  const stderr: string[] = [];
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => stderr.length < 20 && stderr.push(chunk));
  return { child, stderr };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  if ((await Promise.race([exited, sleep(STOP_MS).then(() => "timeout")])) === "timeout") child.kill("SIGKILL");
}

// ---------------------------------------------------------------- the catalogue

/**
 * The sample county (25 agencies), 25 more bureaus, and synthetic powers up to `target`, written
 * through the hub's import so the engine finds the overlaps: the synthetic powers come in groups of
 * four from four different bureaus, each group over its own (matter, category), so every group
 * opens six overlaps (a few thousand in all) and each power has about three.
 */
async function loadCatalogue(hub: Awaited<ReturnType<typeof startHub>>, target: number): Promise<string> {
  const actor = { sub: "bench", name: "Bench", role: Role.ADMIN, expiresAt: Number.MAX_SAFE_INTEGER };
  await seedSampleData(hub.services);
  for (let b = 1; b <= 25; b++) {
    const code = `BENCH_B${String(b).padStart(2, "0")}`;
    await hub.services.agencies.create(actor, { code, name: `沛县测试执法局${b}`, shortName: `测试局${b}`, kind: AgencyKind.ENFORCEMENT, regionCode: COUNTY });
  }
  const enforcement = (await hub.db.dataSource.query(`SELECT code FROM agency WHERE kind = 'ENFORCEMENT' ORDER BY code`)).map((r: { code: string }) => r.code) as string[];
  const matters = 80;
  await hub.services.matters.create(actor, { code: "BENCH", name: "测试事项" });
  for (let m = 0; m < matters; m++) await hub.services.matters.create(actor, { code: `BENCH.M${m}`, name: `测试事项${m}` });
  const existing = (await hub.db.dataSource.query(`SELECT count(*)::int AS n FROM power`))[0].n as number;
  const categories = Object.values(PowerCategory);
  // Penalty, licensing and coercive powers need a basis: one article of a sample instrument in force.
  const [article] = await hub.db.dataSource.query(
    `SELECT i.title, a.number FROM legal_instrument i JOIN legal_article a ON a.instrument_id = i.id WHERE i.status = 'IN_FORCE' ORDER BY i.title, a.number LIMIT 1`,
  );
  const basis = formatBasis(article.title as string, article.number as string);
  const quarter = Math.floor(enforcement.length / 4);
  const sheet: ParsedSheet = {
    headers: {},
    missing: [],
    rows: Array.from({ length: Math.max(0, target - existing) }, (_, i) => {
      const group = Math.floor(i / 4);
      const agency = enforcement[(group * 7 + (i % 4) * quarter) % enforcement.length];
      return {
        rowNumber: i + 2,
        cells: {
          code: `BENCH-${String(i).padStart(5, "0")}`,
          name: `测试事项 ${i}`,
          category: categories[Math.floor(group / matters) % categories.length],
          agency,
          bases: basis,
          matters: `BENCH.M${group % matters}`,
          regions: COUNTY,
        },
      };
    }),
  };
  const started = performance.now();
  const report = await hub.services.powerImport.import(actor, sheet, { partial: false });
  if (report.rejected || report.failed) throw new Error(`the catalogue import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
  await hub.db.dataSource.query("ANALYZE");
  const [counts] = await hub.db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM agency) AS agencies, (SELECT count(*)::int FROM power) AS powers,
            (SELECT count(*)::int FROM overlap WHERE status IN ('OPEN', 'UNDER_REVIEW')) AS overlaps`,
  );
  console.log(
    `catalogue: ${counts.agencies} agencies, ${counts.powers} powers (${existing} sample + ${report.created} imported in ${Math.round(performance.now() - started)} ms), ${counts.overlaps} open overlaps; analysed`,
  );
  // shape 3 reads the agency with the most powers
  const [busiest] = await hub.db.dataSource.query(`SELECT agency_id AS id FROM power GROUP BY agency_id ORDER BY count(*) DESC, agency_id LIMIT 1`);
  return busiest.id as string;
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const concurrency = Math.floor(envNumber("CONCURRENCY", 10, 1));
  const durationMs = envNumber("DURATION_S", 8, 0.5) * 1000;
  const warmupMs = envNumber("WARMUP_S", 2, 0) * 1000;
  const target = Math.floor(envNumber("POWERS", 2575, 100));
  const admin = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const dbName = `hub_bench_api_${Date.now()}`;
  const dbUrl = databaseUrl(admin, dbName);
  const secret = `bench-secret-${Date.now()}-${Math.random().toString(36).slice(2)}-0123456789abcdef`;
  const dataDir = mkdtempSync(join(tmpdir(), "hub-bench-api-"));
  const self = fileURLToPath(import.meta.url);
  const hubMain = fileURLToPath(new URL("../../src/main.js", import.meta.url));
  let failedBench = false;

  await withAdmin(admin, (c) => c.query(`CREATE DATABASE ${dbName}`));
  console.log(`database ${dbName} on ${new URL(admin).host}; ${concurrency} connections, ${warmupMs / 1000} s warm-up + ${durationMs / 1000} s per shape and side`);
  try {
    // 1. Load the catalogue through an in-process hub, and count each shape's SQL statements there.
    const loader = await startHub(
      { port: 0, dataDir, databaseUrl: dbUrl, jwtSecret: secret, logLevel: "silent", nodeEnv: "production", casePrefix: "PEI" },
      { log: pino({ level: "silent" }), seed: false, countStatementsPerRequest: true },
    );
    const token = await signToken(loader.secret, { sub: "bench-chair", name: "Bench", role: Role.CHAIR });
    const hubHeaders = { "content-type": "application/json", authorization: `Bearer ${token}` };
    let agencyId: string;
    const statements: number[] = [];
    try {
      agencyId = await loadCatalogue(loader, target);
      for (const [i, shape] of SHAPES.entries()) {
        for (const round of [1, 2]) {
          const requestId = `bench-api-count-${i}-${round}`;
          const { status, text } = await ask({
            url: loader.url,
            headers: { ...hubHeaders, "x-request-id": requestId },
            body: JSON.stringify({ query: shape.query, variables: i === 2 ? { agencyId } : {} }),
          });
          if (status !== 200 || !text.startsWith('{"data"')) throw new Error(`shape ${shape.name} failed on the loading hub: ${text.slice(0, 300)}`);
          if (round === 2) statements.push(loader.db.counter.forRequest(requestId));
        }
      }
    } finally {
      await loader.stop();
    }

    // 2. The hub and the floor, each in its own process.
    const port = await freePort();
    const nodeOptions = startScriptNodeOptions(process.env.HUB_NODE_OPTIONS);
    const hub = spawnChild([...nodeOptions, hubMain], {
      PORT: String(port),
      DATABASE_URL: dbUrl,
      HUB_JWT_SECRET: secret,
      HUB_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
    });
    const floor = spawnChild([self], { [FLOOR_MODE_ENV]: dbUrl });
    try {
      const hubUrl = `http://127.0.0.1:${port}/graphql`;
      const readySince = performance.now();
      for (;;) {
        if (hub.child.exitCode !== null) throw new Error(`the hub exited with ${hub.child.exitCode}: ${hub.stderr.join("")}`);
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
        if (ready) break;
        if (performance.now() - readySince > HUB_READY_MS) throw new Error("the hub was not ready in time");
        await sleep(100);
      }
      const floorPort = await new Promise<number>((resolve, reject) => {
        floor.child.stdout!.setEncoding("utf8");
        floor.child.stdout!.once("data", (line: string) => resolve((JSON.parse(line) as { port: number }).port));
        floor.child.once("exit", (code) => reject(new Error(`the floor exited with ${code}: ${floor.stderr.join("")}`)));
      });
      console.log(`hub pid ${hub.child.pid} (node ${[...nodeOptions, hubMain.slice(hubMain.indexOf("dist"))].join(" ")}), floor pid ${floor.child.pid}\n`);

      const rows: string[][] = [["shape", "side", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "SQL/req", "hub/floor", "failed", "load gen CPU ms/req"]];
      const verdicts: string[] = [];
      for (const [i, shape] of SHAPES.entries()) {
        const body = JSON.stringify({ query: shape.query, variables: i === 2 ? { agencyId } : {} });
        const sides: [string, Target, number][] = [
          ["hub", { url: hubUrl, headers: hubHeaders, body }, hub.child.pid!],
          ["floor", { url: `http://127.0.0.1:${floorPort}/${i}`, headers: { "content-type": "application/json", "x-agency-id": agencyId }, body }, floor.child.pid!],
        ];
        // Same answers?
        const answers = await Promise.all(sides.map(([, t]) => ask(t)));
        const parsed = answers.map((a) => normalise(JSON.parse(a.text)));
        const difference = firstDifference(parsed[0], parsed[1]);
        const size = (answers[0].text.length / 1024).toFixed(0);
        verdicts.push(difference ? `shape ${shape.name}: answers DIFFER at ${difference}` : `shape ${shape.name}: hub and floor answers agree (${size} KB, overlaps sorted by key)`);
        if (difference) failedBench = true;

        const results: LoadResult[] = [];
        for (const [side, t, pid] of sides) {
          if (warmupMs > 0) await load(t, pid, concurrency, warmupMs);
          const r = await load(t, pid, concurrency, durationMs);
          results.push(r);
          if (r.firstError) console.log(`  ${shape.name} / ${side}: ${r.failed} failed, first: ${r.firstError}`);
          if (r.failed) failedBench = true;
          const rate = r.requests / r.seconds;
          rows.push([
            shape.name,
            side,
            fmt(rate, 0),
            fmt(percentile(r.latencies, 0.5)),
            fmt(percentile(r.latencies, 0.99)),
            fmt(r.cpuMs / Math.max(1, r.requests + r.failed)),
            side === "hub" ? String(statements[i]) : "1",
            side === "floor" ? `${fmt(results[0].requests / results[0].seconds / rate, 2)}×` : "",
            String(r.failed),
            fmt(r.loadCpuMs / Math.max(1, r.requests + r.failed)),
          ]);
        }
      }
      const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
      for (const row of rows) console.log(row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
      console.log("");
      for (const line of verdicts) console.log(line);
      console.log(`\naim (issue 15): hub ≥ ${AIM_RATIO}× the floor's req/s on every shape. SQL/req for the hub: counted on the in-process hub that loaded the catalogue, second request of each shape.`);
      console.log("floor: one statement per request, pool of 10, jit=off on its connections; the hub: its own pool and settings.");
      console.log(`server CPU: utime+stime of each server process over the measured window (clock tick ${1000 / CLK_TCK} ms), divided by requests;`);
      console.log("PostgreSQL's own CPU is not counted on either side; the load generator (this process) shares the machine's cores.");
    } finally {
      await Promise.all([stopChild(hub.child), stopChild(floor.child)]);
    }
  } finally {
    if (process.env.KEEP_DATABASE) console.log(`kept database ${dbName} (KEEP_DATABASE): drop it when done`);
    else await withAdmin(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
    rmSync(dataDir, { recursive: true, force: true });
  }
  return failedBench ? 1 : 0;
}

const floorDatabase = process.env[FLOOR_MODE_ENV];
if (process.env.PRINT_FLOOR_SQL) {
  for (const shape of SHAPES) console.log(`-- ${shape.name}\n${shape.floorSql};\n`);
} else if (floorDatabase) {
  await runFloor(floorDatabase);
} else {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(error);
    for (const child of children) child.kill("SIGKILL");
    process.exitCode = 1;
  }
}
