/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An agenda item the chair adds before the meeting opens */
export type AddAgendaItemInput = {
  /** Agencies concerned */
  agencyIds?: Array<string | number> | null | undefined;
  category?: PowerCategory | null | undefined;
  matterCode?: string | null | undefined;
  meetingId: string | number;
  regionCode?: string | null | undefined;
  title: string;
};

/** What sort of body an agency is */
export type AgencyKind =
  /** The office that runs the joint meeting (联席会议办公室) */
  | 'COORDINATION'
  /** A county bureau that enforces laws (执法部门) */
  | 'ENFORCEMENT'
  /** Supervision, justice, people's congress, CPPCC (监察、司法、人大、政协) */
  | 'OVERSIGHT'
  /** A town government or sub-district office (镇政府/街道办事处) */
  | 'TOWN_GOVERNMENT';

/** What an agenda item (议题) is about */
export type AgendaItemKind =
  /** An item an earlier meeting deferred */
  | 'DEFERRED'
  /** A dispute (争议事项): the agencies in conflict over one matter, across categories and towns, with the overlaps (职权交叉), disputed or unassigned cases (管辖争议) and penalty gaps (监管空白) it gathers */
  | 'DISPUTE'
  /** A case several agencies cover with no lead (管辖争议) */
  | 'DISPUTED_CASE'
  /** Added by the chair */
  | 'OTHER'
  /** A follow-up task past its due date (督办) */
  | 'OVERDUE_TASK'
  /** Open HIGH and MEDIUM overlaps between two agencies over one matter (职权交叉) */
  | 'OVERLAPS'
  /** A planned joint operation, for the meeting to endorse */
  | 'PROPOSED_OPERATION'
  /** A matter and towns with no penalty power */
  | 'REGULATORY_GAP'
  /** A case nobody covers (监管空白) */
  | 'UNASSIGNED_CASE';

/** Whether the meeting settled the item */
export type AgendaItemStatus =
  /** The meeting recorded a decision on it */
  | 'DECIDED'
  /** Left undecided (or decided DEFER): what is still open in it comes back on a later agenda */
  | 'DEFERRED'
  /** On an agenda, not yet decided: the one open entry for its records */
  | 'OPEN'
  /** Nothing in it is open any more: another item's decision (settledByDecisionId) or events outside the meeting settled it; never carried over */
  | 'SETTLED';

/** Where a case stands */
export type CaseStatus =
  /** Filed (立案) by the lead with certified officers (APL Art. 42); the decision clock runs */
  | 'ACCEPTED'
  /** Routed to its lead agency, not yet filed */
  | 'ASSIGNED'
  /** Closed (结案) */
  | 'CLOSED'
  /** Decided (作出决定) */
  | 'DECIDED'
  /** Not filed (不予立案), with the reason */
  | 'DISMISSED'
  /** Several agencies cover it and no lead is designated: the first to file takes it (APL Art. 25), else the joint meeting decides */
  | 'DISPUTED'
  /** The decision was carried out (执行) */
  | 'EXECUTED'
  /** Under investigation (调查取证) */
  | 'INVESTIGATING'
  /** Referred (移送) to another agency, awaiting its answer */
  | 'REFERRED'
  /** Suspended (中止); the clocks stop */
  | 'SUSPENDED'
  /** Transferred to the judicial organs as a suspected crime (涉嫌犯罪移送, APL Art. 27) */
  | 'TRANSFERRED'
  /** No agency holds a power that covers it: a regulatory gap, on the chair's list */
  | 'UNASSIGNED';

/** How serious an overlap is. HIGH when a PENALTY or COERCIVE_MEASURE overlap rests on the same legal basis or the same matter (SAME_BASIS, SAME_MATTER); MEDIUM when a PENALTY or COERCIVE_MEASURE overlap is only on nested matters (NESTED_MATTER), or when a LICENSING, INSPECTION or LEVY overlap rests on the same legal basis or the same matter; LOW otherwise. */
export type OverlapSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Category of a power item (权力类型) */
export type PowerCategory =
  /** 行政裁决 */
  | 'ADJUDICATION'
  /** 行政给付 */
  | 'BENEFIT'
  /** 行政强制 */
  | 'COERCIVE_MEASURE'
  /** 行政确认 */
  | 'CONFIRMATION'
  /** 行政检查 */
  | 'INSPECTION'
  /** 行政征收 */
  | 'LEVY'
  /** 行政许可 */
  | 'LICENSING'
  /** 其他 */
  | 'OTHER'
  /** 行政处罚 */
  | 'PENALTY'
  /** 行政奖励 */
  | 'REWARD';

/** Level of a region in the county's administrative tree */
export type RegionLevel =
  /** Urban community (社区) */
  | 'COMMUNITY'
  /** County (县) */
  | 'COUNTY'
  /** Sub-district (街道) */
  | 'SUBDISTRICT'
  /** Town (镇) */
  | 'TOWN'
  /** Village (村) */
  | 'VILLAGE';

