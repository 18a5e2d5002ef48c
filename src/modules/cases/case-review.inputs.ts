import { Field, Float, InputType } from "type-graphql";
import { Max, Min } from "class-validator";

@InputType({ description: "A case-file review's points: form 0–20, content 0–80" })
export class ReviewScoresInput {
  @Field(() => Float)
  @Min(0)
  @Max(20)
  form!: number;

  @Field(() => Float)
  @Min(0)
  @Max(80)
  content!: number;
}
