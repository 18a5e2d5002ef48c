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
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { id code name shortName kind active version region { code name } }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { id name active version }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  query AgencyByCode($code: String) {\n    agency(code: $code) { id code name version }\n  }\n": typeof types.AgencyByCodeDocument,
    "\n  query Agencies($kind: AgencyKind) {\n    agencies(kind: $kind) { code kind }\n  }\n": typeof types.AgenciesDocument,
    "\n  query Me { me { sub role agency { code } } }\n": typeof types.MeDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code path: name parent { code } } }\n": typeof types.CreateRegionDocument,
    "\n  query RegionTree { region(code: \"320322\") { name level children { code level parent { code } } } }\n": typeof types.RegionTreeDocument,
    "\n  mutation CarryConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id kind carriedFrom agencies { id } overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } }\n  }\n": typeof types.CarryConveneDocument,
    "mutation CarryOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": typeof types.CarryOpenDocument,
    "mutation CarryCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }": typeof types.CarryCheckInDocument,
    "mutation CarryDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }": typeof types.CarryDecideDocument,
    "query CarryVersion($id: ID!) { meeting(id: $id) { version } }": typeof types.CarryVersionDocument,
    "mutation CarryCancel($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: \"改期\") { status } }": typeof types.CarryCancelDocument,
    "mutation CarryClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version } }": typeof types.CarryCloseDocument,
    "\n  query CarryState {\n    meetings(first: 100) { nodes { status agenda { id status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } }\n    overlaps(first: 100, status: [OPEN, UNDER_REVIEW]) { nodes { id } }\n    cases(first: 100, status: [DISPUTED, UNASSIGNED]) { nodes { id } }\n    followUpTasks(status: [OPEN]) { id }\n  }\n": typeof types.CarryStateDocument,
    "mutation CarryMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.CarryMatterDocument,
    "mutation CarryInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": typeof types.CarryInstrumentDocument,
    "mutation CarryDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { id } } }": typeof types.CarryDeclareDocument,
    "mutation CarryReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id } } }": typeof types.CarryReportDocument,
    "\n  mutation SampleConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) {\n      id version agendaSize invited { id }\n      agenda { id kind title status severity matterCode regionCode categories overlapIds caseIds taskIds operationIds gapRegionCodes carriedFrom weight { overlaps openCases oldestCaseWaitingDays } agencies { code } }\n      backlog { rank title severity overlapIds caseIds taskIds operationIds gapRegionCodes matterCode }\n    }\n  }\n": typeof types.SampleConveneDocument,
    "query SampleBacklog { agendaBacklog { rank title } }": typeof types.SampleBacklogDocument,
    "mutation SampleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": typeof types.SampleOpenDocument,
    "mutation SampleCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { version } }": typeof types.SampleCheckInDocument,
    "mutation SampleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version agenda { status } } }": typeof types.SampleCloseDocument,
    "query SampleVersion($id: ID!) { meeting(id: $id) { version minutes } }": typeof types.SampleVersionDocument,
    "\n  mutation SampleDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      rulesCreated { category regionCode lead { code } }\n      overlapsResolved { id }\n      casesRerouted { number status lead { code } }\n    }\n  }\n": typeof types.SampleDecideDocument,
    "\n  query SampleLive($matterCode: String) {\n    overlaps(matterCode: $matterCode, first: 100) { nodes { id status } }\n    cases(first: 100) { nodes { id number status } }\n  }\n": typeof types.SampleLiveDocument,
    "query SampleJurisdiction($m: String!, $r: String!) { jurisdiction(matterCode: $m, regionCode: $r) { lead { code } } }": typeof types.SampleJurisdictionDocument,
    "query SampleAgendas { meetings(first: 50) { nodes { status agenda { status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } } }": typeof types.SampleAgendasDocument,
    "mutation FeedAccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.FeedAccessMatterDocument,
    "mutation FeedAccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": typeof types.FeedAccessInstrumentDocument,
    "mutation FeedAccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": typeof types.FeedAccessDeclareDocument,
    "mutation FeedAccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status lead { code } } } }": typeof types.FeedAccessReportDocument,
    "mutation FeedAccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { id } }": typeof types.FeedAccessInviteDocument,
    "mutation FeedAccessDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status } }": typeof types.FeedAccessDismissDocument,
    "query FeedAccessCase($id: ID!) { case(id: $id) { id } }": typeof types.FeedAccessCaseDocument,
    "subscription FeedAccessCaseEvents($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }": typeof types.FeedAccessCaseEventsDocument,
    "mutation LawReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }": typeof types.LawReportDocument,
    "mutation LawFile($input: FileCaseInput!) { fileCase(input: $input) { version status filedOn deadlines { kind due workingDays periodDays } } }": typeof types.LawFileDocument,
    "mutation LawDecide($input: DecideCaseInput!) { decideCase(input: $input) { version status decision { outcome articleId articleReason } } }": typeof types.LawDecideDocument,
    "mutation LawInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }": typeof types.LawInvestigateDocument,
    "query LawCase($id: ID!) { case(id: $id) { status version filedOn decision { outcome } } }": typeof types.LawCaseDocument,
    "mutation LawMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.LawMatterDocument,
    "mutation LawInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id number } } }": typeof types.LawInstrumentDocument,
    "mutation LawDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": typeof types.LawDeclareDocument,
    "mutation ReviewReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }": typeof types.ReviewReportDocument,
    "mutation ReviewFile($input: FileCaseInput!) { fileCase(input: $input) { version } }": typeof types.ReviewFileDocument,
    "mutation ReviewInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }": typeof types.ReviewInvestigateDocument,
    "mutation ReviewDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }": typeof types.ReviewDecideDocument,
    "mutation ReviewClose($input: CaseStepInput!) { closeCase(input: $input) { status } }": typeof types.ReviewCloseDocument,
    "\n  mutation ReviewRecord($caseId: ID!, $form: Float!, $content: Float!) { recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }) { grade total revision } }\n": typeof types.ReviewRecordDocument,
    "\n  mutation ReviewCorrect($caseId: ID!, $rev: Int!, $form: Float!, $content: Float!, $reason: String!, $veto: [String!]) {\n    correctCaseReview(caseId: $caseId, expectedRevision: $rev, scores: { form: $form, content: $content }, reason: $reason, failedVetoItems: $veto) {\n      grade total revision correctionReason reviewerName\n      history { revision grade total formScore contentScore correctionReason replacedByName }\n    }\n  }\n": typeof types.ReviewCorrectDocument,
    "query ReviewOfCase($id: ID!) { case(id: $id) { review { grade total revision history { revision grade } } } }": typeof types.ReviewOfCaseDocument,
    "\n  query ReviewSummaryPeriod($from: LocalDate, $to: LocalDate) { reviewSummary(reviewedFrom: $from, reviewedTo: $to) { agency { code } reviewed excellent pass fail } }\n": typeof types.ReviewSummaryPeriodDocument,
    "mutation ReviewMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.ReviewMatterDocument,
    "mutation ReviewInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": typeof types.ReviewInstrumentDocument,
    "mutation ReviewDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": typeof types.ReviewDeclareDocument,
    "\n  mutation ReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) {\n      created\n      case { id number status version lead { code } participants { agency { code } role } route { outcome reason ruleId candidateAgencyIds } deadlines { kind due } }\n    }\n  }\n": typeof types.ReportCaseDocument,
    "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id number status version reporterContact filedOn allowedActions\n      lead { code }\n      participants { agency { code } role }\n      deadlines { kind due daysLeft overdue paused workingDays }\n      timeline { what actor { role } note }\n      referrals { kind status answer }\n      power { code }\n      decision { outcome amount }\n    }\n  }\n": typeof types.CaseByIdDocument,
    "\n  mutation FileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version filedOn lead { code } participants { agency { code } role } } }\n": typeof types.FileCaseDocument,
    "mutation Investigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }": typeof types.InvestigateDocument,
    "mutation Decide($input: DecideCaseInput!) { decideCase(input: $input) { status version decision { outcome amount } } }": typeof types.DecideDocument,
    "mutation Execute($input: CaseStepInput!) { executeCase(input: $input) { status version } }": typeof types.ExecuteDocument,
    "mutation Close($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }": typeof types.CloseDocument,
    "mutation Suspend($input: ReasonedStepInput!) { suspendCase(input: $input) { status version deadlines { kind paused due } } }": typeof types.SuspendDocument,
    "mutation Resume($input: CaseStepInput!) { resumeCase(input: $input) { status version deadlines { kind paused due } } }": typeof types.ResumeDocument,
    "mutation Refer($input: ReferCaseInput!) { referCase(input: $input) { status version deadlines { kind due workingDays } } }": typeof types.ReferDocument,
    "mutation AnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { status version lead { code } referralRejections } }": typeof types.AnswerReferralDocument,
    "query Inbox { inbox { reason case { number } } }": typeof types.InboxDocument,
    "query OverdueList { cases(overdue: true, first: 100) { nodes { number } } }": typeof types.OverdueListDocument,
    "query OverdueCases { overdueCases { number } }": typeof types.OverdueCasesDocument,
    "query DisputedCases { disputedCases { number status } }": typeof types.DisputedCasesDocument,
    "query CaseList($status: [CaseStatus!], $myRole: ParticipantRole) { cases(status: $status, myRole: $myRole, first: 100) { totalCount nodes { number } } }": typeof types.CaseListDocument,
    "\n  query Sample($seed: String!, $from: LocalDate!, $to: LocalDate!) {\n    sampleCaseFiles(size: 2, perAgencyMax: 1, seed: $seed, closedFrom: $from, closedTo: $to) { seed available cases { number } perAgency { agency { code } picked } }\n  }\n": typeof types.SampleDocument,
    "\n  mutation Review($caseId: ID!, $form: Float!, $content: Float!, $veto: [String!]) {\n    recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }, failedVetoItems: $veto) { grade total }\n  }\n": typeof types.ReviewDocument,
    "query ReviewSummary { reviewSummary { agency { code } reviewed passRate } }": typeof types.ReviewSummaryDocument,
    "query CaseUsage($from: LocalDate!, $to: LocalDate!) { powerUsage(from: $from, to: $to) { county { usedItems activeItems } } }": typeof types.CaseUsageDocument,
    "subscription CaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }": typeof types.CaseFeedDocument,
    "mutation Invite($input: InviteAgencyInput!) { inviteAgency(input: $input) { participants { agency { code } role } } }": typeof types.InviteDocument,
    "mutation Attach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { name size sha256 } }": typeof types.AttachDocument,
    "mutation Assign($input: AssignCaseInput!) { assignCase(input: $input) { status lead { code } } }": typeof types.AssignDocument,
    "mutation Dismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status dismissalReason } }": typeof types.DismissDocument,
    "subscription CaseAgencyFeed($after: String) { agencyFeed(after: $after) { type topic subjectIds } }": typeof types.CaseAgencyFeedDocument,
    "query CaseHead { events(first: 500, after: \"0\") { nodes { cursor } pageInfo { hasNextPage } } }": typeof types.CaseHeadDocument,
    "\n  query NestedCases($first: Int) {\n    cases(first: $first) {\n      nodes {\n        number participants { agency { code region { code } } role } deadlines { kind due }\n        timeline { what } matter { code } region { code } power { code } referrals { status } attachments { name } review { grade }\n      }\n    }\n  }\n": typeof types.NestedCasesDocument,
    "\n  mutation CreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code name depth parent { code } } }\n": typeof types.CreateMatterDocument,
    "\n  query Matters($under: String) { matters(under: $under) { code depth children { code } } }\n": typeof types.MattersDocument,
    "\n  mutation CreateInstrument($input: CreateLegalInstrumentInput!) {\n    createLegalInstrument(input: $input) { id title level status version articleCount articles { number label text instrument { title } } }\n  }\n": typeof types.CreateInstrumentDocument,
    "\n  mutation Repeal($input: RepealLegalInstrumentInput!) { repealLegalInstrument(input: $input) { instrument { status repealedOn repealNote version } affectedPowers { code } } }\n": typeof types.RepealDocument,
    "\n  query Instruments($level: LegalLevel, $status: LegalStatus, $search: String) {\n    legalInstruments(level: $level, status: $status, search: $search) { totalCount nodes { title status } }\n  }\n": typeof types.InstrumentsDocument,
    "\n  query CountedOfficers($first: Int, $after: String) {\n    officers(first: $first, after: $after, search: \"计数\") { totalCount pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n": typeof types.CountedOfficersDocument,
    "\n  query UncountedOfficers($first: Int, $after: String) {\n    officers(first: $first, after: $after, search: \"计数\") { pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n": typeof types.UncountedOfficersDocument,
    "\n  mutation ConsoleOfficerConvenes($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id }\n  }\n": typeof types.ConsoleOfficerConvenesDocument,
    "mutation AuditTestFile($input: FileCaseInput!) { fileCase(input: $input) { version } }": typeof types.AuditTestFileDocument,
    "mutation AuditTestInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }": typeof types.AuditTestInvestigateDocument,
    "mutation AuditTestDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }": typeof types.AuditTestDecideDocument,
    "mutation AuditTestClose($input: CaseStepInput!) { closeCase(input: $input) { status } }": typeof types.AuditTestCloseDocument,
    "mutation ChairTestAssign($input: AssignCaseInput!) { assignCase(input: $input) { id status version } }": typeof types.ChairTestAssignDocument,
    "mutation ChairTestMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.ChairTestMatterDocument,
    "mutation ChairTestReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }": typeof types.ChairTestReportDocument,
    "\n  query ConsoleChairAgenda($id: ID!) {\n    meeting(id: $id) { agenda { position title kind } }\n  }\n": typeof types.ConsoleChairAgendaDocument,
    "\n  query ConsoleChairCase($text: String!) {\n    cases(text: $text, first: 5) { nodes { number status lead { code shortName } } }\n  }\n": typeof types.ConsoleChairCaseDocument,
    "\n  mutation DeskTestConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id caseIds } }\n  }\n": typeof types.DeskTestConveneDocument,
    "mutation DeskTestOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": typeof types.DeskTestOpenDocument,
    "mutation DeskTestCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }": typeof types.DeskTestCheckInDocument,
    "mutation DeskTestDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { casesRerouted { id } } }": typeof types.DeskTestDecideDocument,
    "mutation BoardTestLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version } }": typeof types.BoardTestLaunchDocument,
    "mutation BoardTestAssign($input: AssignmentInput!) { setAssignment(input: $input) { id } }": typeof types.BoardTestAssignDocument,
    "mutation BoardTestBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }": typeof types.BoardTestBriefDocument,
    "mutation BoardTestActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }": typeof types.BoardTestActivateDocument,
    "query BoardTestLastReport { auditTrail(types: [\"FieldReportFiled\"], first: 500) { nodes { cursor } } }": typeof types.BoardTestLastReportDocument,
    "mutation BoardTestReport($input: FieldReportInput!) { fileFieldReport(input: $input) { id } }": typeof types.BoardTestReportDocument,
    "mutation LockCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": typeof types.LockCreateRegionDocument,
    "\n  mutation DeclareTakenCode($input: DeclarePowerInput!) {\n    declarePower(input: $input) { power { id } }\n  }\n": typeof types.DeclareTakenCodeDocument,
    "\n  query DeclareTakenCodeState($search: String) {\n    powers(search: $search, first: 10) { nodes { name version } }\n    events(types: [\"PowerDeclared\"], first: 100) { nodes { cursor } }\n  }\n": typeof types.DeclareTakenCodeStateDocument,
    "\n  query DatedTrail($from: LocalDate, $to: LocalDate, $agencyId: ID, $types: [String!]) {\n    auditTrail(from: $from, to: $to, agencyId: $agencyId, types: $types, first: 500) { nodes { event { type subjectIds occurredAt } } }\n  }\n": typeof types.DatedTrailDocument,
    "\n  query DatedEvents($from: LocalDate, $to: LocalDate) {\n    events(from: $from, to: $to, types: [\"AgencyCreated\"], first: 500) { nodes { subjectIds } }\n  }\n": typeof types.DatedEventsDocument,
    "query EventHeadNow { eventHead { cursor feeds } }": typeof types.EventHeadNowDocument,
    "query EventHeadVerify { verifyAuditTrail { headCursor } }": typeof types.EventHeadVerifyDocument,
    "subscription EventHeadFeed($after: String) { agencyFeed(after: $after) { cursor type } }": typeof types.EventHeadFeedDocument,
    "mutation EventHeadMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.EventHeadMatterDocument,
    "\n  subscription HubEvents($after: String, $topics: [EventTopic!]) {\n    hubEvents(after: $after, topics: $topics) { cursor topic type subjectIds actor { role } payload }\n  }\n": typeof types.HubEventsDocument,
    "\n  subscription AgencyFeed($after: String) {\n    agencyFeed(after: $after) { cursor topic type subjectIds agencyIds }\n  }\n": typeof types.AgencyFeedDocument,
    "\n  query Events($after: String, $first: Int, $topics: [EventTopic!], $agencyId: ID) {\n    events(after: $after, first: $first, topics: $topics, agencyId: $agencyId) {\n      pageInfo { hasNextPage endCursor }\n      nodes { cursor type topic visibility agencyIds actor { sub role } occurredAt }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query Audit($after: String) {\n    auditTrail(after: $after, first: 500) { nodes { cursor hash previousHash event { type } } }\n    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }\n  }\n": typeof types.AuditDocument,
    "\n  query Verify { verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem } }\n": typeof types.VerifyDocument,
    "\n  mutation EventCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }\n": typeof types.EventCreateMatterDocument,
    "mutation TouchAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }": typeof types.TouchAgencyDocument,
    "\n  mutation AccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version number } } }\n": typeof types.AccessReportDocument,
    "\n  query AccessCase($id: ID!) {\n    case(id: $id) {\n      number status reporterContact\n      lead { code }\n      participants { agency { code } }\n      review { grade total findings }\n      attachments { name }\n      referrals { reason }\n      timeline { what note actor { name } details }\n    }\n  }\n": typeof types.AccessCaseDocument,
    "mutation AccessFile($input: FileCaseInput!) { fileCase(input: $input) { version } }": typeof types.AccessFileDocument,
    "mutation AccessInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }": typeof types.AccessInvestigateDocument,
    "mutation AccessDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }": typeof types.AccessDecideDocument,
    "mutation AccessExecute($input: CaseStepInput!) { executeCase(input: $input) { version } }": typeof types.AccessExecuteDocument,
    "mutation AccessClose($input: CaseStepInput!) { closeCase(input: $input) { version } }": typeof types.AccessCloseDocument,
    "mutation AccessAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }": typeof types.AccessAttachDocument,
    "mutation AccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }": typeof types.AccessInviteDocument,
    "\n  mutation AccessReview($caseId: ID!) { recordCaseReview(caseId: $caseId, scores: { form: 18, content: 70 }, findings: \"证据链不完整，内部通报\") { grade } }\n": typeof types.AccessReviewDocument,
    "\n  subscription AccessCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }\n": typeof types.AccessCaseFeedDocument,
    "query AccessVersion($id: ID!) { case(id: $id) { version } }": typeof types.AccessVersionDocument,
    "query AccessEvents { events(first: 500) { nodes { type subjectIds } } }": typeof types.AccessEventsDocument,
    "mutation AccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.AccessMatterDocument,
    "\n  mutation AccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }\n": typeof types.AccessInstrumentDocument,
    "mutation AccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": typeof types.AccessDeclareDocument,
    "mutation TaskConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version invited { id } agenda { id kind title taskIds } } }": typeof types.TaskConveneDocument,
    "mutation TaskAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }": typeof types.TaskAddItemDocument,
    "mutation TaskOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": typeof types.TaskOpenDocument,
    "mutation TaskCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }": typeof types.TaskCheckInDocument,
    "mutation TaskDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { tasks { id description dueOn status } } }": typeof types.TaskDecideDocument,
    "query TaskVersion($id: ID!) { meeting(id: $id) { version agenda { status } minutes } }": typeof types.TaskVersionDocument,
    "mutation TaskClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { kind status } } }": typeof types.TaskCloseDocument,
    "query TaskList($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description dueOn status overdue assignee { code } } }": typeof types.TaskListDocument,
    "mutation TaskComplete($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }": typeof types.TaskCompleteDocument,
    "mutation BrowserRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": typeof types.BrowserRegionDocument,
    "\n  mutation GuardReportCase($input: ReportCaseInput!) { reportCase(input: $input) { created case { id } } }\n": typeof types.GuardReportCaseDocument,
    "\n  query GuardCaseCount { cases { totalCount } events(first: 100) { pageInfo { endCursor } } }\n": typeof types.GuardCaseCountDocument,
    "\n  mutation GuardAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { size } }\n": typeof types.GuardAttachDocument,
    "\n  query GuardMe { me { name expiresAt } }\n": typeof types.GuardMeDocument,
    "\n  subscription GuardCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor } }\n": typeof types.GuardCaseFeedDocument,
    "\n  subscription GuardHubFeed($after: String) { hubEvents(after: $after) { cursor } }\n": typeof types.GuardHubFeedDocument,
    "mutation LifecycleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.LifecycleMatterDocument,
    "mutation LifecycleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": typeof types.LifecycleInstrumentDocument,
    "mutation LifecycleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": typeof types.LifecycleDeclareDocument,
    "mutation LifecycleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }": typeof types.LifecycleReportDocument,
    "mutation LifecycleInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status } }": typeof types.LifecycleInvestigateDocument,
    "mutation LifecycleConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version status } }": typeof types.LifecycleConveneDocument,
    "mutation LifecycleCloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status } }": typeof types.LifecycleCloseMeetingDocument,
    "mutation LifecycleCancelMeeting($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: \"改期\") { version status } }": typeof types.LifecycleCancelMeetingDocument,
    "mutation LifecycleOpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status } }": typeof types.LifecycleOpenMeetingDocument,
    "mutation LifecycleLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version status } }": typeof types.LifecycleLaunchDocument,
    "mutation LifecycleActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status } }": typeof types.LifecycleActivateDocument,
    "\n  mutation LargeImportPowers($csv: String!) {\n    importPowers(csv: $csv) { rows created failed rejected openedOverlaps problems { row column reason } }\n  }\n": typeof types.LargeImportPowersDocument,
    "\n  query LargeImportCounts {\n    powers(first: 1) { totalCount }\n    overlaps(first: 1) { totalCount }\n    imported: events(first: 1, types: [\"PowersImported\"]) { nodes { cursor } }\n  }\n": typeof types.LargeImportCountsDocument,
    "mutation LargeImportRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": typeof types.LargeImportRegionDocument,
    "mutation LargeImportMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.LargeImportMatterDocument,
    "\n  mutation LargeImportInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n": typeof types.LargeImportInstrumentDocument,
    "\n  mutation LimitsDeactivateAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { code active } }\n": typeof types.LimitsDeactivateAgencyDocument,
    "query GroupHead { eventHead { cursor } }": typeof types.GroupHeadDocument,
    "mutation GroupMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.GroupMatterDocument,
    "\n  subscription GroupMatterFeed($after: String) { hubEvents(topics: [MATTER], after: $after) { cursor type subjectIds text actor { name role } } }\n": typeof types.GroupMatterFeedDocument,
    "query GroupMatterLog($after: String) { events(topics: [MATTER], after: $after, first: 500) { nodes { cursor subjectIds } } }": typeof types.GroupMatterLogDocument,
    "mutation GroupInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": typeof types.GroupInstrumentDocument,
    "mutation GroupDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": typeof types.GroupDeclareDocument,
    "mutation GroupReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }": typeof types.GroupReportDocument,
    "mutation GroupInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }": typeof types.GroupInviteDocument,
    "mutation GroupAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }": typeof types.GroupAttachDocument,
    "query GroupVersion($id: ID!) { case(id: $id) { version } }": typeof types.GroupVersionDocument,
    "mutation GroupFile($input: FileCaseInput!) { fileCase(input: $input) { version } }": typeof types.GroupFileDocument,
    "\n  subscription GroupCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }\n": typeof types.GroupCaseFeedDocument,
    "\n  mutation SettleConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id title matterCode overlapIds caseIds } }\n  }\n": typeof types.SettleConveneDocument,
    "mutation SettleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": typeof types.SettleOpenDocument,
    "mutation SettleCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }": typeof types.SettleCheckInDocument,
    "mutation SettleDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } overlapsResolved { id } casesRerouted { id } } }": typeof types.SettleDecideDocument,
    "query SettleView($id: ID!) { meeting(id: $id) { version status agenda { id status settledByDecisionId } minutes } }": typeof types.SettleViewDocument,
    "mutation SettleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { matterCode status } } }": typeof types.SettleCloseDocument,
    "mutation SettleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.SettleMatterDocument,
    "mutation SettleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": typeof types.SettleInstrumentDocument,
    "mutation SettleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id version } } }": typeof types.SettleDeclareDocument,
    "mutation SettleWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id } } }": typeof types.SettleWithdrawDocument,
    "mutation SettleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status } } }": typeof types.SettleReportDocument,
    "\n  mutation RoomConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version quorum agenda { id position title } } }\n": typeof types.RoomConveneDocument,
    "mutation RoomAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position } }": typeof types.RoomAddItemDocument,
    "\n  mutation RoomMove($meetingId: ID!, $itemId: ID!, $position: Int!) { moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { agenda { id position } } }\n": typeof types.RoomMoveDocument,
    "mutation RoomOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version openedAt openedEarlyMinutes } }": typeof types.RoomOpenDocument,
    "\n  mutation RoomCheckInThree($id: ID!, $a: ID!, $b: ID!, $c: ID!) {\n    first: checkIn(meetingId: $id, agencyId: $a, representative: \"王科长\") { presence { present quorum met } }\n    second: checkIn(meetingId: $id, agencyId: $b, representative: \"李科长\") { presence { present quorum met } }\n    third: checkIn(meetingId: $id, agencyId: $c, representative: \"赵科长\") { presence { present quorum met } }\n  }\n": typeof types.RoomCheckInThreeDocument,
    "mutation RoomDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { kind } } }": typeof types.RoomDecideDocument,
    "query RoomPreview($input: RecordDecisionInput!) { previewDecision(input: $input) { code problem } }": typeof types.RoomPreviewDocument,
    "\n  query RoomPreviewGovernance($input: RecordDecisionInput!) {\n    previewDecision(input: $input) { code problem governance { matterCode regionCode byThisDecision note rule { lead { code } regionCode matterCode } otherRule { lead { code } regionCode matterCode } } }\n  }\n": typeof types.RoomPreviewGovernanceDocument,
    "mutation RoomCheckInOne($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { presence { met } } }": typeof types.RoomCheckInOneDocument,
    "mutation RoomMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.RoomMatterDocument,
    "query RoomEvents($subjectId: String) { events(first: 100, subjectId: $subjectId) { nodes { type payload } } }": typeof types.RoomEventsDocument,
    "\n  mutation Convene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) {\n      id version status quorum invited { code }\n      agenda { id kind title status matterCode regionCode category categories severity caseIds gapRegionCodes weight { overlaps openCases oldestCaseWaitingDays } overlaps { id status } agencies { code } }\n    }\n  }\n": typeof types.ConveneDocument,
    "\n  query MeetingView($id: ID!) {\n    meeting(id: $id) {\n      id version status presence { present quorum met }\n      agenda { id kind title status }\n      decisions { kind resolvedOverlapIds reroutedCaseIds rules { lead { code } matterCode status } }\n      tasks { description dueOn status overdue assignee { code } }\n      minutes\n    }\n  }\n": typeof types.MeetingViewDocument,
    "mutation OpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version } }": typeof types.OpenMeetingDocument,
    "mutation CloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status version agenda { status } } }": typeof types.CloseMeetingDocument,
    "mutation CheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { presence { present met } } }": typeof types.CheckInDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision { id kind }\n      rulesCreated { id lead { code } matterCode regionCode category }\n      rulesSuperseded { id }\n      overlapsResolved { id status }\n      casesRerouted { id status lead { code } }\n      tasks { id description }\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  query PreviewDecision($input: RecordDecisionInput!) {\n    previewDecision(input: $input) {\n      problem code\n      effects { rulesCreated { lead { code } } rulesSuperseded { id } overlapsResolved { id } casesRerouted { id lead { code } } tasks { description } }\n    }\n  }\n": typeof types.PreviewDecisionDocument,
    "\n  query MeetingJurisdiction($matterCode: String!, $regionCode: String!) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode) { disputed lead { code } rule { decisionId } agencies { code } }\n  }\n": typeof types.MeetingJurisdictionDocument,
    "query Rules($status: RoutingRuleStatus) { routingRules(status: $status) { id status lead { code } decisionId } }": typeof types.RulesDocument,
    "query Tasks($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description status overdue } }": typeof types.TasksDocument,
    "mutation CompleteTask($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }": typeof types.CompleteTaskDocument,
    "\n  mutation MeetingReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status lead { code } } } }\n": typeof types.MeetingReportDocument,
    "query MeetingCase($id: ID!) { case(id: $id) { status lead { code } participants { agency { code } role } } }": typeof types.MeetingCaseDocument,
    "query MeetingOverlap($id: ID!) { overlap(id: $id) { status statusReason } }": typeof types.MeetingOverlapDocument,
    "subscription MeetingFeed($after: String) { agencyFeed(after: $after) { type topic } }": typeof types.MeetingFeedDocument,
    "query MeetingMinutesLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }": typeof types.MeetingMinutesLinkDocument,
    "query MeetingHead { events(first: 500) { nodes { cursor } } }": typeof types.MeetingHeadDocument,
    "mutation AddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position title } }": typeof types.AddItemDocument,
    "mutation RemoveItem($m: ID!, $i: ID!) { removeAgendaItem(meetingId: $m, itemId: $i) { agenda { id } } }": typeof types.RemoveItemDocument,
    "mutation Reorder($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { agenda { id position } } }": typeof types.ReorderDocument,
    "mutation Cancel($m: ID!, $v: Int!, $reason: String!) { cancelMeeting(meetingId: $m, expectedVersion: $v, reason: $reason) { status cancelReason } }": typeof types.CancelDocument,
    "mutation PageConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }": typeof types.PageConveneDocument,
    "mutation PageAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }": typeof types.PageAddItemDocument,
    "mutation PageOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": typeof types.PageOpenDocument,
    "mutation PageCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { id } }": typeof types.PageCheckInDocument,
    "mutation PageDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }": typeof types.PageDecideDocument,
    "query PageMinutes($id: ID!) { meeting(id: $id) { minutes } }": typeof types.PageMinutesDocument,
    "query PageLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }": typeof types.PageLinkDocument,
    "query PageMe { me { role } }": typeof types.PageMeDocument,
    "\n  subscription MatterEvents($after: String) {\n    hubEvents(after: $after, topics: [MATTER]) { cursor subjectIds }\n  }\n": typeof types.MatterEventsDocument,
    "\n  mutation InstanceCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }\n": typeof types.InstanceCreateMatterDocument,
    "query Head { events(first: 500) { nodes { cursor } } }": typeof types.HeadDocument,
    "mutation NamesRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": typeof types.NamesRegionDocument,
    "mutation NamesMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.NamesMatterDocument,
    "mutation NamesInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": typeof types.NamesInstrumentDocument,
    "mutation NamesDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": typeof types.NamesDeclareDocument,
    "query NamesMatters($search: String) { matters(search: $search) { code name } }": typeof types.NamesMattersDocument,
    "query NamesRegions($search: String) { regions(search: $search) { code name } }": typeof types.NamesRegionsDocument,
    "query NamesAgencies($search: String) { agencies(search: $search) { code } }": typeof types.NamesAgenciesDocument,
    "\n  query NamesJurisdiction($matter: String, $region: String, $matterCode: String, $regionCode: String) {\n    jurisdiction(matter: $matter, region: $region, matterCode: $matterCode, regionCode: $regionCode) { disputed summary matter { code } region { code } agencies { code } }\n  }\n": typeof types.NamesJurisdictionDocument,
    "\n  mutation NamesReport($input: ReportCaseInput!) {\n    reportCase(input: $input) { case { id number status route { outcome reason candidateAgencyIds } deadlines { kind basis } } }\n  }\n": typeof types.NamesReportDocument,
    "query NamesInbox { inbox { reason case { number } } }": typeof types.NamesInboxDocument,
    "query NamesTimeline($id: ID!) { case(id: $id) { timeline { what text note } } }": typeof types.NamesTimelineDocument,
    "subscription NamesFeed($after: String) { agencyFeed(after: $after) { type text } }": typeof types.NamesFeedDocument,
    "query NamesEvents($types: [String!]) { events(types: $types, first: 10) { nodes { type text payload } } }": typeof types.NamesEventsDocument,
    "mutation NamesLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version periodText } }": typeof types.NamesLaunchDocument,
    "mutation NamesBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }": typeof types.NamesBriefDocument,
    "mutation NamesActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }": typeof types.NamesActivateDocument,
    "mutation NamesFieldReport($input: FieldReportInput!) { fileFieldReport(input: $input) { caseIds } }": typeof types.NamesFieldReportDocument,
    "query NamesOperation($id: ID!) { operation(id: $id) { summary { perMatter { matterCode matterName cases } } } }": typeof types.NamesOperationDocument,
    "query NamesOverlaps($matterCode: String) { overlaps(first: 10, matterCode: $matterCode) { nodes { category summary } } }": typeof types.NamesOverlapsDocument,
    "mutation NamesWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { power { id } } }": typeof types.NamesWithdrawDocument,
    "query NamesAllOverlaps { overlaps(first: 10, status: [OBSOLETE]) { nodes { status statusReason } } }": typeof types.NamesAllOverlapsDocument,
    "mutation NamesConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }": typeof types.NamesConveneDocument,
    "mutation NamesAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }": typeof types.NamesAddItemDocument,
    "mutation NamesOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": typeof types.NamesOpenDocument,
    "mutation NamesCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { id } }": typeof types.NamesCheckInDocument,
    "mutation NamesDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }": typeof types.NamesDecideDocument,
    "query NamesCaseRoute($id: ID!) { case(id: $id) { status route { reason } timeline { what text } } }": typeof types.NamesCaseRouteDocument,
    "\n  mutation RegisterOfficer($input: RegisterOfficerInput!) {\n    registerOfficer(input: $input) {\n      id name role certificateNumber certificateValidFrom certificateValidUntil version\n      agency { code }\n      today: certifiedOn\n      onFirstDay: certifiedOn(date: \"2026-01-01\")\n      afterExpiry: certifiedOn(date: \"2027-01-01\")\n    }\n  }\n": typeof types.RegisterOfficerDocument,
    "\n  mutation UpdateOfficer($input: UpdateOfficerInput!) {\n    updateOfficer(input: $input) { id name role certificateNumber version }\n  }\n": typeof types.UpdateOfficerDocument,
    "\n  query Officers($agencyId: ID, $first: Int, $after: String, $certifiedOn: LocalDate, $search: String) {\n    officers(agencyId: $agencyId, first: $first, after: $after, certifiedOn: $certifiedOn, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { name } }\n    }\n  }\n": typeof types.OfficersDocument,
    "\n  mutation Launch($input: LaunchOperationInput!) {\n    launchOperation(input: $input) { id status version lead { code } participants { agency { code } headcount officers { name } } }\n  }\n": typeof types.LaunchDocument,
    "mutation Brief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { status version } }": typeof types.BriefDocument,
    "mutation Activate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status version } }": typeof types.ActivateDocument,
    "mutation CompleteOp($id: ID!, $v: Int!, $note: String!) { completeOperation(operationId: $id, expectedVersion: $v, afterActionNote: $note) { status afterActionNote } }": typeof types.CompleteOpDocument,
    "mutation CancelOp($id: ID!, $v: Int!, $reason: String!) { cancelOperation(operationId: $id, expectedVersion: $v, reason: $reason) { status cancelReason } }": typeof types.CancelOpDocument,
    "mutation SetAssignment($input: AssignmentInput!) { setAssignment(input: $input) { task location agency { code } } }": typeof types.SetAssignmentDocument,
    "mutation FieldReportMutation($input: FieldReportInput!) { fileFieldReport(input: $input) { sitesInspected violationsFound caseIds } }": typeof types.FieldReportMutationDocument,
    "\n  query OperationView($id: ID!, $agencyId: ID!) {\n    operation(id: $id) {\n      status\n      cases { number status source lead { code } }\n      summary { perAgency { agency { code } reports sitesInspected violationsFound casesOpened } perMatter { matterCode cases } casesByStatus { status count } afterActionNote }\n      activityLog(agencyId: $agencyId) { what }\n    }\n  }\n": typeof types.OperationViewDocument,
    "query OperationList { operations { totalCount nodes { title } } }": typeof types.OperationListDocument,
    "subscription OpEvents($id: ID!, $after: String) { operationEvents(operationId: $id, after: $after) { cursor type payload } }": typeof types.OpEventsDocument,
    "subscription OpFeed($after: String) { agencyFeed(after: $after) { type topic } }": typeof types.OpFeedDocument,
    "query OpHead { events(first: 500) { nodes { cursor } } }": typeof types.OpHeadDocument,
    "query OpEventsAfter($after: String) { events(after: $after, first: 500) { nodes { type } } }": typeof types.OpEventsAfterDocument,
    "query OpCaseCount { cases(first: 1) { totalCount } }": typeof types.OpCaseCountDocument,
    "mutation OpAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }": typeof types.OpAddItemDocument,
    "mutation OpOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": typeof types.OpOpenDocument,
    "mutation OpCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { id } }": typeof types.OpCheckInDocument,
    "mutation OpDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }": typeof types.OpDecideDocument,
    "mutation OpAgenda($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { agenda { kind title } } }": typeof types.OpAgendaDocument,
    "\n  query SeverityMatrix { overlapMatrix { agencies { code name } counts pairs { a { code name } b { code } high medium low total } } }\n": typeof types.SeverityMatrixDocument,
    "mutation MatrixDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { severity } } }": typeof types.MatrixDeclareDocument,
    "mutation MatrixMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.MatrixMatterDocument,
    "mutation MatrixInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": typeof types.MatrixInstrumentDocument,
    "\n  query OverlapPowersOfPowers($search: String) {\n    powers(search: $search, first: 10) {\n      nodes {\n        id code\n        overlaps {\n          id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version\n          agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary\n        }\n      }\n    }\n  }\n": typeof types.OverlapPowersOfPowersDocument,
    "\n  query OverlapPowersOne($id: ID!) {\n    overlap(id: $id) {\n      id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version\n      agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary\n    }\n  }\n": typeof types.OverlapPowersOneDocument,
    "mutation OverlapPowersImport($csv: String!) { importPowers(csv: $csv) { created openedOverlaps rejected } }": typeof types.OverlapPowersImportDocument,
    "mutation OverlapPowersRescan { rescanOverlaps { openedOverlaps { id } closedOverlaps { id } } }": typeof types.OverlapPowersRescanDocument,
    "mutation OverlapPowersWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id status } } }": typeof types.OverlapPowersWithdrawDocument,
    "\n  mutation DeclarePower($input: DeclarePowerInput!) {\n    declarePower(input: $input) {\n      power { id code version status agency { code } matters { code } regions { code } legalBases { article { label } instrument { title } } }\n      openedOverlaps { id kind severity status matterCodes regionCodes agencies { code } powers { code } sharedArticles { label } }\n      closedOverlaps { id }\n    }\n  }\n": typeof types.DeclarePowerDocument,
    "\n  mutation AmendPower($input: AmendPowerInput!) {\n    amendPower(input: $input) {\n      power { id version matterCodes }\n      openedOverlaps { id kind }\n      closedOverlaps { id status statusReason }\n    }\n  }\n": typeof types.AmendPowerDocument,
    "\n  mutation WithdrawPower($input: WithdrawPowerInput!) {\n    withdrawPower(input: $input) { power { status version } closedOverlaps { id status statusReason } }\n  }\n": typeof types.WithdrawPowerDocument,
    "\n  query Overlaps($agencyId: ID, $status: [OverlapStatus!], $matterCode: String, $severity: OverlapSeverity) {\n    overlaps(agencyId: $agencyId, status: $status, matterCode: $matterCode, severity: $severity, first: 100) {\n      totalCount\n      nodes { id key kind severity status statusReason powers { code } }\n    }\n  }\n": typeof types.OverlapsDocument,
    "mutation Rescan { rescanOverlaps { powersScanned openedOverlaps { id } closedOverlaps { id } } }": typeof types.RescanDocument,
    "\n  query Jurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at) { disputed gap agencies { code } powers { code } }\n  }\n": typeof types.JurisdictionDocument,
    "\n  query Gaps { regulatoryGaps { matter { code } regions { code } } }\n": typeof types.GapsDocument,
    "\n  query PowersAsOf($asOf: LocalDate, $matterCode: String, $regionCode: String, $agencyId: ID) {\n    powers(asOf: $asOf, matterCode: $matterCode, regionCode: $regionCode, agencyId: $agencyId, first: 100) {\n      totalCount\n      nodes { code version matterCodes history { version matterCodes } }\n    }\n  }\n": typeof types.PowersAsOfDocument,
    "query Matrix { overlapMatrix { agencies { code } counts } }": typeof types.MatrixDocument,
    "query Usage { powerUsage(from: \"2026-01-01\", to: \"2026-12-31\") { county { activeItems usedItems ratio } agencies { agency { code } activeItems } } }": typeof types.UsageDocument,
    "\n  query Catalogue($agencyId: ID!) {\n    legalCatalogue(agencyId: $agencyId) { agency { code } levels { level instruments { instrument { title } articles { article { number } powers { code } } } } }\n    staleLegalBases { power { code } instrument { title } }\n  }\n": typeof types.CatalogueDocument,
    "\n  mutation RepealInstrument($input: RepealLegalInstrumentInput!) {\n    repealLegalInstrument(input: $input) { instrument { status } affectedPowers { code } affectedAgencies { code } openOverlaps { id } }\n  }\n": typeof types.RepealInstrumentDocument,
    "mutation PowerCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.PowerCreateMatterDocument,
    "\n  mutation PowerCreateInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n": typeof types.PowerCreateInstrumentDocument,
    "mutation PowerCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": typeof types.PowerCreateRegionDocument,
    "subscription PowerFeed($after: String) { agencyFeed(after: $after) { type topic } }": typeof types.PowerFeedDocument,
    "query PowerHead { events(first: 500) { nodes { cursor } } }": typeof types.PowerHeadDocument,
    "query PowerByCode($search: String) { powers(search: $search) { nodes { id version } } }": typeof types.PowerByCodeDocument,
    "query PowerId($search: String) { powers(search: $search) { nodes { id } } }": typeof types.PowerIdDocument,
    "query ShapeFlatAgencies { agencies { id code name shortName kind active version } }": typeof types.ShapeFlatAgenciesDocument,
    "\n  query ShapePowerPage {\n    powers(first: 100) {\n      nodes { id code name category agency { code name } overlaps { key kind severity powers { code name agency { code name } } } }\n    }\n  }\n": typeof types.ShapePowerPageDocument,
    "\n  query ShapeAgencyPowers($agencyId: ID!) {\n    agency(id: $agencyId) { code name }\n    powers(agencyId: $agencyId, first: 100) { nodes { id code name category overlaps { key kind severity powers { code name } } } }\n  }\n": typeof types.ShapeAgencyPowersDocument,
    "query ShapePageOnly { powers(first: 100) { nodes { id code } } }": typeof types.ShapePageOnlyDocument,
    "\n  query ShapePageWithoutAgencies { powers(first: 100) { nodes { id code overlaps { key powers { code name } } } } }\n": typeof types.ShapePageWithoutAgenciesDocument,
    "\n  query ShapePageWithoutOverlapPowers { powers(first: 100) { nodes { id code agency { code } overlaps { key } } } }\n": typeof types.ShapePageWithoutOverlapPowersDocument,
    "\n  fragment PlanOverlapBits on Overlap { severity agencies { code } }\n": typeof types.PlanOverlapBitsFragmentDoc,
    "\n  fragment PlanPowerFields on Power {\n    __typename\n    id\n    code\n    label: name\n    ... on Power { category agency { __typename code } }\n    boss: agency { name shortName region { code } }\n    matters { code }\n    regionCodes\n    legalBases { article { label } }\n    overlaps { __typename key kind ...PlanOverlapBits powers { code agency { code } again: agency { name } } }\n    history @include(if: $withHistory) { version }\n    validFrom @skip(if: $withHistory)\n  }\n": typeof types.PlanPowerFieldsFragmentDoc,
    "\n  query PlannedPowersOnly($withHistory: Boolean!) {\n    powers(first: 40) { edges { cursor node { id label: code } } nodes { ...PlanPowerFields } }\n  }\n": typeof types.PlannedPowersOnlyDocument,
    "\n  query LoadedPowersOnly($withHistory: Boolean!) {\n    overlaps(first: 10) { nodes { powers { ...PlanPowerFields } } }\n  }\n": typeof types.LoadedPowersOnlyDocument,
    "\n  query PlannedPowerOnly($id: ID!, $withHistory: Boolean!) {\n    power(id: $id) { ...PlanPowerFields }\n  }\n": typeof types.PlannedPowerOnlyDocument,
    "\n  query ShapeOfficerPage { powers(first: 100) { nodes { id overlaps { key agencyIds powers { id agency { code } } } } } }\n": typeof types.ShapeOfficerPageDocument,
    "query VetoItemList { reviewVetoItems { code description } }": typeof types.VetoItemListDocument,
    "\n  query SampleOverview {\n    regions { code level }\n    agencies { code kind }\n    matters { code }\n    legalInstruments(first: 100) { totalCount nodes { title articleCount } }\n    officers(first: 100, includeInactive: true) { totalCount nodes { role certificateNumber today: certifiedOn(date: \"2026-11-26\") } }\n    verifyAuditTrail { intact checkedEntries }\n  }\n": typeof types.SampleOverviewDocument,
    "\n  query SampleHistory($from: LocalDate!, $to: LocalDate!) {\n    closed: cases(status: [CLOSED], first: 20) { totalCount nodes { number filedOn closedOn } }\n    sampleCaseFiles(size: 3, perAgencyMax: 1, seed: \"sample\", closedFrom: $from, closedTo: $to) { available cases { number } }\n    reviewSummary { agency { code } reviewed }\n    meetings(status: [CLOSED], first: 5) { nodes { title openedAt closedAt decisions { kind decidedAt } tasks { status overdue } minutes } }\n    operations(status: [COMPLETED], first: 5) { nodes { title startsAt reports { sitesInspected createdAt } summary { afterActionNote perAgency { agency { code } } } } }\n  }\n": typeof types.SampleHistoryDocument,
    "query SampleEventTimes($after: String) { events(first: 500, after: $after) { nodes { cursor occurredAt } pageInfo { hasNextPage } } }": typeof types.SampleEventTimesDocument,
    "query TokenMe { me { role agency { code } } }": typeof types.TokenMeDocument,
    "\n  query SampleOverlaps($matterCode: String) {\n    overlaps(matterCode: $matterCode, first: 100) { totalCount nodes { kind severity agencies { code } } }\n    gaps: regulatoryGaps { matter { code } regions { code } }\n    powers(first: 1) { totalCount }\n  }\n": typeof types.SampleOverlapsDocument,
    "\n  mutation ImportPowers($csv: String!, $partial: Boolean) {\n    importPowers(csv: $csv, partial: $partial) { rows created updated unchanged failed rejected openedOverlaps problems { row column reason } }\n  }\n": typeof types.ImportPowersDocument,
    "query ImportedCount($search: String) { powers(search: $search, first: 100) { totalCount } }": typeof types.ImportedCountDocument,
    "\n  query ServerAgencies { agencies { code } }\n": typeof types.ServerAgenciesDocument,
    "\n  mutation FormulaImportPowers($csv: String!, $partial: Boolean) {\n    importPowers(csv: $csv, partial: $partial) { rows created failed rejected problems { row column reason } }\n  }\n": typeof types.FormulaImportPowersDocument,
    "query FormulaStored($search: String) { powers(search: $search, first: 100) { totalCount nodes { code name post } } }": typeof types.FormulaStoredDocument,
    "mutation FormulaMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.FormulaMatterDocument,
    "\n  mutation FormulaInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n": typeof types.FormulaInstrumentDocument,
    "\n  query NestedAgencies($first: Int) {\n    agencies {\n      code\n      region { name parent { code } children { code } }\n    }\n    officers(first: $first) {\n      totalCount\n      nodes { name agency { code region { code } } }\n    }\n    legalInstruments(first: $first) { nodes { title articles { label instrument { title } } } }\n  }\n": typeof types.NestedAgenciesDocument,
    "\n  query NestedPowers {\n    powers(first: 100) {\n      totalCount\n      nodes {\n        code\n        agency { code region { code } }\n        matters { code parent { code } }\n        regions { code }\n        legalBases { article { label } instrument { title } }\n        overlaps { kind agencies { code } powers { code } matters { code } }\n        history { version }\n      }\n    }\n  }\n": typeof types.NestedPowersDocument,
    "query CountOverlapLines($first: Int) { events(types: [\"OverlapOpened\"], first: $first) { nodes { text } } }": typeof types.CountOverlapLinesDocument,
    "mutation CountImportPowers($csv: String!) { importPowers(csv: $csv) { rows failed rejected } }": typeof types.CountImportPowersDocument,
    "mutation ConsoleCountyMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.ConsoleCountyMatterDocument,
    "mutation ConsoleCountyInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": typeof types.ConsoleCountyInstrumentDocument,
    "mutation ConsoleCountyDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": typeof types.ConsoleCountyDeclareDocument,
    "mutation ConsoleCountyReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }": typeof types.ConsoleCountyReportDocument,
    "\n  mutation FactoryCreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) { code }\n  }\n": typeof types.FactoryCreateRegionDocument,
    "\n  mutation FactoryCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { id code version }\n  }\n": typeof types.FactoryCreateAgencyDocument,
    "\n  mutation FactoryRegisterOfficer($input: RegisterOfficerInput!) {\n    registerOfficer(input: $input) { id version }\n  }\n": typeof types.FactoryRegisterOfficerDocument,
    "\n  mutation FactoryCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) { code }\n  }\n": typeof types.FactoryCreateMatterDocument,
    "\n  mutation FactoryCreateInstrument($input: CreateLegalInstrumentInput!) {\n    createLegalInstrument(input: $input) { id articles { id number } }\n  }\n": typeof types.FactoryCreateInstrumentDocument,
    "\n  mutation FactoryDeclarePower($input: DeclarePowerInput!) {\n    declarePower(input: $input) { power { id version } openedOverlaps { id } }\n  }\n": typeof types.FactoryDeclarePowerDocument,
    "\n  mutation FactoryReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) { case { id version status } }\n  }\n": typeof types.FactoryReportCaseDocument,
    "\n  mutation FactoryConveneMeeting($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version }\n  }\n": typeof types.FactoryConveneMeetingDocument,
    "\n  mutation SetCalendar($input: SetWorkingCalendarInput!) {\n    setWorkingCalendar(input: $input) { year version holidays { name dates } makeUpWorkdays source }\n  }\n": typeof types.SetCalendarDocument,
    "query Calendar { workingCalendar { year version makeUpWorkdays } }": typeof types.CalendarDocument,
    "\n  query CalendarEvents { events(topics: [CALENDAR], first: 50) { nodes { type subjectIds occurredAt actor { role } payload } } }\n": typeof types.CalendarEventsDocument,
    "\n  mutation NextYearReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number version status createdAt } } }\n": typeof types.NextYearReportDocument,
    "mutation NextYearFile($input: FileCaseInput!) { fileCase(input: $input) { status version filedOn } }": typeof types.NextYearFileDocument,
    "mutation NextYearInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }": typeof types.NextYearInvestigateDocument,
    "mutation NextYearDecide($input: DecideCaseInput!) { decideCase(input: $input) { status version decidedOn } }": typeof types.NextYearDecideDocument,
    "mutation NextYearExecute($input: CaseStepInput!) { executeCase(input: $input) { status version executedOn } }": typeof types.NextYearExecuteDocument,
    "mutation NextYearClose($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }": typeof types.NextYearCloseDocument,
    "mutation NextYearRefer($input: ReferCaseInput!) { referCase(input: $input) { version } }": typeof types.NextYearReferDocument,
    "\n  query NextYearCase($id: ID!) {\n    case(id: $id) { status deadlines { kind due daysLeft workingDays provisional } timeline { what at } }\n  }\n": typeof types.NextYearCaseDocument,
    "mutation NextYearDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": typeof types.NextYearDeclareDocument,
    "mutation NextYearMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": typeof types.NextYearMatterDocument,
    "\n  mutation NextYearInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }\n": typeof types.NextYearInstrumentDocument,
};
const documents: Documents = {
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { id code name shortName kind active version region { code name } }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { id name active version }\n  }\n": types.UpdateAgencyDocument,
    "\n  query AgencyByCode($code: String) {\n    agency(code: $code) { id code name version }\n  }\n": types.AgencyByCodeDocument,
    "\n  query Agencies($kind: AgencyKind) {\n    agencies(kind: $kind) { code kind }\n  }\n": types.AgenciesDocument,
    "\n  query Me { me { sub role agency { code } } }\n": types.MeDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code path: name parent { code } } }\n": types.CreateRegionDocument,
    "\n  query RegionTree { region(code: \"320322\") { name level children { code level parent { code } } } }\n": types.RegionTreeDocument,
    "\n  mutation CarryConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id kind carriedFrom agencies { id } overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } }\n  }\n": types.CarryConveneDocument,
    "mutation CarryOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": types.CarryOpenDocument,
    "mutation CarryCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }": types.CarryCheckInDocument,
    "mutation CarryDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }": types.CarryDecideDocument,
    "query CarryVersion($id: ID!) { meeting(id: $id) { version } }": types.CarryVersionDocument,
    "mutation CarryCancel($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: \"改期\") { status } }": types.CarryCancelDocument,
    "mutation CarryClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version } }": types.CarryCloseDocument,
    "\n  query CarryState {\n    meetings(first: 100) { nodes { status agenda { id status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } }\n    overlaps(first: 100, status: [OPEN, UNDER_REVIEW]) { nodes { id } }\n    cases(first: 100, status: [DISPUTED, UNASSIGNED]) { nodes { id } }\n    followUpTasks(status: [OPEN]) { id }\n  }\n": types.CarryStateDocument,
    "mutation CarryMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.CarryMatterDocument,
    "mutation CarryInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": types.CarryInstrumentDocument,
    "mutation CarryDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { id } } }": types.CarryDeclareDocument,
    "mutation CarryReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id } } }": types.CarryReportDocument,
    "\n  mutation SampleConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) {\n      id version agendaSize invited { id }\n      agenda { id kind title status severity matterCode regionCode categories overlapIds caseIds taskIds operationIds gapRegionCodes carriedFrom weight { overlaps openCases oldestCaseWaitingDays } agencies { code } }\n      backlog { rank title severity overlapIds caseIds taskIds operationIds gapRegionCodes matterCode }\n    }\n  }\n": types.SampleConveneDocument,
    "query SampleBacklog { agendaBacklog { rank title } }": types.SampleBacklogDocument,
    "mutation SampleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": types.SampleOpenDocument,
    "mutation SampleCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { version } }": types.SampleCheckInDocument,
    "mutation SampleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version agenda { status } } }": types.SampleCloseDocument,
    "query SampleVersion($id: ID!) { meeting(id: $id) { version minutes } }": types.SampleVersionDocument,
    "\n  mutation SampleDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      rulesCreated { category regionCode lead { code } }\n      overlapsResolved { id }\n      casesRerouted { number status lead { code } }\n    }\n  }\n": types.SampleDecideDocument,
    "\n  query SampleLive($matterCode: String) {\n    overlaps(matterCode: $matterCode, first: 100) { nodes { id status } }\n    cases(first: 100) { nodes { id number status } }\n  }\n": types.SampleLiveDocument,
    "query SampleJurisdiction($m: String!, $r: String!) { jurisdiction(matterCode: $m, regionCode: $r) { lead { code } } }": types.SampleJurisdictionDocument,
    "query SampleAgendas { meetings(first: 50) { nodes { status agenda { status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } } }": types.SampleAgendasDocument,
    "mutation FeedAccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.FeedAccessMatterDocument,
    "mutation FeedAccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": types.FeedAccessInstrumentDocument,
    "mutation FeedAccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": types.FeedAccessDeclareDocument,
    "mutation FeedAccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status lead { code } } } }": types.FeedAccessReportDocument,
    "mutation FeedAccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { id } }": types.FeedAccessInviteDocument,
    "mutation FeedAccessDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status } }": types.FeedAccessDismissDocument,
    "query FeedAccessCase($id: ID!) { case(id: $id) { id } }": types.FeedAccessCaseDocument,
    "subscription FeedAccessCaseEvents($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }": types.FeedAccessCaseEventsDocument,
    "mutation LawReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }": types.LawReportDocument,
    "mutation LawFile($input: FileCaseInput!) { fileCase(input: $input) { version status filedOn deadlines { kind due workingDays periodDays } } }": types.LawFileDocument,
    "mutation LawDecide($input: DecideCaseInput!) { decideCase(input: $input) { version status decision { outcome articleId articleReason } } }": types.LawDecideDocument,
    "mutation LawInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }": types.LawInvestigateDocument,
    "query LawCase($id: ID!) { case(id: $id) { status version filedOn decision { outcome } } }": types.LawCaseDocument,
    "mutation LawMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.LawMatterDocument,
    "mutation LawInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id number } } }": types.LawInstrumentDocument,
    "mutation LawDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": types.LawDeclareDocument,
    "mutation ReviewReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }": types.ReviewReportDocument,
    "mutation ReviewFile($input: FileCaseInput!) { fileCase(input: $input) { version } }": types.ReviewFileDocument,
    "mutation ReviewInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }": types.ReviewInvestigateDocument,
    "mutation ReviewDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }": types.ReviewDecideDocument,
    "mutation ReviewClose($input: CaseStepInput!) { closeCase(input: $input) { status } }": types.ReviewCloseDocument,
    "\n  mutation ReviewRecord($caseId: ID!, $form: Float!, $content: Float!) { recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }) { grade total revision } }\n": types.ReviewRecordDocument,
    "\n  mutation ReviewCorrect($caseId: ID!, $rev: Int!, $form: Float!, $content: Float!, $reason: String!, $veto: [String!]) {\n    correctCaseReview(caseId: $caseId, expectedRevision: $rev, scores: { form: $form, content: $content }, reason: $reason, failedVetoItems: $veto) {\n      grade total revision correctionReason reviewerName\n      history { revision grade total formScore contentScore correctionReason replacedByName }\n    }\n  }\n": types.ReviewCorrectDocument,
    "query ReviewOfCase($id: ID!) { case(id: $id) { review { grade total revision history { revision grade } } } }": types.ReviewOfCaseDocument,
    "\n  query ReviewSummaryPeriod($from: LocalDate, $to: LocalDate) { reviewSummary(reviewedFrom: $from, reviewedTo: $to) { agency { code } reviewed excellent pass fail } }\n": types.ReviewSummaryPeriodDocument,
    "mutation ReviewMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.ReviewMatterDocument,
    "mutation ReviewInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": types.ReviewInstrumentDocument,
    "mutation ReviewDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": types.ReviewDeclareDocument,
    "\n  mutation ReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) {\n      created\n      case { id number status version lead { code } participants { agency { code } role } route { outcome reason ruleId candidateAgencyIds } deadlines { kind due } }\n    }\n  }\n": types.ReportCaseDocument,
    "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id number status version reporterContact filedOn allowedActions\n      lead { code }\n      participants { agency { code } role }\n      deadlines { kind due daysLeft overdue paused workingDays }\n      timeline { what actor { role } note }\n      referrals { kind status answer }\n      power { code }\n      decision { outcome amount }\n    }\n  }\n": types.CaseByIdDocument,
    "\n  mutation FileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version filedOn lead { code } participants { agency { code } role } } }\n": types.FileCaseDocument,
    "mutation Investigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }": types.InvestigateDocument,
    "mutation Decide($input: DecideCaseInput!) { decideCase(input: $input) { status version decision { outcome amount } } }": types.DecideDocument,
    "mutation Execute($input: CaseStepInput!) { executeCase(input: $input) { status version } }": types.ExecuteDocument,
    "mutation Close($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }": types.CloseDocument,
    "mutation Suspend($input: ReasonedStepInput!) { suspendCase(input: $input) { status version deadlines { kind paused due } } }": types.SuspendDocument,
    "mutation Resume($input: CaseStepInput!) { resumeCase(input: $input) { status version deadlines { kind paused due } } }": types.ResumeDocument,
    "mutation Refer($input: ReferCaseInput!) { referCase(input: $input) { status version deadlines { kind due workingDays } } }": types.ReferDocument,
    "mutation AnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { status version lead { code } referralRejections } }": types.AnswerReferralDocument,
    "query Inbox { inbox { reason case { number } } }": types.InboxDocument,
    "query OverdueList { cases(overdue: true, first: 100) { nodes { number } } }": types.OverdueListDocument,
    "query OverdueCases { overdueCases { number } }": types.OverdueCasesDocument,
    "query DisputedCases { disputedCases { number status } }": types.DisputedCasesDocument,
    "query CaseList($status: [CaseStatus!], $myRole: ParticipantRole) { cases(status: $status, myRole: $myRole, first: 100) { totalCount nodes { number } } }": types.CaseListDocument,
    "\n  query Sample($seed: String!, $from: LocalDate!, $to: LocalDate!) {\n    sampleCaseFiles(size: 2, perAgencyMax: 1, seed: $seed, closedFrom: $from, closedTo: $to) { seed available cases { number } perAgency { agency { code } picked } }\n  }\n": types.SampleDocument,
    "\n  mutation Review($caseId: ID!, $form: Float!, $content: Float!, $veto: [String!]) {\n    recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }, failedVetoItems: $veto) { grade total }\n  }\n": types.ReviewDocument,
    "query ReviewSummary { reviewSummary { agency { code } reviewed passRate } }": types.ReviewSummaryDocument,
    "query CaseUsage($from: LocalDate!, $to: LocalDate!) { powerUsage(from: $from, to: $to) { county { usedItems activeItems } } }": types.CaseUsageDocument,
    "subscription CaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }": types.CaseFeedDocument,
    "mutation Invite($input: InviteAgencyInput!) { inviteAgency(input: $input) { participants { agency { code } role } } }": types.InviteDocument,
    "mutation Attach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { name size sha256 } }": types.AttachDocument,
    "mutation Assign($input: AssignCaseInput!) { assignCase(input: $input) { status lead { code } } }": types.AssignDocument,
    "mutation Dismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status dismissalReason } }": types.DismissDocument,
    "subscription CaseAgencyFeed($after: String) { agencyFeed(after: $after) { type topic subjectIds } }": types.CaseAgencyFeedDocument,
    "query CaseHead { events(first: 500, after: \"0\") { nodes { cursor } pageInfo { hasNextPage } } }": types.CaseHeadDocument,
    "\n  query NestedCases($first: Int) {\n    cases(first: $first) {\n      nodes {\n        number participants { agency { code region { code } } role } deadlines { kind due }\n        timeline { what } matter { code } region { code } power { code } referrals { status } attachments { name } review { grade }\n      }\n    }\n  }\n": types.NestedCasesDocument,
    "\n  mutation CreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code name depth parent { code } } }\n": types.CreateMatterDocument,
    "\n  query Matters($under: String) { matters(under: $under) { code depth children { code } } }\n": types.MattersDocument,
    "\n  mutation CreateInstrument($input: CreateLegalInstrumentInput!) {\n    createLegalInstrument(input: $input) { id title level status version articleCount articles { number label text instrument { title } } }\n  }\n": types.CreateInstrumentDocument,
    "\n  mutation Repeal($input: RepealLegalInstrumentInput!) { repealLegalInstrument(input: $input) { instrument { status repealedOn repealNote version } affectedPowers { code } } }\n": types.RepealDocument,
    "\n  query Instruments($level: LegalLevel, $status: LegalStatus, $search: String) {\n    legalInstruments(level: $level, status: $status, search: $search) { totalCount nodes { title status } }\n  }\n": types.InstrumentsDocument,
    "\n  query CountedOfficers($first: Int, $after: String) {\n    officers(first: $first, after: $after, search: \"计数\") { totalCount pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n": types.CountedOfficersDocument,
    "\n  query UncountedOfficers($first: Int, $after: String) {\n    officers(first: $first, after: $after, search: \"计数\") { pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n": types.UncountedOfficersDocument,
    "\n  mutation ConsoleOfficerConvenes($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id }\n  }\n": types.ConsoleOfficerConvenesDocument,
    "mutation AuditTestFile($input: FileCaseInput!) { fileCase(input: $input) { version } }": types.AuditTestFileDocument,
    "mutation AuditTestInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }": types.AuditTestInvestigateDocument,
    "mutation AuditTestDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }": types.AuditTestDecideDocument,
    "mutation AuditTestClose($input: CaseStepInput!) { closeCase(input: $input) { status } }": types.AuditTestCloseDocument,
    "mutation ChairTestAssign($input: AssignCaseInput!) { assignCase(input: $input) { id status version } }": types.ChairTestAssignDocument,
    "mutation ChairTestMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.ChairTestMatterDocument,
    "mutation ChairTestReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }": types.ChairTestReportDocument,
    "\n  query ConsoleChairAgenda($id: ID!) {\n    meeting(id: $id) { agenda { position title kind } }\n  }\n": types.ConsoleChairAgendaDocument,
    "\n  query ConsoleChairCase($text: String!) {\n    cases(text: $text, first: 5) { nodes { number status lead { code shortName } } }\n  }\n": types.ConsoleChairCaseDocument,
    "\n  mutation DeskTestConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id caseIds } }\n  }\n": types.DeskTestConveneDocument,
    "mutation DeskTestOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": types.DeskTestOpenDocument,
    "mutation DeskTestCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }": types.DeskTestCheckInDocument,
    "mutation DeskTestDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { casesRerouted { id } } }": types.DeskTestDecideDocument,
    "mutation BoardTestLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version } }": types.BoardTestLaunchDocument,
    "mutation BoardTestAssign($input: AssignmentInput!) { setAssignment(input: $input) { id } }": types.BoardTestAssignDocument,
    "mutation BoardTestBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }": types.BoardTestBriefDocument,
    "mutation BoardTestActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }": types.BoardTestActivateDocument,
    "query BoardTestLastReport { auditTrail(types: [\"FieldReportFiled\"], first: 500) { nodes { cursor } } }": types.BoardTestLastReportDocument,
    "mutation BoardTestReport($input: FieldReportInput!) { fileFieldReport(input: $input) { id } }": types.BoardTestReportDocument,
    "mutation LockCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": types.LockCreateRegionDocument,
    "\n  mutation DeclareTakenCode($input: DeclarePowerInput!) {\n    declarePower(input: $input) { power { id } }\n  }\n": types.DeclareTakenCodeDocument,
    "\n  query DeclareTakenCodeState($search: String) {\n    powers(search: $search, first: 10) { nodes { name version } }\n    events(types: [\"PowerDeclared\"], first: 100) { nodes { cursor } }\n  }\n": types.DeclareTakenCodeStateDocument,
    "\n  query DatedTrail($from: LocalDate, $to: LocalDate, $agencyId: ID, $types: [String!]) {\n    auditTrail(from: $from, to: $to, agencyId: $agencyId, types: $types, first: 500) { nodes { event { type subjectIds occurredAt } } }\n  }\n": types.DatedTrailDocument,
    "\n  query DatedEvents($from: LocalDate, $to: LocalDate) {\n    events(from: $from, to: $to, types: [\"AgencyCreated\"], first: 500) { nodes { subjectIds } }\n  }\n": types.DatedEventsDocument,
    "query EventHeadNow { eventHead { cursor feeds } }": types.EventHeadNowDocument,
    "query EventHeadVerify { verifyAuditTrail { headCursor } }": types.EventHeadVerifyDocument,
    "subscription EventHeadFeed($after: String) { agencyFeed(after: $after) { cursor type } }": types.EventHeadFeedDocument,
    "mutation EventHeadMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.EventHeadMatterDocument,
    "\n  subscription HubEvents($after: String, $topics: [EventTopic!]) {\n    hubEvents(after: $after, topics: $topics) { cursor topic type subjectIds actor { role } payload }\n  }\n": types.HubEventsDocument,
    "\n  subscription AgencyFeed($after: String) {\n    agencyFeed(after: $after) { cursor topic type subjectIds agencyIds }\n  }\n": types.AgencyFeedDocument,
    "\n  query Events($after: String, $first: Int, $topics: [EventTopic!], $agencyId: ID) {\n    events(after: $after, first: $first, topics: $topics, agencyId: $agencyId) {\n      pageInfo { hasNextPage endCursor }\n      nodes { cursor type topic visibility agencyIds actor { sub role } occurredAt }\n    }\n  }\n": types.EventsDocument,
    "\n  query Audit($after: String) {\n    auditTrail(after: $after, first: 500) { nodes { cursor hash previousHash event { type } } }\n    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }\n  }\n": types.AuditDocument,
    "\n  query Verify { verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem } }\n": types.VerifyDocument,
    "\n  mutation EventCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }\n": types.EventCreateMatterDocument,
    "mutation TouchAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }": types.TouchAgencyDocument,
    "\n  mutation AccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version number } } }\n": types.AccessReportDocument,
    "\n  query AccessCase($id: ID!) {\n    case(id: $id) {\n      number status reporterContact\n      lead { code }\n      participants { agency { code } }\n      review { grade total findings }\n      attachments { name }\n      referrals { reason }\n      timeline { what note actor { name } details }\n    }\n  }\n": types.AccessCaseDocument,
    "mutation AccessFile($input: FileCaseInput!) { fileCase(input: $input) { version } }": types.AccessFileDocument,
    "mutation AccessInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }": types.AccessInvestigateDocument,
    "mutation AccessDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }": types.AccessDecideDocument,
    "mutation AccessExecute($input: CaseStepInput!) { executeCase(input: $input) { version } }": types.AccessExecuteDocument,
    "mutation AccessClose($input: CaseStepInput!) { closeCase(input: $input) { version } }": types.AccessCloseDocument,
    "mutation AccessAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }": types.AccessAttachDocument,
    "mutation AccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }": types.AccessInviteDocument,
    "\n  mutation AccessReview($caseId: ID!) { recordCaseReview(caseId: $caseId, scores: { form: 18, content: 70 }, findings: \"证据链不完整，内部通报\") { grade } }\n": types.AccessReviewDocument,
    "\n  subscription AccessCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }\n": types.AccessCaseFeedDocument,
    "query AccessVersion($id: ID!) { case(id: $id) { version } }": types.AccessVersionDocument,
    "query AccessEvents { events(first: 500) { nodes { type subjectIds } } }": types.AccessEventsDocument,
    "mutation AccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.AccessMatterDocument,
    "\n  mutation AccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }\n": types.AccessInstrumentDocument,
    "mutation AccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": types.AccessDeclareDocument,
    "mutation TaskConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version invited { id } agenda { id kind title taskIds } } }": types.TaskConveneDocument,
    "mutation TaskAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }": types.TaskAddItemDocument,
    "mutation TaskOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": types.TaskOpenDocument,
    "mutation TaskCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }": types.TaskCheckInDocument,
    "mutation TaskDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { tasks { id description dueOn status } } }": types.TaskDecideDocument,
    "query TaskVersion($id: ID!) { meeting(id: $id) { version agenda { status } minutes } }": types.TaskVersionDocument,
    "mutation TaskClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { kind status } } }": types.TaskCloseDocument,
    "query TaskList($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description dueOn status overdue assignee { code } } }": types.TaskListDocument,
    "mutation TaskComplete($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }": types.TaskCompleteDocument,
    "mutation BrowserRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": types.BrowserRegionDocument,
    "\n  mutation GuardReportCase($input: ReportCaseInput!) { reportCase(input: $input) { created case { id } } }\n": types.GuardReportCaseDocument,
    "\n  query GuardCaseCount { cases { totalCount } events(first: 100) { pageInfo { endCursor } } }\n": types.GuardCaseCountDocument,
    "\n  mutation GuardAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { size } }\n": types.GuardAttachDocument,
    "\n  query GuardMe { me { name expiresAt } }\n": types.GuardMeDocument,
    "\n  subscription GuardCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor } }\n": types.GuardCaseFeedDocument,
    "\n  subscription GuardHubFeed($after: String) { hubEvents(after: $after) { cursor } }\n": types.GuardHubFeedDocument,
    "mutation LifecycleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.LifecycleMatterDocument,
    "mutation LifecycleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": types.LifecycleInstrumentDocument,
    "mutation LifecycleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": types.LifecycleDeclareDocument,
    "mutation LifecycleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }": types.LifecycleReportDocument,
    "mutation LifecycleInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status } }": types.LifecycleInvestigateDocument,
    "mutation LifecycleConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version status } }": types.LifecycleConveneDocument,
    "mutation LifecycleCloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status } }": types.LifecycleCloseMeetingDocument,
    "mutation LifecycleCancelMeeting($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: \"改期\") { version status } }": types.LifecycleCancelMeetingDocument,
    "mutation LifecycleOpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status } }": types.LifecycleOpenMeetingDocument,
    "mutation LifecycleLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version status } }": types.LifecycleLaunchDocument,
    "mutation LifecycleActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status } }": types.LifecycleActivateDocument,
    "\n  mutation LargeImportPowers($csv: String!) {\n    importPowers(csv: $csv) { rows created failed rejected openedOverlaps problems { row column reason } }\n  }\n": types.LargeImportPowersDocument,
    "\n  query LargeImportCounts {\n    powers(first: 1) { totalCount }\n    overlaps(first: 1) { totalCount }\n    imported: events(first: 1, types: [\"PowersImported\"]) { nodes { cursor } }\n  }\n": types.LargeImportCountsDocument,
    "mutation LargeImportRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": types.LargeImportRegionDocument,
    "mutation LargeImportMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.LargeImportMatterDocument,
    "\n  mutation LargeImportInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n": types.LargeImportInstrumentDocument,
    "\n  mutation LimitsDeactivateAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { code active } }\n": types.LimitsDeactivateAgencyDocument,
    "query GroupHead { eventHead { cursor } }": types.GroupHeadDocument,
    "mutation GroupMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.GroupMatterDocument,
    "\n  subscription GroupMatterFeed($after: String) { hubEvents(topics: [MATTER], after: $after) { cursor type subjectIds text actor { name role } } }\n": types.GroupMatterFeedDocument,
    "query GroupMatterLog($after: String) { events(topics: [MATTER], after: $after, first: 500) { nodes { cursor subjectIds } } }": types.GroupMatterLogDocument,
    "mutation GroupInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": types.GroupInstrumentDocument,
    "mutation GroupDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": types.GroupDeclareDocument,
    "mutation GroupReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }": types.GroupReportDocument,
    "mutation GroupInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }": types.GroupInviteDocument,
    "mutation GroupAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }": types.GroupAttachDocument,
    "query GroupVersion($id: ID!) { case(id: $id) { version } }": types.GroupVersionDocument,
    "mutation GroupFile($input: FileCaseInput!) { fileCase(input: $input) { version } }": types.GroupFileDocument,
    "\n  subscription GroupCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }\n": types.GroupCaseFeedDocument,
    "\n  mutation SettleConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id title matterCode overlapIds caseIds } }\n  }\n": types.SettleConveneDocument,
    "mutation SettleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": types.SettleOpenDocument,
    "mutation SettleCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }": types.SettleCheckInDocument,
    "mutation SettleDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } overlapsResolved { id } casesRerouted { id } } }": types.SettleDecideDocument,
    "query SettleView($id: ID!) { meeting(id: $id) { version status agenda { id status settledByDecisionId } minutes } }": types.SettleViewDocument,
    "mutation SettleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { matterCode status } } }": types.SettleCloseDocument,
    "mutation SettleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.SettleMatterDocument,
    "mutation SettleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": types.SettleInstrumentDocument,
    "mutation SettleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id version } } }": types.SettleDeclareDocument,
    "mutation SettleWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id } } }": types.SettleWithdrawDocument,
    "mutation SettleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status } } }": types.SettleReportDocument,
    "\n  mutation RoomConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version quorum agenda { id position title } } }\n": types.RoomConveneDocument,
    "mutation RoomAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position } }": types.RoomAddItemDocument,
    "\n  mutation RoomMove($meetingId: ID!, $itemId: ID!, $position: Int!) { moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { agenda { id position } } }\n": types.RoomMoveDocument,
    "mutation RoomOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version openedAt openedEarlyMinutes } }": types.RoomOpenDocument,
    "\n  mutation RoomCheckInThree($id: ID!, $a: ID!, $b: ID!, $c: ID!) {\n    first: checkIn(meetingId: $id, agencyId: $a, representative: \"王科长\") { presence { present quorum met } }\n    second: checkIn(meetingId: $id, agencyId: $b, representative: \"李科长\") { presence { present quorum met } }\n    third: checkIn(meetingId: $id, agencyId: $c, representative: \"赵科长\") { presence { present quorum met } }\n  }\n": types.RoomCheckInThreeDocument,
    "mutation RoomDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { kind } } }": types.RoomDecideDocument,
    "query RoomPreview($input: RecordDecisionInput!) { previewDecision(input: $input) { code problem } }": types.RoomPreviewDocument,
    "\n  query RoomPreviewGovernance($input: RecordDecisionInput!) {\n    previewDecision(input: $input) { code problem governance { matterCode regionCode byThisDecision note rule { lead { code } regionCode matterCode } otherRule { lead { code } regionCode matterCode } } }\n  }\n": types.RoomPreviewGovernanceDocument,
    "mutation RoomCheckInOne($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { presence { met } } }": types.RoomCheckInOneDocument,
    "mutation RoomMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.RoomMatterDocument,
    "query RoomEvents($subjectId: String) { events(first: 100, subjectId: $subjectId) { nodes { type payload } } }": types.RoomEventsDocument,
    "\n  mutation Convene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) {\n      id version status quorum invited { code }\n      agenda { id kind title status matterCode regionCode category categories severity caseIds gapRegionCodes weight { overlaps openCases oldestCaseWaitingDays } overlaps { id status } agencies { code } }\n    }\n  }\n": types.ConveneDocument,
    "\n  query MeetingView($id: ID!) {\n    meeting(id: $id) {\n      id version status presence { present quorum met }\n      agenda { id kind title status }\n      decisions { kind resolvedOverlapIds reroutedCaseIds rules { lead { code } matterCode status } }\n      tasks { description dueOn status overdue assignee { code } }\n      minutes\n    }\n  }\n": types.MeetingViewDocument,
    "mutation OpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version } }": types.OpenMeetingDocument,
    "mutation CloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status version agenda { status } } }": types.CloseMeetingDocument,
    "mutation CheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { presence { present met } } }": types.CheckInDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision { id kind }\n      rulesCreated { id lead { code } matterCode regionCode category }\n      rulesSuperseded { id }\n      overlapsResolved { id status }\n      casesRerouted { id status lead { code } }\n      tasks { id description }\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  query PreviewDecision($input: RecordDecisionInput!) {\n    previewDecision(input: $input) {\n      problem code\n      effects { rulesCreated { lead { code } } rulesSuperseded { id } overlapsResolved { id } casesRerouted { id lead { code } } tasks { description } }\n    }\n  }\n": types.PreviewDecisionDocument,
    "\n  query MeetingJurisdiction($matterCode: String!, $regionCode: String!) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode) { disputed lead { code } rule { decisionId } agencies { code } }\n  }\n": types.MeetingJurisdictionDocument,
    "query Rules($status: RoutingRuleStatus) { routingRules(status: $status) { id status lead { code } decisionId } }": types.RulesDocument,
    "query Tasks($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description status overdue } }": types.TasksDocument,
    "mutation CompleteTask($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }": types.CompleteTaskDocument,
    "\n  mutation MeetingReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status lead { code } } } }\n": types.MeetingReportDocument,
    "query MeetingCase($id: ID!) { case(id: $id) { status lead { code } participants { agency { code } role } } }": types.MeetingCaseDocument,
    "query MeetingOverlap($id: ID!) { overlap(id: $id) { status statusReason } }": types.MeetingOverlapDocument,
    "subscription MeetingFeed($after: String) { agencyFeed(after: $after) { type topic } }": types.MeetingFeedDocument,
    "query MeetingMinutesLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }": types.MeetingMinutesLinkDocument,
    "query MeetingHead { events(first: 500) { nodes { cursor } } }": types.MeetingHeadDocument,
    "mutation AddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position title } }": types.AddItemDocument,
    "mutation RemoveItem($m: ID!, $i: ID!) { removeAgendaItem(meetingId: $m, itemId: $i) { agenda { id } } }": types.RemoveItemDocument,
    "mutation Reorder($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { agenda { id position } } }": types.ReorderDocument,
    "mutation Cancel($m: ID!, $v: Int!, $reason: String!) { cancelMeeting(meetingId: $m, expectedVersion: $v, reason: $reason) { status cancelReason } }": types.CancelDocument,
    "mutation PageConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }": types.PageConveneDocument,
    "mutation PageAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }": types.PageAddItemDocument,
    "mutation PageOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": types.PageOpenDocument,
    "mutation PageCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { id } }": types.PageCheckInDocument,
    "mutation PageDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }": types.PageDecideDocument,
    "query PageMinutes($id: ID!) { meeting(id: $id) { minutes } }": types.PageMinutesDocument,
    "query PageLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }": types.PageLinkDocument,
    "query PageMe { me { role } }": types.PageMeDocument,
    "\n  subscription MatterEvents($after: String) {\n    hubEvents(after: $after, topics: [MATTER]) { cursor subjectIds }\n  }\n": types.MatterEventsDocument,
    "\n  mutation InstanceCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }\n": types.InstanceCreateMatterDocument,
    "query Head { events(first: 500) { nodes { cursor } } }": types.HeadDocument,
    "mutation NamesRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": types.NamesRegionDocument,
    "mutation NamesMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.NamesMatterDocument,
    "mutation NamesInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": types.NamesInstrumentDocument,
    "mutation NamesDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": types.NamesDeclareDocument,
    "query NamesMatters($search: String) { matters(search: $search) { code name } }": types.NamesMattersDocument,
    "query NamesRegions($search: String) { regions(search: $search) { code name } }": types.NamesRegionsDocument,
    "query NamesAgencies($search: String) { agencies(search: $search) { code } }": types.NamesAgenciesDocument,
    "\n  query NamesJurisdiction($matter: String, $region: String, $matterCode: String, $regionCode: String) {\n    jurisdiction(matter: $matter, region: $region, matterCode: $matterCode, regionCode: $regionCode) { disputed summary matter { code } region { code } agencies { code } }\n  }\n": types.NamesJurisdictionDocument,
    "\n  mutation NamesReport($input: ReportCaseInput!) {\n    reportCase(input: $input) { case { id number status route { outcome reason candidateAgencyIds } deadlines { kind basis } } }\n  }\n": types.NamesReportDocument,
    "query NamesInbox { inbox { reason case { number } } }": types.NamesInboxDocument,
    "query NamesTimeline($id: ID!) { case(id: $id) { timeline { what text note } } }": types.NamesTimelineDocument,
    "subscription NamesFeed($after: String) { agencyFeed(after: $after) { type text } }": types.NamesFeedDocument,
    "query NamesEvents($types: [String!]) { events(types: $types, first: 10) { nodes { type text payload } } }": types.NamesEventsDocument,
    "mutation NamesLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version periodText } }": types.NamesLaunchDocument,
    "mutation NamesBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }": types.NamesBriefDocument,
    "mutation NamesActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }": types.NamesActivateDocument,
    "mutation NamesFieldReport($input: FieldReportInput!) { fileFieldReport(input: $input) { caseIds } }": types.NamesFieldReportDocument,
    "query NamesOperation($id: ID!) { operation(id: $id) { summary { perMatter { matterCode matterName cases } } } }": types.NamesOperationDocument,
    "query NamesOverlaps($matterCode: String) { overlaps(first: 10, matterCode: $matterCode) { nodes { category summary } } }": types.NamesOverlapsDocument,
    "mutation NamesWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { power { id } } }": types.NamesWithdrawDocument,
    "query NamesAllOverlaps { overlaps(first: 10, status: [OBSOLETE]) { nodes { status statusReason } } }": types.NamesAllOverlapsDocument,
    "mutation NamesConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }": types.NamesConveneDocument,
    "mutation NamesAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }": types.NamesAddItemDocument,
    "mutation NamesOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": types.NamesOpenDocument,
    "mutation NamesCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { id } }": types.NamesCheckInDocument,
    "mutation NamesDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }": types.NamesDecideDocument,
    "query NamesCaseRoute($id: ID!) { case(id: $id) { status route { reason } timeline { what text } } }": types.NamesCaseRouteDocument,
    "\n  mutation RegisterOfficer($input: RegisterOfficerInput!) {\n    registerOfficer(input: $input) {\n      id name role certificateNumber certificateValidFrom certificateValidUntil version\n      agency { code }\n      today: certifiedOn\n      onFirstDay: certifiedOn(date: \"2026-01-01\")\n      afterExpiry: certifiedOn(date: \"2027-01-01\")\n    }\n  }\n": types.RegisterOfficerDocument,
    "\n  mutation UpdateOfficer($input: UpdateOfficerInput!) {\n    updateOfficer(input: $input) { id name role certificateNumber version }\n  }\n": types.UpdateOfficerDocument,
    "\n  query Officers($agencyId: ID, $first: Int, $after: String, $certifiedOn: LocalDate, $search: String) {\n    officers(agencyId: $agencyId, first: $first, after: $after, certifiedOn: $certifiedOn, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { name } }\n    }\n  }\n": types.OfficersDocument,
    "\n  mutation Launch($input: LaunchOperationInput!) {\n    launchOperation(input: $input) { id status version lead { code } participants { agency { code } headcount officers { name } } }\n  }\n": types.LaunchDocument,
    "mutation Brief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { status version } }": types.BriefDocument,
    "mutation Activate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status version } }": types.ActivateDocument,
    "mutation CompleteOp($id: ID!, $v: Int!, $note: String!) { completeOperation(operationId: $id, expectedVersion: $v, afterActionNote: $note) { status afterActionNote } }": types.CompleteOpDocument,
    "mutation CancelOp($id: ID!, $v: Int!, $reason: String!) { cancelOperation(operationId: $id, expectedVersion: $v, reason: $reason) { status cancelReason } }": types.CancelOpDocument,
    "mutation SetAssignment($input: AssignmentInput!) { setAssignment(input: $input) { task location agency { code } } }": types.SetAssignmentDocument,
    "mutation FieldReportMutation($input: FieldReportInput!) { fileFieldReport(input: $input) { sitesInspected violationsFound caseIds } }": types.FieldReportMutationDocument,
    "\n  query OperationView($id: ID!, $agencyId: ID!) {\n    operation(id: $id) {\n      status\n      cases { number status source lead { code } }\n      summary { perAgency { agency { code } reports sitesInspected violationsFound casesOpened } perMatter { matterCode cases } casesByStatus { status count } afterActionNote }\n      activityLog(agencyId: $agencyId) { what }\n    }\n  }\n": types.OperationViewDocument,
    "query OperationList { operations { totalCount nodes { title } } }": types.OperationListDocument,
    "subscription OpEvents($id: ID!, $after: String) { operationEvents(operationId: $id, after: $after) { cursor type payload } }": types.OpEventsDocument,
    "subscription OpFeed($after: String) { agencyFeed(after: $after) { type topic } }": types.OpFeedDocument,
    "query OpHead { events(first: 500) { nodes { cursor } } }": types.OpHeadDocument,
    "query OpEventsAfter($after: String) { events(after: $after, first: 500) { nodes { type } } }": types.OpEventsAfterDocument,
    "query OpCaseCount { cases(first: 1) { totalCount } }": types.OpCaseCountDocument,
    "mutation OpAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }": types.OpAddItemDocument,
    "mutation OpOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }": types.OpOpenDocument,
    "mutation OpCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { id } }": types.OpCheckInDocument,
    "mutation OpDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }": types.OpDecideDocument,
    "mutation OpAgenda($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { agenda { kind title } } }": types.OpAgendaDocument,
    "\n  query SeverityMatrix { overlapMatrix { agencies { code name } counts pairs { a { code name } b { code } high medium low total } } }\n": types.SeverityMatrixDocument,
    "mutation MatrixDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { severity } } }": types.MatrixDeclareDocument,
    "mutation MatrixMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.MatrixMatterDocument,
    "mutation MatrixInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": types.MatrixInstrumentDocument,
    "\n  query OverlapPowersOfPowers($search: String) {\n    powers(search: $search, first: 10) {\n      nodes {\n        id code\n        overlaps {\n          id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version\n          agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary\n        }\n      }\n    }\n  }\n": types.OverlapPowersOfPowersDocument,
    "\n  query OverlapPowersOne($id: ID!) {\n    overlap(id: $id) {\n      id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version\n      agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary\n    }\n  }\n": types.OverlapPowersOneDocument,
    "mutation OverlapPowersImport($csv: String!) { importPowers(csv: $csv) { created openedOverlaps rejected } }": types.OverlapPowersImportDocument,
    "mutation OverlapPowersRescan { rescanOverlaps { openedOverlaps { id } closedOverlaps { id } } }": types.OverlapPowersRescanDocument,
    "mutation OverlapPowersWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id status } } }": types.OverlapPowersWithdrawDocument,
    "\n  mutation DeclarePower($input: DeclarePowerInput!) {\n    declarePower(input: $input) {\n      power { id code version status agency { code } matters { code } regions { code } legalBases { article { label } instrument { title } } }\n      openedOverlaps { id kind severity status matterCodes regionCodes agencies { code } powers { code } sharedArticles { label } }\n      closedOverlaps { id }\n    }\n  }\n": types.DeclarePowerDocument,
    "\n  mutation AmendPower($input: AmendPowerInput!) {\n    amendPower(input: $input) {\n      power { id version matterCodes }\n      openedOverlaps { id kind }\n      closedOverlaps { id status statusReason }\n    }\n  }\n": types.AmendPowerDocument,
    "\n  mutation WithdrawPower($input: WithdrawPowerInput!) {\n    withdrawPower(input: $input) { power { status version } closedOverlaps { id status statusReason } }\n  }\n": types.WithdrawPowerDocument,
    "\n  query Overlaps($agencyId: ID, $status: [OverlapStatus!], $matterCode: String, $severity: OverlapSeverity) {\n    overlaps(agencyId: $agencyId, status: $status, matterCode: $matterCode, severity: $severity, first: 100) {\n      totalCount\n      nodes { id key kind severity status statusReason powers { code } }\n    }\n  }\n": types.OverlapsDocument,
    "mutation Rescan { rescanOverlaps { powersScanned openedOverlaps { id } closedOverlaps { id } } }": types.RescanDocument,
    "\n  query Jurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at) { disputed gap agencies { code } powers { code } }\n  }\n": types.JurisdictionDocument,
    "\n  query Gaps { regulatoryGaps { matter { code } regions { code } } }\n": types.GapsDocument,
    "\n  query PowersAsOf($asOf: LocalDate, $matterCode: String, $regionCode: String, $agencyId: ID) {\n    powers(asOf: $asOf, matterCode: $matterCode, regionCode: $regionCode, agencyId: $agencyId, first: 100) {\n      totalCount\n      nodes { code version matterCodes history { version matterCodes } }\n    }\n  }\n": types.PowersAsOfDocument,
    "query Matrix { overlapMatrix { agencies { code } counts } }": types.MatrixDocument,
    "query Usage { powerUsage(from: \"2026-01-01\", to: \"2026-12-31\") { county { activeItems usedItems ratio } agencies { agency { code } activeItems } } }": types.UsageDocument,
    "\n  query Catalogue($agencyId: ID!) {\n    legalCatalogue(agencyId: $agencyId) { agency { code } levels { level instruments { instrument { title } articles { article { number } powers { code } } } } }\n    staleLegalBases { power { code } instrument { title } }\n  }\n": types.CatalogueDocument,
    "\n  mutation RepealInstrument($input: RepealLegalInstrumentInput!) {\n    repealLegalInstrument(input: $input) { instrument { status } affectedPowers { code } affectedAgencies { code } openOverlaps { id } }\n  }\n": types.RepealInstrumentDocument,
    "mutation PowerCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.PowerCreateMatterDocument,
    "\n  mutation PowerCreateInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n": types.PowerCreateInstrumentDocument,
    "mutation PowerCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }": types.PowerCreateRegionDocument,
    "subscription PowerFeed($after: String) { agencyFeed(after: $after) { type topic } }": types.PowerFeedDocument,
    "query PowerHead { events(first: 500) { nodes { cursor } } }": types.PowerHeadDocument,
    "query PowerByCode($search: String) { powers(search: $search) { nodes { id version } } }": types.PowerByCodeDocument,
    "query PowerId($search: String) { powers(search: $search) { nodes { id } } }": types.PowerIdDocument,
    "query ShapeFlatAgencies { agencies { id code name shortName kind active version } }": types.ShapeFlatAgenciesDocument,
    "\n  query ShapePowerPage {\n    powers(first: 100) {\n      nodes { id code name category agency { code name } overlaps { key kind severity powers { code name agency { code name } } } }\n    }\n  }\n": types.ShapePowerPageDocument,
    "\n  query ShapeAgencyPowers($agencyId: ID!) {\n    agency(id: $agencyId) { code name }\n    powers(agencyId: $agencyId, first: 100) { nodes { id code name category overlaps { key kind severity powers { code name } } } }\n  }\n": types.ShapeAgencyPowersDocument,
    "query ShapePageOnly { powers(first: 100) { nodes { id code } } }": types.ShapePageOnlyDocument,
    "\n  query ShapePageWithoutAgencies { powers(first: 100) { nodes { id code overlaps { key powers { code name } } } } }\n": types.ShapePageWithoutAgenciesDocument,
    "\n  query ShapePageWithoutOverlapPowers { powers(first: 100) { nodes { id code agency { code } overlaps { key } } } }\n": types.ShapePageWithoutOverlapPowersDocument,
    "\n  fragment PlanOverlapBits on Overlap { severity agencies { code } }\n": types.PlanOverlapBitsFragmentDoc,
    "\n  fragment PlanPowerFields on Power {\n    __typename\n    id\n    code\n    label: name\n    ... on Power { category agency { __typename code } }\n    boss: agency { name shortName region { code } }\n    matters { code }\n    regionCodes\n    legalBases { article { label } }\n    overlaps { __typename key kind ...PlanOverlapBits powers { code agency { code } again: agency { name } } }\n    history @include(if: $withHistory) { version }\n    validFrom @skip(if: $withHistory)\n  }\n": types.PlanPowerFieldsFragmentDoc,
    "\n  query PlannedPowersOnly($withHistory: Boolean!) {\n    powers(first: 40) { edges { cursor node { id label: code } } nodes { ...PlanPowerFields } }\n  }\n": types.PlannedPowersOnlyDocument,
    "\n  query LoadedPowersOnly($withHistory: Boolean!) {\n    overlaps(first: 10) { nodes { powers { ...PlanPowerFields } } }\n  }\n": types.LoadedPowersOnlyDocument,
    "\n  query PlannedPowerOnly($id: ID!, $withHistory: Boolean!) {\n    power(id: $id) { ...PlanPowerFields }\n  }\n": types.PlannedPowerOnlyDocument,
    "\n  query ShapeOfficerPage { powers(first: 100) { nodes { id overlaps { key agencyIds powers { id agency { code } } } } } }\n": types.ShapeOfficerPageDocument,
    "query VetoItemList { reviewVetoItems { code description } }": types.VetoItemListDocument,
    "\n  query SampleOverview {\n    regions { code level }\n    agencies { code kind }\n    matters { code }\n    legalInstruments(first: 100) { totalCount nodes { title articleCount } }\n    officers(first: 100, includeInactive: true) { totalCount nodes { role certificateNumber today: certifiedOn(date: \"2026-11-26\") } }\n    verifyAuditTrail { intact checkedEntries }\n  }\n": types.SampleOverviewDocument,
    "\n  query SampleHistory($from: LocalDate!, $to: LocalDate!) {\n    closed: cases(status: [CLOSED], first: 20) { totalCount nodes { number filedOn closedOn } }\n    sampleCaseFiles(size: 3, perAgencyMax: 1, seed: \"sample\", closedFrom: $from, closedTo: $to) { available cases { number } }\n    reviewSummary { agency { code } reviewed }\n    meetings(status: [CLOSED], first: 5) { nodes { title openedAt closedAt decisions { kind decidedAt } tasks { status overdue } minutes } }\n    operations(status: [COMPLETED], first: 5) { nodes { title startsAt reports { sitesInspected createdAt } summary { afterActionNote perAgency { agency { code } } } } }\n  }\n": types.SampleHistoryDocument,
    "query SampleEventTimes($after: String) { events(first: 500, after: $after) { nodes { cursor occurredAt } pageInfo { hasNextPage } } }": types.SampleEventTimesDocument,
    "query TokenMe { me { role agency { code } } }": types.TokenMeDocument,
    "\n  query SampleOverlaps($matterCode: String) {\n    overlaps(matterCode: $matterCode, first: 100) { totalCount nodes { kind severity agencies { code } } }\n    gaps: regulatoryGaps { matter { code } regions { code } }\n    powers(first: 1) { totalCount }\n  }\n": types.SampleOverlapsDocument,
    "\n  mutation ImportPowers($csv: String!, $partial: Boolean) {\n    importPowers(csv: $csv, partial: $partial) { rows created updated unchanged failed rejected openedOverlaps problems { row column reason } }\n  }\n": types.ImportPowersDocument,
    "query ImportedCount($search: String) { powers(search: $search, first: 100) { totalCount } }": types.ImportedCountDocument,
    "\n  query ServerAgencies { agencies { code } }\n": types.ServerAgenciesDocument,
    "\n  mutation FormulaImportPowers($csv: String!, $partial: Boolean) {\n    importPowers(csv: $csv, partial: $partial) { rows created failed rejected problems { row column reason } }\n  }\n": types.FormulaImportPowersDocument,
    "query FormulaStored($search: String) { powers(search: $search, first: 100) { totalCount nodes { code name post } } }": types.FormulaStoredDocument,
    "mutation FormulaMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.FormulaMatterDocument,
    "\n  mutation FormulaInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n": types.FormulaInstrumentDocument,
    "\n  query NestedAgencies($first: Int) {\n    agencies {\n      code\n      region { name parent { code } children { code } }\n    }\n    officers(first: $first) {\n      totalCount\n      nodes { name agency { code region { code } } }\n    }\n    legalInstruments(first: $first) { nodes { title articles { label instrument { title } } } }\n  }\n": types.NestedAgenciesDocument,
    "\n  query NestedPowers {\n    powers(first: 100) {\n      totalCount\n      nodes {\n        code\n        agency { code region { code } }\n        matters { code parent { code } }\n        regions { code }\n        legalBases { article { label } instrument { title } }\n        overlaps { kind agencies { code } powers { code } matters { code } }\n        history { version }\n      }\n    }\n  }\n": types.NestedPowersDocument,
    "query CountOverlapLines($first: Int) { events(types: [\"OverlapOpened\"], first: $first) { nodes { text } } }": types.CountOverlapLinesDocument,
    "mutation CountImportPowers($csv: String!) { importPowers(csv: $csv) { rows failed rejected } }": types.CountImportPowersDocument,
    "mutation ConsoleCountyMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.ConsoleCountyMatterDocument,
    "mutation ConsoleCountyInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }": types.ConsoleCountyInstrumentDocument,
    "mutation ConsoleCountyDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": types.ConsoleCountyDeclareDocument,
    "mutation ConsoleCountyReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }": types.ConsoleCountyReportDocument,
    "\n  mutation FactoryCreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) { code }\n  }\n": types.FactoryCreateRegionDocument,
    "\n  mutation FactoryCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { id code version }\n  }\n": types.FactoryCreateAgencyDocument,
    "\n  mutation FactoryRegisterOfficer($input: RegisterOfficerInput!) {\n    registerOfficer(input: $input) { id version }\n  }\n": types.FactoryRegisterOfficerDocument,
    "\n  mutation FactoryCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) { code }\n  }\n": types.FactoryCreateMatterDocument,
    "\n  mutation FactoryCreateInstrument($input: CreateLegalInstrumentInput!) {\n    createLegalInstrument(input: $input) { id articles { id number } }\n  }\n": types.FactoryCreateInstrumentDocument,
    "\n  mutation FactoryDeclarePower($input: DeclarePowerInput!) {\n    declarePower(input: $input) { power { id version } openedOverlaps { id } }\n  }\n": types.FactoryDeclarePowerDocument,
    "\n  mutation FactoryReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) { case { id version status } }\n  }\n": types.FactoryReportCaseDocument,
    "\n  mutation FactoryConveneMeeting($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version }\n  }\n": types.FactoryConveneMeetingDocument,
    "\n  mutation SetCalendar($input: SetWorkingCalendarInput!) {\n    setWorkingCalendar(input: $input) { year version holidays { name dates } makeUpWorkdays source }\n  }\n": types.SetCalendarDocument,
    "query Calendar { workingCalendar { year version makeUpWorkdays } }": types.CalendarDocument,
    "\n  query CalendarEvents { events(topics: [CALENDAR], first: 50) { nodes { type subjectIds occurredAt actor { role } payload } } }\n": types.CalendarEventsDocument,
    "\n  mutation NextYearReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number version status createdAt } } }\n": types.NextYearReportDocument,
    "mutation NextYearFile($input: FileCaseInput!) { fileCase(input: $input) { status version filedOn } }": types.NextYearFileDocument,
    "mutation NextYearInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }": types.NextYearInvestigateDocument,
    "mutation NextYearDecide($input: DecideCaseInput!) { decideCase(input: $input) { status version decidedOn } }": types.NextYearDecideDocument,
    "mutation NextYearExecute($input: CaseStepInput!) { executeCase(input: $input) { status version executedOn } }": types.NextYearExecuteDocument,
    "mutation NextYearClose($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }": types.NextYearCloseDocument,
    "mutation NextYearRefer($input: ReferCaseInput!) { referCase(input: $input) { version } }": types.NextYearReferDocument,
    "\n  query NextYearCase($id: ID!) {\n    case(id: $id) { status deadlines { kind due daysLeft workingDays provisional } timeline { what at } }\n  }\n": types.NextYearCaseDocument,
    "mutation NextYearDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }": types.NextYearDeclareDocument,
    "mutation NextYearMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }": types.NextYearMatterDocument,
    "\n  mutation NextYearInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }\n": types.NextYearInstrumentDocument,
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
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { id code name shortName kind active version region { code name } }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { id code name shortName kind active version region { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { id name active version }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { id name active version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyByCode($code: String) {\n    agency(code: $code) { id code name version }\n  }\n"): (typeof documents)["\n  query AgencyByCode($code: String) {\n    agency(code: $code) { id code name version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies($kind: AgencyKind) {\n    agencies(kind: $kind) { code kind }\n  }\n"): (typeof documents)["\n  query Agencies($kind: AgencyKind) {\n    agencies(kind: $kind) { code kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { sub role agency { code } } }\n"): (typeof documents)["\n  query Me { me { sub role agency { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code path: name parent { code } } }\n"): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code path: name parent { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionTree { region(code: \"320322\") { name level children { code level parent { code } } } }\n"): (typeof documents)["\n  query RegionTree { region(code: \"320322\") { name level children { code level parent { code } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id kind carriedFrom agencies { id } overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } }\n  }\n"): (typeof documents)["\n  mutation CarryConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id kind carriedFrom agencies { id } overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarryOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation CarryOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarryCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }"): (typeof documents)["mutation CarryCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarryDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }"): (typeof documents)["mutation CarryDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarryVersion($id: ID!) { meeting(id: $id) { version } }"): (typeof documents)["query CarryVersion($id: ID!) { meeting(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarryCancel($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: \"改期\") { status } }"): (typeof documents)["mutation CarryCancel($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: \"改期\") { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarryClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation CarryClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarryState {\n    meetings(first: 100) { nodes { status agenda { id status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } }\n    overlaps(first: 100, status: [OPEN, UNDER_REVIEW]) { nodes { id } }\n    cases(first: 100, status: [DISPUTED, UNASSIGNED]) { nodes { id } }\n    followUpTasks(status: [OPEN]) { id }\n  }\n"): (typeof documents)["\n  query CarryState {\n    meetings(first: 100) { nodes { status agenda { id status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } }\n    overlaps(first: 100, status: [OPEN, UNDER_REVIEW]) { nodes { id } }\n    cases(first: 100, status: [DISPUTED, UNASSIGNED]) { nodes { id } }\n    followUpTasks(status: [OPEN]) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarryMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation CarryMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarryInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"): (typeof documents)["mutation CarryInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarryDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { id } } }"): (typeof documents)["mutation CarryDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarryReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id } } }"): (typeof documents)["mutation CarryReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) {\n      id version agendaSize invited { id }\n      agenda { id kind title status severity matterCode regionCode categories overlapIds caseIds taskIds operationIds gapRegionCodes carriedFrom weight { overlaps openCases oldestCaseWaitingDays } agencies { code } }\n      backlog { rank title severity overlapIds caseIds taskIds operationIds gapRegionCodes matterCode }\n    }\n  }\n"): (typeof documents)["\n  mutation SampleConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) {\n      id version agendaSize invited { id }\n      agenda { id kind title status severity matterCode regionCode categories overlapIds caseIds taskIds operationIds gapRegionCodes carriedFrom weight { overlaps openCases oldestCaseWaitingDays } agencies { code } }\n      backlog { rank title severity overlapIds caseIds taskIds operationIds gapRegionCodes matterCode }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SampleBacklog { agendaBacklog { rank title } }"): (typeof documents)["query SampleBacklog { agendaBacklog { rank title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SampleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation SampleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SampleCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { version } }"): (typeof documents)["mutation SampleCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SampleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version agenda { status } } }"): (typeof documents)["mutation SampleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { version agenda { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SampleVersion($id: ID!) { meeting(id: $id) { version minutes } }"): (typeof documents)["query SampleVersion($id: ID!) { meeting(id: $id) { version minutes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      rulesCreated { category regionCode lead { code } }\n      overlapsResolved { id }\n      casesRerouted { number status lead { code } }\n    }\n  }\n"): (typeof documents)["\n  mutation SampleDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      rulesCreated { category regionCode lead { code } }\n      overlapsResolved { id }\n      casesRerouted { number status lead { code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleLive($matterCode: String) {\n    overlaps(matterCode: $matterCode, first: 100) { nodes { id status } }\n    cases(first: 100) { nodes { id number status } }\n  }\n"): (typeof documents)["\n  query SampleLive($matterCode: String) {\n    overlaps(matterCode: $matterCode, first: 100) { nodes { id status } }\n    cases(first: 100) { nodes { id number status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SampleJurisdiction($m: String!, $r: String!) { jurisdiction(matterCode: $m, regionCode: $r) { lead { code } } }"): (typeof documents)["query SampleJurisdiction($m: String!, $r: String!) { jurisdiction(matterCode: $m, regionCode: $r) { lead { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SampleAgendas { meetings(first: 50) { nodes { status agenda { status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } } }"): (typeof documents)["query SampleAgendas { meetings(first: 50) { nodes { status agenda { status overlapIds caseIds taskIds operationIds gapRegionCodes matterCode } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedAccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation FeedAccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedAccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"): (typeof documents)["mutation FeedAccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedAccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"): (typeof documents)["mutation FeedAccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedAccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status lead { code } } } }"): (typeof documents)["mutation FeedAccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status lead { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedAccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { id } }"): (typeof documents)["mutation FeedAccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedAccessDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status } }"): (typeof documents)["mutation FeedAccessDismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedAccessCase($id: ID!) { case(id: $id) { id } }"): (typeof documents)["query FeedAccessCase($id: ID!) { case(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FeedAccessCaseEvents($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }"): (typeof documents)["subscription FeedAccessCaseEvents($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }"): (typeof documents)["mutation LawReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawFile($input: FileCaseInput!) { fileCase(input: $input) { version status filedOn deadlines { kind due workingDays periodDays } } }"): (typeof documents)["mutation LawFile($input: FileCaseInput!) { fileCase(input: $input) { version status filedOn deadlines { kind due workingDays periodDays } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawDecide($input: DecideCaseInput!) { decideCase(input: $input) { version status decision { outcome articleId articleReason } } }"): (typeof documents)["mutation LawDecide($input: DecideCaseInput!) { decideCase(input: $input) { version status decision { outcome articleId articleReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }"): (typeof documents)["mutation LawInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawCase($id: ID!) { case(id: $id) { status version filedOn decision { outcome } } }"): (typeof documents)["query LawCase($id: ID!) { case(id: $id) { status version filedOn decision { outcome } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation LawMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id number } } }"): (typeof documents)["mutation LawInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"): (typeof documents)["mutation LawDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }"): (typeof documents)["mutation ReviewReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewFile($input: FileCaseInput!) { fileCase(input: $input) { version } }"): (typeof documents)["mutation ReviewFile($input: FileCaseInput!) { fileCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }"): (typeof documents)["mutation ReviewInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }"): (typeof documents)["mutation ReviewDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewClose($input: CaseStepInput!) { closeCase(input: $input) { status } }"): (typeof documents)["mutation ReviewClose($input: CaseStepInput!) { closeCase(input: $input) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRecord($caseId: ID!, $form: Float!, $content: Float!) { recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }) { grade total revision } }\n"): (typeof documents)["\n  mutation ReviewRecord($caseId: ID!, $form: Float!, $content: Float!) { recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }) { grade total revision } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCorrect($caseId: ID!, $rev: Int!, $form: Float!, $content: Float!, $reason: String!, $veto: [String!]) {\n    correctCaseReview(caseId: $caseId, expectedRevision: $rev, scores: { form: $form, content: $content }, reason: $reason, failedVetoItems: $veto) {\n      grade total revision correctionReason reviewerName\n      history { revision grade total formScore contentScore correctionReason replacedByName }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewCorrect($caseId: ID!, $rev: Int!, $form: Float!, $content: Float!, $reason: String!, $veto: [String!]) {\n    correctCaseReview(caseId: $caseId, expectedRevision: $rev, scores: { form: $form, content: $content }, reason: $reason, failedVetoItems: $veto) {\n      grade total revision correctionReason reviewerName\n      history { revision grade total formScore contentScore correctionReason replacedByName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewOfCase($id: ID!) { case(id: $id) { review { grade total revision history { revision grade } } } }"): (typeof documents)["query ReviewOfCase($id: ID!) { case(id: $id) { review { grade total revision history { revision grade } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSummaryPeriod($from: LocalDate, $to: LocalDate) { reviewSummary(reviewedFrom: $from, reviewedTo: $to) { agency { code } reviewed excellent pass fail } }\n"): (typeof documents)["\n  query ReviewSummaryPeriod($from: LocalDate, $to: LocalDate) { reviewSummary(reviewedFrom: $from, reviewedTo: $to) { agency { code } reviewed excellent pass fail } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation ReviewMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"): (typeof documents)["mutation ReviewInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"): (typeof documents)["mutation ReviewDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) {\n      created\n      case { id number status version lead { code } participants { agency { code } role } route { outcome reason ruleId candidateAgencyIds } deadlines { kind due } }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) {\n      created\n      case { id number status version lead { code } participants { agency { code } role } route { outcome reason ruleId candidateAgencyIds } deadlines { kind due } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id number status version reporterContact filedOn allowedActions\n      lead { code }\n      participants { agency { code } role }\n      deadlines { kind due daysLeft overdue paused workingDays }\n      timeline { what actor { role } note }\n      referrals { kind status answer }\n      power { code }\n      decision { outcome amount }\n    }\n  }\n"): (typeof documents)["\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      id number status version reporterContact filedOn allowedActions\n      lead { code }\n      participants { agency { code } role }\n      deadlines { kind due daysLeft overdue paused workingDays }\n      timeline { what actor { role } note }\n      referrals { kind status answer }\n      power { code }\n      decision { outcome amount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version filedOn lead { code } participants { agency { code } role } } }\n"): (typeof documents)["\n  mutation FileCase($input: FileCaseInput!) { fileCase(input: $input) { id status version filedOn lead { code } participants { agency { code } role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Investigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }"): (typeof documents)["mutation Investigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Decide($input: DecideCaseInput!) { decideCase(input: $input) { status version decision { outcome amount } } }"): (typeof documents)["mutation Decide($input: DecideCaseInput!) { decideCase(input: $input) { status version decision { outcome amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Execute($input: CaseStepInput!) { executeCase(input: $input) { status version } }"): (typeof documents)["mutation Execute($input: CaseStepInput!) { executeCase(input: $input) { status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Close($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }"): (typeof documents)["mutation Close($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Suspend($input: ReasonedStepInput!) { suspendCase(input: $input) { status version deadlines { kind paused due } } }"): (typeof documents)["mutation Suspend($input: ReasonedStepInput!) { suspendCase(input: $input) { status version deadlines { kind paused due } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Resume($input: CaseStepInput!) { resumeCase(input: $input) { status version deadlines { kind paused due } } }"): (typeof documents)["mutation Resume($input: CaseStepInput!) { resumeCase(input: $input) { status version deadlines { kind paused due } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Refer($input: ReferCaseInput!) { referCase(input: $input) { status version deadlines { kind due workingDays } } }"): (typeof documents)["mutation Refer($input: ReferCaseInput!) { referCase(input: $input) { status version deadlines { kind due workingDays } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { status version lead { code } referralRejections } }"): (typeof documents)["mutation AnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { status version lead { code } referralRejections } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Inbox { inbox { reason case { number } } }"): (typeof documents)["query Inbox { inbox { reason case { number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverdueList { cases(overdue: true, first: 100) { nodes { number } } }"): (typeof documents)["query OverdueList { cases(overdue: true, first: 100) { nodes { number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverdueCases { overdueCases { number } }"): (typeof documents)["query OverdueCases { overdueCases { number } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisputedCases { disputedCases { number status } }"): (typeof documents)["query DisputedCases { disputedCases { number status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseList($status: [CaseStatus!], $myRole: ParticipantRole) { cases(status: $status, myRole: $myRole, first: 100) { totalCount nodes { number } } }"): (typeof documents)["query CaseList($status: [CaseStatus!], $myRole: ParticipantRole) { cases(status: $status, myRole: $myRole, first: 100) { totalCount nodes { number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sample($seed: String!, $from: LocalDate!, $to: LocalDate!) {\n    sampleCaseFiles(size: 2, perAgencyMax: 1, seed: $seed, closedFrom: $from, closedTo: $to) { seed available cases { number } perAgency { agency { code } picked } }\n  }\n"): (typeof documents)["\n  query Sample($seed: String!, $from: LocalDate!, $to: LocalDate!) {\n    sampleCaseFiles(size: 2, perAgencyMax: 1, seed: $seed, closedFrom: $from, closedTo: $to) { seed available cases { number } perAgency { agency { code } picked } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Review($caseId: ID!, $form: Float!, $content: Float!, $veto: [String!]) {\n    recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }, failedVetoItems: $veto) { grade total }\n  }\n"): (typeof documents)["\n  mutation Review($caseId: ID!, $form: Float!, $content: Float!, $veto: [String!]) {\n    recordCaseReview(caseId: $caseId, scores: { form: $form, content: $content }, failedVetoItems: $veto) { grade total }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewSummary { reviewSummary { agency { code } reviewed passRate } }"): (typeof documents)["query ReviewSummary { reviewSummary { agency { code } reviewed passRate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseUsage($from: LocalDate!, $to: LocalDate!) { powerUsage(from: $from, to: $to) { county { usedItems activeItems } } }"): (typeof documents)["query CaseUsage($from: LocalDate!, $to: LocalDate!) { powerUsage(from: $from, to: $to) { county { usedItems activeItems } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }"): (typeof documents)["subscription CaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Invite($input: InviteAgencyInput!) { inviteAgency(input: $input) { participants { agency { code } role } } }"): (typeof documents)["mutation Invite($input: InviteAgencyInput!) { inviteAgency(input: $input) { participants { agency { code } role } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Attach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { name size sha256 } }"): (typeof documents)["mutation Attach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { name size sha256 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Assign($input: AssignCaseInput!) { assignCase(input: $input) { status lead { code } } }"): (typeof documents)["mutation Assign($input: AssignCaseInput!) { assignCase(input: $input) { status lead { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Dismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status dismissalReason } }"): (typeof documents)["mutation Dismiss($input: ReasonedStepInput!) { dismissCase(input: $input) { status dismissalReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CaseAgencyFeed($after: String) { agencyFeed(after: $after) { type topic subjectIds } }"): (typeof documents)["subscription CaseAgencyFeed($after: String) { agencyFeed(after: $after) { type topic subjectIds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseHead { events(first: 500, after: \"0\") { nodes { cursor } pageInfo { hasNextPage } } }"): (typeof documents)["query CaseHead { events(first: 500, after: \"0\") { nodes { cursor } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedCases($first: Int) {\n    cases(first: $first) {\n      nodes {\n        number participants { agency { code region { code } } role } deadlines { kind due }\n        timeline { what } matter { code } region { code } power { code } referrals { status } attachments { name } review { grade }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedCases($first: Int) {\n    cases(first: $first) {\n      nodes {\n        number participants { agency { code region { code } } role } deadlines { kind due }\n        timeline { what } matter { code } region { code } power { code } referrals { status } attachments { name } review { grade }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code name depth parent { code } } }\n"): (typeof documents)["\n  mutation CreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code name depth parent { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matters($under: String) { matters(under: $under) { code depth children { code } } }\n"): (typeof documents)["\n  query Matters($under: String) { matters(under: $under) { code depth children { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstrument($input: CreateLegalInstrumentInput!) {\n    createLegalInstrument(input: $input) { id title level status version articleCount articles { number label text instrument { title } } }\n  }\n"): (typeof documents)["\n  mutation CreateInstrument($input: CreateLegalInstrumentInput!) {\n    createLegalInstrument(input: $input) { id title level status version articleCount articles { number label text instrument { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Repeal($input: RepealLegalInstrumentInput!) { repealLegalInstrument(input: $input) { instrument { status repealedOn repealNote version } affectedPowers { code } } }\n"): (typeof documents)["\n  mutation Repeal($input: RepealLegalInstrumentInput!) { repealLegalInstrument(input: $input) { instrument { status repealedOn repealNote version } affectedPowers { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Instruments($level: LegalLevel, $status: LegalStatus, $search: String) {\n    legalInstruments(level: $level, status: $status, search: $search) { totalCount nodes { title status } }\n  }\n"): (typeof documents)["\n  query Instruments($level: LegalLevel, $status: LegalStatus, $search: String) {\n    legalInstruments(level: $level, status: $status, search: $search) { totalCount nodes { title status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedOfficers($first: Int, $after: String) {\n    officers(first: $first, after: $after, search: \"计数\") { totalCount pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n"): (typeof documents)["\n  query CountedOfficers($first: Int, $after: String) {\n    officers(first: $first, after: $after, search: \"计数\") { totalCount pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UncountedOfficers($first: Int, $after: String) {\n    officers(first: $first, after: $after, search: \"计数\") { pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n"): (typeof documents)["\n  query UncountedOfficers($first: Int, $after: String) {\n    officers(first: $first, after: $after, search: \"计数\") { pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOfficerConvenes($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ConsoleOfficerConvenes($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditTestFile($input: FileCaseInput!) { fileCase(input: $input) { version } }"): (typeof documents)["mutation AuditTestFile($input: FileCaseInput!) { fileCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditTestInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }"): (typeof documents)["mutation AuditTestInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditTestDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }"): (typeof documents)["mutation AuditTestDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditTestClose($input: CaseStepInput!) { closeCase(input: $input) { status } }"): (typeof documents)["mutation AuditTestClose($input: CaseStepInput!) { closeCase(input: $input) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChairTestAssign($input: AssignCaseInput!) { assignCase(input: $input) { id status version } }"): (typeof documents)["mutation ChairTestAssign($input: AssignCaseInput!) { assignCase(input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChairTestMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation ChairTestMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChairTestReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }"): (typeof documents)["mutation ChairTestReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleChairAgenda($id: ID!) {\n    meeting(id: $id) { agenda { position title kind } }\n  }\n"): (typeof documents)["\n  query ConsoleChairAgenda($id: ID!) {\n    meeting(id: $id) { agenda { position title kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleChairCase($text: String!) {\n    cases(text: $text, first: 5) { nodes { number status lead { code shortName } } }\n  }\n"): (typeof documents)["\n  query ConsoleChairCase($text: String!) {\n    cases(text: $text, first: 5) { nodes { number status lead { code shortName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskTestConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id caseIds } }\n  }\n"): (typeof documents)["\n  mutation DeskTestConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id caseIds } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskTestOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation DeskTestOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskTestCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }"): (typeof documents)["mutation DeskTestCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskTestDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { casesRerouted { id } } }"): (typeof documents)["mutation DeskTestDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { casesRerouted { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardTestLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version } }"): (typeof documents)["mutation BoardTestLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardTestAssign($input: AssignmentInput!) { setAssignment(input: $input) { id } }"): (typeof documents)["mutation BoardTestAssign($input: AssignmentInput!) { setAssignment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardTestBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation BoardTestBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardTestActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation BoardTestActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardTestLastReport { auditTrail(types: [\"FieldReportFiled\"], first: 500) { nodes { cursor } } }"): (typeof documents)["query BoardTestLastReport { auditTrail(types: [\"FieldReportFiled\"], first: 500) { nodes { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardTestReport($input: FieldReportInput!) { fileFieldReport(input: $input) { id } }"): (typeof documents)["mutation BoardTestReport($input: FieldReportInput!) { fileFieldReport(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LockCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"): (typeof documents)["mutation LockCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareTakenCode($input: DeclarePowerInput!) {\n    declarePower(input: $input) { power { id } }\n  }\n"): (typeof documents)["\n  mutation DeclareTakenCode($input: DeclarePowerInput!) {\n    declarePower(input: $input) { power { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclareTakenCodeState($search: String) {\n    powers(search: $search, first: 10) { nodes { name version } }\n    events(types: [\"PowerDeclared\"], first: 100) { nodes { cursor } }\n  }\n"): (typeof documents)["\n  query DeclareTakenCodeState($search: String) {\n    powers(search: $search, first: 10) { nodes { name version } }\n    events(types: [\"PowerDeclared\"], first: 100) { nodes { cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatedTrail($from: LocalDate, $to: LocalDate, $agencyId: ID, $types: [String!]) {\n    auditTrail(from: $from, to: $to, agencyId: $agencyId, types: $types, first: 500) { nodes { event { type subjectIds occurredAt } } }\n  }\n"): (typeof documents)["\n  query DatedTrail($from: LocalDate, $to: LocalDate, $agencyId: ID, $types: [String!]) {\n    auditTrail(from: $from, to: $to, agencyId: $agencyId, types: $types, first: 500) { nodes { event { type subjectIds occurredAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatedEvents($from: LocalDate, $to: LocalDate) {\n    events(from: $from, to: $to, types: [\"AgencyCreated\"], first: 500) { nodes { subjectIds } }\n  }\n"): (typeof documents)["\n  query DatedEvents($from: LocalDate, $to: LocalDate) {\n    events(from: $from, to: $to, types: [\"AgencyCreated\"], first: 500) { nodes { subjectIds } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventHeadNow { eventHead { cursor feeds } }"): (typeof documents)["query EventHeadNow { eventHead { cursor feeds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventHeadVerify { verifyAuditTrail { headCursor } }"): (typeof documents)["query EventHeadVerify { verifyAuditTrail { headCursor } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EventHeadFeed($after: String) { agencyFeed(after: $after) { cursor type } }"): (typeof documents)["subscription EventHeadFeed($after: String) { agencyFeed(after: $after) { cursor type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventHeadMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation EventHeadMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HubEvents($after: String, $topics: [EventTopic!]) {\n    hubEvents(after: $after, topics: $topics) { cursor topic type subjectIds actor { role } payload }\n  }\n"): (typeof documents)["\n  subscription HubEvents($after: String, $topics: [EventTopic!]) {\n    hubEvents(after: $after, topics: $topics) { cursor topic type subjectIds actor { role } payload }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgencyFeed($after: String) {\n    agencyFeed(after: $after) { cursor topic type subjectIds agencyIds }\n  }\n"): (typeof documents)["\n  subscription AgencyFeed($after: String) {\n    agencyFeed(after: $after) { cursor topic type subjectIds agencyIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($after: String, $first: Int, $topics: [EventTopic!], $agencyId: ID) {\n    events(after: $after, first: $first, topics: $topics, agencyId: $agencyId) {\n      pageInfo { hasNextPage endCursor }\n      nodes { cursor type topic visibility agencyIds actor { sub role } occurredAt }\n    }\n  }\n"): (typeof documents)["\n  query Events($after: String, $first: Int, $topics: [EventTopic!], $agencyId: ID) {\n    events(after: $after, first: $first, topics: $topics, agencyId: $agencyId) {\n      pageInfo { hasNextPage endCursor }\n      nodes { cursor type topic visibility agencyIds actor { sub role } occurredAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($after: String) {\n    auditTrail(after: $after, first: 500) { nodes { cursor hash previousHash event { type } } }\n    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }\n  }\n"): (typeof documents)["\n  query Audit($after: String) {\n    auditTrail(after: $after, first: 500) { nodes { cursor hash previousHash event { type } } }\n    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Verify { verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem } }\n"): (typeof documents)["\n  query Verify { verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }\n"): (typeof documents)["\n  mutation EventCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TouchAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }"): (typeof documents)["mutation TouchAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version number } } }\n"): (typeof documents)["\n  mutation AccessReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version number } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessCase($id: ID!) {\n    case(id: $id) {\n      number status reporterContact\n      lead { code }\n      participants { agency { code } }\n      review { grade total findings }\n      attachments { name }\n      referrals { reason }\n      timeline { what note actor { name } details }\n    }\n  }\n"): (typeof documents)["\n  query AccessCase($id: ID!) {\n    case(id: $id) {\n      number status reporterContact\n      lead { code }\n      participants { agency { code } }\n      review { grade total findings }\n      attachments { name }\n      referrals { reason }\n      timeline { what note actor { name } details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessFile($input: FileCaseInput!) { fileCase(input: $input) { version } }"): (typeof documents)["mutation AccessFile($input: FileCaseInput!) { fileCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }"): (typeof documents)["mutation AccessInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }"): (typeof documents)["mutation AccessDecide($input: DecideCaseInput!) { decideCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessExecute($input: CaseStepInput!) { executeCase(input: $input) { version } }"): (typeof documents)["mutation AccessExecute($input: CaseStepInput!) { executeCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessClose($input: CaseStepInput!) { closeCase(input: $input) { version } }"): (typeof documents)["mutation AccessClose($input: CaseStepInput!) { closeCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }"): (typeof documents)["mutation AccessAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }"): (typeof documents)["mutation AccessInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessReview($caseId: ID!) { recordCaseReview(caseId: $caseId, scores: { form: 18, content: 70 }, findings: \"证据链不完整，内部通报\") { grade } }\n"): (typeof documents)["\n  mutation AccessReview($caseId: ID!) { recordCaseReview(caseId: $caseId, scores: { form: 18, content: 70 }, findings: \"证据链不完整，内部通报\") { grade } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccessCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }\n"): (typeof documents)["\n  subscription AccessCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessVersion($id: ID!) { case(id: $id) { version } }"): (typeof documents)["query AccessVersion($id: ID!) { case(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessEvents { events(first: 500) { nodes { type subjectIds } } }"): (typeof documents)["query AccessEvents { events(first: 500) { nodes { type subjectIds } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation AccessMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }\n"): (typeof documents)["\n  mutation AccessInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"): (typeof documents)["mutation AccessDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version invited { id } agenda { id kind title taskIds } } }"): (typeof documents)["mutation TaskConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version invited { id } agenda { id kind title taskIds } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }"): (typeof documents)["mutation TaskAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation TaskOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }"): (typeof documents)["mutation TaskCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { tasks { id description dueOn status } } }"): (typeof documents)["mutation TaskDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { tasks { id description dueOn status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskVersion($id: ID!) { meeting(id: $id) { version agenda { status } minutes } }"): (typeof documents)["query TaskVersion($id: ID!) { meeting(id: $id) { version agenda { status } minutes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { kind status } } }"): (typeof documents)["mutation TaskClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { kind status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskList($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description dueOn status overdue assignee { code } } }"): (typeof documents)["query TaskList($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description dueOn status overdue assignee { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskComplete($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }"): (typeof documents)["mutation TaskComplete($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"): (typeof documents)["mutation BrowserRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuardReportCase($input: ReportCaseInput!) { reportCase(input: $input) { created case { id } } }\n"): (typeof documents)["\n  mutation GuardReportCase($input: ReportCaseInput!) { reportCase(input: $input) { created case { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardCaseCount { cases { totalCount } events(first: 100) { pageInfo { endCursor } } }\n"): (typeof documents)["\n  query GuardCaseCount { cases { totalCount } events(first: 100) { pageInfo { endCursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuardAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { size } }\n"): (typeof documents)["\n  mutation GuardAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { size } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardMe { me { name expiresAt } }\n"): (typeof documents)["\n  query GuardMe { me { name expiresAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GuardCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor } }\n"): (typeof documents)["\n  subscription GuardCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GuardHubFeed($after: String) { hubEvents(after: $after) { cursor } }\n"): (typeof documents)["\n  subscription GuardHubFeed($after: String) { hubEvents(after: $after) { cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation LifecycleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"): (typeof documents)["mutation LifecycleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"): (typeof documents)["mutation LifecycleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }"): (typeof documents)["mutation LifecycleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status } }"): (typeof documents)["mutation LifecycleInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version status } }"): (typeof documents)["mutation LifecycleConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status } }"): (typeof documents)["mutation LifecycleCloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleCancelMeeting($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: \"改期\") { version status } }"): (typeof documents)["mutation LifecycleCancelMeeting($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, expectedVersion: $v, reason: \"改期\") { version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleOpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status } }"): (typeof documents)["mutation LifecycleOpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version status } }"): (typeof documents)["mutation LifecycleLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status } }"): (typeof documents)["mutation LifecycleActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LargeImportPowers($csv: String!) {\n    importPowers(csv: $csv) { rows created failed rejected openedOverlaps problems { row column reason } }\n  }\n"): (typeof documents)["\n  mutation LargeImportPowers($csv: String!) {\n    importPowers(csv: $csv) { rows created failed rejected openedOverlaps problems { row column reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LargeImportCounts {\n    powers(first: 1) { totalCount }\n    overlaps(first: 1) { totalCount }\n    imported: events(first: 1, types: [\"PowersImported\"]) { nodes { cursor } }\n  }\n"): (typeof documents)["\n  query LargeImportCounts {\n    powers(first: 1) { totalCount }\n    overlaps(first: 1) { totalCount }\n    imported: events(first: 1, types: [\"PowersImported\"]) { nodes { cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LargeImportRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"): (typeof documents)["mutation LargeImportRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LargeImportMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation LargeImportMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LargeImportInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n"): (typeof documents)["\n  mutation LargeImportInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsDeactivateAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { code active } }\n"): (typeof documents)["\n  mutation LimitsDeactivateAgency($input: UpdateAgencyInput!) { updateAgency(input: $input) { code active } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupHead { eventHead { cursor } }"): (typeof documents)["query GroupHead { eventHead { cursor } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation GroupMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GroupMatterFeed($after: String) { hubEvents(topics: [MATTER], after: $after) { cursor type subjectIds text actor { name role } } }\n"): (typeof documents)["\n  subscription GroupMatterFeed($after: String) { hubEvents(topics: [MATTER], after: $after) { cursor type subjectIds text actor { name role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupMatterLog($after: String) { events(topics: [MATTER], after: $after, first: 500) { nodes { cursor subjectIds } } }"): (typeof documents)["query GroupMatterLog($after: String) { events(topics: [MATTER], after: $after, first: 500) { nodes { cursor subjectIds } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"): (typeof documents)["mutation GroupInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"): (typeof documents)["mutation GroupDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }"): (typeof documents)["mutation GroupReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }"): (typeof documents)["mutation GroupInvite($input: InviteAgencyInput!) { inviteAgency(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }"): (typeof documents)["mutation GroupAttach($input: AddAttachmentInput!) { addCaseAttachment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupVersion($id: ID!) { case(id: $id) { version } }"): (typeof documents)["query GroupVersion($id: ID!) { case(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupFile($input: FileCaseInput!) { fileCase(input: $input) { version } }"): (typeof documents)["mutation GroupFile($input: FileCaseInput!) { fileCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GroupCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }\n"): (typeof documents)["\n  subscription GroupCaseFeed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor type payload actor { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettleConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id title matterCode overlapIds caseIds } }\n  }\n"): (typeof documents)["\n  mutation SettleConvene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version invited { id } agenda { id title matterCode overlapIds caseIds } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation SettleOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }"): (typeof documents)["mutation SettleCheckIn($id: ID!, $agencyId: ID!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: \"代表\") { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } overlapsResolved { id } casesRerouted { id } } }"): (typeof documents)["mutation SettleDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } overlapsResolved { id } casesRerouted { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettleView($id: ID!) { meeting(id: $id) { version status agenda { id status settledByDecisionId } minutes } }"): (typeof documents)["query SettleView($id: ID!) { meeting(id: $id) { version status agenda { id status settledByDecisionId } minutes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { matterCode status } } }"): (typeof documents)["mutation SettleClose($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { agenda { matterCode status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation SettleMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"): (typeof documents)["mutation SettleInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id version } } }"): (typeof documents)["mutation SettleDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id } } }"): (typeof documents)["mutation SettleWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status } } }"): (typeof documents)["mutation SettleReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoomConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version quorum agenda { id position title } } }\n"): (typeof documents)["\n  mutation RoomConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version quorum agenda { id position title } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoomAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position } }"): (typeof documents)["mutation RoomAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoomMove($meetingId: ID!, $itemId: ID!, $position: Int!) { moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { agenda { id position } } }\n"): (typeof documents)["\n  mutation RoomMove($meetingId: ID!, $itemId: ID!, $position: Int!) { moveAgendaItem(meetingId: $meetingId, itemId: $itemId, position: $position) { agenda { id position } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoomOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version openedAt openedEarlyMinutes } }"): (typeof documents)["mutation RoomOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version openedAt openedEarlyMinutes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoomCheckInThree($id: ID!, $a: ID!, $b: ID!, $c: ID!) {\n    first: checkIn(meetingId: $id, agencyId: $a, representative: \"王科长\") { presence { present quorum met } }\n    second: checkIn(meetingId: $id, agencyId: $b, representative: \"李科长\") { presence { present quorum met } }\n    third: checkIn(meetingId: $id, agencyId: $c, representative: \"赵科长\") { presence { present quorum met } }\n  }\n"): (typeof documents)["\n  mutation RoomCheckInThree($id: ID!, $a: ID!, $b: ID!, $c: ID!) {\n    first: checkIn(meetingId: $id, agencyId: $a, representative: \"王科长\") { presence { present quorum met } }\n    second: checkIn(meetingId: $id, agencyId: $b, representative: \"李科长\") { presence { present quorum met } }\n    third: checkIn(meetingId: $id, agencyId: $c, representative: \"赵科长\") { presence { present quorum met } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoomDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { kind } } }"): (typeof documents)["mutation RoomDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoomPreview($input: RecordDecisionInput!) { previewDecision(input: $input) { code problem } }"): (typeof documents)["query RoomPreview($input: RecordDecisionInput!) { previewDecision(input: $input) { code problem } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomPreviewGovernance($input: RecordDecisionInput!) {\n    previewDecision(input: $input) { code problem governance { matterCode regionCode byThisDecision note rule { lead { code } regionCode matterCode } otherRule { lead { code } regionCode matterCode } } }\n  }\n"): (typeof documents)["\n  query RoomPreviewGovernance($input: RecordDecisionInput!) {\n    previewDecision(input: $input) { code problem governance { matterCode regionCode byThisDecision note rule { lead { code } regionCode matterCode } otherRule { lead { code } regionCode matterCode } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoomCheckInOne($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { presence { met } } }"): (typeof documents)["mutation RoomCheckInOne($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { presence { met } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoomMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation RoomMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoomEvents($subjectId: String) { events(first: 100, subjectId: $subjectId) { nodes { type payload } } }"): (typeof documents)["query RoomEvents($subjectId: String) { events(first: 100, subjectId: $subjectId) { nodes { type payload } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Convene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) {\n      id version status quorum invited { code }\n      agenda { id kind title status matterCode regionCode category categories severity caseIds gapRegionCodes weight { overlaps openCases oldestCaseWaitingDays } overlaps { id status } agencies { code } }\n    }\n  }\n"): (typeof documents)["\n  mutation Convene($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) {\n      id version status quorum invited { code }\n      agenda { id kind title status matterCode regionCode category categories severity caseIds gapRegionCodes weight { overlaps openCases oldestCaseWaitingDays } overlaps { id status } agencies { code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingView($id: ID!) {\n    meeting(id: $id) {\n      id version status presence { present quorum met }\n      agenda { id kind title status }\n      decisions { kind resolvedOverlapIds reroutedCaseIds rules { lead { code } matterCode status } }\n      tasks { description dueOn status overdue assignee { code } }\n      minutes\n    }\n  }\n"): (typeof documents)["\n  query MeetingView($id: ID!) {\n    meeting(id: $id) {\n      id version status presence { present quorum met }\n      agenda { id kind title status }\n      decisions { kind resolvedOverlapIds reroutedCaseIds rules { lead { code } matterCode status } }\n      tasks { description dueOn status overdue assignee { code } }\n      minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version } }"): (typeof documents)["mutation OpenMeeting($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status version agenda { status } } }"): (typeof documents)["mutation CloseMeeting($id: ID!, $v: Int!) { closeMeeting(meetingId: $id, expectedVersion: $v) { status version agenda { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { presence { present met } } }"): (typeof documents)["mutation CheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { presence { present met } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision { id kind }\n      rulesCreated { id lead { code } matterCode regionCode category }\n      rulesSuperseded { id }\n      overlapsResolved { id status }\n      casesRerouted { id status lead { code } }\n      tasks { id description }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      decision { id kind }\n      rulesCreated { id lead { code } matterCode regionCode category }\n      rulesSuperseded { id }\n      overlapsResolved { id status }\n      casesRerouted { id status lead { code } }\n      tasks { id description }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewDecision($input: RecordDecisionInput!) {\n    previewDecision(input: $input) {\n      problem code\n      effects { rulesCreated { lead { code } } rulesSuperseded { id } overlapsResolved { id } casesRerouted { id lead { code } } tasks { description } }\n    }\n  }\n"): (typeof documents)["\n  query PreviewDecision($input: RecordDecisionInput!) {\n    previewDecision(input: $input) {\n      problem code\n      effects { rulesCreated { lead { code } } rulesSuperseded { id } overlapsResolved { id } casesRerouted { id lead { code } } tasks { description } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingJurisdiction($matterCode: String!, $regionCode: String!) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode) { disputed lead { code } rule { decisionId } agencies { code } }\n  }\n"): (typeof documents)["\n  query MeetingJurisdiction($matterCode: String!, $regionCode: String!) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode) { disputed lead { code } rule { decisionId } agencies { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Rules($status: RoutingRuleStatus) { routingRules(status: $status) { id status lead { code } decisionId } }"): (typeof documents)["query Rules($status: RoutingRuleStatus) { routingRules(status: $status) { id status lead { code } decisionId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tasks($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description status overdue } }"): (typeof documents)["query Tasks($overdue: Boolean) { followUpTasks(overdue: $overdue) { id version description status overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteTask($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }"): (typeof documents)["mutation CompleteTask($id: ID!, $v: Int!, $note: String!) { completeTask(taskId: $id, expectedVersion: $v, note: $note) { status completionNote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status lead { code } } } }\n"): (typeof documents)["\n  mutation MeetingReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id status lead { code } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingCase($id: ID!) { case(id: $id) { status lead { code } participants { agency { code } role } } }"): (typeof documents)["query MeetingCase($id: ID!) { case(id: $id) { status lead { code } participants { agency { code } role } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingOverlap($id: ID!) { overlap(id: $id) { status statusReason } }"): (typeof documents)["query MeetingOverlap($id: ID!) { overlap(id: $id) { status statusReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MeetingFeed($after: String) { agencyFeed(after: $after) { type topic } }"): (typeof documents)["subscription MeetingFeed($after: String) { agencyFeed(after: $after) { type topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingMinutesLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }"): (typeof documents)["query MeetingMinutesLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingHead { events(first: 500) { nodes { cursor } } }"): (typeof documents)["query MeetingHead { events(first: 500) { nodes { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position title } }"): (typeof documents)["mutation AddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveItem($m: ID!, $i: ID!) { removeAgendaItem(meetingId: $m, itemId: $i) { agenda { id } } }"): (typeof documents)["mutation RemoveItem($m: ID!, $i: ID!) { removeAgendaItem(meetingId: $m, itemId: $i) { agenda { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reorder($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { agenda { id position } } }"): (typeof documents)["mutation Reorder($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { agenda { id position } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Cancel($m: ID!, $v: Int!, $reason: String!) { cancelMeeting(meetingId: $m, expectedVersion: $v, reason: $reason) { status cancelReason } }"): (typeof documents)["mutation Cancel($m: ID!, $v: Int!, $reason: String!) { cancelMeeting(meetingId: $m, expectedVersion: $v, reason: $reason) { status cancelReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }"): (typeof documents)["mutation PageConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }"): (typeof documents)["mutation PageAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation PageOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { id } }"): (typeof documents)["mutation PageCheckIn($id: ID!, $agencyId: ID!, $rep: String!) { checkIn(meetingId: $id, agencyId: $agencyId, representative: $rep) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PageDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }"): (typeof documents)["mutation PageDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageMinutes($id: ID!) { meeting(id: $id) { minutes } }"): (typeof documents)["query PageMinutes($id: ID!) { meeting(id: $id) { minutes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }"): (typeof documents)["query PageLink($id: ID!) { minutesLink(meetingId: $id) { url expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageMe { me { role } }"): (typeof documents)["query PageMe { me { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MatterEvents($after: String) {\n    hubEvents(after: $after, topics: [MATTER]) { cursor subjectIds }\n  }\n"): (typeof documents)["\n  subscription MatterEvents($after: String) {\n    hubEvents(after: $after, topics: [MATTER]) { cursor subjectIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstanceCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }\n"): (typeof documents)["\n  mutation InstanceCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Head { events(first: 500) { nodes { cursor } } }"): (typeof documents)["query Head { events(first: 500) { nodes { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"): (typeof documents)["mutation NamesRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation NamesMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"): (typeof documents)["mutation NamesInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"): (typeof documents)["mutation NamesDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesMatters($search: String) { matters(search: $search) { code name } }"): (typeof documents)["query NamesMatters($search: String) { matters(search: $search) { code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesRegions($search: String) { regions(search: $search) { code name } }"): (typeof documents)["query NamesRegions($search: String) { regions(search: $search) { code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesAgencies($search: String) { agencies(search: $search) { code } }"): (typeof documents)["query NamesAgencies($search: String) { agencies(search: $search) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NamesJurisdiction($matter: String, $region: String, $matterCode: String, $regionCode: String) {\n    jurisdiction(matter: $matter, region: $region, matterCode: $matterCode, regionCode: $regionCode) { disputed summary matter { code } region { code } agencies { code } }\n  }\n"): (typeof documents)["\n  query NamesJurisdiction($matter: String, $region: String, $matterCode: String, $regionCode: String) {\n    jurisdiction(matter: $matter, region: $region, matterCode: $matterCode, regionCode: $regionCode) { disputed summary matter { code } region { code } agencies { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NamesReport($input: ReportCaseInput!) {\n    reportCase(input: $input) { case { id number status route { outcome reason candidateAgencyIds } deadlines { kind basis } } }\n  }\n"): (typeof documents)["\n  mutation NamesReport($input: ReportCaseInput!) {\n    reportCase(input: $input) { case { id number status route { outcome reason candidateAgencyIds } deadlines { kind basis } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesInbox { inbox { reason case { number } } }"): (typeof documents)["query NamesInbox { inbox { reason case { number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesTimeline($id: ID!) { case(id: $id) { timeline { what text note } } }"): (typeof documents)["query NamesTimeline($id: ID!) { case(id: $id) { timeline { what text note } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NamesFeed($after: String) { agencyFeed(after: $after) { type text } }"): (typeof documents)["subscription NamesFeed($after: String) { agencyFeed(after: $after) { type text } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesEvents($types: [String!]) { events(types: $types, first: 10) { nodes { type text payload } } }"): (typeof documents)["query NamesEvents($types: [String!]) { events(types: $types, first: 10) { nodes { type text payload } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version periodText } }"): (typeof documents)["mutation NamesLaunch($input: LaunchOperationInput!) { launchOperation(input: $input) { id version periodText } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation NamesBrief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation NamesActivate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesFieldReport($input: FieldReportInput!) { fileFieldReport(input: $input) { caseIds } }"): (typeof documents)["mutation NamesFieldReport($input: FieldReportInput!) { fileFieldReport(input: $input) { caseIds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesOperation($id: ID!) { operation(id: $id) { summary { perMatter { matterCode matterName cases } } } }"): (typeof documents)["query NamesOperation($id: ID!) { operation(id: $id) { summary { perMatter { matterCode matterName cases } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesOverlaps($matterCode: String) { overlaps(first: 10, matterCode: $matterCode) { nodes { category summary } } }"): (typeof documents)["query NamesOverlaps($matterCode: String) { overlaps(first: 10, matterCode: $matterCode) { nodes { category summary } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { power { id } } }"): (typeof documents)["mutation NamesWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesAllOverlaps { overlaps(first: 10, status: [OBSOLETE]) { nodes { status statusReason } } }"): (typeof documents)["query NamesAllOverlaps { overlaps(first: 10, status: [OBSOLETE]) { nodes { status statusReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }"): (typeof documents)["mutation NamesConvene($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }"): (typeof documents)["mutation NamesAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation NamesOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { id } }"): (typeof documents)["mutation NamesCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }"): (typeof documents)["mutation NamesDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesCaseRoute($id: ID!) { case(id: $id) { status route { reason } timeline { what text } } }"): (typeof documents)["query NamesCaseRoute($id: ID!) { case(id: $id) { status route { reason } timeline { what text } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOfficer($input: RegisterOfficerInput!) {\n    registerOfficer(input: $input) {\n      id name role certificateNumber certificateValidFrom certificateValidUntil version\n      agency { code }\n      today: certifiedOn\n      onFirstDay: certifiedOn(date: \"2026-01-01\")\n      afterExpiry: certifiedOn(date: \"2027-01-01\")\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOfficer($input: RegisterOfficerInput!) {\n    registerOfficer(input: $input) {\n      id name role certificateNumber certificateValidFrom certificateValidUntil version\n      agency { code }\n      today: certifiedOn\n      onFirstDay: certifiedOn(date: \"2026-01-01\")\n      afterExpiry: certifiedOn(date: \"2027-01-01\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfficer($input: UpdateOfficerInput!) {\n    updateOfficer(input: $input) { id name role certificateNumber version }\n  }\n"): (typeof documents)["\n  mutation UpdateOfficer($input: UpdateOfficerInput!) {\n    updateOfficer(input: $input) { id name role certificateNumber version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Officers($agencyId: ID, $first: Int, $after: String, $certifiedOn: LocalDate, $search: String) {\n    officers(agencyId: $agencyId, first: $first, after: $after, certifiedOn: $certifiedOn, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { name } }\n    }\n  }\n"): (typeof documents)["\n  query Officers($agencyId: ID, $first: Int, $after: String, $certifiedOn: LocalDate, $search: String) {\n    officers(agencyId: $agencyId, first: $first, after: $after, certifiedOn: $certifiedOn, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Launch($input: LaunchOperationInput!) {\n    launchOperation(input: $input) { id status version lead { code } participants { agency { code } headcount officers { name } } }\n  }\n"): (typeof documents)["\n  mutation Launch($input: LaunchOperationInput!) {\n    launchOperation(input: $input) { id status version lead { code } participants { agency { code } headcount officers { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Brief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { status version } }"): (typeof documents)["mutation Brief($id: ID!, $v: Int!) { briefOperation(operationId: $id, expectedVersion: $v) { status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Activate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status version } }"): (typeof documents)["mutation Activate($id: ID!, $v: Int!) { activateOperation(operationId: $id, expectedVersion: $v) { status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteOp($id: ID!, $v: Int!, $note: String!) { completeOperation(operationId: $id, expectedVersion: $v, afterActionNote: $note) { status afterActionNote } }"): (typeof documents)["mutation CompleteOp($id: ID!, $v: Int!, $note: String!) { completeOperation(operationId: $id, expectedVersion: $v, afterActionNote: $note) { status afterActionNote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelOp($id: ID!, $v: Int!, $reason: String!) { cancelOperation(operationId: $id, expectedVersion: $v, reason: $reason) { status cancelReason } }"): (typeof documents)["mutation CancelOp($id: ID!, $v: Int!, $reason: String!) { cancelOperation(operationId: $id, expectedVersion: $v, reason: $reason) { status cancelReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAssignment($input: AssignmentInput!) { setAssignment(input: $input) { task location agency { code } } }"): (typeof documents)["mutation SetAssignment($input: AssignmentInput!) { setAssignment(input: $input) { task location agency { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FieldReportMutation($input: FieldReportInput!) { fileFieldReport(input: $input) { sitesInspected violationsFound caseIds } }"): (typeof documents)["mutation FieldReportMutation($input: FieldReportInput!) { fileFieldReport(input: $input) { sitesInspected violationsFound caseIds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationView($id: ID!, $agencyId: ID!) {\n    operation(id: $id) {\n      status\n      cases { number status source lead { code } }\n      summary { perAgency { agency { code } reports sitesInspected violationsFound casesOpened } perMatter { matterCode cases } casesByStatus { status count } afterActionNote }\n      activityLog(agencyId: $agencyId) { what }\n    }\n  }\n"): (typeof documents)["\n  query OperationView($id: ID!, $agencyId: ID!) {\n    operation(id: $id) {\n      status\n      cases { number status source lead { code } }\n      summary { perAgency { agency { code } reports sitesInspected violationsFound casesOpened } perMatter { matterCode cases } casesByStatus { status count } afterActionNote }\n      activityLog(agencyId: $agencyId) { what }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationList { operations { totalCount nodes { title } } }"): (typeof documents)["query OperationList { operations { totalCount nodes { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OpEvents($id: ID!, $after: String) { operationEvents(operationId: $id, after: $after) { cursor type payload } }"): (typeof documents)["subscription OpEvents($id: ID!, $after: String) { operationEvents(operationId: $id, after: $after) { cursor type payload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OpFeed($after: String) { agencyFeed(after: $after) { type topic } }"): (typeof documents)["subscription OpFeed($after: String) { agencyFeed(after: $after) { type topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpHead { events(first: 500) { nodes { cursor } } }"): (typeof documents)["query OpHead { events(first: 500) { nodes { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpEventsAfter($after: String) { events(after: $after, first: 500) { nodes { type } } }"): (typeof documents)["query OpEventsAfter($after: String) { events(after: $after, first: 500) { nodes { type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpCaseCount { cases(first: 1) { totalCount } }"): (typeof documents)["query OpCaseCount { cases(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }"): (typeof documents)["mutation OpAddItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"): (typeof documents)["mutation OpOpen($id: ID!, $v: Int!) { openMeeting(meetingId: $id, expectedVersion: $v) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { id } }"): (typeof documents)["mutation OpCheckIn($id: ID!, $a: ID!) { checkIn(meetingId: $id, agencyId: $a, representative: \"代表\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }"): (typeof documents)["mutation OpDecide($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpAgenda($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { agenda { kind title } } }"): (typeof documents)["mutation OpAgenda($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { agenda { kind title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeverityMatrix { overlapMatrix { agencies { code name } counts pairs { a { code name } b { code } high medium low total } } }\n"): (typeof documents)["\n  query SeverityMatrix { overlapMatrix { agencies { code name } counts pairs { a { code name } b { code } high medium low total } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { severity } } }"): (typeof documents)["mutation MatrixDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { openedOverlaps { severity } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation MatrixMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"): (typeof documents)["mutation MatrixInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverlapPowersOfPowers($search: String) {\n    powers(search: $search, first: 10) {\n      nodes {\n        id code\n        overlaps {\n          id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version\n          agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverlapPowersOfPowers($search: String) {\n    powers(search: $search, first: 10) {\n      nodes {\n        id code\n        overlaps {\n          id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version\n          agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverlapPowersOne($id: ID!) {\n    overlap(id: $id) {\n      id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version\n      agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary\n    }\n  }\n"): (typeof documents)["\n  query OverlapPowersOne($id: ID!) {\n    overlap(id: $id) {\n      id key powerIds agencyIds category kind severity matterCodes regionCodes validFrom validUntil status statusReason detectedAt updatedAt version\n      agencies { code } matters { code } regions { code } powers { code } sharedArticles { label } summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OverlapPowersImport($csv: String!) { importPowers(csv: $csv) { created openedOverlaps rejected } }"): (typeof documents)["mutation OverlapPowersImport($csv: String!) { importPowers(csv: $csv) { created openedOverlaps rejected } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OverlapPowersRescan { rescanOverlaps { openedOverlaps { id } closedOverlaps { id } } }"): (typeof documents)["mutation OverlapPowersRescan { rescanOverlaps { openedOverlaps { id } closedOverlaps { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OverlapPowersWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id status } } }"): (typeof documents)["mutation OverlapPowersWithdraw($input: WithdrawPowerInput!) { withdrawPower(input: $input) { closedOverlaps { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclarePower($input: DeclarePowerInput!) {\n    declarePower(input: $input) {\n      power { id code version status agency { code } matters { code } regions { code } legalBases { article { label } instrument { title } } }\n      openedOverlaps { id kind severity status matterCodes regionCodes agencies { code } powers { code } sharedArticles { label } }\n      closedOverlaps { id }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclarePower($input: DeclarePowerInput!) {\n    declarePower(input: $input) {\n      power { id code version status agency { code } matters { code } regions { code } legalBases { article { label } instrument { title } } }\n      openedOverlaps { id kind severity status matterCodes regionCodes agencies { code } powers { code } sharedArticles { label } }\n      closedOverlaps { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendPower($input: AmendPowerInput!) {\n    amendPower(input: $input) {\n      power { id version matterCodes }\n      openedOverlaps { id kind }\n      closedOverlaps { id status statusReason }\n    }\n  }\n"): (typeof documents)["\n  mutation AmendPower($input: AmendPowerInput!) {\n    amendPower(input: $input) {\n      power { id version matterCodes }\n      openedOverlaps { id kind }\n      closedOverlaps { id status statusReason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPower($input: WithdrawPowerInput!) {\n    withdrawPower(input: $input) { power { status version } closedOverlaps { id status statusReason } }\n  }\n"): (typeof documents)["\n  mutation WithdrawPower($input: WithdrawPowerInput!) {\n    withdrawPower(input: $input) { power { status version } closedOverlaps { id status statusReason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overlaps($agencyId: ID, $status: [OverlapStatus!], $matterCode: String, $severity: OverlapSeverity) {\n    overlaps(agencyId: $agencyId, status: $status, matterCode: $matterCode, severity: $severity, first: 100) {\n      totalCount\n      nodes { id key kind severity status statusReason powers { code } }\n    }\n  }\n"): (typeof documents)["\n  query Overlaps($agencyId: ID, $status: [OverlapStatus!], $matterCode: String, $severity: OverlapSeverity) {\n    overlaps(agencyId: $agencyId, status: $status, matterCode: $matterCode, severity: $severity, first: 100) {\n      totalCount\n      nodes { id key kind severity status statusReason powers { code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Rescan { rescanOverlaps { powersScanned openedOverlaps { id } closedOverlaps { id } } }"): (typeof documents)["mutation Rescan { rescanOverlaps { powersScanned openedOverlaps { id } closedOverlaps { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at) { disputed gap agencies { code } powers { code } }\n  }\n"): (typeof documents)["\n  query Jurisdiction($matterCode: String!, $regionCode: String!, $at: LocalDate) {\n    jurisdiction(matterCode: $matterCode, regionCode: $regionCode, at: $at) { disputed gap agencies { code } powers { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gaps { regulatoryGaps { matter { code } regions { code } } }\n"): (typeof documents)["\n  query Gaps { regulatoryGaps { matter { code } regions { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PowersAsOf($asOf: LocalDate, $matterCode: String, $regionCode: String, $agencyId: ID) {\n    powers(asOf: $asOf, matterCode: $matterCode, regionCode: $regionCode, agencyId: $agencyId, first: 100) {\n      totalCount\n      nodes { code version matterCodes history { version matterCodes } }\n    }\n  }\n"): (typeof documents)["\n  query PowersAsOf($asOf: LocalDate, $matterCode: String, $regionCode: String, $agencyId: ID) {\n    powers(asOf: $asOf, matterCode: $matterCode, regionCode: $regionCode, agencyId: $agencyId, first: 100) {\n      totalCount\n      nodes { code version matterCodes history { version matterCodes } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Matrix { overlapMatrix { agencies { code } counts } }"): (typeof documents)["query Matrix { overlapMatrix { agencies { code } counts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Usage { powerUsage(from: \"2026-01-01\", to: \"2026-12-31\") { county { activeItems usedItems ratio } agencies { agency { code } activeItems } } }"): (typeof documents)["query Usage { powerUsage(from: \"2026-01-01\", to: \"2026-12-31\") { county { activeItems usedItems ratio } agencies { agency { code } activeItems } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($agencyId: ID!) {\n    legalCatalogue(agencyId: $agencyId) { agency { code } levels { level instruments { instrument { title } articles { article { number } powers { code } } } } }\n    staleLegalBases { power { code } instrument { title } }\n  }\n"): (typeof documents)["\n  query Catalogue($agencyId: ID!) {\n    legalCatalogue(agencyId: $agencyId) { agency { code } levels { level instruments { instrument { title } articles { article { number } powers { code } } } } }\n    staleLegalBases { power { code } instrument { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepealInstrument($input: RepealLegalInstrumentInput!) {\n    repealLegalInstrument(input: $input) { instrument { status } affectedPowers { code } affectedAgencies { code } openOverlaps { id } }\n  }\n"): (typeof documents)["\n  mutation RepealInstrument($input: RepealLegalInstrumentInput!) {\n    repealLegalInstrument(input: $input) { instrument { status } affectedPowers { code } affectedAgencies { code } openOverlaps { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PowerCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation PowerCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PowerCreateInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n"): (typeof documents)["\n  mutation PowerCreateInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PowerCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"): (typeof documents)["mutation PowerCreateRegion($input: CreateRegionInput!) { createRegion(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PowerFeed($after: String) { agencyFeed(after: $after) { type topic } }"): (typeof documents)["subscription PowerFeed($after: String) { agencyFeed(after: $after) { type topic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PowerHead { events(first: 500) { nodes { cursor } } }"): (typeof documents)["query PowerHead { events(first: 500) { nodes { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PowerByCode($search: String) { powers(search: $search) { nodes { id version } } }"): (typeof documents)["query PowerByCode($search: String) { powers(search: $search) { nodes { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PowerId($search: String) { powers(search: $search) { nodes { id } } }"): (typeof documents)["query PowerId($search: String) { powers(search: $search) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShapeFlatAgencies { agencies { id code name shortName kind active version } }"): (typeof documents)["query ShapeFlatAgencies { agencies { id code name shortName kind active version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShapePowerPage {\n    powers(first: 100) {\n      nodes { id code name category agency { code name } overlaps { key kind severity powers { code name agency { code name } } } }\n    }\n  }\n"): (typeof documents)["\n  query ShapePowerPage {\n    powers(first: 100) {\n      nodes { id code name category agency { code name } overlaps { key kind severity powers { code name agency { code name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShapeAgencyPowers($agencyId: ID!) {\n    agency(id: $agencyId) { code name }\n    powers(agencyId: $agencyId, first: 100) { nodes { id code name category overlaps { key kind severity powers { code name } } } }\n  }\n"): (typeof documents)["\n  query ShapeAgencyPowers($agencyId: ID!) {\n    agency(id: $agencyId) { code name }\n    powers(agencyId: $agencyId, first: 100) { nodes { id code name category overlaps { key kind severity powers { code name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShapePageOnly { powers(first: 100) { nodes { id code } } }"): (typeof documents)["query ShapePageOnly { powers(first: 100) { nodes { id code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShapePageWithoutAgencies { powers(first: 100) { nodes { id code overlaps { key powers { code name } } } } }\n"): (typeof documents)["\n  query ShapePageWithoutAgencies { powers(first: 100) { nodes { id code overlaps { key powers { code name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShapePageWithoutOverlapPowers { powers(first: 100) { nodes { id code agency { code } overlaps { key } } } }\n"): (typeof documents)["\n  query ShapePageWithoutOverlapPowers { powers(first: 100) { nodes { id code agency { code } overlaps { key } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanOverlapBits on Overlap { severity agencies { code } }\n"): (typeof documents)["\n  fragment PlanOverlapBits on Overlap { severity agencies { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPowerFields on Power {\n    __typename\n    id\n    code\n    label: name\n    ... on Power { category agency { __typename code } }\n    boss: agency { name shortName region { code } }\n    matters { code }\n    regionCodes\n    legalBases { article { label } }\n    overlaps { __typename key kind ...PlanOverlapBits powers { code agency { code } again: agency { name } } }\n    history @include(if: $withHistory) { version }\n    validFrom @skip(if: $withHistory)\n  }\n"): (typeof documents)["\n  fragment PlanPowerFields on Power {\n    __typename\n    id\n    code\n    label: name\n    ... on Power { category agency { __typename code } }\n    boss: agency { name shortName region { code } }\n    matters { code }\n    regionCodes\n    legalBases { article { label } }\n    overlaps { __typename key kind ...PlanOverlapBits powers { code agency { code } again: agency { name } } }\n    history @include(if: $withHistory) { version }\n    validFrom @skip(if: $withHistory)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannedPowersOnly($withHistory: Boolean!) {\n    powers(first: 40) { edges { cursor node { id label: code } } nodes { ...PlanPowerFields } }\n  }\n"): (typeof documents)["\n  query PlannedPowersOnly($withHistory: Boolean!) {\n    powers(first: 40) { edges { cursor node { id label: code } } nodes { ...PlanPowerFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadedPowersOnly($withHistory: Boolean!) {\n    overlaps(first: 10) { nodes { powers { ...PlanPowerFields } } }\n  }\n"): (typeof documents)["\n  query LoadedPowersOnly($withHistory: Boolean!) {\n    overlaps(first: 10) { nodes { powers { ...PlanPowerFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannedPowerOnly($id: ID!, $withHistory: Boolean!) {\n    power(id: $id) { ...PlanPowerFields }\n  }\n"): (typeof documents)["\n  query PlannedPowerOnly($id: ID!, $withHistory: Boolean!) {\n    power(id: $id) { ...PlanPowerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShapeOfficerPage { powers(first: 100) { nodes { id overlaps { key agencyIds powers { id agency { code } } } } } }\n"): (typeof documents)["\n  query ShapeOfficerPage { powers(first: 100) { nodes { id overlaps { key agencyIds powers { id agency { code } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VetoItemList { reviewVetoItems { code description } }"): (typeof documents)["query VetoItemList { reviewVetoItems { code description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleOverview {\n    regions { code level }\n    agencies { code kind }\n    matters { code }\n    legalInstruments(first: 100) { totalCount nodes { title articleCount } }\n    officers(first: 100, includeInactive: true) { totalCount nodes { role certificateNumber today: certifiedOn(date: \"2026-11-26\") } }\n    verifyAuditTrail { intact checkedEntries }\n  }\n"): (typeof documents)["\n  query SampleOverview {\n    regions { code level }\n    agencies { code kind }\n    matters { code }\n    legalInstruments(first: 100) { totalCount nodes { title articleCount } }\n    officers(first: 100, includeInactive: true) { totalCount nodes { role certificateNumber today: certifiedOn(date: \"2026-11-26\") } }\n    verifyAuditTrail { intact checkedEntries }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleHistory($from: LocalDate!, $to: LocalDate!) {\n    closed: cases(status: [CLOSED], first: 20) { totalCount nodes { number filedOn closedOn } }\n    sampleCaseFiles(size: 3, perAgencyMax: 1, seed: \"sample\", closedFrom: $from, closedTo: $to) { available cases { number } }\n    reviewSummary { agency { code } reviewed }\n    meetings(status: [CLOSED], first: 5) { nodes { title openedAt closedAt decisions { kind decidedAt } tasks { status overdue } minutes } }\n    operations(status: [COMPLETED], first: 5) { nodes { title startsAt reports { sitesInspected createdAt } summary { afterActionNote perAgency { agency { code } } } } }\n  }\n"): (typeof documents)["\n  query SampleHistory($from: LocalDate!, $to: LocalDate!) {\n    closed: cases(status: [CLOSED], first: 20) { totalCount nodes { number filedOn closedOn } }\n    sampleCaseFiles(size: 3, perAgencyMax: 1, seed: \"sample\", closedFrom: $from, closedTo: $to) { available cases { number } }\n    reviewSummary { agency { code } reviewed }\n    meetings(status: [CLOSED], first: 5) { nodes { title openedAt closedAt decisions { kind decidedAt } tasks { status overdue } minutes } }\n    operations(status: [COMPLETED], first: 5) { nodes { title startsAt reports { sitesInspected createdAt } summary { afterActionNote perAgency { agency { code } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SampleEventTimes($after: String) { events(first: 500, after: $after) { nodes { cursor occurredAt } pageInfo { hasNextPage } } }"): (typeof documents)["query SampleEventTimes($after: String) { events(first: 500, after: $after) { nodes { cursor occurredAt } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenMe { me { role agency { code } } }"): (typeof documents)["query TokenMe { me { role agency { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleOverlaps($matterCode: String) {\n    overlaps(matterCode: $matterCode, first: 100) { totalCount nodes { kind severity agencies { code } } }\n    gaps: regulatoryGaps { matter { code } regions { code } }\n    powers(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query SampleOverlaps($matterCode: String) {\n    overlaps(matterCode: $matterCode, first: 100) { totalCount nodes { kind severity agencies { code } } }\n    gaps: regulatoryGaps { matter { code } regions { code } }\n    powers(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPowers($csv: String!, $partial: Boolean) {\n    importPowers(csv: $csv, partial: $partial) { rows created updated unchanged failed rejected openedOverlaps problems { row column reason } }\n  }\n"): (typeof documents)["\n  mutation ImportPowers($csv: String!, $partial: Boolean) {\n    importPowers(csv: $csv, partial: $partial) { rows created updated unchanged failed rejected openedOverlaps problems { row column reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportedCount($search: String) { powers(search: $search, first: 100) { totalCount } }"): (typeof documents)["query ImportedCount($search: String) { powers(search: $search, first: 100) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerAgencies { agencies { code } }\n"): (typeof documents)["\n  query ServerAgencies { agencies { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FormulaImportPowers($csv: String!, $partial: Boolean) {\n    importPowers(csv: $csv, partial: $partial) { rows created failed rejected problems { row column reason } }\n  }\n"): (typeof documents)["\n  mutation FormulaImportPowers($csv: String!, $partial: Boolean) {\n    importPowers(csv: $csv, partial: $partial) { rows created failed rejected problems { row column reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FormulaStored($search: String) { powers(search: $search, first: 100) { totalCount nodes { code name post } } }"): (typeof documents)["query FormulaStored($search: String) { powers(search: $search, first: 100) { totalCount nodes { code name post } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormulaMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation FormulaMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FormulaInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n"): (typeof documents)["\n  mutation FormulaInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedAgencies($first: Int) {\n    agencies {\n      code\n      region { name parent { code } children { code } }\n    }\n    officers(first: $first) {\n      totalCount\n      nodes { name agency { code region { code } } }\n    }\n    legalInstruments(first: $first) { nodes { title articles { label instrument { title } } } }\n  }\n"): (typeof documents)["\n  query NestedAgencies($first: Int) {\n    agencies {\n      code\n      region { name parent { code } children { code } }\n    }\n    officers(first: $first) {\n      totalCount\n      nodes { name agency { code region { code } } }\n    }\n    legalInstruments(first: $first) { nodes { title articles { label instrument { title } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedPowers {\n    powers(first: 100) {\n      totalCount\n      nodes {\n        code\n        agency { code region { code } }\n        matters { code parent { code } }\n        regions { code }\n        legalBases { article { label } instrument { title } }\n        overlaps { kind agencies { code } powers { code } matters { code } }\n        history { version }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedPowers {\n    powers(first: 100) {\n      totalCount\n      nodes {\n        code\n        agency { code region { code } }\n        matters { code parent { code } }\n        regions { code }\n        legalBases { article { label } instrument { title } }\n        overlaps { kind agencies { code } powers { code } matters { code } }\n        history { version }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CountOverlapLines($first: Int) { events(types: [\"OverlapOpened\"], first: $first) { nodes { text } } }"): (typeof documents)["query CountOverlapLines($first: Int) { events(types: [\"OverlapOpened\"], first: $first) { nodes { text } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CountImportPowers($csv: String!) { importPowers(csv: $csv) { rows failed rejected } }"): (typeof documents)["mutation CountImportPowers($csv: String!) { importPowers(csv: $csv) { rows failed rejected } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCountyMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation ConsoleCountyMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCountyInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"): (typeof documents)["mutation ConsoleCountyInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCountyDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"): (typeof documents)["mutation ConsoleCountyDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCountyReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }"): (typeof documents)["mutation ConsoleCountyReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) { code }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { id code version }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { id code version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRegisterOfficer($input: RegisterOfficerInput!) {\n    registerOfficer(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation FactoryRegisterOfficer($input: RegisterOfficerInput!) {\n    registerOfficer(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) { code }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateInstrument($input: CreateLegalInstrumentInput!) {\n    createLegalInstrument(input: $input) { id articles { id number } }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateInstrument($input: CreateLegalInstrumentInput!) {\n    createLegalInstrument(input: $input) { id articles { id number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryDeclarePower($input: DeclarePowerInput!) {\n    declarePower(input: $input) { power { id version } openedOverlaps { id } }\n  }\n"): (typeof documents)["\n  mutation FactoryDeclarePower($input: DeclarePowerInput!) {\n    declarePower(input: $input) { power { id version } openedOverlaps { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) { case { id version status } }\n  }\n"): (typeof documents)["\n  mutation FactoryReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) { case { id version status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryConveneMeeting($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation FactoryConveneMeeting($input: ConveneMeetingInput!) {\n    conveneMeeting(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendar($input: SetWorkingCalendarInput!) {\n    setWorkingCalendar(input: $input) { year version holidays { name dates } makeUpWorkdays source }\n  }\n"): (typeof documents)["\n  mutation SetCalendar($input: SetWorkingCalendarInput!) {\n    setWorkingCalendar(input: $input) { year version holidays { name dates } makeUpWorkdays source }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Calendar { workingCalendar { year version makeUpWorkdays } }"): (typeof documents)["query Calendar { workingCalendar { year version makeUpWorkdays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarEvents { events(topics: [CALENDAR], first: 50) { nodes { type subjectIds occurredAt actor { role } payload } } }\n"): (typeof documents)["\n  query CalendarEvents { events(topics: [CALENDAR], first: 50) { nodes { type subjectIds occurredAt actor { role } payload } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NextYearReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number version status createdAt } } }\n"): (typeof documents)["\n  mutation NextYearReport($input: ReportCaseInput!) { reportCase(input: $input) { case { id number version status createdAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NextYearFile($input: FileCaseInput!) { fileCase(input: $input) { status version filedOn } }"): (typeof documents)["mutation NextYearFile($input: FileCaseInput!) { fileCase(input: $input) { status version filedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NextYearInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }"): (typeof documents)["mutation NextYearInvestigate($input: CaseStepInput!) { startInvestigation(input: $input) { status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NextYearDecide($input: DecideCaseInput!) { decideCase(input: $input) { status version decidedOn } }"): (typeof documents)["mutation NextYearDecide($input: DecideCaseInput!) { decideCase(input: $input) { status version decidedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NextYearExecute($input: CaseStepInput!) { executeCase(input: $input) { status version executedOn } }"): (typeof documents)["mutation NextYearExecute($input: CaseStepInput!) { executeCase(input: $input) { status version executedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NextYearClose($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }"): (typeof documents)["mutation NextYearClose($input: CaseStepInput!) { closeCase(input: $input) { status version closedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NextYearRefer($input: ReferCaseInput!) { referCase(input: $input) { version } }"): (typeof documents)["mutation NextYearRefer($input: ReferCaseInput!) { referCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextYearCase($id: ID!) {\n    case(id: $id) { status deadlines { kind due daysLeft workingDays provisional } timeline { what at } }\n  }\n"): (typeof documents)["\n  query NextYearCase($id: ID!) {\n    case(id: $id) { status deadlines { kind due daysLeft workingDays provisional } timeline { what at } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NextYearDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"): (typeof documents)["mutation NextYearDeclare($input: DeclarePowerInput!) { declarePower(input: $input) { power { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NextYearMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"): (typeof documents)["mutation NextYearMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NextYearInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }\n"): (typeof documents)["\n  mutation NextYearInstrument($input: CreateLegalInstrumentInput!) { createLegalInstrument(input: $input) { id articles { id } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;