import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from "type-graphql";
import type { RequestContext, SubscribeData } from "../../context.js";
import { Permission } from "../../platform/auth/access-gate.js";
import { HubEvent } from "../../platform/events/hub-event.entity.js";
import { Connection, type Page } from "../../platform/graphql/connection.js";
import { NotFoundError } from "../../platform/graphql/errors.js";
import { present } from "../../platform/graphql/loaders.js";
import { countyDateTimeText, nameOrCode } from "../../platform/text/county-text.js";
import { Agency } from "../agencies/agency.entity.js";
import { CaseStatus } from "../cases/case-enums.js";
import { EnforcementCase } from "../cases/case.entity.js";
import { TimelineEntry, toTimelineEntry } from "../events/event.types.js";
import { Officer } from "../officers/officer.entity.js";
import { FieldReport, JointOperation, OperationAssignment, OperationParticipant } from "./operation.entity.js";
import { AssignmentInput, FieldReportInput, LaunchOperationInput, OperationsArgs } from "./operation.inputs.js";

@ObjectType({ description: "A page of operations, by start time" })
export class OperationConnection extends Connection(JointOperation, "JointOperation") {}

@ObjectType({ description: "One agency's totals in an operation" })
export class AgencyOperationTotals {
  @Field(() => Agency)
  agency!: Agency;
  @Field(() => Int)
  reports!: number;
  @Field(() => Int)
  sitesInspected!: number;
  @Field(() => Int)
  violationsFound!: number;
  @Field(() => Int)
  casesOpened!: number;
}

@ObjectType({ description: "Cases an operation opened on one matter" })
export class MatterOperationTotals {
  @Field()
  matterCode!: string;
  @Field({ description: "The matter's Chinese name, e.g. 占道经营食品摊贩 (its code if the matter is gone)" })
  matterName!: string;
  @Field(() => Int)
  cases!: number;
}

@ObjectType({ description: "How many of the operation's cases are in a status" })
export class CaseStatusCount {
  @Field(() => CaseStatus)
  status!: CaseStatus;
  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "An operation's results: totals per agency and matter, its cases' states, the after-action note" })
export class OperationSummary {
  @Field(() => [AgencyOperationTotals])
  perAgency!: AgencyOperationTotals[];
  @Field(() => [MatterOperationTotals])
  perMatter!: MatterOperationTotals[];
  @Field(() => [CaseStatusCount])
  casesByStatus!: CaseStatusCount[];
  @Field(() => String, { nullable: true })
  afterActionNote!: string | null;
}

@Resolver(() => JointOperation)
export class OperationResolver {
  @Mutation(() => JointOperation, { description: "Launches a joint operation (the chair; or the lead agency a JOINT_ENFORCEMENT decision named)" })
  launchOperation(@Ctx() ctx: RequestContext, @Arg("input", () => LaunchOperationInput) input: LaunchOperationInput) {
    return ctx.services.operations.launch(ctx.actor, input);
  }

  @Mutation(() => JointOperation, { description: "PLANNED → BRIEFED (chair or lead agency)" })
  briefOperation(@Ctx() ctx: RequestContext, @Arg("operationId", () => ID) id: string, @Arg("expectedVersion", () => Int) v: number) {
    return ctx.services.operations.step(ctx.actor, id, v, "brief");
  }

  @Mutation(() => JointOperation, { description: "BRIEFED → ACTIVE: teams on the ground (chair or lead agency)" })
  activateOperation(@Ctx() ctx: RequestContext, @Arg("operationId", () => ID) id: string, @Arg("expectedVersion", () => Int) v: number) {
    return ctx.services.operations.step(ctx.actor, id, v, "activate");
  }

