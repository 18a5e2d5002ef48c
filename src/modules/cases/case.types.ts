import { Field, Float, Int, ObjectType } from "type-graphql";
import { Agency } from "../agencies/agency.entity.js";
import { ParticipantRole } from "./case-enums.js";
import { EnforcementCase } from "./case.entity.js";

@ObjectType({ description: "What reporting a case did" })
export class ReportCasePayload {
  @Field(() => EnforcementCase)
  case!: EnforcementCase;
  @Field({ description: "False when an earlier report with the same idempotency key answered" })
  created!: boolean;
}

@ObjectType({ description: "An agency taking part in a case" })
export class CaseParticipantView {
  @Field(() => Agency)
  agency!: Agency;
  @Field(() => ParticipantRole)
  role!: ParticipantRole;
  @Field()
  since!: Date;
}

@ObjectType({ description: "Something awaiting the caller's agency" })
export class InboxItem {
  @Field(() => EnforcementCase)
  case!: EnforcementCase;
  @Field()
  reason!: string;
}

@ObjectType({ description: "How many files an agency had and how many were drawn" })
export class SampleStratum {
  @Field(() => Agency)
  agency!: Agency;
  @Field(() => Int)
  available!: number;
  @Field(() => Int)
  picked!: number;
}

@ObjectType({ description: "A reproducible random sample of closed case files, stratified by agency" })
export class CaseFileSample {
  @Field({ description: "Record it: the same arguments draw the same files" })
  seed!: string;
  @Field(() => Int, { description: "Closed files in the period" })
  available!: number;
  @Field(() => [EnforcementCase])
  cases!: EnforcementCase[];
  @Field(() => [SampleStratum])
  perAgency!: SampleStratum[];
}

@ObjectType({ description: "A veto item (否决项) of the case-file review scheme: failing any one fails the file, whatever its points" })
export class ReviewVetoItem {
  @Field({ description: "The code recordCaseReview's failedVetoItems takes, e.g. UNQUALIFIED_OFFICERS" })
  code!: string;

  @Field({ description: "What it means, in Chinese, e.g. 执法人员不具备执法资格或者少于两人" })
  description!: string;
}

@ObjectType({ description: "Review results of one agency's case files" })
export class ReviewSummaryRow {
  @Field(() => Agency)
  agency!: Agency;
  @Field(() => Int)
  reviewed!: number;
  @Field(() => Int)
  excellent!: number;
  @Field(() => Int)
  pass!: number;
  @Field(() => Int)
  fail!: number;
  @Field(() => Float)
  averageTotal!: number;
  @Field(() => Float, { description: "(excellent + pass) / reviewed" })
  passRate!: number;
}

