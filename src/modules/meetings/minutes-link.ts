import { Field, ObjectType } from "type-graphql";
import type { Actor } from "../../platform/auth/actor.js";
import { signMinutesToken, verifyMinutesToken } from "../../platform/auth/tokens.js";
import { NotFoundError, UnauthenticatedError } from "../../platform/graphql/errors.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { MeetingService } from "./meeting.service.js";

/** How long a minutes link opens the page: long enough to click and print, short enough that a copied link soon dies. */
export const MINUTES_LINK_TTL_MS = 10 * 60 * 1000;

@ObjectType({ description: "A short-lived address of one meeting's printable minutes (会议纪要), for a browser that cannot send a bearer header" })
export class MinutesLink {
  @Field({
    description:
      "The page's path and query, relative to the hub's address (e.g. /meetings/<id>/minutes?link=…). It opens that meeting's minutes only, never the API",
  })
  url!: string;

  @Field({ description: "When the link stops working (10 minutes after it was made, or earlier when your token expires first)" })
  expiresAt!: Date;
}

/**
 * Minutes links replace `?access_token=`: a bearer token in a URL ends up in browser history,
 * proxy logs and Referer headers, and opens everything for hours. A link token opens one meeting's
 * minutes for minutes, as the person who asked for it (who must still be allowed to read it).
 */
export class MinutesLinks {
  constructor(
    private readonly secret: Uint8Array,
    private readonly meetings: MeetingService,
    private readonly agencies: AgencyService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A link for a meeting the actor may read; NOT_FOUND otherwise, as for a meeting that does not exist. */
  async issue(actor: Actor, meetingId: string): Promise<MinutesLink> {
    if (!(await this.meetings.get(actor, meetingId))) throw new NotFoundError("Meeting", meetingId);
    const expiresAt = new Date(Math.min(this.now().getTime() + MINUTES_LINK_TTL_MS, actor.expiresAt * 1000));
    const token = await signMinutesToken(this.secret, { sub: actor.sub, name: actor.name, role: actor.role, agencyId: actor.agencyId, meetingId }, expiresAt);
    return { url: `/meetings/${encodeURIComponent(meetingId)}/minutes?link=${token}`, expiresAt };
  }

  /** The actor a link was issued to, for that meeting only; UNAUTHENTICATED when it is expired, forged, an API token or another meeting's. */
  async open(token: string, meetingId: string): Promise<Actor> {
    const actor = await verifyMinutesToken(this.secret, token, meetingId);
    if (actor.agencyId && !(await this.agencies.acceptsOfficers(actor.agencyId))) {
      throw new UnauthenticatedError("The link names an agency that does not exist or is no longer active");
    }
    return actor;
  }
}
