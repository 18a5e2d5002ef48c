import express, { type Router } from "express";
import { marked } from "marked";
import type { Actor } from "../../platform/auth/actor.js";
import { HubError, UnauthenticatedError } from "../../platform/graphql/errors.js";
import type { MeetingService } from "./meeting.service.js";

const STYLE = `body{font-family:"Songti SC","SimSun","Noto Serif CJK SC",serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.7}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.25rem .5rem;text-align:left}
h1{text-align:center}@media print{body{margin:0}}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * GET /meetings/:id/minutes: the minutes as a printable page, for those who may read the meeting.
 * A browser cannot send a header when it follows a link, so the token may also come as
 * `?access_token=` (RFC 6750 §2.3); the page is never cached.
 */
export function minutesPage(meetings: MeetingService, authenticate: (header: string | undefined) => Promise<Actor>): Router {
  const router = express.Router();
  router.get("/meetings/:id/minutes", async (req, res) => {
    res.setHeader("cache-control", "no-store");
    const query = typeof req.query.access_token === "string" ? `Bearer ${req.query.access_token}` : undefined;
    let actor: Actor;
    try {
      actor = await authenticate(req.headers.authorization ?? query);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error; // the hub's error handler answers 500, no database text
      return res.status(401).type("text/plain; charset=utf-8").send(error.message);
    }
    try {
      const { meeting, markdown } = await meetings.minutes(actor, req.params.id);
      // The Markdown is built from records; escape it before rendering so no stored text becomes markup.
      const body = await marked.parse(escapeHtml(markdown));
      res
        .type("html")
        .send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(meeting.title)} 会议纪要</title><style>${STYLE}</style></head><body>${body}</body></html>`);
    } catch (error) {
      if (error instanceof HubError && error.extensions.code === "NOT_FOUND") return res.status(404).type("text/plain; charset=utf-8").send("No such meeting");
      throw error;
    }
  });
  return router;
}
