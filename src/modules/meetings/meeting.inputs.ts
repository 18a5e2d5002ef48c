import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { ArrayMaxSize, IsOptional, Length, Max, Min, ValidateNested } from "class-validator";
import { PageArgs } from "../../platform/graphql/connection.js";
import { NotBlank } from "../../platform/graphql/validation.js";
import { PowerCategory } from "../powers/power-enums.js";
import { DecisionKind, MeetingKind, MeetingStatus, TaskStatus } from "./meeting.entity.js";

@InputType({ description: "A joint meeting to convene; its agenda is built from what is open" })
export class ConveneMeetingInput {
  @Field()
  @NotBlank()
  @Length(1, 200)
  title!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field()
  scheduledAt!: Date;

  @Field()
  @NotBlank()
  @Length(1, 200)
  place!: string;

  @Field(() => [ID], { nullable: true, description: "Default: every enforcement agency and every oversight body (supervision, justice, …)" })
  @IsOptional()
  @ArrayMaxSize(200)
  invitedAgencyIds?: string[];

  @Field(() => Int, { nullable: true, description: "Enforcement agencies needed for a decision; default more than half of those invited" })
  @IsOptional()
  @Min(1)
  quorum?: number;

  @Field(() => Int, {
    nullable: true,
    description: "How many ranked items the agenda takes (default 10, at most 100); everything else stays on the backlog that later meetings draw from",
  })
  @IsOptional()
  @Min(1)
  @Max(100)
  agendaSize?: number;
}

@InputType({ description: "An agenda item the chair adds before the meeting opens" })
export class AddAgendaItemInput {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  @NotBlank()
  @Length(1, 300)
  title!: string;

  @Field({ nullable: true })
  @IsOptional()
  matterCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  regionCode?: string;

  @Field(() => PowerCategory, { nullable: true })
  @IsOptional()
  category?: PowerCategory;

  @Field(() => [ID], { nullable: true, description: "Agencies concerned" })
  @IsOptional()
  agencyIds?: string[];
}

@InputType({ description: "The scope of a designation: a matter subtree × a region subtree × a category" })
export class ScopeInput {
  @Field()
  matterCode!: string;
  @Field()
  regionCode!: string;
  @Field(() => PowerCategory, { defaultValue: PowerCategory.PENALTY })
  category!: PowerCategory;
}

@InputType({ description: "One region and the agency that leads there" })
export class RegionSplitInput {
  @Field()
  regionCode!: string;
  @Field(() => ID)
  agencyId!: string;
}

@InputType({ description: "A follow-up task the decision assigns" })
export class TaskInput {
  @Field(() => ID)
  assigneeAgencyId!: string;
  @Field()
  @NotBlank()
  @Length(1, 1000)
  description!: string;
  @Field(() => LocalDateResolver)
  dueOn!: string;
}

@InputType({ description: "A decision on an agenda item (the chair, in session, with quorum)" })
export class RecordDecisionInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => DecisionKind)
  kind!: DecisionKind;

  @Field(() => ID, { nullable: true, description: "DESIGNATE_LEAD and JOINT_ENFORCEMENT: the lead agency" })
  @IsOptional()
  leadAgencyId?: string;

  @Field(() => [ID], { nullable: true, description: "Agencies that assist the lead" })
  @IsOptional()
  @ArrayMaxSize(50)
  assistingAgencyIds?: string[];

  @Field(() => ScopeInput, { nullable: true, description: "Default: the item's matter, region and category" })
  @IsOptional()
  @ValidateNested()
  scope?: ScopeInput;

  @Field(() => [RegionSplitInput], { nullable: true, description: "SPLIT_BY_REGION: each region and its agency" })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(100)
  splits?: RegionSplitInput[];

  @Field({ nullable: true, description: "JOINT_ENFORCEMENT: the operation's plan" })
  @IsOptional()
  @Length(1, 5000)
  plan?: string;

  @Field({ nullable: true, description: "Why; required to name a lead that holds no power covering the scope" })
  @IsOptional()
  @Length(1, 2000)
  reason?: string;

  @Field({ defaultValue: false, description: "Replace a routing rule in force for the same scope (its history stays); without it, such a rule is a CONFLICT" })
  supersede!: boolean;

  @Field(() => [TaskInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  tasks!: TaskInput[];
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => [MeetingStatus], { nullable: true })
  @IsOptional()
  status?: MeetingStatus[];

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  kind?: MeetingKind;
}

@ArgsType()
export class FollowUpTasksArgs {
  @Field(() => [TaskStatus], { nullable: true })
  @IsOptional()
  status?: TaskStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assigneeAgencyId?: string;

  @Field({ nullable: true, description: "Only open tasks past their due date" })
  @IsOptional()
  overdue?: boolean;
}
