import { createHash } from "node:crypto";
import express, { type Response, type Router } from "express";
import { Marked, type Tokens } from "marked";
import type { Actor } from "../../platform/auth/actor.js";
import { HubError, UnauthenticatedError } from "../../platform/graphql/errors.js";
import type { MeetingService } from "./meeting.service.js";
import type { MinutesLinks } from "./minutes-link.js";

const STYLE = `body{font-family:"Songti SC","SimSun","Noto Serif CJK SC",serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.7}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.25rem .5rem;text-align:left}
h1{text-align:center}@media print{body{margin:0}}`;

/**
 * The page runs no script and loads nothing: only its own inline style (by hash) is allowed. If
 * typed text ever slipped through as markup, the browser would still refuse to run or fetch it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src '${"sha256-" + createHash("sha256").update(STYLE).digest("base64")}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * marked passes raw HTML through and keeps any link scheme. The minutes escape typed text before
 * it becomes Markdown (minutes.ts); this renderer is the second wall: raw HTML is shown as text,
 * links other than http(s) lose their href, images are shown by their alt text.
 */
const markdown = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link(token: Tokens.Link) {
      if (/^https?:\/\//i.test(token.href.trim())) return false; // marked's own rendering, which escapes the href
      return this.parser.parseInline(token.tokens);
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
  },
});

/** What the official who opened the link reads first; the detail below it is for whoever supports them. */
const REFUSAL_ZH: Record<number, string> = {
  401: "无法打开会议纪要：链接无效或已过期。请在系统中重新获取会议纪要链接（有效期10分钟）。",
  404: "没有这次会议，或您无权查看它的会议纪要。",
};

function refuse(res: Response, status: number, message: string) {
  return res.status(status).type("text/plain; charset=utf-8").send(`${REFUSAL_ZH[status] ?? "无法打开会议纪要。"}\n${message}`);
}

/**
 * GET /meetings/:id/minutes: the minutes as a printable page, for those who may read the meeting.
 * A client sends its bearer token in the Authorization header; a browser following a link uses a
 * minutes link (`?link=`, from the minutesLink query), which opens this meeting only and expires
 * in minutes. An API token in the address (`?access_token=`) is refused: it would sit in browser
 * history and proxy logs with the power to do everything its holder can.
 */
export function minutesPage(meetings: MeetingService, authenticate: (header: string | undefined) => Promise<Actor>, links: MinutesLinks): Router {
  const router = express.Router();
  router.get("/meetings/:id/minutes", async (req, res) => {
    res.setHeader("cache-control", "no-store");
    res.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
    res.setHeader("referrer-policy", "no-referrer"); // the link is in this page's address
    res.setHeader("x-content-type-options", "nosniff");
    if (req.query.access_token !== undefined) {
      return refuse(res, 401, "Tokens are not accepted in the address. Send Authorization: Bearer, or open a link from the minutesLink query.");
    }
    const link = req.query.link;
    let actor: Actor;
    try {
      actor = typeof link === "string" && !req.headers.authorization ? await links.open(link, req.params.id) : await authenticate(req.headers.authorization);
    } catch (error) {
      if (error instanceof UnauthenticatedError) return refuse(res, 401, error.message);
      if (error instanceof HubError && error.extensions.code === "NOT_FOUND") return refuse(res, 404, "No such meeting");
      throw error; // the hub's error handler answers 500, no database text
    }
    try {
      const { meeting, markdown: text } = await meetings.minutes(actor, req.params.id);
      const body = markdown.parse(text) as string;
      res
        .type("html")
        .send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(meeting.title)} 会议纪要</title><style>${STYLE}</style></head><body>${body}</body></html>`);
    } catch (error) {
      if (error instanceof HubError && error.extensions.code === "NOT_FOUND") return refuse(res, 404, "No such meeting");
      throw error;
    }
  });
  return router;
}
