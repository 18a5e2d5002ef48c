import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { AgencyResolver } from "./modules/agencies/agency.resolver.js";
import { CaseResolver } from "./modules/cases/case.resolver.js";
import { CaseReviewResolver } from "./modules/cases/case-review.resolver.js";
import { WorkingCalendarResolver } from "./modules/cases/working-calendar.resolver.js";
import {
  AgendaItemResolver,
  FollowUpTaskResolver,
  MeetingAttendanceResolver,
  MeetingDecisionResolver,
  MeetingResolver,
  RoutingRuleResolver,
} from "./modules/meetings/meeting.resolver.js";
import { MeetingRoomResolver } from "./modules/meetings/meeting-room.resolver.js";
import { FieldReportResolver, OperationAssignmentResolver, OperationParticipantResolver, OperationResolver } from "./modules/operations/operation.resolver.js";
import { EventResolver } from "./modules/events/event.resolver.js";
import { MeResolver } from "./modules/identity/me.resolver.js";
import { LegalArticleResolver, LegalInstrumentResolver } from "./modules/legal/legal.resolver.js";
import { MatterResolver } from "./modules/matters/matter.resolver.js";
import { OfficerResolver } from "./modules/officers/officer.resolver.js";
import { OverlapResolver } from "./modules/overlaps/overlap.resolver.js";
import { OverlapPowersResolver, PowerResolver } from "./modules/powers/power.resolver.js";
import { RegionResolver } from "./modules/regions/region.resolver.js";

/** The one place that lists the resolvers. */
export const RESOLVERS = [
  MeResolver,
  RegionResolver,
  AgencyResolver,
  OfficerResolver,
  MatterResolver,
  LegalInstrumentResolver,
  LegalArticleResolver,
  EventResolver,
  PowerResolver,
  OverlapResolver,
  OverlapPowersResolver,
  CaseResolver,
  CaseReviewResolver,
  WorkingCalendarResolver,
  MeetingResolver,
  AgendaItemResolver,
  MeetingAttendanceResolver,
  MeetingDecisionResolver,
  FollowUpTaskResolver,
  RoutingRuleResolver,
  MeetingRoomResolver,
  OperationResolver,
  OperationParticipantResolver,
  OperationAssignmentResolver,
  FieldReportResolver,
] as const;

/** Builds the executable schema; class-validator rules run on every input (off by default in v2). */
export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    // Every subscription brings its own `subscribe` (the event log's replay-then-live stream);
    // type-graphql still insists on a PubSub, so it gets one that refuses to be used.
    pubSub: {
      publish() {
        throw new Error("the hub publishes through the event log, not type-graphql's PubSub");
      },
      subscribe() {
        throw new Error("the hub subscribes through the event log, not type-graphql's PubSub");
      },
    },
    emitSchemaFile: false,
  });
}
