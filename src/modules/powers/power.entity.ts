import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { PowerCategory, PowerStatus } from "./power-enums.js";

/**
 * The state of a power item at one version. The current state (table `power`) and every past
 * state (table `power_revision`) share these columns, and clients read both as the type Power.
 */
// simpleResolvers: plain columns, read for every power of a page; relations are field resolvers and keep the gate.
@ObjectType("Power", { description: "A power item (权力事项): one thing an agency may do, over some matters and places, on some articles", simpleResolvers: true })
export class PowerState {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Unique code as the province publishes it (opaque), e.g. 320322-CF-SCJGJ-0001" })
  @Column("text")
  code!: string;

  @Column("uuid")
  agencyId!: string;

  @Field({ description: "Name, e.g. 对占道经营食品摊贩的行政处罚" })
  @Column("text")
  name!: string;

  @Field(() => PowerCategory)
  @Column("text")
  category!: PowerCategory;

  @Field(() => PowerStatus)
  @Column("text")
  status!: PowerStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: "First day the power may be exercised; null: since ever" })
  @Column("date", { nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day; null: open-ended" })
  @Column("date", { nullable: true })
  validUntil!: string | null;

  @Field(() => String, { nullable: true, description: "The post (岗位) that exercises it" })
  @Column("text", { nullable: true })
  post!: string | null;

  @Field(() => [String], { description: "Codes of the matters it covers (each with its subtree)" })
  @Column("text", { array: true })
  matterCodes!: string[];

  @Field(() => [String], { description: "Codes of the regions where it applies (each with its subtree)" })
  @Column("text", { array: true })
  regionCodes!: string[];

  @Column("uuid", { array: true })
  articleIds!: string[];

  @Field(() => Int, { description: "1 when declared; +1 with every amendment or status change" })
  version!: number;

  @Field({ description: "When this version was recorded" })
  recordedAt!: Date;
}

@Entity("power")
export class Power extends PowerState {
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  declare id: string;

  @Column("integer")
  declare version: number;

  // The table's column predates the shared name: a power's current version was recorded when it was last updated.
  @Column("timestamptz", { name: "updated_at" })
  declare recordedAt: Date;

  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;
}

@Entity("power_revision")
export class PowerRevision extends PowerState {
  @PrimaryColumn("uuid")
  declare id: string;

  @PrimaryColumn("integer")
  declare version: number;

  @Column("timestamptz")
  declare recordedAt: Date;
}
