import { Field, InputType, Int } from "type-graphql";
import { IsOptional, Length, Matches, Max, Min } from "class-validator";
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

  @Field(() => Int, { nullable: true, description: "Decision period in days for this matter's cases, when a sector rule sets one (default: APL Art. 60's 90)" })
  @IsOptional()
  @Min(1)
  @Max(3650)
  decisionDays?: number;
}