  @Mutation(() => JointOperation, { description: "ACTIVE → COMPLETED with the after-action note (chair or lead agency)" })
  completeOperation(
    @Ctx() ctx: RequestContext,
    @Arg("operationId", () => ID) id: string,
    @Arg("expectedVersion", () => Int) v: number,
    @Arg("afterActionNote", () => String) note: string,
  ) {
    return ctx.services.operations.step(ctx.actor, id, v, "complete", note);
  }

  @Mutation(() => JointOperation, { description: "Calls the operation off, with the reason (chair or lead agency)" })
  cancelOperation(@Ctx() ctx: RequestContext, @Arg("operationId", () => ID) id: string, @Arg("expectedVersion", () => Int) v: number, @Arg("reason", () => String) reason: string) {
    return ctx.services.operations.step(ctx.actor, id, v, "cancel", reason);
  }

  @Mutation(() => OperationAssignment, { description: "Sets an agency's assignment (what, where, who) until the operation is active (chair or lead agency)" })
  setAssignment(@Ctx() ctx: RequestContext, @Arg("input", () => AssignmentInput) input: AssignmentInput) {
    return ctx.services.operations.assign(ctx.actor, input);
  }

  @Mutation(() => FieldReport, { description: "Files a field report while the operation is active (a participating agency); cases found are reported and routed as usual" })
  fileFieldReport(@Ctx() ctx: RequestContext, @Arg("input", () => FieldReportInput) input: FieldReportInput) {
    return ctx.services.operations.fileReport(ctx.actor, input);
  }

  @Query(() => OperationConnection, { description: "Operations you may see (an agency: those it takes part in)" })
  operations(@Ctx() ctx: RequestContext, @Args(() => OperationsArgs) args: OperationsArgs): Promise<Page<JointOperation>> {
    return ctx.services.operations.list(ctx.actor, args);
  }

