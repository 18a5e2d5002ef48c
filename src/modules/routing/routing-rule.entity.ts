import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { PowerCategory } from "../powers/power-enums.js";

export enum RoutingRuleStatus {
  ACTIVE = "ACTIVE",
  SUPERSEDED = "SUPERSEDED",
}

registerEnumType(RoutingRuleStatus, { name: "RoutingRuleStatus", description: "Whether a routing rule is in force" });

@Entity("routing_rule")
@ObjectType({
  description:
    "A joint meeting's designation of a lead agency for a scope (matter subtree × region subtree × category): the router sends covered cases to the lead",
})
export class RoutingRule {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;

  @Field({ description: "The scope's matter; it covers its subtree" })
  @Column("text")
  matterCode!: string;

  @Field({ description: "The scope's region; it covers its subtree" })
  @Column("text")
  regionCode!: string;

  @Field(() => PowerCategory)
  @Column("text")
  category!: PowerCategory;

  @Field(() => ID)
  @Column("uuid")
  leadAgencyId!: string;

  @Field(() => [ID])
  @Column("uuid", { array: true, default: () => "'{}'" })
  assistingAgencyIds!: string[];

  @Field(() => ID, { nullable: true, description: "The joint meeting decision behind it" })
  @Column("uuid", { nullable: true })
  decisionId!: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  reason!: string | null;

  @Field(() => RoutingRuleStatus)
  @Column("text")
  status!: RoutingRuleStatus;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When a later decision replaced it" })
  @Column("timestamptz", { nullable: true })
  supersededAt!: Date | null;
}
