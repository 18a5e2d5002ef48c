import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { PowerCategory } from "../powers/power-enums.js";
import { OverlapKind, OverlapSeverity, SEVERITY_RULE } from "./overlap-engine.js";

export enum OverlapStatus {
  OPEN = "OPEN",
  UNDER_REVIEW = "UNDER_REVIEW",
  RESOLVED = "RESOLVED",
  OBSOLETE = "OBSOLETE",
}

registerEnumType(OverlapStatus, {
  name: "OverlapStatus",
  description: "Where an overlap stands",
  valuesConfig: {
    OPEN: { description: "Found and not yet taken up" },
    UNDER_REVIEW: { description: "On a joint meeting's agenda" },
    RESOLVED: { description: "Settled by a joint meeting's decision; stays resolved across rescans" },
    OBSOLETE: { description: "Its cause is gone (a power was amended or withdrawn); statusReason says how" },
  },
});

registerEnumType(OverlapKind, {
  name: "OverlapKind",
  description: "How two powers overlap",
  valuesConfig: {
    SAME_BASIS: { description: "Both cite the same article (同一依据)" },
    SAME_MATTER: { description: "Both name the same matter" },
    NESTED_MATTER: { description: "One's matter lies inside the other's" },
  },
});

registerEnumType(OverlapSeverity, { name: "OverlapSeverity", description: `How serious an overlap is. ${SEVERITY_RULE}` });

@Entity("overlap")
// simpleResolvers: plain columns, read for every overlap of every power of a page; relations are field resolvers and keep the gate.
@ObjectType({ description: "Two agencies holding powers of the same category over the same or nested matter, in the same place, at the same time (职权交叉)", simpleResolvers: true })
export class Overlap {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;

  @Field({ description: "Stable identity: the same pair of powers, kind and scope always has the same key" })
  @Column("text")
  key!: string;

  @Field(() => [ID], { description: "The two powers, in a fixed order" })
  @Column("uuid", { array: true })
  powerIds!: string[];

  @Field(() => [ID], { description: "Their agencies, in the same order" })
  @Column("uuid", { array: true })
  agencyIds!: string[];

  @Field(() => PowerCategory)
  @Column("text")
  category!: PowerCategory;

  @Field(() => OverlapKind)
  @Column("text")
  kind!: OverlapKind;

  @Field(() => OverlapSeverity)
  @Column("text")
  severity!: OverlapSeverity;

  @Field(() => [String], { description: "Shared scope: the matters both cover (the narrower of each nested pair)" })
  @Column("text", { array: true })
  matterCodes!: string[];

  @Field(() => [String], { description: "Shared scope: the regions both cover (the narrower of each nested pair)" })
  @Column("text", { array: true })
  regionCodes!: string[];

  @Field(() => LocalDateResolver, { nullable: true, description: "Shared interval: from (null: since ever)" })
  @Column("date", { nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Shared interval: until (null: open-ended)" })
  @Column("date", { nullable: true })
  validUntil!: string | null;

  @Column("uuid", { array: true })
  sharedArticleIds!: string[];

  @Field(() => OverlapStatus)
  @Column("text")
  status!: OverlapStatus;

  @Field(() => String, { nullable: true, description: "Why the status is what it is (e.g. why it became obsolete)" })
  @Column("text", { nullable: true })
  statusReason!: string | null;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  detectedAt!: Date;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  updatedAt!: Date;

  @Field(() => Int)
  @Column("integer", { default: 1 })
  version!: number;
}
