import { Field, InputType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { RegionLevel } from "./region.entity.js";

@InputType({ description: "A new region under an existing one" })
export class CreateRegionInput {
  @Field({ description: "Administrative division code: 6 to 12 digits" })
  @Matches(/^[0-9]{6,12}$/, { message: "must be 6 to 12 digits" })
  code!: string;

  @Field()
  @Length(1, 100)
  name!: string;

  @Field(() => RegionLevel)
  level!: RegionLevel;

  @Field({ nullable: true, description: "Code of the region this one lies in; omit only for the county itself" })
  @IsOptional()
  parentCode?: string;
}
