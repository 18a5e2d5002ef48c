import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from "type-graphql";
import type { RequestContext, SubscribeData } from "../../context.js";
import { EventActor, HubEvent } from "../../platform/events/hub-event.entity.js";
import { EventTopic } from "../../platform/events/topics.js";
import { nameOrCode } from "../../platform/text/county-text.js";
import { eventText, type OverlapEventNames } from "./event-text.js";
import { AuditEntryConnection, AuditVerification, EventHead, EventQueryArgs, HubEventConnection } from "./event.types.js";

@Resolver(() => HubEvent)
export class EventResolver {
  @Query(() => HubEventConnection, { description: "Events you may see, oldest first: resume with `after` set to the last cursor you saw" })
  async events(@Ctx() ctx: RequestContext, @Args(() => EventQueryArgs) args: EventQueryArgs): Promise<HubEventConnection> {
    const { events, hasNextPage } = await ctx.services.events.list(ctx.actor, args);
    return {
      nodes: events,
      edges: events.map((node) => ({ cursor: node.cursor, node })),
      pageInfo: { hasNextPage, endCursor: events.at(-1)?.cursor ?? null },
    };
  }

  @Query(() => EventHead, {
    description:
      "The current head cursor of the event log and the feeds you may follow from it (anyone signed in who may read events). Ask it before reading what you will keep up to date, then subscribe with `after` set to it: nothing is missed in between. One row read, whatever the log's length",
  })
  eventHead(@Ctx() ctx: RequestContext): Promise<EventHead> {
    return ctx.services.events.head(ctx.actor);
  }

  @Query(() => AuditEntryConnection, { description: "The hash-chained audit trail, every event included (chair, supervisors)" })
  async auditTrail(@Ctx() ctx: RequestContext, @Args(() => EventQueryArgs) args: EventQueryArgs): Promise<AuditEntryConnection> {
    const { events, hasNextPage } = await ctx.services.events.auditTrail(ctx.actor, args);
    return {
      nodes: events.map((event) => ({ cursor: event.cursor, event, previousHash: event.previousHash, hash: event.hash })),
      pageInfo: { hasNextPage, endCursor: events.at(-1)?.cursor ?? null },
    };
  }

  // Reads the whole log: priced so that one document holds at most one (see QUERY_LIMITS.maxCost).
  @Query(() => AuditVerification, { description: "Walks the audit trail's hash chain and reports the first broken link (chair, supervisors)", complexity: 10_000 })
  verifyAuditTrail(@Ctx() ctx: RequestContext): Promise<AuditVerification> {
    return ctx.services.events.verify(ctx.actor);
  }

  // The subscription resolvers run once per event per subscriber: their arguments were checked when
  // the subscription started, so they skip validation here (the service parses `after`).
  @Subscription(() => HubEvent, {
    description: "Everything that concerns your agency (agency officers): first what you missed after `after`, then live, in order",
    subscribe: ({ args, context }: SubscribeData<{ after?: string }>) => context.services.events.agencyFeed(context.actor, args.after ?? undefined),
  })
  agencyFeed(@Root() event: HubEvent, @Arg("after", () => String, { nullable: true, description: "The last cursor you saw", validate: false }) _after?: string): HubEvent {
    return event;
  }

  @Subscription(() => HubEvent, {
    description: "Every event of the hub (chair, supervisors): first what you missed after `after`, then live, in order",
    subscribe: ({ args, context }: SubscribeData<{ topics?: EventTopic[]; after?: string }>) =>
      context.services.events.hubEvents(context.actor, args.topics ?? undefined, args.after ?? undefined),
  })
  hubEvents(
    @Root() event: HubEvent,
    @Arg("topics", () => [EventTopic], { nullable: true, description: "Only these topics", validate: false }) _topics?: EventTopic[],
    @Arg("after", () => String, { nullable: true, description: "The last cursor you saw", validate: false }) _after?: string,
  ): HubEvent {
    return event;
  }

  @FieldResolver(() => String, { description: "The event as a person reads it (a notification's line), in Chinese and county time; `type` and `payload` stay for machines" })
  async text(@Root() event: HubEvent, @Ctx() ctx: RequestContext): Promise<string> {
    return eventText(event, ctx.services.eventCatalogue, await overlapNames(event, ctx));
  }

  @FieldResolver(() => EventActor, { description: "Who caused the event" })
  actor(@Root() event: HubEvent): EventActor {
    return { sub: event.actorSub, name: event.actorName, role: event.actorRole, agencyId: event.actorAgencyId };
  }
}

/**
 * The agencies and matters an overlap event is about, by their names today. Read when the line is
 * built, through the request's loaders: the log stays as written, and a page of events costs one
 * lookup of agencies and one of matters however many events it holds. Null for other events.
 */
async function overlapNames(event: HubEvent, ctx: RequestContext): Promise<OverlapEventNames | null> {
  const matterCodes = event.payload.matterCodes;
  if (event.topic !== EventTopic.OVERLAP || !Array.isArray(matterCodes)) return null;
  const codes = matterCodes.filter((c): c is string => typeof c === "string");
  const [agencies, matters] = await Promise.all([ctx.loaders.agencyById.loadMany(event.agencyIds), ctx.loaders.matterByCode.loadMany(codes)]);
  const nameOf = (found: unknown, fallback: string) => nameOrCode((found as { name?: string } | null)?.name, fallback);
  return {
    agencies: event.agencyIds.map((id, i) => nameOf(agencies[i], id)),
    matters: codes.map((code, i) => nameOf(matters[i], code)),
  };
}
