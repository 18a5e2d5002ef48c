import { Field, ID, InputType, Int } from "type-graphql";
import { IsBoolean, IsOptional, Length, Matches, Min } from "class-validator";
import { NotBlank } from "../../platform/graphql/validation.js";
import { AgencyKind } from "./agency.entity.js";

@InputType({ description: "A new agency" })
export class CreateAgencyInput {
  @Field({ description: "2 to 32 characters: A–Z, 0–9 and _" })
  @Matches(/^[A-Z0-9_]{2,32}$/, { message: "must be 2 to 32 characters of A–Z, 0–9 and _" })
  code!: string;

  @Field()
  @NotBlank()
  @Length(1, 100, { message: "must be 1 to 100 characters" })
  name!: string;

  @Field()
  @NotBlank()
  @Length(1, 30, { message: "must be 1 to 30 characters" })
  shortName!: string;

  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Field({ description: "Region the agency serves: the county for bureaus, its town for a town government" })
  @Length(1, 12)
  regionCode!: string;
}

@InputType({ description: "Changes to an agency; omitted fields stay as they are. The code never changes." })
export class UpdateAgencyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; the update fails with CONFLICT if someone changed it since" })
  @IsOptional()
  @Min(1)
  expectedVersion?: number;

  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 100, { message: "must be 1 to 100 characters" })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 30, { message: "must be 1 to 30 characters" })
  shortName?: string;

  @Field(() => AgencyKind, { nullable: true })
  @IsOptional()
  kind?: AgencyKind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 12)
  regionCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
