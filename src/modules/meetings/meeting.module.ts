import { MEETING_RECORDS } from "./meeting.access.js";
import { defineModule, type Uses } from "../../platform/module.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { CaseQueryService } from "../cases/case-query.service.js";
import type { CaseRoutingService } from "../cases/case-routing.service.js";
import type { MatterService } from "../matters/matter.service.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import type { RegionService } from "../regions/region.service.js";
import type { RoutingRuleService } from "../routing/routing-rule.service.js";
import { MeetingRoomResolver } from "./meeting-room.resolver.js";
import { AgendaItem, FollowUpTask, Meeting, MeetingAttendance, MeetingDecision } from "./meeting.entity.js";
import { createMeetingLoaders } from "./meeting.loaders.js";
import { AgendaItemResolver, FollowUpTaskResolver, MeetingAttendanceResolver, MeetingDecisionResolver, MeetingResolver } from "./meeting.resolver.js";
import { MeetingService } from "./meeting.service.js";
import { MinutesLinks } from "./minutes-link.js";
import { OperationProposals } from "./operation-proposals.js";
import { MEETING_EVENTS } from "./meeting.events.js";

type Needs = Uses<{
  agencies: AgencyService;
  regions: RegionService;
  overlaps: OverlapService;
  caseQueries: CaseQueryService;
  caseRouting: CaseRoutingService;
  jurisdiction: JurisdictionService;
  routingRules: RoutingRuleService;
  matters: MatterService;
}>;

/** Joint meetings (联席会议): agenda, attendance and quorum, decisions and their effects, minutes, follow-up tasks. */
export const meetingsModule = defineModule({
  name: "meetings",
  entities: [Meeting, MeetingAttendance, AgendaItem, MeetingDecision, FollowUpTask],
  services: (d: Needs) => {
    const operationProposals = new OperationProposals();
    const meetings = new MeetingService(
      d.uow, d.access, d.agencies, d.regions, d.overlaps, d.caseQueries, d.caseRouting, d.jurisdiction, d.routingRules, d.matters,
      (em) => operationProposals.read(em),
      d.clock,
    );
    return { meetings, operationProposals, minutesLinks: new MinutesLinks(d.linkSecret, meetings, d.agencies) };
  },
  loaders: (s) => createMeetingLoaders(s.meetings),
  resolvers: [MeetingResolver, AgendaItemResolver, MeetingAttendanceResolver, MeetingDecisionResolver, FollowUpTaskResolver, MeetingRoomResolver],
  events: MEETING_EVENTS,
  records: [MEETING_RECORDS],
});
