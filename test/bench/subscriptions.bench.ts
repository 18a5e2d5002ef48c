import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { CLK_TCK, cpuTicks, freePort, percentile, startScriptNodeOptions } from "./process-measures.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, cpus } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import WebSocket from "ws";
import { createClient, type Client } from "graphql-ws";
import { signToken } from "../../src/platform/auth/tokens.js";
import { Role } from "../../src/platform/auth/actor.js";
import { agencyIdForCode } from "../../src/modules/agencies/agency-id.js";

/**
 * `npm run bench:subscriptions`: live delivery of hub events to many graphql-ws subscribers, on a
 * fresh PostgreSQL database.
 *
 *  0. The yardstick: a bare graphql-ws server (bare-graphql-ws-server.ts, its own process: `useServer`
 *     on `ws`, a graphql-js schema with the same `hubEvents { cursor subjectIds }`, an in-process
 *     pub/sub, executed once per subscriber as graphql-ws does by default) under the same steady
 *     load as scenario 1, measured the same way; printed beside the hub with the ratio.
 *  1. One instance: N subscribers (one WebSocket each), steady mutations; latency send → receive,
 *     lost, duplicates, hub CPU per delivery. Then a burst of mutations while a plain query is
 *     sent every 20 ms: is the hub still answering while the burst drains?
 *  2. Two instances on one database: half the subscribers on A, half on B, mutations on A only;
 *     B learns of them through LISTEN/NOTIFY.
 *  3. One joint operation, one instance: N subscribers to `operationEvents` of one ACTIVE operation
 *     (set up through the API as the chair: region, two agencies, an officer each, a matter,
 *     launch → brief → activate) while agency A's officer files field reports; latency from the
 *     report's send to each FieldReportFiled delivery, matched by cursor (read back from the log).
 *
 * Aims: p99 ≤ 100 ms on one instance and on the operation, ≤ 250 ms across two; on one instance
 * p99 ≤ the bare server's and CPU per delivery below it (issue 15); none lost; no connection
 * dropped; the query during the burst answered in ≤ 100 ms. A measurement, not a test: exits 0
 * when aims are missed, 1 only when the bench itself fails.
 *
 * Environment: SCENARIOS (which to run, "1,2,3"; the bare server runs with 1),
 * N (1000), RATE (mutations/s, 10), DURATION_S (10), BURST (200),
 * BURST_CONCURRENCY (10), QUERY_EVERY_MS (20), OP_RATE (field reports/s, RATE),
 * OP_DURATION_S (DURATION_S), BENCH_DATABASE_URL (admin URL,
 * postgres://postgres@127.0.0.1:5432/postgres), WATCHDOG_S (900), SERVER_NODE_FLAGS (node flags for the
 * hub and the bare server; default: the options of `npm start`, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 */

// ---------------------------------------------------------------- settings

function envNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

const N = Math.floor(envNumber("N", 1000, 2));
const RATE = envNumber("RATE", 10, 0.1);
const DURATION_S = envNumber("DURATION_S", 10, 0.1);
const BURST = Math.floor(envNumber("BURST", 200, 1));
const BURST_CONCURRENCY = Math.floor(envNumber("BURST_CONCURRENCY", 10, 1));
const QUERY_EVERY_MS = envNumber("QUERY_EVERY_MS", 20, 1);
const OP_RATE = envNumber("OP_RATE", RATE, 0.1);
const OP_DURATION_S = envNumber("OP_DURATION_S", DURATION_S, 0.1);
const WATCHDOG_S = envNumber("WATCHDOG_S", 900, 10);
/** Node flags for the hub and bare server processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" (NODE_OPTIONS refuses those). */
const SERVER_NODE_FLAGS = startScriptNodeOptions(process.env.SERVER_NODE_FLAGS);
const SCENARIOS = new Set((process.env.SCENARIOS || "1,2,3").split(",").map((s) => s.trim()));
const ADMIN_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

const STEADY_COUNT = Math.max(1, Math.round(RATE * DURATION_S));
const OP_COUNT = Math.max(1, Math.round(OP_RATE * OP_DURATION_S));
const CONNECT_BATCH = 100;
const CONNECT_BATCH_TIMEOUT_MS = 15_000;
const WARMUP_LIMIT_MS = 30_000;
const WARMUP_EVERY_MS = 200;
const STEADY_DRAIN_MS = 20_000; // after the last mutation answered
const BURST_DRAIN_MS = 60_000;
const STALL_MS = 8_000; // stop waiting early when nothing arrived for this long
const MAX_QUERIES_IN_FLIGHT = 100;
const HTTP_TIMEOUT_MS = 20_000;
const HUB_READY_MS = 60_000;
const HUB_STOP_MS = 10_000;
const LOOP_RESOLUTION_MS = 10;

const AIM_P99_ONE_MS = 100;
const AIM_P99_TWO_MS = 250;
const AIM_QUERY_MS = 100;
const AIM_P99_OP_MS = 100;

const SECRET = `bench-secret-${Date.now()}-${Math.random().toString(36).slice(2)}-0123456789abcdef`;
const HUB_MAIN = fileURLToPath(new URL("../../src/main.js", import.meta.url));
const BARE_MAIN = fileURLToPath(new URL("./bare-graphql-ws-server.js", import.meta.url));
const DB_NAME = `hub_bench_${Date.now()}`;

const SUBSCRIPTION = "subscription { hubEvents(topics: [MATTER]) { cursor subjectIds } }";
const CREATE_MATTER = "mutation($input: CreateMatterInput!) { createMatter(input: $input) { code } }";
const ME = "{ me { role } }";

const OP_SUBSCRIPTION = "subscription($id: ID!) { operationEvents(operationId: $id) { cursor type } }";
const FILE_REPORT = "mutation($input: FieldReportInput!) { fileFieldReport(input: $input) { sitesInspected } }";
const REPORT_EVENT = "FieldReportFiled";

// ---------------------------------------------------------------- small helpers

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "n/a");
const secs = (value: number) => `${(value / 1000).toFixed(2)} s`;

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

let token = "";

interface GqlResult {
  ok: boolean;
  error?: string;
}

