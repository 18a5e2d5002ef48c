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
    "\n  query ConsoleEventHead {\n    eventHead { cursor }\n  }\n": typeof types.ConsoleEventHeadDocument,
    "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  query CaseSample($closedFrom: LocalDate!, $closedTo: LocalDate!, $size: Int!, $perAgencyMax: Int!, $seed: String!) {\n    sampleCaseFiles(closedFrom: $closedFrom, closedTo: $closedTo, size: $size, perAgencyMax: $perAgencyMax, seed: $seed) {\n      available\n      seed\n      perAgency { agency { shortName } available picked }\n      cases { id number title closedOn category lead { shortName } review { grade total revision } }\n    }\n  }\n": typeof types.CaseSampleDocument,
    "\n  query AuditEntries($after: String, $agencyId: ID, $from: LocalDate, $to: LocalDate) {\n    auditTrail(first: 20, after: $after, agencyId: $agencyId, from: $from, to: $to) {\n      pageInfo { hasNextPage endCursor }\n      nodes { cursor hash event { text actor { name } } }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query AuditAgencies {\n    agencies { id name }\n  }\n": typeof types.AuditAgenciesDocument,
    "\n  query ReviewVetoItems {\n    reviewVetoItems { code description }\n  }\n": typeof types.ReviewVetoItemsDocument,
    "\n  mutation RecordReview($caseId: ID!, $scores: ReviewScoresInput!, $failedVetoItems: [String!]!, $findings: String) {\n    recordCaseReview(caseId: $caseId, scores: $scores, failedVetoItems: $failedVetoItems, findings: $findings) { grade total }\n  }\n": typeof types.RecordReviewDocument,
    "\n  query VerifyTrail {\n    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }\n  }\n": typeof types.VerifyTrailDocument,
    "\n  query ChairLists {\n    disputedCases { ...ChairCase candidates { id shortName } referralRejections }\n    overdueCases { ...ChairCase lead { id shortName } }\n  }\n": typeof types.ChairListsDocument,
    "\n  fragment ChairCase on Case {\n    id\n    number\n    title\n    status\n    version\n    createdAt\n    matterCode\n    matter { name }\n    region { name }\n    deadlines { kind daysLeft due overdue paused workingDays basis }\n  }\n": typeof types.ChairCaseFragmentDoc,
    "\n  query ChairAgencies {\n    agencies(active: true) { id name shortName }\n  }\n": typeof types.ChairAgenciesDocument,
    "\n  mutation ChairAssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) { id status version }\n  }\n": typeof types.ChairAssignCaseDocument,
    "\n  query RegulatoryGaps($category: PowerCategory!) {\n    regulatoryGaps(category: $category) { matter { code name } regions { code name } }\n  }\n": typeof types.RegulatoryGapsDocument,
    "\n  query DeskInbox {\n    inbox { reason case { ...DeskCase } }\n  }\n": typeof types.DeskInboxDocument,
    "\n  query DeskLeadCases($after: String) {\n    cases(myRole: LEAD, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DeskCase }\n    }\n  }\n": typeof types.DeskLeadCasesDocument,
    "\n  subscription DeskFeed($after: String) {\n    agencyFeed(after: $after) { cursor topic text }\n  }\n": typeof types.DeskFeedDocument,
    "\n  fragment DeskCase on Case {\n    id\n    number\n    title\n    status\n    version\n    category\n    createdAt\n    allowedActions\n    matter { name }\n    region { name }\n    lead { id shortName }\n    participants { role agency { id shortName } }\n    referrals { toAgencyId status }\n    deadlines { kind daysLeft due overdue paused workingDays basis }\n    power { legalBases { article { id label } instrument { title } } }\n  }\n": typeof types.DeskCaseFragmentDoc,
    "\n  query DeskOfficers($agencyId: ID!) {\n    officers(agencyId: $agencyId, first: 100) { nodes { id name certifiedOn } }\n  }\n": typeof types.DeskOfficersDocument,
    "\n  query DeskAgencies {\n    agencies(active: true) { id name }\n  }\n": typeof types.DeskAgenciesDocument,
    "mutation DeskFileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version } }": typeof types.DeskFileCaseDocument,
    "mutation DeskInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { id status version } }": typeof types.DeskInvestigateDocument,
    "mutation DeskDecide($input: DecideCaseInput!) { decideCase(input: $input) { id status version } }": typeof types.DeskDecideDocument,
    "mutation DeskExecute($input: CaseStepInput!) { executeCase(input: $input) { id status version } }": typeof types.DeskExecuteDocument,
    "mutation DeskClose($input: CaseStepInput!) { closeCase(input: $input) { id status version } }": typeof types.DeskCloseDocument,
    "mutation DeskDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { id status version } }": typeof types.DeskDismissDocument,
    "mutation DeskSuspend($input: ReasonedStepInput!) { suspendCase(input: $input) { id status version } }": typeof types.DeskSuspendDocument,
    "mutation DeskResume($input: CaseStepInput!) { resumeCase(input: $input) { id status version } }": typeof types.DeskResumeDocument,
    "mutation DeskRefer($input: ReferCaseInput!) { referCase(input: $input) { id status version } }": typeof types.DeskReferDocument,
    "mutation DeskAnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { id status version } }": typeof types.DeskAnswerReferralDocument,
    "\n  query BoardOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      title\n      status\n      periodText\n      objectives\n      lead { name }\n      participants { headcount agency { id shortName } officers { name } }\n      assignments { id task location notes agency { shortName } updatedAt }\n      reports { id createdAt sitesInspected violationsFound notes caseIds agency { shortName } }\n      cases { id number title status createdAt lead { shortName } }\n    }\n  }\n": typeof types.BoardOperationDocument,
    "\n  subscription BoardEvents($id: ID!, $after: String) {\n    operationEvents(operationId: $id, after: $after) { cursor text occurredAt }\n  }\n": typeof types.BoardEventsDocument,
    "\n  query OperationList($after: String) {\n    operations(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status periodText lead { shortName } participants { agency { shortName } } }\n    }\n  }\n": typeof types.OperationListDocument,
};
const documents: Documents = {
    "\n  query ConsoleEventHead {\n    eventHead { cursor }\n  }\n": types.ConsoleEventHeadDocument,
    "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  query CaseSample($closedFrom: LocalDate!, $closedTo: LocalDate!, $size: Int!, $perAgencyMax: Int!, $seed: String!) {\n    sampleCaseFiles(closedFrom: $closedFrom, closedTo: $closedTo, size: $size, perAgencyMax: $perAgencyMax, seed: $seed) {\n      available\n      seed\n      perAgency { agency { shortName } available picked }\n      cases { id number title closedOn category lead { shortName } review { grade total revision } }\n    }\n  }\n": types.CaseSampleDocument,
    "\n  query AuditEntries($after: String, $agencyId: ID, $from: LocalDate, $to: LocalDate) {\n    auditTrail(first: 20, after: $after, agencyId: $agencyId, from: $from, to: $to) {\n      pageInfo { hasNextPage endCursor }\n      nodes { cursor hash event { text actor { name } } }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query AuditAgencies {\n    agencies { id name }\n  }\n": types.AuditAgenciesDocument,
    "\n  query ReviewVetoItems {\n    reviewVetoItems { code description }\n  }\n": types.ReviewVetoItemsDocument,
    "\n  mutation RecordReview($caseId: ID!, $scores: ReviewScoresInput!, $failedVetoItems: [String!]!, $findings: String) {\n    recordCaseReview(caseId: $caseId, scores: $scores, failedVetoItems: $failedVetoItems, findings: $findings) { grade total }\n  }\n": types.RecordReviewDocument,
    "\n  query VerifyTrail {\n    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }\n  }\n": types.VerifyTrailDocument,
    "\n  query ChairLists {\n    disputedCases { ...ChairCase candidates { id shortName } referralRejections }\n    overdueCases { ...ChairCase lead { id shortName } }\n  }\n": types.ChairListsDocument,
    "\n  fragment ChairCase on Case {\n    id\n    number\n    title\n    status\n    version\n    createdAt\n    matterCode\n    matter { name }\n    region { name }\n    deadlines { kind daysLeft due overdue paused workingDays basis }\n  }\n": types.ChairCaseFragmentDoc,
    "\n  query ChairAgencies {\n    agencies(active: true) { id name shortName }\n  }\n": types.ChairAgenciesDocument,
    "\n  mutation ChairAssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) { id status version }\n  }\n": types.ChairAssignCaseDocument,
    "\n  query RegulatoryGaps($category: PowerCategory!) {\n    regulatoryGaps(category: $category) { matter { code name } regions { code name } }\n  }\n": types.RegulatoryGapsDocument,
    "\n  query DeskInbox {\n    inbox { reason case { ...DeskCase } }\n  }\n": types.DeskInboxDocument,
    "\n  query DeskLeadCases($after: String) {\n    cases(myRole: LEAD, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DeskCase }\n    }\n  }\n": types.DeskLeadCasesDocument,
    "\n  subscription DeskFeed($after: String) {\n    agencyFeed(after: $after) { cursor topic text }\n  }\n": types.DeskFeedDocument,
    "\n  fragment DeskCase on Case {\n    id\n    number\n    title\n    status\n    version\n    category\n    createdAt\n    allowedActions\n    matter { name }\n    region { name }\n    lead { id shortName }\n    participants { role agency { id shortName } }\n    referrals { toAgencyId status }\n    deadlines { kind daysLeft due overdue paused workingDays basis }\n    power { legalBases { article { id label } instrument { title } } }\n  }\n": types.DeskCaseFragmentDoc,
    "\n  query DeskOfficers($agencyId: ID!) {\n    officers(agencyId: $agencyId, first: 100) { nodes { id name certifiedOn } }\n  }\n": types.DeskOfficersDocument,
    "\n  query DeskAgencies {\n    agencies(active: true) { id name }\n  }\n": types.DeskAgenciesDocument,
    "mutation DeskFileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version } }": types.DeskFileCaseDocument,
    "mutation DeskInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { id status version } }": types.DeskInvestigateDocument,
    "mutation DeskDecide($input: DecideCaseInput!) { decideCase(input: $input) { id status version } }": types.DeskDecideDocument,
    "mutation DeskExecute($input: CaseStepInput!) { executeCase(input: $input) { id status version } }": types.DeskExecuteDocument,
    "mutation DeskClose($input: CaseStepInput!) { closeCase(input: $input) { id status version } }": types.DeskCloseDocument,
    "mutation DeskDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { id status version } }": types.DeskDismissDocument,
    "mutation DeskSuspend($input: ReasonedStepInput!) { suspendCase(input: $input) { id status version } }": types.DeskSuspendDocument,
    "mutation DeskResume($input: CaseStepInput!) { resumeCase(input: $input) { id status version } }": types.DeskResumeDocument,
    "mutation DeskRefer($input: ReferCaseInput!) { referCase(input: $input) { id status version } }": types.DeskReferDocument,
    "mutation DeskAnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { id status version } }": types.DeskAnswerReferralDocument,
    "\n  query BoardOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      title\n      status\n      periodText\n      objectives\n      lead { name }\n      participants { headcount agency { id shortName } officers { name } }\n      assignments { id task location notes agency { shortName } updatedAt }\n      reports { id createdAt sitesInspected violationsFound notes caseIds agency { shortName } }\n      cases { id number title status createdAt lead { shortName } }\n    }\n  }\n": types.BoardOperationDocument,
    "\n  subscription BoardEvents($id: ID!, $after: String) {\n    operationEvents(operationId: $id, after: $after) { cursor text occurredAt }\n  }\n": types.BoardEventsDocument,
    "\n  query OperationList($after: String) {\n    operations(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status periodText lead { shortName } participants { agency { shortName } } }\n    }\n  }\n": types.OperationListDocument,
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
export function graphql(source: "\n  query ConsoleEventHead {\n    eventHead { cursor }\n  }\n"): (typeof documents)["\n  query ConsoleEventHead {\n    eventHead { cursor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSample($closedFrom: LocalDate!, $closedTo: LocalDate!, $size: Int!, $perAgencyMax: Int!, $seed: String!) {\n    sampleCaseFiles(closedFrom: $closedFrom, closedTo: $closedTo, size: $size, perAgencyMax: $perAgencyMax, seed: $seed) {\n      available\n      seed\n      perAgency { agency { shortName } available picked }\n      cases { id number title closedOn category lead { shortName } review { grade total revision } }\n    }\n  }\n"): (typeof documents)["\n  query CaseSample($closedFrom: LocalDate!, $closedTo: LocalDate!, $size: Int!, $perAgencyMax: Int!, $seed: String!) {\n    sampleCaseFiles(closedFrom: $closedFrom, closedTo: $closedTo, size: $size, perAgencyMax: $perAgencyMax, seed: $seed) {\n      available\n      seed\n      perAgency { agency { shortName } available picked }\n      cases { id number title closedOn category lead { shortName } review { grade total revision } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($after: String, $agencyId: ID, $from: LocalDate, $to: LocalDate) {\n    auditTrail(first: 20, after: $after, agencyId: $agencyId, from: $from, to: $to) {\n      pageInfo { hasNextPage endCursor }\n      nodes { cursor hash event { text actor { name } } }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($after: String, $agencyId: ID, $from: LocalDate, $to: LocalDate) {\n    auditTrail(first: 20, after: $after, agencyId: $agencyId, from: $from, to: $to) {\n      pageInfo { hasNextPage endCursor }\n      nodes { cursor hash event { text actor { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAgencies {\n    agencies { id name }\n  }\n"): (typeof documents)["\n  query AuditAgencies {\n    agencies { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewVetoItems {\n    reviewVetoItems { code description }\n  }\n"): (typeof documents)["\n  query ReviewVetoItems {\n    reviewVetoItems { code description }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReview($caseId: ID!, $scores: ReviewScoresInput!, $failedVetoItems: [String!]!, $findings: String) {\n    recordCaseReview(caseId: $caseId, scores: $scores, failedVetoItems: $failedVetoItems, findings: $findings) { grade total }\n  }\n"): (typeof documents)["\n  mutation RecordReview($caseId: ID!, $scores: ReviewScoresInput!, $failedVetoItems: [String!]!, $findings: String) {\n    recordCaseReview(caseId: $caseId, scores: $scores, failedVetoItems: $failedVetoItems, findings: $findings) { grade total }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyTrail {\n    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }\n  }\n"): (typeof documents)["\n  query VerifyTrail {\n    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChairLists {\n    disputedCases { ...ChairCase candidates { id shortName } referralRejections }\n    overdueCases { ...ChairCase lead { id shortName } }\n  }\n"): (typeof documents)["\n  query ChairLists {\n    disputedCases { ...ChairCase candidates { id shortName } referralRejections }\n    overdueCases { ...ChairCase lead { id shortName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChairCase on Case {\n    id\n    number\n    title\n    status\n    version\n    createdAt\n    matterCode\n    matter { name }\n    region { name }\n    deadlines { kind daysLeft due overdue paused workingDays basis }\n  }\n"): (typeof documents)["\n  fragment ChairCase on Case {\n    id\n    number\n    title\n    status\n    version\n    createdAt\n    matterCode\n    matter { name }\n    region { name }\n    deadlines { kind daysLeft due overdue paused workingDays basis }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChairAgencies {\n    agencies(active: true) { id name shortName }\n  }\n"): (typeof documents)["\n  query ChairAgencies {\n    agencies(active: true) { id name shortName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChairAssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) { id status version }\n  }\n"): (typeof documents)["\n  mutation ChairAssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegulatoryGaps($category: PowerCategory!) {\n    regulatoryGaps(category: $category) { matter { code name } regions { code name } }\n  }\n"): (typeof documents)["\n  query RegulatoryGaps($category: PowerCategory!) {\n    regulatoryGaps(category: $category) { matter { code name } regions { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskInbox {\n    inbox { reason case { ...DeskCase } }\n  }\n"): (typeof documents)["\n  query DeskInbox {\n    inbox { reason case { ...DeskCase } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskLeadCases($after: String) {\n    cases(myRole: LEAD, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DeskCase }\n    }\n  }\n"): (typeof documents)["\n  query DeskLeadCases($after: String) {\n    cases(myRole: LEAD, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DeskCase }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeskFeed($after: String) {\n    agencyFeed(after: $after) { cursor topic text }\n  }\n"): (typeof documents)["\n  subscription DeskFeed($after: String) {\n    agencyFeed(after: $after) { cursor topic text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskCase on Case {\n    id\n    number\n    title\n    status\n    version\n    category\n    createdAt\n    allowedActions\n    matter { name }\n    region { name }\n    lead { id shortName }\n    participants { role agency { id shortName } }\n    referrals { toAgencyId status }\n    deadlines { kind daysLeft due overdue paused workingDays basis }\n    power { legalBases { article { id label } instrument { title } } }\n  }\n"): (typeof documents)["\n  fragment DeskCase on Case {\n    id\n    number\n    title\n    status\n    version\n    category\n    createdAt\n    allowedActions\n    matter { name }\n    region { name }\n    lead { id shortName }\n    participants { role agency { id shortName } }\n    referrals { toAgencyId status }\n    deadlines { kind daysLeft due overdue paused workingDays basis }\n    power { legalBases { article { id label } instrument { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskOfficers($agencyId: ID!) {\n    officers(agencyId: $agencyId, first: 100) { nodes { id name certifiedOn } }\n  }\n"): (typeof documents)["\n  query DeskOfficers($agencyId: ID!) {\n    officers(agencyId: $agencyId, first: 100) { nodes { id name certifiedOn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskAgencies {\n    agencies(active: true) { id name }\n  }\n"): (typeof documents)["\n  query DeskAgencies {\n    agencies(active: true) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskFileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version } }"): (typeof documents)["mutation DeskFileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { id status version } }"): (typeof documents)["mutation DeskInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskDecide($input: DecideCaseInput!) { decideCase(input: $input) { id status version } }"): (typeof documents)["mutation DeskDecide($input: DecideCaseInput!) { decideCase(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskExecute($input: CaseStepInput!) { executeCase(input: $input) { id status version } }"): (typeof documents)["mutation DeskExecute($input: CaseStepInput!) { executeCase(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskClose($input: CaseStepInput!) { closeCase(input: $input) { id status version } }"): (typeof documents)["mutation DeskClose($input: CaseStepInput!) { closeCase(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { id status version } }"): (typeof documents)["mutation DeskDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskSuspend($input: ReasonedStepInput!) { suspendCase(input: $input) { id status version } }"): (typeof documents)["mutation DeskSuspend($input: ReasonedStepInput!) { suspendCase(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskResume($input: CaseStepInput!) { resumeCase(input: $input) { id status version } }"): (typeof documents)["mutation DeskResume($input: CaseStepInput!) { resumeCase(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskRefer($input: ReferCaseInput!) { referCase(input: $input) { id status version } }"): (typeof documents)["mutation DeskRefer($input: ReferCaseInput!) { referCase(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskAnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { id status version } }"): (typeof documents)["mutation DeskAnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      title\n      status\n      periodText\n      objectives\n      lead { name }\n      participants { headcount agency { id shortName } officers { name } }\n      assignments { id task location notes agency { shortName } updatedAt }\n      reports { id createdAt sitesInspected violationsFound notes caseIds agency { shortName } }\n      cases { id number title status createdAt lead { shortName } }\n    }\n  }\n"): (typeof documents)["\n  query BoardOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      title\n      status\n      periodText\n      objectives\n      lead { name }\n      participants { headcount agency { id shortName } officers { name } }\n      assignments { id task location notes agency { shortName } updatedAt }\n      reports { id createdAt sitesInspected violationsFound notes caseIds agency { shortName } }\n      cases { id number title status createdAt lead { shortName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardEvents($id: ID!, $after: String) {\n    operationEvents(operationId: $id, after: $after) { cursor text occurredAt }\n  }\n"): (typeof documents)["\n  subscription BoardEvents($id: ID!, $after: String) {\n    operationEvents(operationId: $id, after: $after) { cursor text occurredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationList($after: String) {\n    operations(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status periodText lead { shortName } participants { agency { shortName } } }\n    }\n  }\n"): (typeof documents)["\n  query OperationList($after: String) {\n    operations(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status periodText lead { shortName } participants { agency { shortName } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;