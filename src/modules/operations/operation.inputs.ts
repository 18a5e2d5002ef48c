import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min, ValidateNested } from "class-validator";
import { PageArgs } from "../../platform/graphql/connection.js";
import { NotBlank } from "../../platform/graphql/validation.js";
import { PowerCategory } from "../powers/power-enums.js";
import { OperationStatus } from "./operation.entity.js";

@InputType({ description: "An agency taking part: headcount and the officers it sends" })
export class ParticipantInput {
  @Field(() => ID)
  agencyId!: string;
  @Field(() => Int)
  @Min(1)
  @Max(10000)
  headcount!: number;
  @Field(() => [ID], { description: "Named officers; at least one certified on the first day" })
  @ArrayMinSize(1, { message: "name at least one officer" })
  @ArrayMaxSize(500)
  officerIds!: string[];
}

@InputType({ description: "A joint operation to launch" })
export class LaunchOperationInput {
  @Field()
  @NotBlank()
  @Length(1, 200)
  title!: string;
  @Field(() => ID)
  leadAgencyId!: string;
  @Field(() => [ParticipantInput], { description: "Every agency on the ground, the lead included" })
  @ValidateNested({ each: true })
  @ArrayMinSize(2, { message: "a joint operation needs at least two agencies" })
  @ArrayMaxSize(100)
  participants!: ParticipantInput[];
  @Field(() => [String])
  @ArrayMinSize(1)
  regionCodes!: string[];
  @Field(() => [String])
  @ArrayMinSize(1)
  matterCodes!: string[];
  @Field()
  startsAt!: Date;
  @Field()
  endsAt!: Date;
  @Field()
  @NotBlank()
  @Length(1, 5000)
  objectives!: string;
  @Field(() => ID, { nullable: true, description: "The JOINT_ENFORCEMENT decision it carries out (lets the lead agency launch it)" })
  @IsOptional()
  decisionId?: string;
}

@InputType({ description: "An agency's assignment: what, where, who" })
export class AssignmentInput {
  @Field(() => ID)
  operationId!: string;
  @Field(() => ID)
  agencyId!: string;
  @Field()
  @NotBlank()
  @Length(1, 2000)
  task!: string;
  @Field()
  @NotBlank()
  @Length(1, 500)
  location!: string;
  @Field(() => [ID])
  @ArrayMaxSize(500)
  officerIds!: string[];
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  notes?: string;
}

@InputType({ description: "A case found on the spot: it is reported with source JOINT_OPERATION and routed as usual" })
export class SpotCaseInput {
  @Field()
  @NotBlank()
  @Length(1, 200)
  title!: string;
  @Field()
  @Length(0, 5000)
  description!: string;
  @Field()
  matterCode!: string;
  @Field()
  regionCode!: string;
  @Field(() => PowerCategory, { defaultValue: PowerCategory.PENALTY })
  category!: PowerCategory;
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  locationText?: string;
}

@InputType({ description: "What an agency found in the field" })
export class FieldReportInput {
  @Field(() => ID)
  operationId!: string;
  @Field(() => Int)
  @Min(0)
  sitesInspected!: number;
  @Field(() => Int)
  @Min(0)
  violationsFound!: number;
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 5000)
  notes?: string;
  @Field(() => [SpotCaseInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(100)
  cases!: SpotCaseInput[];
}

@ArgsType()
export class OperationsArgs extends PageArgs {
  @Field(() => [OperationStatus], { nullable: true })
  @IsOptional()
  status?: OperationStatus[];
  @Field(() => ID, { nullable: true, description: "Only operations this agency takes part in" })
  @IsOptional()
  agencyId?: string;
}
