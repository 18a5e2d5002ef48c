import { Field, ID, Int, ObjectType } from "type-graphql";
import { calendarDaysBetween } from "../cases/statutory-clock.js";
import { countyDate } from "../../platform/time.js";
import { OverlapSeverity } from "../overlaps/overlap-engine.js";
import { PowerCategory } from "../powers/power-enums.js";
import { AgendaItemKind, type AgendaProposal } from "./meeting.entity.js";

@ObjectType({ description: "What an item weighs, after its severity: the agenda ranks by severity, then open cases, then the oldest case's wait, then overlaps" })
export class AgendaWeight {
  @Field(() => Int, { description: "Overlaps (职权交叉) it gathers" })
  overlaps!: number;
  @Field(() => Int, { description: "Disputed or unassigned cases waiting for a lead" })
  openCases!: number;
  @Field(() => Int, { nullable: true, description: "Calendar days (county time) the oldest of those cases has waited; null without cases" })
  oldestCaseWaitingDays!: number | null;
}

/** The weight of an item or proposal, as of `today` (county date). */
export function weightOf(p: Pick<AgendaProposal, "overlapIds" | "caseIds" | "waitingSince">, today: string): AgendaWeight {
  return {
    overlaps: p.overlapIds.length,
    openCases: p.caseIds.length,
    oldestCaseWaitingDays: p.waitingSince ? calendarDaysBetween(countyDate(p.waitingSince), today) : null,
  };
}

@ObjectType({ description: "A ranked item not on any open agenda (the backlog, 待议事项): later meetings draw from it in this order" })
export class AgendaBacklogItem {
  @Field(() => Int, { description: "Its place in the ranking, from 1" })
  rank!: number;
  @Field(() => AgendaItemKind)
  kind!: AgendaItemKind;
  @Field({ description: "What the chair reads: the matter and the agencies in conflict, by name" })
  title!: string;
  @Field(() => OverlapSeverity, { description: "The worst inside" })
  severity!: OverlapSeverity;
  @Field(() => AgendaWeight)
  weight!: AgendaWeight;
  @Field(() => String, { nullable: true })
  matterCode!: string | null;
  @Field(() => String, { nullable: true })
  regionCode!: string | null;
  @Field(() => [PowerCategory])
  categories!: PowerCategory[];
  @Field(() => [ID], { description: "The agencies concerned, the most involved first" })
  agencyIds!: string[];
  @Field(() => [ID])
  overlapIds!: string[];
  @Field(() => [ID])
  caseIds!: string[];
  @Field(() => [ID])
  taskIds!: string[];
  @Field(() => [ID])
  operationIds!: string[];
  @Field(() => [String], { description: "Towns (codes) where its matter has no penalty power (监管空白)" })
  gapRegionCodes!: string[];
}

/** Backlog entries for GraphQL, ranked from 1 after what the agenda took. */
export function backlogItems(list: AgendaProposal[], today: string): AgendaBacklogItem[] {
  return list.map((p, i) => ({ ...p, rank: i + 1, weight: weightOf(p, today) }));
}
