import type { EntityManager } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { rowsWhereIn } from "../../platform/db/rows-where-in.js";
import { changeState } from "../../platform/db/state-machine.js";
import type { NewEvent } from "../../platform/events/topics.js";
import { eventOf, type PayloadOf } from "../../platform/events/event-catalogue.js";
import { OPERATION_EVENTS, type OpenedCase } from "./operation.events.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import { BadInputError, ForbiddenError, nullWhenNotFound, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { countyDate, type Clock } from "../../platform/time.js";
import type { AgencyService } from "../agencies/agency.service.js";
import { CaseSource } from "../cases/case-enums.js";
import type { CaseRoutingService } from "../cases/case-routing.service.js";
import type { MatterService } from "../matters/matter.service.js";
import type { MeetingService } from "../meetings/meeting.service.js";
import type { OfficerService } from "../officers/officer.service.js";
import type { RegionService } from "../regions/region.service.js";
import { FieldReport, JointOperation, OperationAssignment, OperationParticipant, OperationStatus } from "./operation.entity.js";
import type { AssignmentInput, FieldReportInput, LaunchOperationInput, OperationsArgs } from "./operation.inputs.js";
import { OPERATION_LIFECYCLE, OPERATION_STEPS, type OperationStep } from "./operation-transitions.js";

const S = OperationStatus;

/**
 * Joint operations (联合执法行动), launched on demand by the chair or by the lead agency a joint
 * meeting's JOINT_ENFORCEMENT decision named, followed live by the chair, supervisors and the
 * participating agencies only.
 */
