import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum AgencyKind {
  ENFORCEMENT = "ENFORCEMENT",
  TOWN_GOVERNMENT = "TOWN_GOVERNMENT",
  OVERSIGHT = "OVERSIGHT",
  COORDINATION = "COORDINATION",
}

registerEnumType(AgencyKind, {
  name: "AgencyKind",
  description: "What sort of body an agency is",
  valuesConfig: {
    ENFORCEMENT: { description: "A county bureau that enforces laws (执法部门)" },
    TOWN_GOVERNMENT: { description: "A town government or sub-district office (镇政府/街道办事处)" },
    OVERSIGHT: { description: "Supervision, justice, people's congress, CPPCC (监察、司法、人大、政协)" },
    COORDINATION: { description: "The office that runs the joint meeting (联席会议办公室)" },
  },
});

@Entity("agency")
// simpleResolvers: plain columns, read on every nested power; relations are field resolvers and keep the gate.
@ObjectType({ description: "A county bureau, town government or oversight body (部门/执法单位)", simpleResolvers: true })
export class Agency {
  @Field(() => ID, { description: "Stable id, derived from the code (a UUID v5), so it never changes" })
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "Short upper-case code, unique in the county, e.g. SCJGJ; never changes" })
  @Column("text", { unique: true })
  code!: string;

  @Field({ description: "Full name, e.g. 沛县市场监督管理局" })
  @Column("text")
  name!: string;

  @Field({ description: "Name as people say it, e.g. 市场监管局" })
  @Column("text")
  shortName!: string;

  @Field(() => AgencyKind)
  @Column("text")
  kind!: AgencyKind;

  @Column("text")
  regionCode!: string;

  @Field({ description: "False once the agency is merged or dissolved; its records stay" })
  @Column("boolean", { default: true })
  active!: boolean;

  @Field(() => Int, { description: "Increases with every change; pass it as expectedVersion to update safely" })
  @Column("integer", { default: 1 })
  version!: number;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  updatedAt!: Date;
}
