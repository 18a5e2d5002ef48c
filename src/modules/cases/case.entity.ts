import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { PowerCategory } from "../powers/power-enums.js";
import { CaseSource, CaseStatus, DecisionOutcome, ParticipantRole, ReferralKind, ReferralStatus } from "./case-enums.js";
import type { ReviewGrade } from "./case-review.js";

/** A suspension period (中止): from its first day until the day it was resumed (null: still suspended). */
export interface CasePause {
  from: string;
  until: string | null;
}

export interface CaseDecisionRecord {
  outcome: DecisionOutcome;
  amount: number | null;
  articleId: string | null;
  /** Why the article is not one the case's power rests on (absent in decisions recorded before it was asked). */
  articleReason?: string | null;
  summary: string;
}

@ObjectType({ description: "The decision on a case" })
export class CaseDecision {
  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;
  @Field(() => Float, { nullable: true, description: "Fine or confiscation amount in yuan" })
  amount!: number | null;
  @Field(() => ID, { nullable: true, description: "The article applied" })
  articleId!: string | null;
  @Field(() => String, { nullable: true, description: "The lead's reason for applying an article that the case's power does not rest on; null when the article is one of its bases" })
  articleReason?: string | null;
  @Field()
  summary!: string;
}

@Entity("enforcement_case")
@ObjectType("Case", { description: "A case that involves one or more agencies (跨部门案件)" })
export class EnforcementCase {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;

  @Field({ description: "Readable unique number, e.g. PEI-2026-000123" })
  @Column("text")
  number!: string;

  @Field()
  @Column("text")
  title!: string;

  @Field()
  @Column("text")
  description!: string;

  @Field()
  @Column("text")
  matterCode!: string;

  @Field()
  @Column("text")
  regionCode!: string;

  @Field(() => PowerCategory)
  @Column("text")
  category!: PowerCategory;

  @Field(() => CaseSource)
  @Column("text")
  source!: CaseSource;

  @Field()
  @Column("timestamptz")
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  locationText!: string | null;

  /** Exposed through a field resolver: participants and the chair only. */
  @Column("text", { nullable: true })
  reporterContact!: string | null;

  @Column("text", { nullable: true })
  idempotencyKey!: string | null;

  @Column("text")
  inputHash!: string;

  @Column("text")
  reportedBySub!: string;

  @Column("text")
  reportedByRole!: string;

  @Column("uuid", { nullable: true })
  reportedByAgencyId!: string | null;

  @Field(() => CaseStatus)
  @Column("text")
  status!: CaseStatus;

  /** The status to return to after a suspension or an unanswered referral. */
  @Column("text", { nullable: true })
  resumeStatus!: CaseStatus | null;

  @Column("uuid", { nullable: true })
  leadAgencyId!: string | null;

  /** How the case was routed: candidates, rule, reason. */
  @Column("jsonb")
  route!: CaseRouteRecord;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day it was filed (立案)" })
  @Column("date", { nullable: true })
  filedOn!: string | null;

  @Column("uuid", { nullable: true })
  leadOfficerId!: string | null;

  @Column("uuid", { array: true, default: () => "'{}'" })
  officerIds!: string[];

  @Column("uuid", { nullable: true })
  powerId!: string | null;

  @Field(() => CaseDecision, { nullable: true })
  @Column("jsonb", { nullable: true })
  decision!: CaseDecisionRecord | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column("date", { nullable: true })
  decidedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column("date", { nullable: true })
  executedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column("date", { nullable: true })
  closedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was not filed (不予立案)" })
  @Column("text", { nullable: true })
  dismissalReason!: string | null;

  @Column("jsonb", { default: () => "'[]'" })
  pauses!: CasePause[];

  @Field(() => Int, { description: "Referrals the case was refused; at two it goes to the chair's dispute list" })
  @Column("integer", { default: 0 })
  referralRejections!: number;

  @Column("uuid", { nullable: true })
  operationId!: string | null;

  @Field(() => Int, { description: "Pass it as expectedVersion with every transition" })
  @Column("integer", { default: 1 })
  version!: number;

  @Field({ description: "When it was reported" })
  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  updatedAt!: Date;
}

export interface CaseRouteRecord {
  outcome: "ASSIGNED" | "DISPUTED" | "UNASSIGNED";
  candidateAgencyIds: string[];
  ruleId: string | null;
  reason: string;
}

