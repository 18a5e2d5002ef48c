import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, Min, ValidateNested } from "class-validator";
import { PageArgs } from "../../platform/graphql/connection.js";
import { NotBlank } from "../../platform/graphql/validation.js";
import { LegalLevel, LegalStatus } from "./legal.entity.js";

@InputType({ description: "One article of a new instrument" })
export class ArticleInput {
  @Field({ description: "Arabic numerals: 25, or 25-1 for 第二十五条之一" })
  @Matches(/^[1-9][0-9]{0,3}(-[1-9][0-9]?)?$/, { message: "must be an article number such as 25 or 25-1" })
  number!: string;

  @Field()
  @NotBlank()
  @Length(1, 20000)
  text!: string;
}

@InputType({ description: "A legal instrument for the catalogue" })
export class CreateLegalInstrumentInput {
  @Field()
  @NotBlank()
  @Length(1, 200, { message: "must be 1 to 200 characters" })
  title!: string;

  @Field(() => LegalLevel)
  level!: LegalLevel;

  @Field()
  @NotBlank()
  @Length(1, 200, { message: "must be 1 to 200 characters" })
  issuer!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  documentNumber?: string;

  @Field(() => LocalDateResolver)
  effectiveDate!: string;

  @Field(() => LegalStatus, { defaultValue: LegalStatus.IN_FORCE, description: "IN_FORCE or AMENDED; repeal with repealLegalInstrument" })
  @IsIn([LegalStatus.IN_FORCE, LegalStatus.AMENDED], { message: "must be IN_FORCE or AMENDED; use repealLegalInstrument to repeal" })
  status: LegalStatus = LegalStatus.IN_FORCE;

  @Field(() => [ArticleInput], { defaultValue: [], description: "The articles the catalogue needs, in order" })
  @ValidateNested({ each: true })
  @ArrayMaxSize(2000)
  articles!: ArticleInput[];
}

@InputType({ description: "Marks an instrument as repealed (废止)" })
export class RepealLegalInstrumentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateResolver, { description: "The day it ceased to have effect" })
  repealedOn!: string;

  @Field({ nullable: true, description: "Why, or the instrument that replaces it" })
  @IsOptional()
  @Length(1, 1000)
  note?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  expectedVersion?: number;
}

@ArgsType()
export class LegalInstrumentsArgs extends PageArgs {
  @Field(() => LegalLevel, { nullable: true })
  @IsOptional()
  level?: LegalLevel;

  @Field(() => LegalStatus, { nullable: true })
  @IsOptional()
  status?: LegalStatus;

  @Field({ nullable: true, description: "Part of the title, issuer or document number" })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}
