import { Field, ID, ObjectType } from "type-graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Role } from "../auth/actor.js";
import { EventTopic, EventVisibility } from "./topics.js";

// simpleResolvers: delivered once per subscriber per event, these fields skip type-graphql's middleware stack.
@ObjectType({ description: "Who caused an event", simpleResolvers: true })
export class EventActor {
  @Field({ description: "The token subject" })
  sub!: string;
  @Field()
  name!: string;
  @Field(() => Role)
  role!: Role;
  @Field(() => ID, { nullable: true, description: "The agency an agency officer acted for" })
  agencyId!: string | null;
}

@Entity("event_log")
@ObjectType({ description: "One state change of the hub, in commit order (全过程记录)", simpleResolvers: true })
export class HubEvent {
  @Field({ description: "Strictly increasing position in the log; pass the last one you saw as `after` to resume" })
  @PrimaryColumn("bigint")
  cursor!: string;

  @Field(() => EventTopic)
  @Column("text")
  topic!: EventTopic;

  @Field({ description: "What happened, e.g. AgencyCreated" })
  @Column("text")
  type!: string;

  @Field(() => [String], { description: "Ids (or codes) of the records the event is about, the main one first" })
  @Column("text", { array: true })
  subjectIds!: string[];

  @Field(() => [ID], { description: "Agencies the event concerns" })
  @Column("uuid", { array: true })
  agencyIds!: string[];

  @Field(() => EventVisibility)
  @Column("text")
  visibility!: EventVisibility;

  @Column("text")
  actorSub!: string;
  @Column("text")
  actorName!: string;
  @Column("text")
  actorRole!: Role;
  @Column("uuid", { nullable: true })
  actorAgencyId!: string | null;

  @Field({ description: "When the change was committed" })
  @Column("timestamptz")
  occurredAt!: Date;

  @Field(() => JSONObjectResolver, { description: "What changed" })
  @Column("jsonb")
  payload!: Record<string, unknown>;

  /** Hash of the entry before this one; all zeros for the first. */
  @Column("text")
  previousHash!: string;

  /** sha-256 over previousHash and this entry's canonical content. */
  @Column("text")
  hash!: string;
}
