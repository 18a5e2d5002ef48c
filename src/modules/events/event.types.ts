import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { IsOptional, Max, Min } from "class-validator";
import { JSONObjectResolver, LocalDateResolver } from "graphql-scalars";
import type { EventCatalogue } from "../../platform/events/event-catalogue.js";
import { EventActor, HubEvent } from "../../platform/events/hub-event.entity.js";
import { EventTopic } from "../../platform/events/topics.js";
import { PageInfo } from "../../platform/graphql/connection.js";
import { eventNote, eventText } from "./event-text.js";

@ObjectType({ description: "One event in a page, with its cursor" })
export class HubEventEdge {
  @Field()
  cursor!: string;
  @Field(() => HubEvent)
  node!: HubEvent;
}

@ObjectType({ description: "A page of events in cursor order (no total: the log only grows)" })
export class HubEventConnection {
  @Field(() => [HubEventEdge])
  edges!: HubEventEdge[];
  @Field(() => [HubEvent])
  nodes!: HubEvent[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: "One entry of the audit trail: an event and the hashes that chain it to the one before" })
export class AuditEntry {
  @Field()
  cursor!: string;
  @Field(() => HubEvent)
  event!: HubEvent;
  @Field({ description: "Hash of the entry before (64 zeros for the first)" })
  previousHash!: string;
  @Field({ description: "sha-256 over previousHash and this entry's canonical JSON (RFC 8785)" })
  hash!: string;
}

@ObjectType({ description: "A page of the audit trail" })
export class AuditEntryConnection {
  @Field(() => [AuditEntry])
  nodes!: AuditEntry[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: "The result of walking the whole hash chain" })
export class AuditVerification {
  @Field({ description: "True when every entry's hash and link check out and nothing is missing" })
  intact!: boolean;
  @Field(() => Int)
  checkedEntries!: number;
  @Field({ description: "The newest cursor in the log" })
  headCursor!: string;
  @Field(() => String, { nullable: true, description: "The first entry that does not check out" })
  firstBrokenCursor!: string | null;
  @Field(() => String, { nullable: true, description: "What is wrong with it" })
  problem!: string | null;
}

@ArgsType()
export class EventQueryArgs {
  @Field(() => Int, { defaultValue: 50, description: "How many events (1 to 500)" })
  @Min(1)
  @Max(500)
  first!: number;

  @Field(() => String, { nullable: true, description: "Only events after this cursor" })
  @IsOptional()
  after?: string;

  @Field(() => [EventTopic], { nullable: true })
  @IsOptional()
  topics?: EventTopic[];

  @Field(() => [String], { nullable: true, description: "Only these event types, e.g. AgencyCreated" })
  @IsOptional()
  types?: string[];

  @Field(() => ID, { nullable: true, description: "Only events that concern this agency" })
  @IsOptional()
  agencyId?: string;

  @Field(() => String, { nullable: true, description: "Only events about this record" })
  @IsOptional()
  subjectId?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Only events that happened on or after this county date (Asia/Shanghai)" })
  @IsOptional()
  from?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Only events that happened on or before this county date (Asia/Shanghai)" })
  @IsOptional()
  to?: string;
}

@ObjectType({ description: "One entry of a record's timeline or activity log, drawn from the event log (全过程记录)" })
export class TimelineEntry {
  @Field({ description: "The event's cursor" })
  cursor!: string;
  @Field()
  at!: Date;
  @Field(() => EventActor)
  actor!: EventActor;
  @Field({ description: "What happened, e.g. CaseFiled" })
  what!: string;
  @Field(() => String, { nullable: true, description: "The note or reason given, if any" })
  note!: string | null;
  @Field({ description: "The entry as a person reads it, in Chinese and county time, e.g. 2026年11月27日 10:00 立案（PEI-2026-000001）：现场核实属实" })
  text!: string;
  @Field(() => JSONObjectResolver)
  details!: Record<string, unknown>;
}

/** An event as a timeline entry: the note is the step's note, or else its reason. */
export function toTimelineEntry(e: HubEvent, catalogue: EventCatalogue): TimelineEntry {
  const note = eventNote(e.payload);
  return {
    text: eventText(e, catalogue),
    cursor: e.cursor,
    at: e.occurredAt,
    actor: { sub: e.actorSub, name: e.actorName, role: e.actorRole, agencyId: e.actorAgencyId },
    what: e.type,
    note,
    details: e.payload,
  };
}

@ObjectType({ description: "Where to start following the event log: read it first, then subscribe with `after: cursor` and miss nothing" })
export class EventHead {
  @Field({ description: "The newest cursor in the log now; \"0\" when it is empty" })
  cursor!: string;
  @Field(() => [String], { description: "The feeds you may read or open from it: events, agencyFeed, hubEvents, caseEvents (for cases you may see), operationEvents (for operations you may see)" })
  feeds!: string[];
}