async function gql(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  sentAt?: (t: number) => void,
  bearer: string = token,
): Promise<GqlResult> {
  const body = JSON.stringify(variables ? { query, variables } : { query });
  try {
    sentAt?.(performance.now());
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
      body,
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status !== 200) return { ok: false, error: `HTTP ${response.status}: ${text.slice(0, 200)}` };
    const parsed = JSON.parse(text) as { errors?: { message: string }[] };
    if (parsed.errors?.length) return { ok: false, error: parsed.errors.map((e) => e.message).join("; ").slice(0, 200) };
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

interface GqlError {
  message: string;
  extensions?: { code?: string };
}

/** For set-up steps: the answer's data, or an Error carrying every GraphQL error. */
async function gqlData<T>(url: string, query: string, variables: Record<string, unknown> | undefined, bearer: string): Promise<{ data?: T; errors: GqlError[] }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify(variables ? { query, variables } : { query }),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const text = await response.text();
  let parsed: { data?: T | null; errors?: GqlError[] };
  try {
    parsed = JSON.parse(text) as { data?: T | null; errors?: GqlError[] };
  } catch {
    throw new Error(`HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (response.status !== 200 && !parsed.errors?.length) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  return { data: parsed.data ?? undefined, errors: parsed.errors ?? [] };
}

const describeGqlErrors = (errors: GqlError[]) =>
  errors.map((e) => `${e.extensions?.code ? `[${e.extensions.code}] ` : ""}${e.message}`).join("; ").slice(0, 500);

/** A set-up step that must succeed, or (with `mayExist`) fail only because the record already exists. */
async function setUp<T>(what: string, url: string, query: string, variables: Record<string, unknown> | undefined, bearer: string, mayExist = false): Promise<T | undefined> {
  const { data, errors } = await gqlData<T>(url, query, variables, bearer);
  if (errors.length === 0 && data) return data;
  if (mayExist && errors.length > 0 && errors.every((e) => e.extensions?.code === "BAD_USER_INPUT" && /already exists/i.test(e.message))) {
    console.log(`    ${what}: already exists`);
    return undefined;
  }
  throw new Error(`set-up step "${what}" failed: ${errors.length ? describeGqlErrors(errors) : "no data"}`);
}

// ---------------------------------------------------------------- hub processes

interface HubProcess {
  name: string;
  /** "hub 1", "bare server": how lines name it. */
  label: string;
  port: number;
  httpUrl: string;
  wsUrl: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Log lines at warn or above (pino JSON on stdout) and anything on stderr. */
  problems: string[];
  problemCount: number;
  /** How many of those lines arrived in each stage of the bench. */
  problemsByStage: Map<string, number>;
}

/** What the bench is doing now, to say when a hub logged a problem. */
let stage = "start-up";

const children = new Set<ChildProcess>();
let dataDir: string | undefined;

function watchLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void) {
  if (!stream) return;
  let rest = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onLine(line);
  });
}

/** A hub (or, with `entry`, the bare graphql-ws server) in a process of its own, ready to serve. */
async function startHubProcess(name: string, dbUrl: string, entry = HUB_MAIN): Promise<HubProcess> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, entry], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: dbUrl,
      HUB_JWT_SECRET: SECRET,
      HUB_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? -1 : null));
    }),
  );
  const hub: HubProcess = {
    name,
    label: entry === HUB_MAIN ? `hub ${name}` : `${name} server`,
    port,
    httpUrl: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    child,
    exited,
    problems: [],
    problemCount: 0,
    problemsByStage: new Map(),
  };
  const problem = (line: string) => {
    hub.problemCount++;
    hub.problemsByStage.set(stage, (hub.problemsByStage.get(stage) ?? 0) + 1);
    if (hub.problems.length < 8) hub.problems.push(`[${stage}] ${line.length > 600 ? `${line.slice(0, 600)}…` : line}`);
  };
  watchLines(child.stdout, (line) => {
    if (!line.startsWith("{")) return; // the start-up banner
    try {
      const entry = JSON.parse(line) as { level?: number };
      if ((entry.level ?? 0) >= 40) problem(line);
    } catch {
      problem(line);
    }
  });
  watchLines(child.stderr, problem);

  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`hub ${name} exited with ${child.exitCode ?? child.signalCode} before it was ready: ${hub.problems.join(" | ")}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > HUB_READY_MS) throw new Error(`hub ${name} not ready within ${HUB_READY_MS / 1000} s`);
    await sleep(100);
  }
  console.log(`  ${hub.label}: pid ${child.pid}, port ${port}, ready in ${secs(performance.now() - started)}`);
  return hub;
}

async function stopHubProcess(hub: HubProcess): Promise<string> {
  if (hub.child.exitCode !== null || hub.child.signalCode !== null) return `already exited (${hub.child.exitCode ?? hub.child.signalCode})`;
  const started = performance.now();
  hub.child.kill("SIGTERM");
  const code = await Promise.race([hub.exited, sleep(HUB_STOP_MS).then(() => "timeout" as const)]);
  if (code === "timeout") {
    hub.child.kill("SIGKILL");
    await Promise.race([hub.exited, sleep(5000)]);
    return `DID NOT EXIT within ${HUB_STOP_MS / 1000} s of SIGTERM (hung in shutdown); sent SIGKILL`;
  }
  return `exited with code ${code} in ${secs(performance.now() - started)} after SIGTERM`;
}

function killAllChildren() {
  for (const child of children) {
    try {
      child.kill("SIGKILL");
    } catch {
      // gone
    }
  }
}

/** User and system CPU ticks of a process (/proc/<pid>/stat fields 14, 15): the kernel's share is mostly socket writes. */
function userSystemTicks(pid: number): [number, number] {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return [Number(fields[11]), Number(fields[12])];
  } catch {
    return [Number.NaN, Number.NaN];
  }
}

// ---------------------------------------------------------------- measurement state

/** One measured run of mutations: send times per event, receive times per (subscriber, event). */
class Phase {
  readonly send: Float64Array;
  /** When the mutation's HTTP answer arrived. */
  readonly answered: Float64Array;
  readonly ok: Uint8Array;
  readonly recv: Float64Array;
  received = 0;
  readonly duplicates: number[] = [0, 0];
  failed = 0;
  firstError?: string;
  lastRecv = 0;
  lastProgress = performance.now();

  constructor(
    readonly name: string,
    readonly subscribers: number,
    readonly capacity: number,
  ) {
    this.send = new Float64Array(capacity);
    this.answered = new Float64Array(capacity);
    this.ok = new Uint8Array(capacity);
    this.recv = new Float64Array(subscribers * capacity);
  }

  get okCount(): number {
    let count = 0;
    for (let i = 0; i < this.capacity; i++) count += this.ok[i];
    return count;
  }
}

/** Which phase and slot each code belongs to; warm-up codes are absent and only mark "seen". */
const codes = new Map<string, { phase: Phase; index: number }>();

interface Subscriber {
  id: number;
  /** 0 = instance A (or the only one), 1 = instance B. */
  group: number;
  client: Client;
  connected: boolean;
  seen: number;
  lastCursor: string;
  outOfOrder: number;
  ended: boolean;
}

interface Scenario {
  name: string;
  subscribers: Subscriber[];
  closing: boolean;
  unexpectedCloses: number;
  closeCodes: Map<string, number>;
  failedToConnect: number;
  subscriptionErrors: number;
  subscriptionCompletes: number;
  firstSubscriptionError?: string;
  deliveries: number;
  lastDelivery: number;
}

function newScenario(name: string): Scenario {
  return {
    name,
    subscribers: [],
    closing: false,
    unexpectedCloses: 0,
    closeCodes: new Map(),
    failedToConnect: 0,
    subscriptionErrors: 0,
    subscriptionCompletes: 0,
    deliveries: 0,
    lastDelivery: performance.now(),
  };
}

interface FeedEvent {
  cursor: string;
  subjectIds?: string[];
  type?: string;
}

/** What a subscriber subscribes to, and what it does with each event beyond the common bookkeeping. */
interface Feed {
  query: string;
  variables?: Record<string, unknown>;
  /** The subscription's root field. */
  field: string;
  onEvent(sub: Subscriber, event: FeedEvent, t: number): void;
}

/** Cursors are decimal digit strings: compare by length, then lexically. */
function cursorAfter(cursor: string, than: string): boolean {
  return cursor.length > than.length || (cursor.length === than.length && cursor > than);
}

/** Scenarios 1 and 2: `hubEvents(topics: [MATTER])`, each event matched to its mutation by the matter code. */
const MATTER_FEED: Feed = {
  query: SUBSCRIPTION,
  field: "hubEvents",
  onEvent(sub, event, t) {
    const slot = codes.get(event.subjectIds?.[0] ?? "");
    if (!slot) return;
    const phase = slot.phase;
    const k = sub.id * phase.capacity + slot.index;
    if (phase.recv[k] !== 0) {
      phase.duplicates[sub.group]++;
      return;
    }
    phase.recv[k] = t;
    phase.received++;
    phase.lastRecv = t;
    phase.lastProgress = t;
  },
};

