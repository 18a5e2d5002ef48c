import { manyByKey } from "../../platform/graphql/loaders.js";
import type { CaseQueryService } from "../cases/case-query.service.js";
import type { OperationService } from "./operation.service.js";

export function createOperationLoaders(operations: OperationService, cases: CaseQueryService) {
  return {
    operationParticipants: manyByKey((ids: readonly string[]) => operations.participantsOf(ids), (p) => p.operationId),
    operationAssignments: manyByKey((ids: readonly string[]) => operations.assignmentsOf(ids), (a) => a.operationId),
    operationReports: manyByKey((ids: readonly string[]) => operations.reportsOf(ids), (r) => r.operationId),
    operationCases: manyByKey((ids: readonly string[]) => cases.byOperations(ids), (c) => c.operationId!),
  };
}
