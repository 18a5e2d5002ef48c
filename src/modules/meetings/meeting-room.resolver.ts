import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { Meeting } from "./meeting.entity.js";
import { minutesOpenedEarly } from "./early-opening.js";

/** The meeting room's small things: moving one agenda item, checking in, and an early opening on record. */
@Resolver(() => Meeting)
export class MeetingRoomResolver {
  @Mutation(() => Meeting, { description: "Moves one agenda item to `position` (0 = first, as AgendaItem.position counts); the other items keep their order (chair, before the meeting opens)" })
  async moveAgendaItem(
    @Ctx() ctx: RequestContext,
    @Arg("meetingId", () => ID) meetingId: string,
    @Arg("itemId", () => ID) itemId: string,
    @Arg("position", () => Int) position: number,
  ) {
    const meeting = await ctx.services.meetings.moveItem(ctx.actor, meetingId, itemId, position);
    ctx.loaders.agendaByMeeting.clear(meeting.id); // a later field in the same request reads the new order
    return meeting;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Minutes the session was opened before its scheduled time, when that was more than 30 minutes (allowed, and recorded as a MeetingOpenedEarly event); null otherwise",
  })
  openedEarlyMinutes(@Root() m: Meeting): number | null {
    return minutesOpenedEarly(m.scheduledAt, m.openedAt);
  }
}
