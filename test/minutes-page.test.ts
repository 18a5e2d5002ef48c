import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { marked } from "marked";
import { graphql } from "./gql/index.js";
import { Role } from "../src/platform/auth/actor.js";
import { signMinutesToken } from "../src/platform/auth/tokens.js";
import { errorCodes, startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";

// The minutes page shows text that agencies typed; it must show it as typed, run nothing, link
// nowhere unsafe, and open only through a short-lived link for that one meeting.

const Convene = graphql(`mutation PageConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }`);
const AddItem = graphql(`mutation PageAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`);
const Open = graphql(`mutation PageOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }`);
const CheckIn = graphql(`mutation PageCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { id } }`);
const Decide = graphql(`mutation PageDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }`);
const Minutes = graphql(`query PageMinutes($id: ID!) { meeting(id: $id) { minutes } }`);
const Link = graphql(`query PageLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }`);
const Me = graphql(`query PageMe { me { role } }`);

/** What an agency might type: a script and a javascript: link in every field the minutes show, and one more trick each. */
const typed = (label: string, trick: string) => `${label}<script>alert(1)</script>[点我](javascript:alert(1))${trick}`;

const FIELDS = {
  agencyName: typed("市场监管局", "<img src=x onerror=alert(2)>"),
  title: typed("会议", '<a href="javascript:alert(3)">链接</a>'),
  place: typed("会议室", "<javascript:alert(4)>"),
  item: typed("议题", "![图](data:image/svg+xml,x)"),
  representative: typed("王局长", "**粗体** _斜体_"),
  plan: typed("方案", "# 标题 `代码`"),
  reason: typed("理由", "<svg onload=alert(5)>"),
  task: typed("任务", '<iframe src="javascript:alert(6)">'),
};

let t: TestHub;
const logLines: Record<string, unknown>[] = [];
let base: string;
let meetingId: string;
let otherMeetingId: string;
let officer: string;
let outsider: string;

beforeAll(async () => {
  const log = pino({ level: "info" }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  t = await startTestHub({ logLevel: "info" }, { log });
  base = t.url.replace(/\/graphql$/, "");
  const make = factories(t);
  await make.county();
  const scjgj = (await make.agency("SCJGJ", { name: FIELDS.agencyName })).id;
  await make.agency("LGZ", { kind: "TOWN_GOVERNMENT" });
  officer = await t.token(Role.AGENCY_OFFICER, "SCJGJ");
  outsider = await t.token(Role.AGENCY_OFFICER, "LGZ");
  const must = <T>(r: { data?: T | null; errors?: unknown }) => {
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const m = must(await t.gql(Convene, { input: { title: FIELDS.title, kind: "AD_HOC", scheduledAt: "2026-12-01T09:00:00+08:00", place: FIELDS.place, invitedAgencyIds: [scjgj] } })).conveneMeeting;
  meetingId = m.id;
  const itemId = must(await t.gql(AddItem, { input: { meetingId, title: FIELDS.item, agencyIds: [scjgj] } })).addAgendaItem.id;
  must(await t.gql(Open, { id: meetingId, v: m.version }));
  must(await t.gql(CheckIn, { id: meetingId, agencyId: scjgj, rep: FIELDS.representative }));
  must(
    await t.gql(Decide, {
      input: { meetingId, itemId, kind: "JOINT_ENFORCEMENT", leadAgencyId: scjgj, plan: FIELDS.plan, reason: FIELDS.reason, tasks: [{ assigneeAgencyId: scjgj, description: FIELDS.task, dueOn: "2026-12-31" }] },
    }),
  );
  otherMeetingId = must(await t.gql(Convene, { input: { title: "另一次会议", kind: "AD_HOC", scheduledAt: "2026-12-02T09:00:00+08:00", place: "会议室", invitedAgencyIds: [scjgj] } }))
    .conveneMeeting.id;
});
afterAll(() => t?.stop());

async function link(meeting: string, token = officer) {
  const result = await t.gql(Link, { id: meeting }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.minutesLink;
}

describe("the minutes page is safe to open", () => {
  it("shows every agency-typed field as text: no script, no image, no link, no markup", async () => {
    const response = await fetch(base + (await link(meetingId)).url);
    expect(response.status).toBe(200);
    const html = await response.text();
    const body = html.slice(html.indexOf("<body>"));
    expect(body).not.toMatch(/<(script|img|svg|a|iframe|strong|em|code)[\s>/]/i);
    expect(body).not.toMatch(/<[a-z][^>]*\s(href|src|on\w+)\s*=/i);
    // Each field reads as typed (table cells show a typed pipe as a full-width one; none typed here).
    const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    for (const [field, text] of Object.entries(FIELDS)) expect(body, field).toContain(escaped(text));
    expect(html).toContain(`<title>${escaped(FIELDS.title)} 会议纪要</title>`);
  });

  it("sends a Content-Security-Policy that allows no script and only its own inline style", async () => {
    const response = await fetch(base + (await link(meetingId)).url);
    const csp = response.headers.get("content-security-policy")!;
    const html = await response.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.has("script-src")).toBe(false);
    expect(directives.get("style-src")).toEqual([`'sha256-${createHash("sha256").update(style).digest("base64")}'`]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("escapes the Markdown itself, so a client rendering meeting.minutes with plain marked gets no markup either", async () => {
    const markdown = (await t.gql(Minutes, { id: meetingId }, { token: officer })).data!.meeting!.minutes;
    const html = await marked.parse(markdown);
    expect(html).not.toMatch(/<(script|img|svg|a|iframe|strong|em|code)[\s>/]/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(href|src|on\w+)\s*=/i);
    expect(html).toContain("<h2>出席单位</h2>");
  });
});

describe("minutes links", () => {
  it("answers a link to one meeting's minutes that works for ten minutes at most, for those who may read the meeting", async () => {
    const before = Date.now();
    const { url, expiresAt } = await link(meetingId);
    expect(url).toMatch(new RegExp(`^/meetings/${meetingId}/minutes\\?link=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    const expires = new Date(expiresAt).getTime();
    expect(expires).toBeGreaterThan(before);
    expect(expires).toBeLessThanOrEqual(Date.now() + 10 * 60 * 1000);
    expect(errorCodes(await t.gql(Link, { id: meetingId }, { token: outsider }))).toEqual(["NOT_FOUND"]);
  });

  it("refuses a link on another meeting's minutes", async () => {
    const { url } = await link(meetingId);
    const response = await fetch(base + url.replace(meetingId, otherMeetingId));
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("another meeting");
    expect((await fetch(base + (await link(otherMeetingId)).url)).status).toBe(200);
  });

  it("refuses an expired link", async () => {
    const expired = await signMinutesToken(t.hub.secret, { sub: "test-CHAIR-hub", name: "Chair", role: Role.CHAIR, meetingId }, new Date(Date.now() - 60_000));
    const response = await fetch(`${base}/meetings/${meetingId}/minutes?link=${expired}`);
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).toContain("expired");
    expect(text.split("\n")[0]).toContain("链接无效或已过期"); // the official reads Chinese first
  });

  it("refuses a bearer token in the URL, and a link used as a bearer token", async () => {
    for (const query of [`access_token=${officer}`, `link=${officer}`]) {
      const response = await fetch(`${base}/meetings/${meetingId}/minutes?${query}`);
      expect(response.status, query).toBe(401);
    }
    const linkToken = new URL((await link(meetingId)).url, base).searchParams.get("link")!;
    const asBearer = await t.gql(Me, {}, { token: linkToken });
    expect(asBearer.status).toBe(401);
    expect(errorCodes(asBearer)).toEqual(["UNAUTHENTICATED"]);
    const onPage = await fetch(`${base}/meetings/${meetingId}/minutes`, { headers: { authorization: `Bearer ${linkToken}` } });
    expect(onPage.status).toBe(401);
    expect((await fetch(`${base}/meetings/${meetingId}/minutes`, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(200);
  });
});

describe("request logs", () => {
  it("hold no query string and no authorization header", async () => {
    const { url } = await link(meetingId);
    const linkToken = new URL(url, base).searchParams.get("link")!;
    const requests = [
      fetch(base + url, { headers: { "x-request-id": "log-link" } }),
      fetch(`${base}/meetings/${meetingId}/minutes?access_token=${officer}`, { headers: { "x-request-id": "log-access-token" } }),
      fetch(`${base}/graphql?query=%7Bme%7Brole%7D%7D`, { headers: { "x-request-id": "log-get", authorization: `Bearer ${officer}`, accept: "application/json" } }),
    ];
    await Promise.all(requests);
    await t.gql(Me, {}, { requestId: "log-post" });
    // pino-http writes when each response has finished: wait for all four lines.
    const ids = ["log-link", "log-access-token", "log-get", "log-post"];
    const deadline = Date.now() + 10_000;
    const lineOf = (id: string) => logLines.find((l) => (l.req as { id?: string } | undefined)?.id === id);
    while (!ids.every(lineOf) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const lines = ids.map(lineOf);
    expect(lines.every(Boolean)).toBe(true);
    expect((lines[0]!.req as { url: string }).url).toBe(`/meetings/${meetingId}/minutes`);
    const written = JSON.stringify(logLines);
    for (const secret of [linkToken, officer, t.chair, "access_token", "link=", "?query"]) expect(written).not.toContain(secret);
    expect(written.toLowerCase()).not.toContain('"authorization"');
  });
});