function addSubscriber(scenario: Scenario, id: number, group: number, wsUrl: string, feed: Feed = MATTER_FEED): Subscriber {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
  });
  const sub: Subscriber = { id, group, client, connected: false, seen: 0, lastCursor: "", outOfOrder: 0, ended: false };
  client.on("connected", () => {
    sub.connected = true;
  });
  client.on("closed", (event) => {
    if (scenario.closing) return;
    const { code, reason } = (event ?? {}) as { code?: number; reason?: string };
    const key = `${code ?? "?"}${reason ? ` ${reason}` : ""}`;
    scenario.closeCodes.set(key, (scenario.closeCodes.get(key) ?? 0) + 1);
    if (sub.connected) scenario.unexpectedCloses++;
    else scenario.failedToConnect++;
  });
  client.subscribe<Record<string, FeedEvent>>(
    { query: feed.query, variables: feed.variables },
    {
      next(value) {
        const t = performance.now();
        const event = value.data?.[feed.field];
        if (!event) return;
        sub.seen++;
        scenario.deliveries++;
        scenario.lastDelivery = t;
        const cursor = event.cursor;
        const last = sub.lastCursor;
        if (last && !cursorAfter(cursor, last)) sub.outOfOrder++;
        sub.lastCursor = cursor;
        feed.onEvent(sub, event, t);
      },
      error(error) {
        sub.ended = true;
        if (scenario.closing) return;
        scenario.subscriptionErrors++;
        scenario.firstSubscriptionError ??= describeError(error);
      },
      complete() {
        sub.ended = true;
        if (!scenario.closing) scenario.subscriptionCompletes++;
      },
    },
  );
  scenario.subscribers.push(sub);
  return sub;
}

function describeError(error: unknown): string {
  if (Array.isArray(error)) return error.map((e) => (e as { message?: string }).message ?? String(e)).join("; ");
  if (error instanceof Error) return error.message;
  const close = error as { code?: number; reason?: string };
  if (close && typeof close.code === "number") return `socket closed ${close.code} ${close.reason ?? ""}`.trim();
  return String(error);
}

async function connectSubscribers(scenario: Scenario, targets: { wsUrl: string; group: number }[], feed?: Feed): Promise<void> {
  const started = performance.now();
  for (let from = 0; from < targets.length; from += CONNECT_BATCH) {
    const batch: Subscriber[] = [];
    for (let id = from; id < Math.min(targets.length, from + CONNECT_BATCH); id++) {
      batch.push(addSubscriber(scenario, id, targets[id].group, targets[id].wsUrl, feed));
    }
    const deadline = performance.now() + CONNECT_BATCH_TIMEOUT_MS;
    while (batch.some((s) => !s.connected && !s.ended) && performance.now() < deadline) await sleep(20);
  }
  const connected = scenario.subscribers.filter((s) => s.connected).length;
  console.log(`  ${connected}/${targets.length} WebSockets connected in ${secs(performance.now() - started)}`);
}

let warmupSeq = 0;

/** A warm-up event for scenarios 1 and 2: a new matter. */
function warmUpMatter(httpUrl: string): () => Promise<GqlResult> {
  return () => gql(httpUrl, CREATE_MATTER, { input: { code: `BW${String(warmupSeq++).padStart(6, "0")}`, name: "bench" } });
}

/** graphql-ws acknowledges no subscribe: publish until every subscriber has seen an event. */
async function warmUp(scenario: Scenario, publish: () => Promise<GqlResult>, what = "warm-up mutations"): Promise<void> {
  const started = performance.now();
  let sent = 0;
  let failed = 0;
  let firstError: string | undefined;
  while (scenario.subscribers.some((s) => s.seen === 0 && !s.ended) && performance.now() - started < WARMUP_LIMIT_MS) {
    const result = await publish();
    sent++;
    if (!result.ok) {
      failed++;
      firstError ??= result.error;
    }
    await sleep(WARMUP_EVERY_MS);
  }
  const ready = scenario.subscribers.filter((s) => s.seen > 0).length;
  const never = scenario.subscribers.length - ready;
  console.log(
    `  warm-up: ${ready}/${scenario.subscribers.length} subscribers saw an event after ${sent} ${what} in ${secs(performance.now() - started)}` +
      (never ? ` — ${never} never did (not connected or not subscribed)` : "") +
      (failed ? ` — ${failed} ${what} failed: ${firstError}` : ""),
  );
  // Let the warm-up deliveries finish before measuring.
  const quietFrom = performance.now();
  while (performance.now() - scenario.lastDelivery < 500 && performance.now() - quietFrom < 10_000) await sleep(100);
}

function sendMutation(phase: Phase, index: number, prefix: string, httpUrl: string): Promise<void> {
  const code = `${prefix}${String(index).padStart(6, "0")}`;
  codes.set(code, { phase, index });
  return gql(httpUrl, CREATE_MATTER, { input: { code, name: "bench" } }, (t) => (phase.send[index] = t)).then((result) => recordAnswer(phase, index, result));
}

function recordAnswer(phase: Phase, index: number, result: GqlResult): void {
  phase.answered[index] = performance.now();
  if (result.ok) phase.ok[index] = 1;
  else {
    phase.failed++;
    phase.firstError ??= result.error;
  }
}

function liveSubscribers(scenario: Scenario): number {
  return scenario.subscribers.filter((s) => s.connected && !s.ended).length;
}

/** Waits until every live subscriber has every committed event, nothing arrives for STALL_MS, or the limit. */
async function drain(phase: Phase, scenario: Scenario, limitMs: number): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  phase.lastProgress = Math.max(phase.lastProgress, performance.now());
  for (;;) {
    const expected = phase.okCount * liveSubscribers(scenario);
    if (phase.received >= expected) return true;
    if (performance.now() > deadline || performance.now() - phase.lastProgress > STALL_MS) return false;
    await sleep(20);
  }
}

/** Mutation round trips (send → HTTP answer) of the committed mutations. */
function roundTrips(phase: Phase): string {
  const values: number[] = [];
  for (let i = 0; i < phase.capacity; i++) if (phase.ok[i]) values.push(phase.answered[i] - phase.send[i]);
  const sorted = Float64Array.from(values).sort();
  return `mutation round trip p50 ${ms(percentile(sorted, 0.5))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted.length ? sorted[sorted.length - 1] : Number.NaN)}`;
}

/** Event-loop delay beyond the sampling timer's own interval. */
function loopDelay(histogram: ReturnType<typeof monitorEventLoopDelay>): string {
  const beyond = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
  return `p99 ${ms(beyond(histogram.percentile(99)))}, max ${ms(beyond(histogram.max))}`;
}

interface Stats {
  expected: number;
  received: number;
  lost: number;
  duplicates: number;
  p50: number;
  p99: number;
  max: number;
  /** The write's own round trip (mutation or publish, send → HTTP answer): a delivery cannot start before its commit. */
  writeP50: number;
  writeP99: number;
}

