import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, Max, Min } from "class-validator";
import { PageArgs } from "../../platform/graphql/connection.js";
import { NotBlank } from "../../platform/graphql/validation.js";
import { PowerCategory } from "../powers/power-enums.js";
import { CaseSource, CaseStatus, DecisionOutcome, ParticipantRole, ReferralKind } from "./case-enums.js";

@InputType({ description: "A case reported to the hub: it is routed to its lead in the same call" })
export class ReportCaseInput {
  @Field()
  @NotBlank()
  @Length(1, 200, { message: "must be 1 to 200 characters" })
  title!: string;

  @Field()
  @Length(0, 5000)
  description!: string;

  @Field({ description: "The regulated matter, e.g. FOOD.STREET_STALL" })
  @Length(1, 120)
  matterCode!: string;

  @Field({ description: "Where it happened: a town, village or the county" })
  @Length(1, 12)
  regionCode!: string;

  @Field(() => PowerCategory, { defaultValue: PowerCategory.PENALTY })
  category!: PowerCategory;

  @Field(() => CaseSource)
  source!: CaseSource;

  @Field({ description: "When it happened" })
  occurredAt!: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  locationText?: string;

  @Field({ nullable: true, description: "How to reach the reporter; only participants and the chair see it" })
  @IsOptional()
  @Length(1, 200)
  reporterContact?: string;

  @Field({ nullable: true, description: "The same key with the same input answers the same case; with other input, CONFLICT" })
  @IsOptional()
  @Matches(/^[\w.:-]{1,100}$/, { message: "must be 1 to 100 letters, digits, '.', ':', '_' or '-'" })
  idempotencyKey?: string;
}

/** Every transition names the version the caller read: a stale one gets CONFLICT. */
@InputType({ description: "A step in a case's life" })
export class CaseStepInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: "The case version you read" })
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: "A note for the timeline" })
  @IsOptional()
  @Length(1, 2000)
  note?: string;
}

@InputType({ description: "Filing a case (立案): the lead officer and the team, all of the lead agency" })
export class FileCaseInput extends CaseStepInput {
  @Field(() => LocalDateResolver, { nullable: true, description: "Default: today in the county" })
  @IsOptional()
  filedOn?: string;

  @Field(() => ID, { description: "A certified officer who leads the case" })
  leadOfficerId!: string;

  @Field(() => [ID], { description: "The other officers; with the lead, at least two must be certified on the filing day (APL Art. 42)" })
  @ArrayMaxSize(20)
  officerIds!: string[];
}

@InputType({ description: "The decision (作出决定)" })
export class DecideCaseInput extends CaseStepInput {
  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;

  @Field(() => Float, { nullable: true, description: "Fine in yuan" })
  @IsOptional()
  @Min(0)
  @Max(1e12)
  amount?: number;

  @Field(() => ID, { nullable: true, description: "The article applied (required for PENALTY): one that the power used in the case rests on, or give articleReason" })
  @IsOptional()
  articleId?: string;

  @Field(() => String, { nullable: true, description: "Why the article applied is not one the case's power rests on (kept with the decision)" })
  @IsOptional()
  @Length(1, 2000)
  articleReason?: string;

  @Field()
  @NotBlank()
  @Length(1, 2000)
  summary!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  decidedOn?: string;
}

@InputType({ description: "A step that needs a reason: dismissing (不予立案), suspending (中止)" })
export class ReasonedStepInput extends CaseStepInput {
  @Field()
  @NotBlank()
  @Length(1, 2000)
  reason!: string;
}

@InputType({ description: "A referral (移送) to another agency, or of a suspected crime to the police" })
export class ReferCaseInput extends ReasonedStepInput {
  @Field(() => ID)
  toAgencyId!: string;

  @Field(() => ReferralKind, { defaultValue: ReferralKind.JURISDICTION })
  kind!: ReferralKind;
}

@InputType({ description: "The referred agency's answer" })
export class AnswerReferralInput extends ReasonedStepInput {
  @Field({ description: "True to take the case, false to refuse it (with the reason)" })
  accept!: boolean;
}

@InputType({ description: "The chair assigns a gap or a dispute to a lead" })
export class AssignCaseInput extends ReasonedStepInput {
  @Field(() => ID)
  agencyId!: string;
}

@InputType({ description: "The lead invites another agency to a case" })
export class InviteAgencyInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => ParticipantRole, { description: "ASSISTING or INFORMED" })
  @IsIn([ParticipantRole.ASSISTING, ParticipantRole.INFORMED], { message: "must be ASSISTING or INFORMED" })
  role!: ParticipantRole;
}

@InputType({ description: "A file's description: the hub stores no content" })
export class AddAttachmentInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  @NotBlank()
  @Length(1, 255)
  name!: string;

  // SafeInt, not Int: files pass 2 GiB; not Float: a size of 1.5 bytes is refused by the type.
  @Field(() => SafeIntResolver, { description: "Size in bytes, a whole number" })
  @Min(0)
  @Max(1e13)
  size!: number;

  @Field({ description: "sha-256 of the content, 64 hex characters" })
  @Matches(/^[0-9a-f]{64}$/, { message: "must be 64 lower-case hex characters" })
  sha256!: string;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => ParticipantRole, { nullable: true, description: "Only cases where my agency has this role" })
  @IsOptional()
  myRole?: ParticipantRole;

  @Field(() => [CaseStatus], { nullable: true })
  @IsOptional()
  status?: CaseStatus[];

  @Field({ nullable: true, description: "Matter and its subtree" })
  @IsOptional()
  matterCode?: string;

  @Field({ nullable: true, description: "Region and its subtree" })
  @IsOptional()
  regionCode?: string;

  @Field(() => CaseSource, { nullable: true })
  @IsOptional()
  source?: CaseSource;

  @Field({ nullable: true, description: "Only cases past a statutory deadline" })
  @IsOptional()
  overdue?: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: "Reported on or after" })
  @IsOptional()
  from?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Reported on or before" })
  @IsOptional()
  to?: string;

  @Field({ nullable: true, description: "Part of the number, title or description" })
  @IsOptional()
  @Length(1, 100)
  text?: string;
}