  @Query(() => JointOperation, { nullable: true })
  operation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.operations.get(ctx.actor, id);
  }

  @Subscription(() => HubEvent, {
    description: "Every change and report of one operation, for the chair, supervisors and participating agencies: first what you missed after `after`, then live",
    subscribe: async ({ args, context }: SubscribeData<{ operationId: string; after?: string }>) => {
      const op = await context.services.operations.get(context.actor, args.operationId);
      if (!op) throw new NotFoundError("Operation", args.operationId);
      // Asked again before every event, as for a case: a reader that may no longer see the operation stops receiving it.
      const recheck = () => context.services.access.requireIds(context.actor, Permission.ReadOperations, [op.id]);
      return context.services.events.subjectEvents(context.actor, "operationEvents", op.id, args.after ?? undefined, { recheck });
    },
  })
  operationEvents(
    @Root() event: HubEvent,
    @Arg("operationId", () => ID, { validate: false }) _operationId: string,
    @Arg("after", () => String, { nullable: true, description: "The last cursor you saw", validate: false }) _after?: string,
  ): HubEvent {
    return event;
  }

  @FieldResolver(() => Agency)
  async lead(@Root() op: JointOperation, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.agencyById.load(op.leadAgencyId))!;
  }

  @FieldResolver(() => [OperationParticipant])
  participants(@Root() op: JointOperation, @Ctx() ctx: RequestContext) {
    return ctx.loaders.operationParticipants.load(op.id);
  }

  @FieldResolver(() => [OperationAssignment])
  assignments(@Root() op: JointOperation, @Ctx() ctx: RequestContext) {
    return ctx.loaders.operationAssignments.load(op.id);
  }

  @FieldResolver(() => [FieldReport])
  reports(@Root() op: JointOperation, @Ctx() ctx: RequestContext) {
    return ctx.loaders.operationReports.load(op.id);
  }

  @FieldResolver(() => [EnforcementCase], { description: "Cases opened during the operation (those you may see)" })
  async cases(@Root() op: JointOperation, @Ctx() ctx: RequestContext): Promise<EnforcementCase[]> {
    const all = await ctx.loaders.operationCases.load(op.id);
    const participants = await ctx.loaders.caseParticipants.loadMany(all.map((c) => c.id));
    return all.filter((c, i) =>
      ctx.services.access.allowsRecord(ctx.actor, Permission.ReadCases, { agencyIds: (participants[i] as { agencyId: string }[]).map((p) => p.agencyId), reportedBySub: c.reportedBySub }),
    );
  }

  @FieldResolver(() => String, { description: "When it runs, in county time as people write it, e.g. 2026年11月27日 09:00 至 2026年11月27日 17:00 (startsAt and endsAt stay for machines)" })
  periodText(@Root() op: JointOperation): string {
    return `${countyDateTimeText(op.startsAt)} 至 ${countyDateTimeText(op.endsAt)}`;
  }

  @FieldResolver(() => OperationSummary)
  async summary(@Root() op: JointOperation, @Ctx() ctx: RequestContext): Promise<OperationSummary> {
    const count = <K extends string>(keys: K[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>())];
    const [reports, participants, cases] = await Promise.all([
      ctx.loaders.operationReports.load(op.id),
      ctx.loaders.operationParticipants.load(op.id),
      ctx.loaders.operationCases.load(op.id),
    ]);
    const agencies = await ctx.loaders.agencyById.loadMany(participants.map((p) => p.agencyId));
    const perMatter = count(cases.map((c) => c.matterCode));
    const matters = await ctx.loaders.matterByCode.loadMany(perMatter.map(([code]) => code));
    const perAgency = participants.map((p, i) => {
      const mine = reports.filter((r) => r.agencyId === p.agencyId);
      return {
        agency: agencies[i] as Agency,
        reports: mine.length,
        sitesInspected: mine.reduce((n, r) => n + r.sitesInspected, 0),
        violationsFound: mine.reduce((n, r) => n + r.violationsFound, 0),
        casesOpened: mine.reduce((n, r) => n + r.caseIds.length, 0),
      };
    });
    return {
      perAgency,
      perMatter: perMatter.map(([matterCode, n], i) => ({ matterCode, matterName: nameOrCode((matters[i] as { name?: string } | null)?.name, matterCode), cases: n })),
      casesByStatus: count(cases.map((c) => c.status)).map(([status, n]) => ({ status, count: n })),
      afterActionNote: op.afterActionNote,
    };
  }

  @FieldResolver(() => [TimelineEntry], { description: "An agency's activity log in the operation (like an ICS 214), from the event log" })
  async activityLog(@Root() op: JointOperation, @Ctx() ctx: RequestContext, @Arg("agencyId", () => ID) agencyId: string): Promise<TimelineEntry[]> {
    const events = await ctx.loaders.eventsBySubject.load(op.id);
    return events.filter((e) => e.actorAgencyId === agencyId || e.payload.agencyId === agencyId).map((e) => toTimelineEntry(e, ctx.services.eventCatalogue));
  }
}

@Resolver(() => OperationParticipant)
export class OperationParticipantResolver {
  @FieldResolver(() => Agency)
  async agency(@Root() p: OperationParticipant, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.agencyById.load(p.agencyId))!;
  }

  @FieldResolver(() => [Officer], { description: "The named officers (those you may see)" })
  async officers(@Root() p: OperationParticipant, @Ctx() ctx: RequestContext) {
    const all = present(await ctx.loaders.officerById.loadMany(p.officerIds));
    return all.filter((o) => ctx.services.access.allows(ctx.actor, Permission.ReadOfficers, { agencyIds: [o.agencyId] }));
  }
}

@Resolver(() => OperationAssignment)
export class OperationAssignmentResolver {
  @FieldResolver(() => Agency)
  async agency(@Root() a: OperationAssignment, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.agencyById.load(a.agencyId))!;
  }
}

@Resolver(() => FieldReport)
export class FieldReportResolver {
  @FieldResolver(() => Agency)
  async agency(@Root() r: FieldReport, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.agencyById.load(r.agencyId))!;
  }
}