function stats(phase: Phase, scenario: Scenario, group?: number): Stats {
  const latencies: number[] = [];
  let expected = 0;
  let duplicates = 0;
  for (let g = 0; g < phase.duplicates.length; g++) if (group === undefined || g === group) duplicates += phase.duplicates[g];
  for (const sub of scenario.subscribers) {
    if (group !== undefined && sub.group !== group) continue;
    const base = sub.id * phase.capacity;
    for (let i = 0; i < phase.capacity; i++) {
      if (!phase.ok[i]) continue;
      expected++;
      const t = phase.recv[base + i];
      if (t !== 0) latencies.push(t - phase.send[i]);
    }
  }
  const sorted = Float64Array.from(latencies).sort();
  const writes: number[] = [];
  for (let i = 0; i < phase.capacity; i++) if (phase.ok[i]) writes.push(phase.answered[i] - phase.send[i]);
  const writesSorted = Float64Array.from(writes).sort();
  return {
    writeP50: percentile(writesSorted, 0.5),
    writeP99: percentile(writesSorted, 0.99),
    expected,
    received: sorted.length,
    lost: expected - sorted.length,
    duplicates,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}

function printStats(label: string, s: Stats) {
  console.log(
    `    ${label}deliveries ${s.received}/${s.expected}, lost ${s.lost}, duplicates ${s.duplicates}; latency p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, max ${ms(s.max)}`,
  );
}

/** Steady load: `rate` mutations/s (RATE), `phase.capacity` of them, sent on schedule without waiting for answers. */
async function steady(phase: Phase, scenario: Scenario, send: (index: number) => Promise<void>, hubs: HubProcess[], rate = RATE, what = "mutations") {
  const interval = 1000 / rate;
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  const ticks0 = hubs.map((h) => cpuTicks(h.child.pid!));
  const split0 = hubs.map((h) => userSystemTicks(h.child.pid!));
  const own0 = process.cpuUsage();
  const started = performance.now();
  loop.enable();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < phase.capacity; i++) {
    const wait = started + i * interval - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(send(i));
  }
  await Promise.all(inFlight);
  const sentIn = performance.now() - started;
  const complete = await drain(phase, scenario, STEADY_DRAIN_MS);
  loop.disable();
  const elapsed = performance.now() - started;
  const hubSeconds = hubs.map((h, i) => (cpuTicks(h.child.pid!) - ticks0[i]) / CLK_TCK);
  const split = hubs.map((h, i) => userSystemTicks(h.child.pid!).map((ticks, k) => (ticks - split0[i][k]) / CLK_TCK));
  const own = process.cpuUsage(own0);
  console.log(
    `    ${phase.okCount} of ${phase.capacity} ${what} at ${rate}/s sent in ${secs(sentIn)}` +
      (phase.failed ? ` (${phase.failed} failed: ${phase.firstError})` : "") +
      `; ${complete ? "all live subscribers had every event" : "NOT every live subscriber had every event"} ${secs(elapsed)} after the first send`,
  );
  console.log(`    ${roundTrips(phase)}`);
  const deliveries = phase.received;
  hubs.forEach((h, i) => {
    const perDelivery = deliveries ? (hubSeconds[i] * 1e6) / deliveries : Number.NaN;
    console.log(
      `    ${h.label} CPU ${hubSeconds[i].toFixed(2)} s over ${secs(elapsed)} (${((hubSeconds[i] * 100000) / elapsed).toFixed(0)}% of one core)` +
        (hubs.length === 1
          ? ` → ${perDelivery.toFixed(1)} µs per delivery (user ${((split[i][0] * 1e6) / deliveries).toFixed(1)} + system ${((split[i][1] * 1e6) / deliveries).toFixed(1)}; ` +
            `${deliveries} deliveries; includes handling the ${phase.okCount} ${what})`
          : ""),
    );
  });
  if (hubs.length > 1) {
    const total = hubSeconds.reduce((a, b) => a + b, 0);
    console.log(`    both hubs together: ${((total * 1e6) / Math.max(1, deliveries)).toFixed(1)} µs CPU per delivery (${deliveries} deliveries)`);
  }
  console.log(
    `    load generator (this process) CPU ${((own.user + own.system) / 1e6).toFixed(2)} s; its event-loop delay ${loopDelay(loop)}`,
  );
  return {
    hubCpuUsPerDelivery: deliveries ? (hubSeconds.reduce((a, b) => a + b, 0) * 1e6) / deliveries : Number.NaN,
    /** Of that, user-space CPU only: the server's own code, without the kernel's socket writes. */
    userCpuUsPerDelivery: deliveries ? (split.reduce((a, [user]) => a + user, 0) * 1e6) / deliveries : Number.NaN,
  };
}

interface BurstResult {
  stats: Stats;
  drainMs: number;
  complete: boolean;
  queryP99: number;
  queryMax: number;
  queries: number;
  queryFailures: number;
}

async function burst(phase: Phase, scenario: Scenario, httpUrl: string, hub: HubProcess): Promise<BurstResult> {
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  const ticks0 = cpuTicks(hub.child.pid!);
  const queryLatencies: number[] = [];
  let queryFailures = 0;
  let firstQueryError: string | undefined;
  let skipped = 0;
  let stopQueries = false;

  const started = performance.now();
  const hardStop = started + BURST_DRAIN_MS + 30_000;
  loop.enable();

  // The query loop: one `{ me { role } }` every QUERY_EVERY_MS, not waiting for the previous one.
  const queryLoop = (async () => {
    const inFlight = new Set<Promise<void>>();
    let next = performance.now();
    while (!stopQueries && performance.now() < hardStop) {
      if (inFlight.size >= MAX_QUERIES_IN_FLIGHT) skipped++;
      else {
        let sentAt = 0;
        const p = gql(httpUrl, ME, undefined, (t) => (sentAt = t)).then((result) => {
          if (result.ok) queryLatencies.push(performance.now() - sentAt);
          else {
            queryFailures++;
            firstQueryError ??= result.error;
          }
          inFlight.delete(p);
        });
        inFlight.add(p);
      }
      next += QUERY_EVERY_MS;
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      else next = performance.now(); // fell behind: don't fire a catch-up volley
    }
    await Promise.all(inFlight);
  })();

  let index = 0;
  const worker = async () => {
    while (index < phase.capacity) await sendMutation(phase, index++, "BB", httpUrl);
  };
  await Promise.all(Array.from({ length: BURST_CONCURRENCY }, worker));
  const sentIn = performance.now() - started;
  const complete = await drain(phase, scenario, BURST_DRAIN_MS);
  stopQueries = true;
  await queryLoop;
  loop.disable();
  const elapsed = performance.now() - started;
  const hubSeconds = (cpuTicks(hub.child.pid!) - ticks0) / CLK_TCK;
  const drainMs = phase.lastRecv ? phase.lastRecv - started : Number.NaN;

  const sorted = Float64Array.from(queryLatencies).sort();
  const s = stats(phase, scenario);
  console.log(
    `    ${phase.okCount} of ${phase.capacity} mutations, ${BURST_CONCURRENCY} in flight, all answered ${secs(sentIn)} after the first send` +
      (phase.failed ? ` (${phase.failed} failed: ${phase.firstError})` : "") +
      `; ${roundTrips(phase)}`,
  );
  console.log(
    complete
      ? `    every live subscriber had all ${phase.okCount} events ${secs(drainMs)} after the first send (${secs(drainMs - sentIn)} after the last answer)`
      : `    NOT complete: stopped waiting ${secs(elapsed)} after the first send (last delivery at ${secs(drainMs)})`,
  );
  printStats("", s);
  console.log(
    `    query ${ME} every ${QUERY_EVERY_MS} ms while the burst drained: ${sorted.length} answered, ${queryFailures} failed` +
      (firstQueryError ? ` (${firstQueryError})` : "") +
      (skipped ? `, ${skipped} not sent (${MAX_QUERIES_IN_FLIGHT} already in flight)` : "") +
      `; p50 ${ms(percentile(sorted, 0.5))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted.length ? sorted[sorted.length - 1] : Number.NaN)}`,
  );
  console.log(
    `    hub CPU ${hubSeconds.toFixed(2)} s over ${secs(elapsed)} → ${((hubSeconds * 1e6) / Math.max(1, phase.received)).toFixed(1)} µs per delivery; load generator event-loop delay ${loopDelay(loop)}`,
  );
  return {
    stats: s,
    drainMs,
    complete,
    queryP99: percentile(sorted, 0.99),
    queryMax: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
    queries: sorted.length,
    queryFailures,
  };
}

