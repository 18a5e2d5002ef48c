/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleAgencyNames {\n    agencies { id code name shortName kind }\n  }\n": typeof types.ConsoleAgencyNamesDocument,
    "\n  query ConsoleRegionNames {\n    regions { code name level }\n  }\n": typeof types.ConsoleRegionNamesDocument,
    "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  query ConsoleNextMeeting {\n    meetings(status: [SCHEDULED], first: 20) {\n      nodes { id title scheduledAt }\n    }\n  }\n": typeof types.ConsoleNextMeetingDocument,
    "\n  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { id position title }\n  }\n": typeof types.ConsoleAddAgendaItemDocument,
    "\n  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {\n    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        agencyIds\n        severity\n        category\n        summary\n        powers { id name code category agency { id shortName } }\n        matters { code name }\n        regions { code name }\n        sharedArticles { id label instrument { title } }\n      }\n    }\n  }\n": typeof types.ConsoleDisputeOverlapsDocument,
    "\n  query ConsoleDisputeCases($matterCode: String, $after: String) {\n    cases(status: [DISPUTED, UNASSIGNED], matterCode: $matterCode, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        number\n        title\n        status\n        createdAt\n        region { name }\n        candidates { id shortName }\n      }\n    }\n  }\n": typeof types.ConsoleDisputeCasesDocument,
    "\n  query ConsoleOverlapMatrix {\n    overlapMatrix {\n      pairs {\n        a { id code shortName }\n        b { id code shortName }\n        high\n        medium\n        low\n        total\n      }\n    }\n  }\n": typeof types.ConsoleOverlapMatrixDocument,
    "\n  query ConsolePairDisputes {\n    agendaBacklog {\n      rank\n      kind\n      title\n      severity\n      agencyIds\n      caseIds\n      overlapIds\n      matterCode\n      regionCode\n      gapRegionCodes\n      weight { overlaps openCases oldestCaseWaitingDays }\n    }\n    meetings(status: [SCHEDULED, IN_SESSION], first: 20) {\n      nodes {\n        id\n        title\n        scheduledAt\n        agenda {\n          id\n          kind\n          title\n          severity\n          status\n          agencyIds\n          caseIds\n          overlapIds\n          matterCode\n          regionCode\n          gapRegionCodes\n          weight { overlaps openCases oldestCaseWaitingDays }\n        }\n      }\n    }\n  }\n": typeof types.ConsolePairDisputesDocument,
};
const documents: Documents = {
    "\n  query ConsoleAgencyNames {\n    agencies { id code name shortName kind }\n  }\n": types.ConsoleAgencyNamesDocument,
    "\n  query ConsoleRegionNames {\n    regions { code name level }\n  }\n": types.ConsoleRegionNamesDocument,
    "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  query ConsoleNextMeeting {\n    meetings(status: [SCHEDULED], first: 20) {\n      nodes { id title scheduledAt }\n    }\n  }\n": types.ConsoleNextMeetingDocument,
    "\n  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { id position title }\n  }\n": types.ConsoleAddAgendaItemDocument,
    "\n  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {\n    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        agencyIds\n        severity\n        category\n        summary\n        powers { id name code category agency { id shortName } }\n        matters { code name }\n        regions { code name }\n        sharedArticles { id label instrument { title } }\n      }\n    }\n  }\n": types.ConsoleDisputeOverlapsDocument,
    "\n  query ConsoleDisputeCases($matterCode: String, $after: String) {\n    cases(status: [DISPUTED, UNASSIGNED], matterCode: $matterCode, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        number\n        title\n        status\n        createdAt\n        region { name }\n        candidates { id shortName }\n      }\n    }\n  }\n": types.ConsoleDisputeCasesDocument,
    "\n  query ConsoleOverlapMatrix {\n    overlapMatrix {\n      pairs {\n        a { id code shortName }\n        b { id code shortName }\n        high\n        medium\n        low\n        total\n      }\n    }\n  }\n": types.ConsoleOverlapMatrixDocument,
    "\n  query ConsolePairDisputes {\n    agendaBacklog {\n      rank\n      kind\n      title\n      severity\n      agencyIds\n      caseIds\n      overlapIds\n      matterCode\n      regionCode\n      gapRegionCodes\n      weight { overlaps openCases oldestCaseWaitingDays }\n    }\n    meetings(status: [SCHEDULED, IN_SESSION], first: 20) {\n      nodes {\n        id\n        title\n        scheduledAt\n        agenda {\n          id\n          kind\n          title\n          severity\n          status\n          agencyIds\n          caseIds\n          overlapIds\n          matterCode\n          regionCode\n          gapRegionCodes\n          weight { overlaps openCases oldestCaseWaitingDays }\n        }\n      }\n    }\n  }\n": types.ConsolePairDisputesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAgencyNames {\n    agencies { id code name shortName kind }\n  }\n"): (typeof documents)["\n  query ConsoleAgencyNames {\n    agencies { id code name shortName kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRegionNames {\n    regions { code name level }\n  }\n"): (typeof documents)["\n  query ConsoleRegionNames {\n    regions { code name level }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNextMeeting {\n    meetings(status: [SCHEDULED], first: 20) {\n      nodes { id title scheduledAt }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleNextMeeting {\n    meetings(status: [SCHEDULED], first: 20) {\n      nodes { id title scheduledAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { id position title }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { id position title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {\n    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        agencyIds\n        severity\n        category\n        summary\n        powers { id name code category agency { id shortName } }\n        matters { code name }\n        regions { code name }\n        sharedArticles { id label instrument { title } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {\n    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        agencyIds\n        severity\n        category\n        summary\n        powers { id name code category agency { id shortName } }\n        matters { code name }\n        regions { code name }\n        sharedArticles { id label instrument { title } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDisputeCases($matterCode: String, $after: String) {\n    cases(status: [DISPUTED, UNASSIGNED], matterCode: $matterCode, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        number\n        title\n        status\n        createdAt\n        region { name }\n        candidates { id shortName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDisputeCases($matterCode: String, $after: String) {\n    cases(status: [DISPUTED, UNASSIGNED], matterCode: $matterCode, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        number\n        title\n        status\n        createdAt\n        region { name }\n        candidates { id shortName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOverlapMatrix {\n    overlapMatrix {\n      pairs {\n        a { id code shortName }\n        b { id code shortName }\n        high\n        medium\n        low\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOverlapMatrix {\n    overlapMatrix {\n      pairs {\n        a { id code shortName }\n        b { id code shortName }\n        high\n        medium\n        low\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePairDisputes {\n    agendaBacklog {\n      rank\n      kind\n      title\n      severity\n      agencyIds\n      caseIds\n      overlapIds\n      matterCode\n      regionCode\n      gapRegionCodes\n      weight { overlaps openCases oldestCaseWaitingDays }\n    }\n    meetings(status: [SCHEDULED, IN_SESSION], first: 20) {\n      nodes {\n        id\n        title\n        scheduledAt\n        agenda {\n          id\n          kind\n          title\n          severity\n          status\n          agencyIds\n          caseIds\n          overlapIds\n          matterCode\n          regionCode\n          gapRegionCodes\n          weight { overlaps openCases oldestCaseWaitingDays }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePairDisputes {\n    agendaBacklog {\n      rank\n      kind\n      title\n      severity\n      agencyIds\n      caseIds\n      overlapIds\n      matterCode\n      regionCode\n      gapRegionCodes\n      weight { overlaps openCases oldestCaseWaitingDays }\n    }\n    meetings(status: [SCHEDULED, IN_SESSION], first: 20) {\n      nodes {\n        id\n        title\n        scheduledAt\n        agenda {\n          id\n          kind\n          title\n          severity\n          status\n          agencyIds\n          caseIds\n          overlapIds\n          matterCode\n          regionCode\n          gapRegionCodes\n          weight { overlaps openCases oldestCaseWaitingDays }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;