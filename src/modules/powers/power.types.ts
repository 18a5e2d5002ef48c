import { Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Connection } from "../../platform/graphql/connection.js";
import { Agency } from "../agencies/agency.entity.js";
import { LegalArticle, LegalInstrument, LegalLevel } from "../legal/legal.entity.js";
import { Matter } from "../matters/matter.entity.js";
import { Overlap } from "../overlaps/overlap.entity.js";
import { Region } from "../regions/region.entity.js";
import { PowerCategory } from "./power-enums.js";
import { PowerState } from "./power.entity.js";
import { RoutingRule } from "../routing/routing-rule.entity.js";

@ObjectType({ description: "A page of power items" })
export class PowerConnection extends Connection(PowerState, "Power") {}

@ObjectType({ description: "An article a power rests on (设定依据)" })
export class LegalBasis {
  @Field(() => LegalInstrument)
  instrument!: LegalInstrument;
  @Field(() => LegalArticle)
  article!: LegalArticle;
}

@ObjectType({ description: "What a declaration, amendment or withdrawal did" })
export class PowerChangePayload {
  @Field(() => PowerState)
  power!: PowerState;
  @Field(() => [Overlap], { description: "Overlaps this change opened (or reopened)" })
  openedOverlaps!: Overlap[];
  @Field(() => [Overlap], { description: "Overlaps this change made obsolete" })
  closedOverlaps!: Overlap[];
}

@ObjectType({ description: "What a full rescan changed" })
export class RescanPayload {
  @Field(() => Int)
  powersScanned!: number;
  @Field(() => [Overlap])
  openedOverlaps!: Overlap[];
  @Field(() => [Overlap])
  closedOverlaps!: Overlap[];
}

@ObjectType({ description: "Two agencies whose powers overlap, and how many overlaps of each severity they share" })
export class OverlapMatrixPair {
  @Field(() => Agency, { description: "The agency that comes first in the matrix order" })
  a!: Agency;
  @Field(() => Agency)
  b!: Agency;
  @Field(() => Int, { description: "Overlaps of severity HIGH (see OverlapSeverity)" })
  high!: number;
  @Field(() => Int)
  medium!: number;
  @Field(() => Int)
  low!: number;
  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: "Overlap counts between every two agencies, ready for a heatmap" })
export class OverlapMatrix {
  @Field(() => [Agency], { description: "Rows and columns, in the same order: by agency code, so two readings line up" })
  agencies!: Agency[];
  @Field(() => [[Int]], { description: "counts[i][j]: overlaps between agencies i and j (symmetric), all severities" })
  counts!: number[][];
  @Field(() => [OverlapMatrixPair], { description: "Each pair of agencies that shares an overlap, with counts by severity, in matrix order (row, then column)" })
  pairs!: OverlapMatrixPair[];
}

@ObjectType({ description: "Who has jurisdiction over a matter in a place (管辖)" })
export class Jurisdiction {
  @Field(() => Matter)
  matter!: Matter;
  @Field(() => Region)
  region!: Region;
  @Field(() => PowerCategory)
  category!: PowerCategory;
  @Field(() => LocalDateResolver)
  at!: string;
  @Field(() => [Agency], { description: "Agencies holding an active power that covers the matter and the place on that day" })
  agencies!: Agency[];
  @Field(() => [PowerState], { description: "Those powers" })
  powers!: PowerState[];
  @Field({ description: "More than one agency and no lead designated" })
  disputed!: boolean;
  @Field(() => Agency, { nullable: true, description: "The lead a joint meeting designated for this scope, if any" })
  lead!: Agency | null;
  @Field(() => RoutingRule, { nullable: true, description: "The routing rule (and through it the decision) behind the lead" })
  rule!: RoutingRule | null;
  @Field({ description: "No agency covers it: a regulatory gap (监管空白)" })
  gap!: boolean;
  @Field({ description: "The answer in one sentence, in Chinese with the names of the agencies, place, matter and category (a reported case's route reason says the same)" })
  summary!: string;
}

@ObjectType({ description: "A leaf matter with the towns where no active power of the category covers it" })
export class RegulatoryGap {
  @Field(() => Matter)
  matter!: Matter;
  @Field(() => [Region])
  regions!: Region[];
}

@ObjectType({ description: "Power usage (全占比) of one agency, or of the county" })
export class PowerUsageRow {
  @Field(() => Agency, { nullable: true, description: "Null for the county total" })
  agency!: Agency | null;
  @Field(() => Int, { description: "Active power items" })
  activeItems!: number;
  @Field(() => Int, { description: "Items with at least one case in the period" })
  usedItems!: number;
  @Field(() => Float, { description: "usedItems / activeItems (0 when there are none)" })
  ratio!: number;
}

@ObjectType({ description: "Power usage over a period" })
export class PowerUsage {
  @Field(() => LocalDateResolver)
  from!: string;
  @Field(() => LocalDateResolver)
  to!: string;
  @Field(() => PowerUsageRow)
  county!: PowerUsageRow;
  @Field(() => [PowerUsageRow])
  agencies!: PowerUsageRow[];
}

@ObjectType({ description: "An article in an agency's catalogue, with the powers that rest on it" })
export class CatalogueArticle {
  @Field(() => LegalArticle)
  article!: LegalArticle;
  @Field(() => [PowerState])
  powers!: PowerState[];
}

@ObjectType({ description: "An instrument in an agency's catalogue" })
export class CatalogueInstrument {
  @Field(() => LegalInstrument)
  instrument!: LegalInstrument;
  @Field(() => [CatalogueArticle])
  articles!: CatalogueArticle[];
}

@ObjectType({ description: "One level of an agency's catalogue" })
export class CatalogueLevel {
  @Field(() => LegalLevel)
  level!: LegalLevel;
  @Field(() => [CatalogueInstrument])
  instruments!: CatalogueInstrument[];
}

@ObjectType({ description: "The laws an agency enforces, classified by level and ordered (分类排序、列明目录)" })
export class LegalCatalogue {
  @Field(() => Agency)
  agency!: Agency;
  @Field(() => [CatalogueLevel], { description: "Highest level first; instruments by title; articles in the instrument's order" })
  levels!: CatalogueLevel[];
}

@ObjectType({ description: "A power resting on a repealed instrument" })
export class StaleLegalBasis {
  @Field(() => PowerState)
  power!: PowerState;
  @Field(() => LegalInstrument)
  instrument!: LegalInstrument;
  @Field(() => [LegalArticle])
  articles!: LegalArticle[];
}

@ObjectType({ description: "What repealing an instrument affects" })
export class RepealPayload {
  @Field(() => LegalInstrument)
  instrument!: LegalInstrument;
  @Field(() => [PowerState], { description: "Powers that rest on it and are not withdrawn" })
  affectedPowers!: PowerState[];
  @Field(() => [Agency], { description: "Their agencies; each is told through its feed" })
  affectedAgencies!: Agency[];
  @Field(() => [Overlap], { description: "Live overlaps involving those powers" })
  openOverlaps!: Overlap[];
}