async function closeScenario(scenario: Scenario): Promise<void> {
  scenario.closing = true;
  await Promise.race([Promise.allSettled(scenario.subscribers.map((s) => s.client.dispose())), sleep(15_000)]);
}

function printConnectionReport(scenario: Scenario) {
  const codesText = [...scenario.closeCodes].map(([code, count]) => `${count}× ${code}`).join(", ");
  const outOfOrder = scenario.subscribers.reduce((sum, s) => sum + s.outOfOrder, 0);
  console.log(
    `  connections: ${scenario.unexpectedCloses} closed unexpectedly, ${scenario.failedToConnect} never connected` +
      (codesText ? ` (close codes: ${codesText})` : "") +
      `; subscriptions ended by the hub: ${scenario.subscriptionErrors} with an error, ${scenario.subscriptionCompletes} completed` +
      (scenario.firstSubscriptionError ? ` (first: ${scenario.firstSubscriptionError})` : "") +
      `; out-of-order deliveries ${outOfOrder}`,
  );
}

function printHubProblems(hub: HubProcess) {
  const byStage = [...hub.problemsByStage].map(([name, count]) => `${count} during ${name}`).join(", ");
  console.log(`  ${hub.label} log lines at warn or above / stderr: ${hub.problemCount}${byStage ? ` (${byStage})` : ""}`);
  for (const line of hub.problems) console.log(`      ${line}`);
}

// ---------------------------------------------------------------- scenario 3: one joint operation

const OP_AGENCIES = [
  { code: "BENCHA", name: "基准甲局", shortName: "甲局", officer: "甲队员" },
  { code: "BENCHB", name: "基准乙局", shortName: "乙局", officer: "乙队员" },
] as const;
const OP_MATTER = "BENCHOP";
const OP_TOWN = "320322101";
const REPORT_NOTE = /^BOP_(\d+)$/;

interface OperationSetup {
  operationId: string;
  version: number;
  /** Agency A's certified officer, who files the reports. */
  officerToken: string;
}

/** On a hub with no sample data: what one ACTIVE joint operation needs, through the API as the chair. */
async function setUpOperation(httpUrl: string): Promise<OperationSetup> {
  const chair = token;
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  await setUp("county 320322", httpUrl, `mutation { createRegion(input: { code: "320322", name: "沛县", level: COUNTY }) { code } }`, undefined, chair, true);
  await setUp(
    `town ${OP_TOWN}`,
    httpUrl,
    `mutation { createRegion(input: { code: "${OP_TOWN}", name: "龙固镇", level: TOWN, parentCode: "320322" }) { code } }`,
    undefined,
    chair,
    true,
  );
  const participants: { agencyId: string; headcount: number; officerIds: string[] }[] = [];
  for (const agency of OP_AGENCIES) {
    const created = await setUp<{ createAgency: { id: string } }>(
      `agency ${agency.code}`,
      httpUrl,
      "mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }",
      { input: { code: agency.code, name: agency.name, shortName: agency.shortName, kind: "ENFORCEMENT", regionCode: "320322" } },
      chair,
      true,
    );
    const agencyId = created?.createAgency.id ?? agencyIdForCode(agency.code);
    if (agencyId !== agencyIdForCode(agency.code)) {
      throw new Error(`agency ${agency.code} has id ${agencyId}, not agencyIdForCode(${agency.code}) = ${agencyIdForCode(agency.code)}: an officer token could not name it`);
    }
    const officer = await setUp<{ registerOfficer: { id: string } }>(
      `officer of ${agency.code}`,
      httpUrl,
      "mutation($input: RegisterOfficerInput!) { registerOfficer(input: $input) { id } }",
      {
        input: {
          agencyId,
          name: agency.officer,
          role: "CERTIFIED_OFFICER",
          certificate: { number: `BENCH-${agency.code.slice(-1)}-${unique}`, validFrom: "2025-01-01", validUntil: "2030-12-31" },
        },
      },
      chair,
    );
    participants.push({ agencyId, headcount: 5, officerIds: [officer!.registerOfficer.id] });
  }
  await setUp(`matter ${OP_MATTER}`, httpUrl, CREATE_MATTER, { input: { code: OP_MATTER, name: "基准事项" } }, chair, true);

  const startsAt = new Date();
  const launched = await setUp<{ launchOperation: { id: string; version: number } }>(
    "launchOperation",
    httpUrl,
    "mutation($input: LaunchOperationInput!) { launchOperation(input: $input) { id version } }",
    {
      input: {
        title: `基准联合行动 ${unique}`,
        leadAgencyId: participants[0].agencyId,
        participants,
        regionCodes: [OP_TOWN],
        matterCodes: [OP_MATTER],
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 86_400_000).toISOString(),
        objectives: "bench",
      },
    },
    chair,
  );
  const operationId = launched!.launchOperation.id;
  let version = launched!.launchOperation.version;
  for (const step of ["briefOperation", "activateOperation"] as const) {
    const done = await setUp<Record<string, { version: number }>>(
      step,
      httpUrl,
      `mutation($id: ID!, $v: Int!) { ${step}(operationId: $id, expectedVersion: $v) { version } }`,
      { id: operationId, v: version },
      chair,
    );
    version = done![step].version;
  }
  const officerToken = await signToken(new TextEncoder().encode(SECRET), {
    sub: "bench-officer-a",
    name: OP_AGENCIES[0].officer,
    role: Role.AGENCY_OFFICER,
    agencyId: agencyIdForCode(OP_AGENCIES[0].code),
  });
  return { operationId, version, officerToken };
}

/** Live state of scenario 3: which FieldReportFiled deliveries each subscriber had, and when. */
interface OperationMeasure {
  phase: Phase;
  /** The operation's last cursor before the measured reports (after the warm-up); unset until then. */
  boundary?: string;
  /** Per subscriber: cursor → receive time of each FieldReportFiled after the boundary. */
  arrivals: Map<string, number>[];
}

function operationFeed(operationId: string, measure: OperationMeasure): Feed {
  return {
    query: OP_SUBSCRIPTION,
    variables: { id: operationId },
    field: "operationEvents",
    onEvent(sub, event, t) {
      if (event.type !== REPORT_EVENT || measure.boundary === undefined || !cursorAfter(event.cursor, measure.boundary)) return;
      const phase = measure.phase;
      const mine = measure.arrivals[sub.id];
      if (mine.has(event.cursor)) {
        phase.duplicates[sub.group]++;
        return;
      }
      mine.set(event.cursor, t);
      phase.received++;
      phase.lastRecv = t;
      phase.lastProgress = t;
    },
  };
}

interface LoggedEvent {
  cursor: string;
  type: string;
  payload: { note?: string | null };
}

