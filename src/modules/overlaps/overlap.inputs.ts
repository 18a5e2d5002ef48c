import { ArgsType, Field, ID } from "type-graphql";
import { IsOptional } from "class-validator";
import { PageArgs } from "../../platform/graphql/connection.js";
import { PowerCategory } from "../powers/power-enums.js";
import { OverlapKind, OverlapSeverity } from "./overlap-engine.js";
import { OverlapStatus } from "./overlap.entity.js";

@ArgsType()
export class OverlapsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only overlaps this agency is party to" })
  @IsOptional()
  agencyId?: string;

  @Field(() => [OverlapStatus], { nullable: true, description: "Default: OPEN and UNDER_REVIEW" })
  @IsOptional()
  status?: OverlapStatus[];

  @Field(() => OverlapSeverity, { nullable: true })
  @IsOptional()
  severity?: OverlapSeverity;

  @Field(() => OverlapKind, { nullable: true })
  @IsOptional()
  kind?: OverlapKind;

  @Field(() => PowerCategory, { nullable: true })
  @IsOptional()
  category?: PowerCategory;

  @Field({ nullable: true, description: "Only overlaps whose shared matters lie in this matter's subtree" })
  @IsOptional()
  matterCode?: string;

  @Field({ nullable: true, description: "Only overlaps whose shared regions lie in this region's subtree" })
  @IsOptional()
  regionCode?: string;
}
