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
    "\n  query ConsoleAgencyNames {\n    agencies { id code name shortName kind }\n  }\n": typeof types.ConsoleAgencyNamesDocument,
    "\n  query ConsoleRegionNames {\n    regions { code name level }\n  }\n": typeof types.ConsoleRegionNamesDocument,
    "\n  query ConsoleMatterNames {\n    matters { code name }\n  }\n": typeof types.ConsoleMatterNamesDocument,
    "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  query ConsoleNextMeeting {\n    meetings(status: [SCHEDULED], first: 20) {\n      nodes { id title scheduledAt }\n    }\n  }\n": typeof types.ConsoleNextMeetingDocument,
    "\n  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { id position title }\n  }\n": typeof types.ConsoleAddAgendaItemDocument,
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
    "\n  query ConsoleMatterSearch($search: String!) {\n    matters(search: $search) { code name parent { name } }\n  }\n": typeof types.ConsoleMatterSearchDocument,
    "\n  query ConsoleJurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate, $category: PowerCategory!) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at, category: $category) {\n      summary\n      disputed\n      gap\n      at\n      matter { name }\n      region { name }\n      lead { id name shortName }\n      rule { id createdAt reason decisionId regionCode matterCode assisting { shortName } }\n      agencies { id name shortName }\n      powers { id code name category validFrom validUntil agency { id shortName } }\n    }\n  }\n": typeof types.ConsoleJurisdictionDocument,
    "\n  mutation ConsoleMoveAgendaItem($meetingId: ID!, $itemId: ID!, $position: Int!) {\n    moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { id version }\n  }\n": typeof types.ConsoleMoveAgendaItemDocument,
    "\n  mutation ConsoleCheckIn($meetingId: ID!, $agencyId: ID!, $representative: String!) {\n    checkIn(meetingId: $meetingId, agencyId: $agencyId, representative: $representative) {\n      id\n      presence { present quorum met }\n    }\n  }\n": typeof types.ConsoleCheckInDocument,
    "\n  mutation ConsoleConveneMeeting($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id }\n  }\n": typeof types.ConsoleConveneMeetingDocument,
    "\n  mutation ConsoleRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision { id kind }\n      casesRerouted { id number }\n    }\n  }\n": typeof types.ConsoleRecordDecisionDocument,
    "\n  query ConsoleDecisionPreview($input: RecordDecisionInput!) {\n    previewDecision(input: $input) {\n      code\n      problem\n      governance { note }\n      effects {\n        rulesCreated { id category matterCode regionCode lead { shortName } assisting { shortName } }\n        rulesSuperseded { id category matterCode regionCode lead { shortName } }\n        overlapsResolved { id summary }\n        casesRerouted { id number title region { name } }\n        tasks { id description dueOn assignee { shortName } }\n      }\n    }\n  }\n": typeof types.ConsoleDecisionPreviewDocument,
    "\n  query ConsoleMeetings($after: String) {\n    meetings(first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title kind status scheduledAt place }\n    }\n  }\n": typeof types.ConsoleMeetingsDocument,
    "\n  query ConsoleMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      title\n      kind\n      status\n      scheduledAt\n      openedAt\n      closedAt\n      place\n      presence { present quorum met }\n      invited { id name shortName kind }\n      attendance { agency { id } representative checkedInAt }\n      agenda {\n        id\n        position\n        kind\n        title\n        severity\n        status\n        categories\n        matterCode\n        regionCode\n        gapRegionCodes\n        caseIds\n        agencies { id name shortName }\n        weight { overlaps openCases oldestCaseWaitingDays }\n      }\n      backlog { rank title severity agencyIds weight { overlaps openCases oldestCaseWaitingDays } }\n      decisions { id itemId kind decidedAt reason reroutedCaseIds resolvedOverlapIds rules { id lead { shortName } } }\n    }\n  }\n": typeof types.ConsoleMeetingDocument,
    "\n  subscription ConsoleMeetingEvents {\n    hubEvents(topics: [MEETING]) { cursor subjectIds text }\n  }\n": typeof types.ConsoleMeetingEventsDocument,
    "\n  subscription ConsoleAgencyMeetingEvents {\n    agencyFeed { cursor subjectIds text topic }\n  }\n": typeof types.ConsoleAgencyMeetingEventsDocument,
    "\n  mutation ConsoleOpenMeeting($meetingId: ID!, $expectedVersion: Int!) {\n    openMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }\n  }\n": typeof types.ConsoleOpenMeetingDocument,
    "\n  mutation ConsoleCloseMeeting($meetingId: ID!, $expectedVersion: Int!) {\n    closeMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }\n  }\n": typeof types.ConsoleCloseMeetingDocument,
    "\n  query ConsoleMinutesLink($meetingId: ID!) {\n    minutesLink(meetingId: $meetingId) { url }\n  }\n": typeof types.ConsoleMinutesLinkDocument,
    "\n  query BoardOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      title\n      status\n      periodText\n      objectives\n      lead { name }\n      participants { headcount agency { id shortName } officers { name } }\n      assignments { id task location notes agency { shortName } updatedAt }\n      reports { id createdAt sitesInspected violationsFound notes caseIds agency { shortName } }\n      cases { id number title status createdAt lead { shortName } }\n    }\n  }\n": typeof types.BoardOperationDocument,
    "\n  subscription BoardEvents($id: ID!, $after: String) {\n    operationEvents(operationId: $id, after: $after) { cursor text occurredAt }\n  }\n": typeof types.BoardEventsDocument,
    "\n  query OperationList($after: String) {\n    operations(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status periodText lead { shortName } participants { agency { shortName } } }\n    }\n  }\n": typeof types.OperationListDocument,
    "\n  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {\n    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        agencyIds\n        severity\n        category\n        powers { id name code category agency { id shortName } }\n        matters { code name }\n        regions { code name }\n        sharedArticles { id label instrument { title } }\n      }\n    }\n  }\n": typeof types.ConsoleDisputeOverlapsDocument,
    "\n  query ConsoleDisputeCases($matterCode: String, $after: String) {\n    cases(status: [DISPUTED, UNASSIGNED], matterCode: $matterCode, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        number\n        title\n        status\n        createdAt\n        region { name }\n        candidates { id shortName }\n      }\n    }\n  }\n": typeof types.ConsoleDisputeCasesDocument,
    "\n  query ConsoleOverlapMatrix {\n    overlapMatrix {\n      pairs {\n        a { id code shortName }\n        b { id code shortName }\n        high\n        medium\n        low\n        total\n      }\n    }\n  }\n": typeof types.ConsoleOverlapMatrixDocument,
    "\n  query ConsolePairDisputes {\n    agendaBacklog {\n      rank\n      kind\n      title\n      severity\n      agencyIds\n      caseIds\n      overlapIds\n      matterCode\n      regionCode\n      gapRegionCodes\n      weight { overlaps openCases oldestCaseWaitingDays }\n    }\n    meetings(status: [SCHEDULED, IN_SESSION], first: 20) {\n      nodes {\n        id\n        title\n        scheduledAt\n        agenda {\n          id\n          kind\n          title\n          severity\n          status\n          agencyIds\n          caseIds\n          overlapIds\n          matterCode\n          regionCode\n          gapRegionCodes\n          weight { overlaps openCases oldestCaseWaitingDays }\n        }\n      }\n    }\n  }\n": typeof types.ConsolePairDisputesDocument,
};
const documents: Documents = {
    "\n  query ConsoleEventHead {\n    eventHead { cursor }\n  }\n": types.ConsoleEventHeadDocument,
    "\n  query ConsoleAgencyNames {\n    agencies { id code name shortName kind }\n  }\n": types.ConsoleAgencyNamesDocument,
    "\n  query ConsoleRegionNames {\n    regions { code name level }\n  }\n": types.ConsoleRegionNamesDocument,
    "\n  query ConsoleMatterNames {\n    matters { code name }\n  }\n": types.ConsoleMatterNamesDocument,
    "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  query ConsoleNextMeeting {\n    meetings(status: [SCHEDULED], first: 20) {\n      nodes { id title scheduledAt }\n    }\n  }\n": types.ConsoleNextMeetingDocument,
    "\n  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { id position title }\n  }\n": types.ConsoleAddAgendaItemDocument,
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
    "\n  query ConsoleMatterSearch($search: String!) {\n    matters(search: $search) { code name parent { name } }\n  }\n": types.ConsoleMatterSearchDocument,
    "\n  query ConsoleJurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate, $category: PowerCategory!) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at, category: $category) {\n      summary\n      disputed\n      gap\n      at\n      matter { name }\n      region { name }\n      lead { id name shortName }\n      rule { id createdAt reason decisionId regionCode matterCode assisting { shortName } }\n      agencies { id name shortName }\n      powers { id code name category validFrom validUntil agency { id shortName } }\n    }\n  }\n": types.ConsoleJurisdictionDocument,
    "\n  mutation ConsoleMoveAgendaItem($meetingId: ID!, $itemId: ID!, $position: Int!) {\n    moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { id version }\n  }\n": types.ConsoleMoveAgendaItemDocument,
    "\n  mutation ConsoleCheckIn($meetingId: ID!, $agencyId: ID!, $representative: String!) {\n    checkIn(meetingId: $meetingId, agencyId: $agencyId, representative: $representative) {\n      id\n      presence { present quorum met }\n    }\n  }\n": types.ConsoleCheckInDocument,
    "\n  mutation ConsoleConveneMeeting($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id }\n  }\n": types.ConsoleConveneMeetingDocument,
    "\n  mutation ConsoleRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision { id kind }\n      casesRerouted { id number }\n    }\n  }\n": types.ConsoleRecordDecisionDocument,
    "\n  query ConsoleDecisionPreview($input: RecordDecisionInput!) {\n    previewDecision(input: $input) {\n      code\n      problem\n      governance { note }\n      effects {\n        rulesCreated { id category matterCode regionCode lead { shortName } assisting { shortName } }\n        rulesSuperseded { id category matterCode regionCode lead { shortName } }\n        overlapsResolved { id summary }\n        casesRerouted { id number title region { name } }\n        tasks { id description dueOn assignee { shortName } }\n      }\n    }\n  }\n": types.ConsoleDecisionPreviewDocument,
    "\n  query ConsoleMeetings($after: String) {\n    meetings(first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title kind status scheduledAt place }\n    }\n  }\n": types.ConsoleMeetingsDocument,
    "\n  query ConsoleMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      title\n      kind\n      status\n      scheduledAt\n      openedAt\n      closedAt\n      place\n      presence { present quorum met }\n      invited { id name shortName kind }\n      attendance { agency { id } representative checkedInAt }\n      agenda {\n        id\n        position\n        kind\n        title\n        severity\n        status\n        categories\n        matterCode\n        regionCode\n        gapRegionCodes\n        caseIds\n        agencies { id name shortName }\n        weight { overlaps openCases oldestCaseWaitingDays }\n      }\n      backlog { rank title severity agencyIds weight { overlaps openCases oldestCaseWaitingDays } }\n      decisions { id itemId kind decidedAt reason reroutedCaseIds resolvedOverlapIds rules { id lead { shortName } } }\n    }\n  }\n": types.ConsoleMeetingDocument,
    "\n  subscription ConsoleMeetingEvents {\n    hubEvents(topics: [MEETING]) { cursor subjectIds text }\n  }\n": types.ConsoleMeetingEventsDocument,
    "\n  subscription ConsoleAgencyMeetingEvents {\n    agencyFeed { cursor subjectIds text topic }\n  }\n": types.ConsoleAgencyMeetingEventsDocument,
    "\n  mutation ConsoleOpenMeeting($meetingId: ID!, $expectedVersion: Int!) {\n    openMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }\n  }\n": types.ConsoleOpenMeetingDocument,
    "\n  mutation ConsoleCloseMeeting($meetingId: ID!, $expectedVersion: Int!) {\n    closeMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }\n  }\n": types.ConsoleCloseMeetingDocument,
    "\n  query ConsoleMinutesLink($meetingId: ID!) {\n    minutesLink(meetingId: $meetingId) { url }\n  }\n": types.ConsoleMinutesLinkDocument,
    "\n  query BoardOperation($id: ID!) {\n    operation(id: $id) {\n      id\n      title\n      status\n      periodText\n      objectives\n      lead { name }\n      participants { headcount agency { id shortName } officers { name } }\n      assignments { id task location notes agency { shortName } updatedAt }\n      reports { id createdAt sitesInspected violationsFound notes caseIds agency { shortName } }\n      cases { id number title status createdAt lead { shortName } }\n    }\n  }\n": types.BoardOperationDocument,
    "\n  subscription BoardEvents($id: ID!, $after: String) {\n    operationEvents(operationId: $id, after: $after) { cursor text occurredAt }\n  }\n": types.BoardEventsDocument,
    "\n  query OperationList($after: String) {\n    operations(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status periodText lead { shortName } participants { agency { shortName } } }\n    }\n  }\n": types.OperationListDocument,
    "\n  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {\n    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        agencyIds\n        severity\n        category\n        powers { id name code category agency { id shortName } }\n        matters { code name }\n        regions { code name }\n        sharedArticles { id label instrument { title } }\n      }\n    }\n  }\n": types.ConsoleDisputeOverlapsDocument,
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
export function graphql(source: "\n  query ConsoleEventHead {\n    eventHead { cursor }\n  }\n"): (typeof documents)["\n  query ConsoleEventHead {\n    eventHead { cursor }\n  }\n"];
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
export function graphql(source: "\n  query ConsoleMatterNames {\n    matters { code name }\n  }\n"): (typeof documents)["\n  query ConsoleMatterNames {\n    matters { code name }\n  }\n"];
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
export function graphql(source: "\n  query ConsoleMatterSearch($search: String!) {\n    matters(search: $search) { code name parent { name } }\n  }\n"): (typeof documents)["\n  query ConsoleMatterSearch($search: String!) {\n    matters(search: $search) { code name parent { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleJurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate, $category: PowerCategory!) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at, category: $category) {\n      summary\n      disputed\n      gap\n      at\n      matter { name }\n      region { name }\n      lead { id name shortName }\n      rule { id createdAt reason decisionId regionCode matterCode assisting { shortName } }\n      agencies { id name shortName }\n      powers { id code name category validFrom validUntil agency { id shortName } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleJurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate, $category: PowerCategory!) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at, category: $category) {\n      summary\n      disputed\n      gap\n      at\n      matter { name }\n      region { name }\n      lead { id name shortName }\n      rule { id createdAt reason decisionId regionCode matterCode assisting { shortName } }\n      agencies { id name shortName }\n      powers { id code name category validFrom validUntil agency { id shortName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMoveAgendaItem($meetingId: ID!, $itemId: ID!, $position: Int!) {\n    moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { id version }\n  }\n"): (typeof documents)["\n  mutation ConsoleMoveAgendaItem($meetingId: ID!, $itemId: ID!, $position: Int!) {\n    moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCheckIn($meetingId: ID!, $agencyId: ID!, $representative: String!) {\n    checkIn(meetingId: $meetingId, agencyId: $agencyId, representative: $representative) {\n      id\n      presence { present quorum met }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCheckIn($meetingId: ID!, $agencyId: ID!, $representative: String!) {\n    checkIn(meetingId: $meetingId, agencyId: $agencyId, representative: $representative) {\n      id\n      presence { present quorum met }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConveneMeeting($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ConsoleConveneMeeting($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision { id kind }\n      casesRerouted { id number }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision { id kind }\n      casesRerouted { id number }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDecisionPreview($input: RecordDecisionInput!) {\n    previewDecision(input: $input) {\n      code\n      problem\n      governance { note }\n      effects {\n        rulesCreated { id category matterCode regionCode lead { shortName } assisting { shortName } }\n        rulesSuperseded { id category matterCode regionCode lead { shortName } }\n        overlapsResolved { id summary }\n        casesRerouted { id number title region { name } }\n        tasks { id description dueOn assignee { shortName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDecisionPreview($input: RecordDecisionInput!) {\n    previewDecision(input: $input) {\n      code\n      problem\n      governance { note }\n      effects {\n        rulesCreated { id category matterCode regionCode lead { shortName } assisting { shortName } }\n        rulesSuperseded { id category matterCode regionCode lead { shortName } }\n        overlapsResolved { id summary }\n        casesRerouted { id number title region { name } }\n        tasks { id description dueOn assignee { shortName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMeetings($after: String) {\n    meetings(first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title kind status scheduledAt place }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMeetings($after: String) {\n    meetings(first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title kind status scheduledAt place }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      title\n      kind\n      status\n      scheduledAt\n      openedAt\n      closedAt\n      place\n      presence { present quorum met }\n      invited { id name shortName kind }\n      attendance { agency { id } representative checkedInAt }\n      agenda {\n        id\n        position\n        kind\n        title\n        severity\n        status\n        categories\n        matterCode\n        regionCode\n        gapRegionCodes\n        caseIds\n        agencies { id name shortName }\n        weight { overlaps openCases oldestCaseWaitingDays }\n      }\n      backlog { rank title severity agencyIds weight { overlaps openCases oldestCaseWaitingDays } }\n      decisions { id itemId kind decidedAt reason reroutedCaseIds resolvedOverlapIds rules { id lead { shortName } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      title\n      kind\n      status\n      scheduledAt\n      openedAt\n      closedAt\n      place\n      presence { present quorum met }\n      invited { id name shortName kind }\n      attendance { agency { id } representative checkedInAt }\n      agenda {\n        id\n        position\n        kind\n        title\n        severity\n        status\n        categories\n        matterCode\n        regionCode\n        gapRegionCodes\n        caseIds\n        agencies { id name shortName }\n        weight { overlaps openCases oldestCaseWaitingDays }\n      }\n      backlog { rank title severity agencyIds weight { overlaps openCases oldestCaseWaitingDays } }\n      decisions { id itemId kind decidedAt reason reroutedCaseIds resolvedOverlapIds rules { id lead { shortName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleMeetingEvents {\n    hubEvents(topics: [MEETING]) { cursor subjectIds text }\n  }\n"): (typeof documents)["\n  subscription ConsoleMeetingEvents {\n    hubEvents(topics: [MEETING]) { cursor subjectIds text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleAgencyMeetingEvents {\n    agencyFeed { cursor subjectIds text topic }\n  }\n"): (typeof documents)["\n  subscription ConsoleAgencyMeetingEvents {\n    agencyFeed { cursor subjectIds text topic }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenMeeting($meetingId: ID!, $expectedVersion: Int!) {\n    openMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }\n  }\n"): (typeof documents)["\n  mutation ConsoleOpenMeeting($meetingId: ID!, $expectedVersion: Int!) {\n    openMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseMeeting($meetingId: ID!, $expectedVersion: Int!) {\n    closeMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }\n  }\n"): (typeof documents)["\n  mutation ConsoleCloseMeeting($meetingId: ID!, $expectedVersion: Int!) {\n    closeMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMinutesLink($meetingId: ID!) {\n    minutesLink(meetingId: $meetingId) { url }\n  }\n"): (typeof documents)["\n  query ConsoleMinutesLink($meetingId: ID!) {\n    minutesLink(meetingId: $meetingId) { url }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {\n    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        agencyIds\n        severity\n        category\n        powers { id name code category agency { id shortName } }\n        matters { code name }\n        regions { code name }\n        sharedArticles { id label instrument { title } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {\n    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        agencyIds\n        severity\n        category\n        powers { id name code category agency { id shortName } }\n        matters { code name }\n        regions { code name }\n        sharedArticles { id label instrument { title } }\n      }\n    }\n  }\n"];
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