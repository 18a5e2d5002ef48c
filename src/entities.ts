import { HubEvent } from "./platform/events/hub-event.entity.js";
import { Agency } from "./modules/agencies/agency.entity.js";
import { LegalArticle, LegalInstrument } from "./modules/legal/legal.entity.js";
import { Matter } from "./modules/matters/matter.entity.js";
import { Officer } from "./modules/officers/officer.entity.js";
import { Overlap } from "./modules/overlaps/overlap.entity.js";
import { Power, PowerRevision } from "./modules/powers/power.entity.js";
import { RoutingRule } from "./modules/powers/routing-rule.entity.js";
import { CaseAttachment, CaseParticipant, CaseReferral, CaseReview, CaseReviewRevision, EnforcementCase } from "./modules/cases/case.entity.js";
import { WorkingCalendarYear } from "./modules/cases/working-calendar.entity.js";
import { AgendaItem, FollowUpTask, Meeting, MeetingAttendance, MeetingDecision } from "./modules/meetings/meeting.entity.js";
import { FieldReport, JointOperation, OperationAssignment, OperationParticipant } from "./modules/operations/operation.entity.js";
import { Region } from "./modules/regions/region.entity.js";

/** Every table the hub maps, for the TypeORM data source. The schema itself comes from migrations/. */
export const ENTITIES = [Region, Agency, Officer, Matter, LegalInstrument, LegalArticle, HubEvent, Power, PowerRevision, Overlap, RoutingRule, EnforcementCase, CaseParticipant, CaseReferral, CaseAttachment, CaseReview, CaseReviewRevision, WorkingCalendarYear, Meeting, MeetingAttendance, AgendaItem, MeetingDecision, FollowUpTask, JointOperation, OperationParticipant, OperationAssignment, FieldReport];
