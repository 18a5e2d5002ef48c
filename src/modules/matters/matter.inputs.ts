import { Field, InputType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { NotBlank } from "../../platform/graphql/validation.js";

@InputType({ description: "A new matter under an existing one (or a new root)" })
export class CreateMatterInput {
  @Field({ description: "Dotted upper-case code; every part but the last must already exist, e.g. FOOD.STREET_STALL under FOOD" })
  @Matches(/^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/, { message: "must be dotted parts of A–Z, 0–9 and _, each starting with a letter" })
  @Length(1, 120)
  code!: string;

  @Field()
  @NotBlank()
  @Length(1, 100, { message: "must be 1 to 100 characters" })
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string;
}
