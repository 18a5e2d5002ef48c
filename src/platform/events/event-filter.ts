import type { SelectQueryBuilder } from "typeorm";
import type { HubEvent } from "./hub-event.entity.js";
import type { EventTopic } from "./topics.js";

/**
 * What a reader asks for, beyond what the access gate allows. Each rule exists twice, side by
 * side: in memory for live delivery and in SQL for replay and queries; they must agree.
 */
export interface EventFilter {
  topics?: readonly EventTopic[];
  types?: readonly string[];
  /** Events that concern this agency. */
  agencyId?: string;
  /** Events about this record. */
  subjectId?: string;
}

export function matchesFilter(event: HubEvent, filter: EventFilter): boolean {
  if (filter.topics?.length && !filter.topics.includes(event.topic)) return false;
  if (filter.types?.length && !filter.types.includes(event.type)) return false;
  if (filter.agencyId && !event.agencyIds.includes(filter.agencyId)) return false;
  if (filter.subjectId && !event.subjectIds.includes(filter.subjectId)) return false;
  return true;
}

export function applyFilter(qb: SelectQueryBuilder<HubEvent>, filter: EventFilter, alias = "e"): SelectQueryBuilder<HubEvent> {
  if (filter.topics?.length) qb.andWhere(`${alias}.topic IN (:...topics)`, { topics: filter.topics });
  if (filter.types?.length) qb.andWhere(`${alias}.type IN (:...types)`, { types: filter.types });
  if (filter.agencyId) qb.andWhere(`${alias}.agency_ids @> ARRAY[:filterAgency]::uuid[]`, { filterAgency: filter.agencyId });
  if (filter.subjectId) qb.andWhere(`${alias}.subject_ids @> ARRAY[:filterSubject]::text[]`, { filterSubject: filter.subjectId });
  return qb;
}
