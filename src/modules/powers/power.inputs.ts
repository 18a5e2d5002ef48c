import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Length, Matches, Min, ValidateNested } from "class-validator";
import { PageArgs } from "../../platform/graphql/connection.js";
import { NotBlank } from "../../platform/graphql/validation.js";
import { PowerCategory, PowerStatus } from "./power-enums.js";

@InputType({ description: "A legal basis: an article of an instrument in the catalogue" })
export class LegalBasisInput {
  @Field(() => ID)
  instrumentId!: string;

  @Field({ description: "Article number as the catalogue lists it: 25, or 25-1 for 第二十五条之一" })
  @Length(1, 10)
  articleNumber!: string;
}

@InputType({ description: "A power item an agency declares" })
export class DeclarePowerInput {
  @Field(() => ID, { description: "The agency that holds it (an agency officer: its own)" })
  agencyId!: string;

  @Field({ description: "Unique code as published, e.g. 320322-CF-SCJGJ-0001" })
  @NotBlank()
  @Length(1, 64, { message: "must be 1 to 64 characters" })
  @Matches(/^\S+$/, { message: "must not contain spaces" })
  code!: string;

  @Field()
  @NotBlank()
  @Length(1, 200, { message: "must be 1 to 200 characters" })
  name!: string;

  @Field(() => PowerCategory)
  category!: PowerCategory;

  @Field(() => [String], { description: "Matter codes (at least one); each covers its subtree" })
  @ArrayMinSize(1, { message: "must name at least one matter" })
  @ArrayMaxSize(50)
  matterCodes!: string[];

  @Field(() => [String], { description: "Region codes (at least one); each covers its subtree" })
  @ArrayMinSize(1, { message: "must name at least one region" })
  @ArrayMaxSize(100)
  regionCodes!: string[];

  @Field(() => [LegalBasisInput], { defaultValue: [], description: "Required for PENALTY, LICENSING and COERCIVE_MEASURE" })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  legalBases!: LegalBasisInput[];

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  validFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  validUntil?: string;

  @Field({ nullable: true, description: "The post (岗位) that exercises it" })
  @IsOptional()
  @Length(1, 100)
  post?: string;
}

@InputType({ description: "Changes to a power; omitted fields stay. Every amendment is kept in the power's history." })
export class AmendPowerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; CONFLICT if it changed since" })
  @IsOptional()
  @Min(1)
  expectedVersion?: number;

  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 200)
  name?: string;

  @Field(() => PowerCategory, { nullable: true })
  @IsOptional()
  category?: PowerCategory;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: "must name at least one matter" })
  @ArrayMaxSize(50)
  matterCodes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: "must name at least one region" })
  @ArrayMaxSize(100)
  regionCodes?: string[];

  @Field(() => [LegalBasisInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  legalBases?: LegalBasisInput[];

  @Field(() => LocalDateResolver, { nullable: true, description: "null clears it" })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "null clears it" })
  @IsOptional()
  validUntil?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  post?: string | null;

  @Field(() => PowerStatus, { nullable: true, description: "ACTIVE or SUSPENDED; withdraw with withdrawPower" })
  @IsOptional()
  @IsIn([PowerStatus.ACTIVE, PowerStatus.SUSPENDED], { message: "must be ACTIVE or SUSPENDED; use withdrawPower to withdraw" })
  status?: PowerStatus;
}

@InputType({ description: "Takes a power off the list (取消); its history stays" })
export class WithdrawPowerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  expectedVersion?: number;

  @Field({ description: "Why, e.g. the instrument that gave it was repealed" })
  @NotBlank()
  @Length(1, 500)
  reason!: string;
}

@ArgsType()
export class PowersArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  agencyId?: string;

  @Field(() => PowerCategory, { nullable: true })
  @IsOptional()
  category?: PowerCategory;

  @Field({ nullable: true, description: "Powers over this matter or anything below it" })
  @IsOptional()
  matterCode?: string;

  @Field({ nullable: true, description: "Powers that apply in this region (their region is it or covers it)" })
  @IsOptional()
  regionCode?: string;

  @Field(() => [PowerStatus], { nullable: true, description: "Default: ACTIVE and SUSPENDED" })
  @IsOptional()
  status?: PowerStatus[];

  @Field({ nullable: true, description: "Part of the name or code" })
  @IsOptional()
  @Length(1, 100)
  search?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The list as it stood on that day: each power as recorded by the end of it, and only powers valid that day",
  })
  @IsOptional()
  asOf?: string;
}
