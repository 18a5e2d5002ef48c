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
    "\n  query ConsoleMatterNames {\n    matters { code name }\n  }\n": typeof types.ConsoleMatterNamesDocument,
    "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  query ConsoleNextMeeting {\n    meetings(status: [SCHEDULED], first: 20) {\n      nodes { id title scheduledAt }\n    }\n  }\n": typeof types.ConsoleNextMeetingDocument,
    "\n  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { id position title }\n  }\n": typeof types.ConsoleAddAgendaItemDocument,
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
    "\n  query ConsoleDisputeOverlaps($agencyId: ID!, $matterCode: String, $after: String) {\n    overlaps(agencyId: $agencyId, matterCode: $matterCode, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        agencyIds\n        severity\n        category\n        powers { id name code category agency { id shortName } }\n        matters { code name }\n        regions { code name }\n        sharedArticles { id label instrument { title } }\n      }\n    }\n  }\n": typeof types.ConsoleDisputeOverlapsDocument,
    "\n  query ConsoleDisputeCases($matterCode: String, $after: String) {\n    cases(status: [DISPUTED, UNASSIGNED], matterCode: $matterCode, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        number\n        title\n        status\n        createdAt\n        region { name }\n        candidates { id shortName }\n      }\n    }\n  }\n": typeof types.ConsoleDisputeCasesDocument,
    "\n  query ConsoleOverlapMatrix {\n    overlapMatrix {\n      pairs {\n        a { id code shortName }\n        b { id code shortName }\n        high\n        medium\n        low\n        total\n      }\n    }\n  }\n": typeof types.ConsoleOverlapMatrixDocument,
    "\n  query ConsolePairDisputes {\n    agendaBacklog {\n      rank\n      kind\n      title\n      severity\n      agencyIds\n      caseIds\n      overlapIds\n      matterCode\n      regionCode\n      gapRegionCodes\n      weight { overlaps openCases oldestCaseWaitingDays }\n    }\n    meetings(status: [SCHEDULED, IN_SESSION], first: 20) {\n      nodes {\n        id\n        title\n        scheduledAt\n        agenda {\n          id\n          kind\n          title\n          severity\n          status\n          agencyIds\n          caseIds\n          overlapIds\n          matterCode\n          regionCode\n          gapRegionCodes\n          weight { overlaps openCases oldestCaseWaitingDays }\n        }\n      }\n    }\n  }\n": typeof types.ConsolePairDisputesDocument,
};
const documents: Documents = {
    "\n  query ConsoleAgencyNames {\n    agencies { id code name shortName kind }\n  }\n": types.ConsoleAgencyNamesDocument,
    "\n  query ConsoleRegionNames {\n    regions { code name level }\n  }\n": types.ConsoleRegionNamesDocument,
    "\n  query ConsoleMatterNames {\n    matters { code name }\n  }\n": types.ConsoleMatterNamesDocument,
    "\n  query ConsoleMe {\n    me {\n      sub\n      name\n      role\n      expiresAt\n      agency { id code name shortName }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  query ConsoleNextMeeting {\n    meetings(status: [SCHEDULED], first: 20) {\n      nodes { id title scheduledAt }\n    }\n  }\n": types.ConsoleNextMeetingDocument,
    "\n  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { id position title }\n  }\n": types.ConsoleAddAgendaItemDocument,
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