@ObjectType({ description: "How a case was routed, and why" })
export class CaseRoute {
  @Field(() => CaseStatus, { description: "ASSIGNED, DISPUTED or UNASSIGNED" })
  outcome!: CaseStatus;
  @Field(() => [ID], { description: "Agencies whose active powers cover the matter in the place" })
  candidateAgencyIds!: string[];
  @Field(() => ID, { nullable: true, description: "The joint meeting's routing rule that chose the lead, if any" })
  ruleId!: string | null;
  @Field()
  reason!: string;
}

@Entity("case_participant")
@ObjectType({ description: "An agency's part in a case" })
export class CaseParticipant {
  @PrimaryColumn("uuid")
  caseId!: string;

  @PrimaryColumn("uuid")
  agencyId!: string;

  @Field(() => ParticipantRole)
  @Column("text")
  role!: ParticipantRole;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  since!: Date;
}

@Entity("case_referral")
@ObjectType({ description: "A referral (移送) of a case to another agency" })
export class CaseReferral {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;

  @Column("uuid")
  caseId!: string;

  @Field(() => ReferralKind)
  @Column("text")
  kind!: ReferralKind;

  @Field(() => ID)
  @Column("uuid")
  fromAgencyId!: string;

  @Field(() => ID)
  @Column("uuid")
  toAgencyId!: string;

  @Field()
  @Column("text")
  reason!: string;

  @Field(() => ReferralStatus)
  @Column("text")
  status!: ReferralStatus;

  @Field(() => String, { nullable: true, description: "The target's reason when it answered" })
  @Column("text", { nullable: true })
  answer!: string | null;

  @Field(() => LocalDateResolver)
  @Column("date")
  referredOn!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column("date", { nullable: true })
  answeredOn!: string | null;

  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;
}

@Entity("case_attachment")
@ObjectType({ description: "A file attached to a case; the hub keeps its description, not its content" })
export class CaseAttachment {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;

  @Column("uuid")
  caseId!: string;

  @Field()
  @Column("text")
  name!: string;

  @Field(() => SafeIntResolver, { description: "Size in bytes" })
  @Column("bigint", { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  @Field({ description: "sha-256 of the content, hex" })
  @Column("text")
  sha256!: string;

  @Field({ description: "Who attached it (token subject)" })
  @Column("text")
  addedBy!: string;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;
}

@Entity("case_review")
@ObjectType({ description: "A supervisor's review of a closed case file (案卷评查)" })
export class CaseReview {
  @PrimaryColumn("uuid")
  caseId!: string;

  @Field()
  @Column("text")
  reviewerName!: string;

  @Column("text")
  reviewerSub!: string;

  @Field(() => Float, { description: "Form score, 0 to 20" })
  @Column("numeric", { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  formScore!: number;

  @Field(() => Float, { description: "Content score, 0 to 80" })
  @Column("numeric", { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  contentScore!: number;

  @Field(() => [String], { description: "Veto items the file failed (否决项)" })
  @Column("text", { array: true })
  failedVetoItems!: string[];

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  findings!: string | null;

  @Field(() => Float)
  @Column("numeric", { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  total!: number;

  @Field(() => String)
  @Column("text")
  grade!: ReviewGrade;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  reviewedAt!: Date;

  @Field(() => Int, { description: "1 for the first review; each correction adds one (pass it as expectedRevision to correct again)" })
  @Column("integer", { default: 1 })
  revision!: number;

  @Field(() => String, { nullable: true, description: "Why the supervisor corrected the earlier review; null for a first review" })
  @Column("text", { nullable: true })
  correctionReason!: string | null;
}

@Entity("case_review_history")
@ObjectType({ description: "An earlier version of a case-file review, replaced by a supervisor's correction; kept as it was" })
export class CaseReviewRevision {
  @PrimaryColumn("uuid")
  caseId!: string;
  @Field(() => Int)
  @PrimaryColumn("integer")
  revision!: number;
  @Column("text")
  reviewerSub!: string;
  @Field()
  @Column("text")
  reviewerName!: string;
  @Field(() => Float)
  @Column("numeric", { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  formScore!: number;
  @Field(() => Float)
  @Column("numeric", { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  contentScore!: number;
  @Field(() => [String])
  @Column("text", { array: true })
  failedVetoItems!: string[];
  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  findings!: string | null;
  @Field(() => Float)
  @Column("numeric", { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  total!: number;
  @Field(() => String)
  @Column("text")
  grade!: ReviewGrade;
  @Field()
  @Column("timestamptz")
  reviewedAt!: Date;
  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  correctionReason!: string | null;
  @Field({ description: "When a correction replaced this version" })
  @Column("timestamptz")
  replacedAt!: Date;
  @Column("text")
  replacedBySub!: string;
  @Field({ description: "The supervisor who corrected it" })
  @Column("text")
  replacedByName!: string;
}