/** The operation's events from the log (as the chair), oldest first. */
async function loggedOperationEvents(httpUrl: string, operationId: string, after?: string, types?: string[]): Promise<LoggedEvent[]> {
  const query =
    "query($subject: String!, $after: String, $types: [String!]) { events(subjectId: $subject, after: $after, types: $types, first: 500) { nodes { cursor type payload } pageInfo { hasNextPage endCursor } } }";
  const all: LoggedEvent[] = [];
  let cursor = after;
  for (;;) {
    const page = await setUp<{ events: { nodes: LoggedEvent[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
      "read the operation's events",
      httpUrl,
      query,
      // Absent rather than null: the hub rejects `after: null` ("must be an event cursor").
      { subject: operationId, ...(cursor !== undefined ? { after: cursor } : {}), ...(types ? { types } : {}) },
      token,
    );
    all.push(...page!.events.nodes);
    if (!page!.events.pageInfo.hasNextPage || !page!.events.pageInfo.endCursor) return all;
    cursor = page!.events.pageInfo.endCursor;
  }
}

function sendReport(phase: Phase, index: number, httpUrl: string, operationId: string, bearer: string): Promise<void> {
  const input = { operationId, sitesInspected: (index % 50) + 1, violationsFound: 0, notes: `BOP_${String(index).padStart(6, "0")}` };
  return gql(httpUrl, FILE_REPORT, { input }, (t) => (phase.send[index] = t), bearer).then((result) => recordAnswer(phase, index, result));
}

interface ReportMatch {
  /** FieldReportFiled events of measured reports in the log. */
  logged: number;
  /** Answered reports with no event in the log. */
  withoutEvent: number;
  /** Deliveries whose cursor is no measured report's event. */
  unmatched: number;
  /** Reports committed in another order than sent (adjacent inversions by cursor). */
  reordered: number;
}

/** Reads each measured report's cursor back from the log (by its note) and fills phase.recv. */
async function matchReports(httpUrl: string, operationId: string, measure: OperationMeasure): Promise<ReportMatch> {
  const phase = measure.phase;
  const events = await loggedOperationEvents(httpUrl, operationId, measure.boundary, [REPORT_EVENT]);
  const indexOf = new Map<string, number>();
  const cursorOf: (string | undefined)[] = new Array(phase.capacity);
  for (const event of events) {
    const match = REPORT_NOTE.exec(event.payload?.note ?? "");
    if (!match) continue;
    const index = Number(match[1]);
    if (index < phase.capacity) {
      indexOf.set(event.cursor, index);
      cursorOf[index] = event.cursor;
    }
  }
  let withoutEvent = 0;
  let reordered = 0;
  let previous: string | undefined;
  for (let i = 0; i < phase.capacity; i++) {
    if (phase.ok[i] && !cursorOf[i]) withoutEvent++;
    const cursor = cursorOf[i];
    if (cursor && previous && !cursorAfter(cursor, previous)) reordered++;
    if (cursor) previous = cursor;
  }
  let unmatched = 0;
  phase.recv.fill(0);
  for (const [id, mine] of measure.arrivals.entries()) {
    for (const [cursor, t] of mine) {
      const index = indexOf.get(cursor);
      if (index === undefined) unmatched++;
      else phase.recv[id * phase.capacity + index] = t;
    }
  }
  return { logged: indexOf.size, withoutEvent, unmatched, reordered };
}

interface OperationResult {
  stats: Stats;
  cpu: number;
  match: ReportMatch;
  closes: number;
  neverConnected: number;
  problems: number;
}

async function runOperationScenario(dbUrl: string): Promise<OperationResult> {
  stage = "3: start-up";
  const hub = await startHubProcess("3", dbUrl);
  hubs.push(hub);
  try {
    stage = "3: set-up";
    const setUpStarted = performance.now();
    const setup = await setUpOperation(hub.httpUrl);
    console.log(`  operation ${setup.operationId} ACTIVE (version ${setup.version}), set up through the API in ${secs(performance.now() - setUpStarted)}`);

    const phase = new Phase("operation", N, OP_COUNT);
    const measure: OperationMeasure = { phase, arrivals: Array.from({ length: N }, () => new Map<string, number>()) };
    const scenario = newScenario("operation");
    scenarios.push(scenario);
    stage = "3: connect + warm-up";
    await connectSubscribers(
      scenario,
      Array.from({ length: N }, () => ({ wsUrl: hub.wsUrl, group: 0 })),
      operationFeed(setup.operationId, measure),
    );
    let warmSeq = 0;
    const warmReport = () =>
      gql(
        hub.httpUrl,
        FILE_REPORT,
        { input: { operationId: setup.operationId, sitesInspected: 1, violationsFound: 0, notes: `BOPW${String(warmSeq++).padStart(6, "0")}` } },
        undefined,
        setup.officerToken,
      );
    await warmUp(scenario, warmReport, "warm-up field reports");
    const before = await loggedOperationEvents(hub.httpUrl, setup.operationId);
    measure.boundary = before.at(-1)?.cursor ?? "0";

    console.log(`  field reports by agency A's officer`);
    stage = "3: reports";
    const cpu = await steady(phase, scenario, (i) => sendReport(phase, i, hub.httpUrl, setup.operationId, setup.officerToken), [hub], OP_RATE, "field reports");
    const match = await matchReports(hub.httpUrl, setup.operationId, measure);
    const s = stats(phase, scenario);
    printStats("", s);
    console.log(
      `    matched by cursor: ${match.logged} measured FieldReportFiled events in the log, ${match.withoutEvent} answered reports without one, ` +
        `${match.unmatched} deliveries matching no measured report; ${match.reordered} reports committed out of send order`,
    );
    printConnectionReport(scenario);
    const result: OperationResult = {
      stats: s,
      cpu: cpu.hubCpuUsPerDelivery,
      match,
      closes: scenario.unexpectedCloses,
      neverConnected: scenario.subscribers.filter((x) => !x.connected).length,
      problems: 0,
    };
    stage = "3: shutdown";
    await closeScenario(scenario);
    console.log(`  hub 3 ${await stopHubProcess(hub)}`);
    printHubProblems(hub);
    result.problems = hub.problemCount;
    return result;
  } catch (error) {
    printHubProblems(hub);
    throw error;
  }
}

// ---------------------------------------------------------------- main

let databaseCreated = false;
const scenarios: Scenario[] = [];
const hubs: HubProcess[] = [];

async function cleanUp() {
  for (const scenario of scenarios) if (!scenario.closing) await closeScenario(scenario).catch(() => undefined);
  for (const hub of hubs) await stopHubProcess(hub).catch(() => undefined);
  killAllChildren();
  if (databaseCreated) {
    try {
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`));
      databaseCreated = false;
      console.log(`database ${DB_NAME} dropped`);
    } catch (error) {
      console.error(`could not drop database ${DB_NAME}: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

process.on("exit", killAllChildren);
let aborting = false;
const abort = (why: string) => {
  if (aborting) return;
  aborting = true;
  console.error(`\nbench aborted: ${why}`);
  killAllChildren();
  void Promise.race([cleanUp(), sleep(20_000)]).finally(() => process.exit(1));
};
process.on("SIGINT", () => abort("SIGINT"));
process.on("SIGTERM", () => abort("SIGTERM"));
setTimeout(() => abort(`watchdog: still running after ${WATCHDOG_S} s`), WATCHDOG_S * 1000).unref();

interface Summary {
  bare?: { steady: Stats; cpu: number; userCpu: number; closes: number; neverConnected: number };
  one?: { steady: Stats; cpu: number; userCpu: number; burst: BurstResult; closes: number; neverConnected: number; problems: number };
  two?: { a: Stats; b: Stats; closes: number; neverConnected: number; problems: number };
  op?: OperationResult;
  /** Scenario 3 could not run to its end (set-up rejected, hub failed…). */
  opError?: string;
}

async function run(): Promise<Summary> {
  const summary: Summary = {};
  token = await signToken(new TextEncoder().encode(SECRET), { sub: "bench", name: "Bench", role: Role.CHAIR });
  dataDir = mkdtempSync(join(tmpdir(), "hub-bench-subs-"));

  console.log(`subscriptions bench — node ${process.version}, N=${N} subscribers (one WebSocket each), ${cpus().length} cores`);
  console.log(
    `  the load generator (this process: ${N} graphql-ws clients, HTTP mutations and queries) shares the machine's ${cpus().length} cores with the hub(s); receive times include its own delays`,
  );
  console.log(
    `  steady: ${STEADY_COUNT} mutations at ${RATE}/s; burst: ${BURST} mutations, ${BURST_CONCURRENCY} in flight; query every ${QUERY_EVERY_MS} ms during the burst; ` +
      `operation: ${OP_COUNT} field reports at ${OP_RATE}/s; CLK_TCK ${CLK_TCK}`,
  );

  await withAdmin((c) => c.query(`CREATE DATABASE ${DB_NAME}`));
  databaseCreated = true;
  const dbUrl = databaseUrl(DB_NAME);
  console.log(`  database ${DB_NAME} created via ${new URL(ADMIN_URL).host}`);

  // ------------------------------------------------------------ scenario 0
  if (SCENARIOS.has("1")) summary.bare = await runBareScenario();

  // ------------------------------------------------------------ scenario 1
  if (SCENARIOS.has("1")) await runOneInstance(dbUrl, summary);
  if (SCENARIOS.has("2")) await runTwoInstances(dbUrl, summary);

  // ------------------------------------------------------------ scenario 3
  if (SCENARIOS.has("3")) {
    console.log(`\nScenario 3: one joint operation on one instance, ${N} subscribers to operationEvents, field reports at ${OP_RATE}/s`);
    try {
      summary.op = await runOperationScenario(dbUrl);
    } catch (error) {
      summary.opError = error instanceof Error ? error.message : String(error);
      console.error(`  scenario 3 failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    }
  }
  return summary;
}

/** Scenario 0: the bare graphql-ws server under scenario 1's steady load, measured the same way. */
async function runBareScenario(): Promise<NonNullable<Summary["bare"]>> {
  console.log(`\nScenario 0: a bare graphql-ws server (graphql-js executes once per subscriber), the yardstick for scenario 1`);
  stage = "0: start-up";
  const bare = await startHubProcess("bare", "", BARE_MAIN);
  hubs.push(bare);
  const zero = newScenario("bare server");
  scenarios.push(zero);
  stage = "0: connect + warm-up";
  await connectSubscribers(zero, Array.from({ length: N }, () => ({ wsUrl: bare.wsUrl, group: 0 })));
  await warmUp(zero, warmUpMatter(bare.httpUrl), "warm-up publishes");
  console.log(`  steady load`);
  stage = "0: steady";
  const phase = new Phase("steady-0", N, STEADY_COUNT);
  const cpu = await steady(phase, zero, (i) => sendMutation(phase, i, "BS0_", bare.httpUrl), [bare], RATE, "publishes");
  const result = stats(phase, zero);
  printStats("", result);
  printConnectionReport(zero);
  stage = "0: shutdown";
  await closeScenario(zero);
  console.log(`  bare server ${await stopHubProcess(bare)}`);
  printHubProblems(bare);
  return {
    steady: result,
    cpu: cpu.hubCpuUsPerDelivery,
    userCpu: cpu.userCpuUsPerDelivery,
    closes: zero.unexpectedCloses,
    neverConnected: zero.subscribers.filter((x) => !x.connected).length,
  };
}

/** The hub beside the bare server, steady load, same run: what issue 15's aim compares. */
function printBeside(hub: Stats, hubCpu: { hubCpuUsPerDelivery: number; userCpuUsPerDelivery: number }, bare: NonNullable<Summary["bare"]>) {
  const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "n/a");
  console.log(`  hub beside the bare graphql-ws server (steady, ${N} subscribers, ${RATE} events/s):`);
  console.log(`                      hub          bare         hub/bare`);
  const row = (what: string, a: number, b: number, unit: string) =>
    console.log(`    ${what.padEnd(16)}  ${`${a.toFixed(1)} ${unit}`.padEnd(11)}  ${`${b.toFixed(1)} ${unit}`.padEnd(11)}  ${ratio(a, b)}`);
  row("latency p50", hub.p50, bare.steady.p50, "ms");
  row("latency p99", hub.p99, bare.steady.p99, "ms");
  row("write p50", hub.writeP50, bare.steady.writeP50, "ms");
  row("write p99", hub.writeP99, bare.steady.writeP99, "ms");
  row("CPU / delivery", hubCpu.hubCpuUsPerDelivery, bare.cpu, "µs");
  row("  of which user", hubCpu.userCpuUsPerDelivery, bare.userCpu, "µs");
  console.log(`    (write: the hub's createMatter mutation, committed before delivery starts; the bare server's publish, no database)`);
  console.log(`    lost             ${String(hub.lost).padEnd(11)}  ${String(bare.steady.lost).padEnd(11)}`);
  console.log(`    duplicates       ${String(hub.duplicates).padEnd(11)}  ${String(bare.steady.duplicates).padEnd(11)}`);
}

async function runOneInstance(dbUrl: string, summary: Summary): Promise<void> {
  console.log(`\nScenario 1: one instance`);
  const hub1 = await startHubProcess("1", dbUrl);
  hubs.push(hub1);
  const one = newScenario("one instance");
  scenarios.push(one);
  stage = "1: connect + warm-up";
  await connectSubscribers(one, Array.from({ length: N }, () => ({ wsUrl: hub1.wsUrl, group: 0 })));
  await warmUp(one, warmUpMatter(hub1.httpUrl));

  console.log(`  steady load`);
  stage = "1: steady";
  const steadyPhase = new Phase("steady-1", N, STEADY_COUNT);
  const steadyCpu = await steady(steadyPhase, one, (i) => sendMutation(steadyPhase, i, "BS1_", hub1.httpUrl), [hub1]);
  const steadyStats = stats(steadyPhase, one);
  printStats("", steadyStats);
  if (summary.bare) printBeside(steadyStats, steadyCpu, summary.bare);

  console.log(`  burst while serving`);
  stage = "1: burst";
  const burstPhase = new Phase("burst", N, BURST);
  const burstResult = await burst(burstPhase, one, hub1.httpUrl, hub1);
  printConnectionReport(one);
  summary.one = {
    steady: steadyStats,
    cpu: steadyCpu.hubCpuUsPerDelivery,
    userCpu: steadyCpu.userCpuUsPerDelivery,
    burst: burstResult,
    closes: one.unexpectedCloses,
    neverConnected: one.subscribers.filter((s) => !s.connected).length,
    problems: 0,
  };

  stage = "1: shutdown";
  await closeScenario(one);
  console.log(`  hub 1 ${await stopHubProcess(hub1)}`);
  printHubProblems(hub1);
  summary.one.problems = hub1.problemCount;
}

async function runTwoInstances(dbUrl: string, summary: Summary): Promise<void> {
  console.log(`\nScenario 2: two instances on one database, mutations on A only`);
  stage = "2: start-up";
  const hubA = await startHubProcess("A", dbUrl);
  hubs.push(hubA);
  const hubB = await startHubProcess("B", dbUrl);
  hubs.push(hubB);
  const two = newScenario("two instances");
  scenarios.push(two);
  stage = "2: connect + warm-up";
  const onA = Math.ceil(N / 2);
  await connectSubscribers(
    two,
    Array.from({ length: N }, (_, i) => (i < onA ? { wsUrl: hubA.wsUrl, group: 0 } : { wsUrl: hubB.wsUrl, group: 1 })),
  );
  await warmUp(two, warmUpMatter(hubA.httpUrl));
  console.log(`  steady load on A (${onA} subscribers on A, ${N - onA} on B)`);
  const steadyTwo = new Phase("steady-2", N, STEADY_COUNT);
  stage = "2: steady";
  await steady(steadyTwo, two, (i) => sendMutation(steadyTwo, i, "BS2_", hubA.httpUrl), [hubA, hubB]);
  const statsA = stats(steadyTwo, two, 0);
  const statsB = stats(steadyTwo, two, 1);
  printStats("subscribers on A: ", statsA);
  printStats("subscribers on B: ", statsB);
  printConnectionReport(two);
  stage = "2: shutdown";
  await closeScenario(two);
  console.log(`  hub A ${await stopHubProcess(hubA)}`);
  console.log(`  hub B ${await stopHubProcess(hubB)}`);
  printHubProblems(hubA);
  printHubProblems(hubB);
  summary.two = {
    a: statsA,
    b: statsB,
    closes: two.unexpectedCloses,
    neverConnected: two.subscribers.filter((s) => !s.connected).length,
    problems: hubA.problemCount + hubB.problemCount,
  };
}

function printSummary(summary: Summary) {
  const rows: [string, string, string][] = [];
  const verdict = (met: boolean) => (met ? "met" : "MISSED");
  const latency = (s: Stats) => `p99 ${ms(s.p99)} (p50 ${ms(s.p50)}, max ${ms(s.max)})`;
  const { one, two, op, bare } = summary;
  if (one) {
    rows.push([`p99 ≤ ${AIM_P99_ONE_MS} ms, one instance (steady)`, latency(one.steady), verdict(one.steady.p99 <= AIM_P99_ONE_MS)]);
  }
  if (one && bare) {
    rows.push([`p99 ≤ bare graphql-ws server's (same run)`, `hub ${ms(one.steady.p99)}, bare ${ms(bare.steady.p99)} (${(one.steady.p99 / bare.steady.p99).toFixed(2)}×)`, verdict(one.steady.p99 <= bare.steady.p99)]);
    rows.push([
      `CPU per delivery < bare server's`,
      `hub ${one.cpu.toFixed(1)} µs, bare ${bare.cpu.toFixed(1)} µs (${(one.cpu / bare.cpu).toFixed(2)}×); user only: hub ${one.userCpu.toFixed(1)}, bare ${bare.userCpu.toFixed(1)} µs`,
      verdict(one.cpu < bare.cpu),
    ]);
    rows.push(["(info) bare server lost / duplicates / dropped", `${bare.steady.lost} / ${bare.steady.duplicates} / ${bare.closes + bare.neverConnected}`, ""]);
  }
  if (two) {
    rows.push([`p99 ≤ ${AIM_P99_TWO_MS} ms, two instances, on A`, latency(two.a), verdict(two.a.p99 <= AIM_P99_TWO_MS)]);
    rows.push([`p99 ≤ ${AIM_P99_TWO_MS} ms, two instances, on B`, latency(two.b), verdict(two.b.p99 <= AIM_P99_TWO_MS)]);
  }
  if (op) {
    rows.push([`p99 ≤ ${AIM_P99_OP_MS} ms, one operation (${N} subscribers)`, latency(op.stats), verdict(op.stats.p99 <= AIM_P99_OP_MS)]);
  } else if (summary.opError) {
    rows.push([`p99 ≤ ${AIM_P99_OP_MS} ms, one operation (${N} subscribers)`, `NOT MEASURED: ${summary.opError.slice(0, 160)}`, "MISSED"]);
  }
  if (one || op) {
    const parts: [string, Stats][] = [];
    if (one) parts.push(["one/steady", one.steady], ["one/burst", one.burst.stats]);
    if (two) parts.push(["two/A", two.a], ["two/B", two.b]);
    if (op) parts.push(["operation", op.stats]);
    const dups = parts.reduce((sum, [, s]) => sum + s.duplicates, 0);
    rows.push([
      "none lost",
      `lost: ${parts.map(([name, s]) => `${name} ${s.lost}`).join(", ")}; duplicates ${dups}`,
      verdict(parts.every(([, s]) => s.lost === 0) && dups === 0),
    ]);
    const closes = (one?.closes ?? 0) + (two?.closes ?? 0) + (op?.closes ?? 0);
    const never = (one?.neverConnected ?? 0) + (two?.neverConnected ?? 0) + (op?.neverConnected ?? 0);
    rows.push(["no connection dropped", `${closes} closed unexpectedly, ${never} never connected`, verdict(closes === 0 && never === 0)]);
  }
  if (one) {
    rows.push([
      `query during the burst ≤ ${AIM_QUERY_MS} ms`,
      `max ${ms(one.burst.queryMax)}, p99 ${ms(one.burst.queryP99)} (${one.burst.queries} queries, ${one.burst.queryFailures} failed)`,
      verdict(one.burst.queryMax <= AIM_QUERY_MS && one.burst.queryFailures === 0),
    ]);
    rows.push([
      "(info) burst drain, one instance",
      `${one.burst.complete ? "" : "INCOMPLETE, "}${BURST} events × ${N} subscribers in ${secs(one.burst.drainMs)}`,
      "",
    ]);
    rows.push(["(info) hub CPU per delivery, one instance", `${one.cpu.toFixed(1)} µs`, ""]);
  }
  if (op) {
    rows.push([
      "(info) operation: reports, CPU per delivery",
      `${op.match.logged} reports logged, ${op.match.withoutEvent} without event, ${op.match.unmatched} unmatched deliveries; ${op.cpu.toFixed(1)} µs`,
      "",
    ]);
  }
  if (one || op) {
    rows.push(["(info) hub log lines at warn+ / stderr", `${(one?.problems ?? 0) + (two?.problems ?? 0) + (op?.problems ?? 0)}`, ""]);
  }
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r[0].length));
  const width2 = Math.max(...rows.map((r) => r[1].length));
  console.log(`\nSummary — node ${process.version}, N=${N}, ${cpus().length} cores shared by the load generator and the hub(s)`);
  for (const [aim, measured, met] of rows) console.log(`  ${aim.padEnd(width)}  ${measured.padEnd(width2)}  ${met}`);
  console.log(`  note: the load generator runs ${N} WebSocket clients on the same ${cpus().length} cores as the hub; latencies include its own scheduling delays.`);
}

let exitCode = 0;
try {
  const summary = await run();
  printSummary(summary);
  if (summary.opError) exitCode = 1;
} catch (error) {
  exitCode = 1;
  console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
} finally {
  if (!aborting) await Promise.race([cleanUp(), sleep(60_000)]);
}
if (!aborting) process.exit(exitCode);