/** What a caller may do in the hub */
export type Role =
  /** The hub's administrator: reference data */
  | 'ADMIN'
  /** An officer acting for one agency (部门执法人员) */
  | 'AGENCY_OFFICER'
  /** The deputy county head and the legal affairs office (分管副县长、司法局法制科) */
  | 'CHAIR'
  /** A system that reports cases, such as the 12345 hotline */
  | 'INTAKE'
  /** Supervision, justice, people's congress, CPPCC: read everything, change nothing (监督) */
  | 'SUPERVISOR';

export type ConsoleAgencyNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAgencyNamesQuery = { agencies: Array<{ id: string, code: string, name: string, shortName: string, kind: AgencyKind }> };

export type ConsoleRegionNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleRegionNamesQuery = { regions: Array<{ code: string, name: string, level: RegionLevel }> };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { sub: string, name: string, role: Role, expiresAt: string, agency: { id: string, code: string, name: string, shortName: string } | null } };

export type ConsoleNextMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNextMeetingQuery = { meetings: { nodes: Array<{ id: string, title: string, scheduledAt: string }> } };

export type ConsoleAddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type ConsoleAddAgendaItemMutation = { addAgendaItem: { id: string, position: number, title: string } };

export type ConsoleDisputeOverlapsQueryVariables = Exact<{
  agencyId: string | number;
  matterCode?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleDisputeOverlapsQuery = { overlaps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, agencyIds: Array<string>, severity: OverlapSeverity, category: PowerCategory, summary: string, powers: Array<{ id: string, name: string, code: string, category: PowerCategory, agency: { id: string, shortName: string } }>, matters: Array<{ code: string, name: string }>, regions: Array<{ code: string, name: string }>, sharedArticles: Array<{ id: string, label: string, instrument: { title: string } }> }> } };

export type ConsoleDisputeCasesQueryVariables = Exact<{
  matterCode?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleDisputeCasesQuery = { cases: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, title: string, status: CaseStatus, createdAt: string, region: { name: string }, candidates: Array<{ id: string, shortName: string }> }> } };

export type ConsoleOverlapMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOverlapMatrixQuery = { overlapMatrix: { pairs: Array<{ high: number, medium: number, low: number, total: number, a: { id: string, code: string, shortName: string }, b: { id: string, code: string, shortName: string } }> } };

export type ConsolePairDisputesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePairDisputesQuery = { agendaBacklog: Array<{ rank: number, kind: AgendaItemKind, title: string, severity: OverlapSeverity, agencyIds: Array<string>, caseIds: Array<string>, overlapIds: Array<string>, matterCode: string | null, regionCode: string | null, gapRegionCodes: Array<string>, weight: { overlaps: number, openCases: number, oldestCaseWaitingDays: number | null } }>, meetings: { nodes: Array<{ id: string, title: string, scheduledAt: string, agenda: Array<{ id: string, kind: AgendaItemKind, title: string, severity: OverlapSeverity | null, status: AgendaItemStatus, agencyIds: Array<string>, caseIds: Array<string>, overlapIds: Array<string>, matterCode: string | null, regionCode: string | null, gapRegionCodes: Array<string>, weight: { overlaps: number, openCases: number, oldestCaseWaitingDays: number | null } }> }> } };


export const ConsoleAgencyNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAgencyNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ConsoleAgencyNamesQuery, ConsoleAgencyNamesQueryVariables>;
export const ConsoleRegionNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRegionNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ConsoleRegionNamesQuery, ConsoleRegionNamesQueryVariables>;
export const ConsoleMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleNextMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleNextMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SCHEDULED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleNextMeetingQuery, ConsoleNextMeetingQueryVariables>;
export const ConsoleAddAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ConsoleAddAgendaItemMutation, ConsoleAddAgendaItemMutationVariables>;
export const ConsoleDisputeOverlapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDisputeOverlaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"matterCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyIds"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"powers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDisputeOverlapsQuery, ConsoleDisputeOverlapsQueryVariables>;
export const ConsoleDisputeCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDisputeCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISPUTED"},{"kind":"EnumValue","value":"UNASSIGNED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"matterCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDisputeCasesQuery, ConsoleDisputeCasesQueryVariables>;
export const ConsoleOverlapMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOverlapMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overlapMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOverlapMatrixQuery, ConsoleOverlapMatrixQueryVariables>;
export const ConsolePairDisputesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePairDisputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaBacklog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"agencyIds"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"overlapIds"}},{"kind":"Field","name":{"kind":"Name","value":"matterCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"gapRegionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"weight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overlaps"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"oldestCaseWaitingDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SCHEDULED"},{"kind":"EnumValue","value":"IN_SESSION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agencyIds"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"overlapIds"}},{"kind":"Field","name":{"kind":"Name","value":"matterCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"gapRegionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"weight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overlaps"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"oldestCaseWaitingDays"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePairDisputesQuery, ConsolePairDisputesQueryVariables>;