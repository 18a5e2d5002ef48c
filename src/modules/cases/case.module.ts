import { CASE_RECORDS } from "./case.access.js";
import { defineModule, type Uses } from "../../platform/module.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { OfficerService } from "../officers/officer.service.js";
import type { JurisdictionService } from "../powers/jurisdiction.service.js";
import { CaseReviewResolver } from "./case-review.resolver.js";
import { CaseReviewService } from "./case-review.service.js";
import { CaseAttachment, CaseParticipant, CaseReferral, CaseReview, CaseReviewRevision, EnforcementCase } from "./case.entity.js";
import { createCaseLoaders } from "./case.loaders.js";
import { CaseResolver } from "./case.resolver.js";
import { CaseService } from "./case.service.js";
import { CaseQueryService } from "./case-query.service.js";
import { CaseRoutingService } from "./case-routing.service.js";
import { WorkingCalendarYear } from "./working-calendar.entity.js";
import { WorkingCalendarResolver } from "./working-calendar.resolver.js";
import { WorkingCalendarService } from "./working-calendar.service.js";
import { CALENDAR_EVENTS, CASE_EVENTS } from "./case.events.js";

type Needs = Uses<{ jurisdiction: JurisdictionService; agencies: AgencyService; officers: OfficerService }>;

/** Shared cases: intake and routing, the statutory steps and clocks, referrals, case-file review. */
export const casesModule = defineModule({
  name: "cases",
  entities: [EnforcementCase, CaseParticipant, CaseReferral, CaseAttachment, CaseReview, CaseReviewRevision, WorkingCalendarYear],
  services: (d: Needs) => {
    const workingCalendar = new WorkingCalendarService(d.uow, d.access, d.bus);
    const cases = new CaseService(d.uow, d.access, d.jurisdiction, d.agencies, d.officers, d.clock);
    return {
      workingCalendar,
      cases,
      caseQueries: new CaseQueryService(d.dataSource, d.access, d.agencies, d.clock, workingCalendar),
      caseRouting: new CaseRoutingService(d.uow, d.access, d.jurisdiction, d.agencies, cases, d.casePrefix, d.clock),
      caseReviews: new CaseReviewService(d.uow, d.access, d.clock),
    };
  },
  loaders: (s) => createCaseLoaders(s.caseQueries, s.caseReviews),
  resolvers: [CaseResolver, CaseReviewResolver, WorkingCalendarResolver],
  events: { ...CASE_EVENTS, ...CALENDAR_EVENTS },
  records: [CASE_RECORDS],
});
