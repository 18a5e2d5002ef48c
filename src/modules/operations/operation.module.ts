import { OPERATION_RECORDS } from "./operation.access.js";
import { defineModule, type Uses } from "../../platform/module.js";
import type { AgencyService } from "../agencies/agency.service.js";
import type { CaseQueryService } from "../cases/case-query.service.js";
import type { CaseRoutingService } from "../cases/case-routing.service.js";
import type { MatterService } from "../matters/matter.service.js";
import type { MeetingService } from "../meetings/meeting.service.js";
import type { OperationProposals } from "../meetings/operation-proposals.js";
import type { OfficerService } from "../officers/officer.service.js";
import type { RegionService } from "../regions/region.service.js";
import { FieldReport, JointOperation, OperationAssignment, OperationParticipant } from "./operation.entity.js";
import { createOperationLoaders } from "./operation.loaders.js";
import { FieldReportResolver, OperationAssignmentResolver, OperationParticipantResolver, OperationResolver } from "./operation.resolver.js";
import { OperationService } from "./operation.service.js";
import { OPERATION_EVENTS } from "./operation.events.js";

type Needs = Uses<{
  agencies: AgencyService;
  officers: OfficerService;
  regions: RegionService;
  matters: MatterService;
  caseQueries: CaseQueryService;
  caseRouting: CaseRoutingService;
  meetings: MeetingService;
  operationProposals: OperationProposals;
}>;

/** Joint operations (联合执法行动): launched by a decision or the chair, run by their participants, reported from the field. */
export const operationsModule = defineModule({
  name: "operations",
  entities: [JointOperation, OperationParticipant, OperationAssignment, FieldReport],
  services: (d: Needs) => {
    const operations = new OperationService(d.uow, d.access, d.agencies, d.officers, d.regions, d.matters, d.caseRouting, d.meetings, d.clock);
    // A meeting's agenda proposes the operations still being planned.
    d.operationProposals.readFrom(async (em) =>
      (await operations.plannedIn(em)).map((op) => ({ id: op.id, title: op.title, agencyIds: [op.leadAgencyId] })),
    );
    return { operations };
  },
  loaders: (s) => createOperationLoaders(s.operations, s.caseQueries),
  resolvers: [OperationResolver, OperationParticipantResolver, OperationAssignmentResolver, FieldReportResolver],
  events: OPERATION_EVENTS,
  records: [OPERATION_RECORDS],
});
