import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum OperationStatus {
  PLANNED = "PLANNED",
  BRIEFED = "BRIEFED",
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
registerEnumType(OperationStatus, {
  name: "OperationStatus",
  description: "PLANNED → BRIEFED → ACTIVE → COMPLETED, or CANCELLED with a reason",
  valuesConfig: {
    PLANNED: { description: "Launched, being planned; assignments may change" },
    BRIEFED: { description: "Teams briefed (任务部署); assignments may still change" },
    ACTIVE: { description: "On the ground; field reports come in" },
    COMPLETED: { description: "Done, with the after-action note" },
    CANCELLED: { description: "Called off, with the reason" },
  },
});

@Entity("operation")
@ObjectType({ description: "A joint operation (联合执法行动): several agencies, some places and matters, a time window" })
export class JointOperation {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;
  @Field()
  @Column("text")
  title!: string;
  @Column("uuid")
  leadAgencyId!: string;
  @Field(() => OperationStatus)
  @Column("text")
  status!: OperationStatus;
  @Field()
  @Column("timestamptz")
  startsAt!: Date;
  @Field()
  @Column("timestamptz")
  endsAt!: Date;
  @Field(() => [String])
  @Column("text", { array: true })
  regionCodes!: string[];
  @Field(() => [String])
  @Column("text", { array: true })
  matterCodes!: string[];
  @Field()
  @Column("text")
  objectives!: string;
  @Field(() => ID, { nullable: true, description: "The joint meeting decision it carries out" })
  @Column("uuid", { nullable: true })
  decisionId!: string | null;
  @Field(() => String, { nullable: true, description: "After-action note (总结)" })
  @Column("text", { nullable: true })
  afterActionNote!: string | null;
  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  cancelReason!: string | null;
  @Field(() => Int)
  @Column("integer", { default: 1 })
  version!: number;
  @Field()
  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;
  @Column("timestamptz", { default: () => "now()" })
  updatedAt!: Date;
}

@Entity("operation_participant")
@ObjectType({ description: "An agency on the ground, with its headcount and named officers" })
export class OperationParticipant {
  @PrimaryColumn("uuid")
  operationId!: string;
  @PrimaryColumn("uuid")
  agencyId!: string;
  @Field(() => Int)
  @Column("integer")
  headcount!: number;
  @Column("uuid", { array: true })
  officerIds!: string[];
}

@Entity("operation_assignment")
@ObjectType({ description: "An agency's assignment (what, where, who), like an ICS 204" })
export class OperationAssignment {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;
  @Column("uuid")
  operationId!: string;
  @Column("uuid")
  agencyId!: string;
  @Field({ description: "What" })
  @Column("text")
  task!: string;
  @Field({ description: "Where" })
  @Column("text")
  location!: string;
  @Column("uuid", { array: true })
  officerIds!: string[];
  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  notes!: string | null;
  @Field()
  @Column("timestamptz", { default: () => "now()" })
  updatedAt!: Date;
}

@Entity("field_report")
@ObjectType({ description: "A field report from an agency during the operation" })
export class FieldReport {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;
  @Column("uuid")
  operationId!: string;
  @Column("uuid")
  agencyId!: string;
  @Field(() => Int)
  @Column("integer")
  sitesInspected!: number;
  @Field(() => Int)
  @Column("integer")
  violationsFound!: number;
  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  notes!: string | null;
  @Field(() => [ID], { description: "Cases opened on the spot" })
  @Column("uuid", { array: true, default: () => "'{}'" })
  caseIds!: string[];
  @Column("text")
  filedBy!: string;
  @Field()
  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;
}