export class OperationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly agencies: AgencyService,
    private readonly officers: OfficerService,
    private readonly regions: RegionService,
    private readonly matters: MatterService,
    private readonly caseRouting: CaseRoutingService,
    private readonly meetings: MeetingService,
    private readonly clock: Clock,
  ) {}

  async launch(actor: Actor, input: LaunchOperationInput): Promise<JointOperation> {
    this.access.require(actor, Permission.LaunchOperations);
    return this.uow.run(actor, async (em) => {
      // The chair launches any operation; an agency only one a JOINT_ENFORCEMENT decision gave it to lead.
      if (!this.access.allows(actor, Permission.RunOperations)) {
        const decision = input.decisionId ? await this.meetings.jointEnforcementDecision(em, input.decisionId) : null;
        const named = (decision?.details as { leadAgencyId?: string } | undefined)?.leadAgencyId === actor.agencyId;
        if (!named || input.leadAgencyId !== actor.agencyId) {
          throw new ForbiddenError("An agency launches a joint operation only as the lead a JOINT_ENFORCEMENT decision named");
        }
      }
      const problems: FieldProblem[] = [];
      if (input.endsAt <= input.startsAt) problems.push({ path: "endsAt", message: "ends before it starts" });
      if (!input.participants.some((p) => p.agencyId === input.leadAgencyId)) problems.push({ path: "participants", message: "must include the lead agency" });
      const ids = input.participants.map((p) => p.agencyId);
      if (new Set(ids).size !== ids.length) problems.push({ path: "participants", message: "names an agency twice" });
      const known = new Set((await this.agencies.byIds(ids, em)).map((a) => a.id));
      const day = countyDate(input.startsAt);
      for (const [i, p] of input.participants.entries()) {
        if (!known.has(p.agencyId)) {
          problems.push({ path: `participants.${i}.agencyId`, message: `no agency has id ${p.agencyId}` });
          continue;
        }
        const certified = (await this.officers.certifiedAmong(em, p.officerIds, day)).filter((o) => o.agencyId === p.agencyId);
        if (certified.length === 0) problems.push({ path: `participants.${i}.officerIds`, message: `no officer of this agency certified on ${day} is named` });
      }
      const matters = await this.matters.existingCodes(em, input.matterCodes);
      input.matterCodes.forEach((c, i) => matters.has(c) || problems.push({ path: `matterCodes.${i}`, message: `no matter has code ${c}` }));
      const paths = await this.regions.pathsByCode(em);
      input.regionCodes.forEach((c, i) => paths.has(c) || problems.push({ path: `regionCodes.${i}`, message: `no region has code ${c}` }));
      if (input.decisionId && !(await this.meetings.jointEnforcementDecision(em, input.decisionId))) {
        problems.push({ path: "decisionId", message: "is not a JOINT_ENFORCEMENT decision" });
      }
      if (problems.length) throw new BadInputError(problems);
      const inserted = await em.getRepository(JointOperation).insert({
        title: input.title.trim(),
        leadAgencyId: input.leadAgencyId,
        status: S.PLANNED,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        regionCodes: [...new Set(input.regionCodes)],
        matterCodes: [...new Set(input.matterCodes)],
        objectives: input.objectives.trim(),
        decisionId: input.decisionId ?? null,
      });
      const op = await em.getRepository(JointOperation).findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await em.getRepository(OperationParticipant).insert(
        input.participants.map((p) => ({ operationId: op.id, agencyId: p.agencyId, headcount: p.headcount, officerIds: [...new Set(p.officerIds)] })),
      );
      return { result: op, events: [operationEvent("OperationLaunched", op, ids, { leadAgencyId: op.leadAgencyId, startsAt: op.startsAt, endsAt: op.endsAt })] };
    });
  }

  /** A step of the flow (chair or lead agency): wrong state → INVALID_TRANSITION; stale version → CONFLICT. */
  async step(actor: Actor, operationId: string, expectedVersion: number, step: OperationStep, text?: string): Promise<JointOperation> {
    return this.uow.run(actor, async (em) => {
      const { op, participants } = await this.visibleOperation(em, actor, operationId);
      this.requireRunner(actor, op);
      const { updated } = await changeState(em, JointOperation, OPERATION_LIFECYCLE, op, {
        action: step,
        expectedVersion,
        describe: `Operation ${op.title}`,
        plan: async () => {
          if ((step === "complete" || step === "cancel") && !text?.trim()) {
            throw BadInputError.field(step === "complete" ? "afterActionNote" : "reason", "is required");
          }
          const changes: Partial<JointOperation> = { status: OPERATION_STEPS[step].to };
          if (step === "complete") changes.afterActionNote = text!.trim();
          if (step === "cancel") changes.cancelReason = text!.trim();
          return { changes };
        },
      });
      return { result: updated, events: [operationEvent(OPERATION_STEPS[step].type, updated, participants.map((p) => p.agencyId), { status: updated.status, ...(text ? { note: text.trim() } : {}) })] };
    });
  }

  /** Sets an agency's assignment until the operation is active (chair or lead agency). */
  async assign(actor: Actor, input: AssignmentInput): Promise<OperationAssignment> {
    return this.uow.run(actor, async (em) => {
      const { op, participants } = await this.visibleOperation(em, actor, input.operationId);
      this.requireRunner(actor, op);
      OPERATION_LIFECYCLE.require(op.status, "assign");
      const participant = participants.find((p) => p.agencyId === input.agencyId);
      if (!participant) throw BadInputError.field("agencyId", "does not take part in this operation");
      const strangers = input.officerIds.filter((id) => !participant.officerIds.includes(id));
      if (strangers.length) throw BadInputError.field("officerIds", `are not among the officers this agency sends: ${strangers.join(", ")}`);
      await em.query(
        `INSERT INTO operation_assignment (operation_id, agency_id, task, location, officer_ids, notes) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (operation_id, agency_id) DO UPDATE SET task = EXCLUDED.task, location = EXCLUDED.location, officer_ids = EXCLUDED.officer_ids, notes = EXCLUDED.notes, updated_at = now()`,
        [op.id, input.agencyId, input.task.trim(), input.location.trim(), input.officerIds, input.notes?.trim() || null],
      );
      const assignment = await em.getRepository(OperationAssignment).findOneByOrFail({ operationId: op.id, agencyId: input.agencyId });
      return {
        result: assignment,
        events: [operationEvent("AssignmentSet", op, participants.map((p) => p.agencyId), { agencyId: input.agencyId, task: assignment.task, location: assignment.location })],
      };
    });
  }

  /** A participating agency reports from the field while the operation is active; cases found are reported and routed as usual. */
  async fileReport(actor: Actor, input: FieldReportInput): Promise<FieldReport> {
    this.access.require(actor, Permission.TakePartInOperations);
    return this.uow.run(actor, async (em, write) => {
      const { op, participants } = await this.visibleOperation(em, actor, input.operationId);
      if (!participants.some((p) => p.agencyId === actor.agencyId)) throw new ForbiddenError("Only a participating agency files field reports");
      OPERATION_LIFECYCLE.require(op.status, "report");
      const caseIds: string[] = [];
      /** What a live follower needs to find each case opened: its number, what it is and where it went. */
      const opened: OpenedCase[] = [];
      for (const [i, spot] of input.cases.entries()) {
        try {
          // The case joins this transaction; its CaseReported event follows FieldReportFiled.
          const { case: c } = await this.caseRouting.report(
            actor,
            { ...spot, source: CaseSource.JOINT_OPERATION, occurredAt: this.clock.now() },
            { operationId: op.id, within: write },
          );
          caseIds.push(c.id);
          opened.push({ id: c.id, number: c.number, title: c.title, matterCode: c.matterCode, regionCode: c.regionCode, status: c.status, leadAgencyId: c.leadAgencyId });
        } catch (error) {
          if (error instanceof BadInputError) throw new BadInputError(error.problems.map((p) => ({ ...p, path: `cases.${i}.${p.path}` })));
          throw error;
        }
      }
      const inserted = await em.getRepository(FieldReport).insert({
        operationId: op.id,
        agencyId: actor.agencyId!,
        sitesInspected: input.sitesInspected,
        violationsFound: input.violationsFound,
        notes: input.notes?.trim() || null,
        caseIds,
        filedBy: actor.sub,
        createdAt: this.clock.now(),
      });
      const report = await em.getRepository(FieldReport).findOneByOrFail({ id: inserted.identifiers[0].id as string });
      const filed = operationEvent("FieldReportFiled", op, participants.map((p) => p.agencyId), {
        agencyId: actor.agencyId,
        sitesInspected: report.sitesInspected,
        violationsFound: report.violationsFound,
        casesOpened: caseIds.length,
        cases: opened,
        note: report.notes,
      });
      return { result: report, events: [filed] };
    });
  }

  // ------------------------------------------------------------- reading

  async list(actor: Actor, args: OperationsArgs): Promise<Page<JointOperation>> {
    const qb = this.access.restrictRecords(actor, Permission.ReadOperations, this.uow.dataSource.getRepository(JointOperation).createQueryBuilder("o"), "o");
    if (args.agencyId) qb.andWhere("EXISTS (SELECT 1 FROM operation_participant q WHERE q.operation_id = o.id AND q.agency_id = :agency)", { agency: isUuid(args.agencyId) ? args.agencyId : null });
    if (args.status?.length) qb.andWhere("o.status IN (:...statuses)", { statuses: args.status });
    return paginate(qb, args, [
      { sql: "o.starts_at", of: (o) => o.startsAt.toISOString() },
      { sql: "o.id", of: (o) => o.id },
    ]);
  }

  async get(actor: Actor, id: string): Promise<JointOperation | null> {
    return nullWhenNotFound(this.visibleOperation(this.uow.dataSource.manager, actor, id).then((visible) => visible.op));
  }

  /** PLANNED operations, for a joint meeting's agenda (proposed operations). */
  plannedIn(em: EntityManager): Promise<JointOperation[]> {
    return em.getRepository(JointOperation).find({ where: { status: S.PLANNED }, order: { startsAt: "ASC" } });
  }

  participantsOf(ids: readonly string[]) {
    return rowsWhereIn(this.uow.dataSource.manager, OperationParticipant, "operationId", ids);
  }
  assignmentsOf(ids: readonly string[]) {
    return rowsWhereIn(this.uow.dataSource.manager, OperationAssignment, "operationId", ids, { updatedAt: "ASC" });
  }
  reportsOf(ids: readonly string[]) {
    return rowsWhereIn(this.uow.dataSource.manager, FieldReport, "operationId", ids, { createdAt: "ASC" });
  }

  /** The operation and its participants, once the access gate has found that the actor may read it (NOT_FOUND otherwise). */
  private async visibleOperation(em: EntityManager, actor: Actor, id: string) {
    await this.access.requireIds(actor, Permission.ReadOperations, [id], em);
    const op = await em.getRepository(JointOperation).findOneByOrFail({ id });
    const participants = await em.getRepository(OperationParticipant).findBy({ operationId: op.id });
    return { op, participants };
  }

  private requireRunner(actor: Actor, op: JointOperation): void {
    if (this.access.allows(actor, Permission.RunOperations)) return;
    if (actor.agencyId && actor.agencyId === op.leadAgencyId) return;
    throw new ForbiddenError("Only the chair and the lead agency steer an operation");
  }
}

/** Operation events reach the participating agencies, the chair and supervisors only. */
function operationEvent<K extends keyof typeof OPERATION_EVENTS>(type: K, op: JointOperation, agencyIds: string[], payload: Omit<PayloadOf<K>, "title">): NewEvent {
  return eventOf<K, { title: string }>(OPERATION_EVENTS, type, { subjectIds: [op.id], agencyIds: [...new Set(agencyIds)] }, payload, { title: op.title });
}
