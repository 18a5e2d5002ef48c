import type { EntityManager } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { rowsWhereIn } from "../../platform/db/rows-where-in.js";
import { updateVersioned } from "../../platform/db/versioned-update.js";
import type { NewEvent } from "../../platform/events/topics.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { BadInputError, ErrorCode, HubError, NotFoundError } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import type { Clock } from "../../platform/time.js";
import { FollowUpTask, TaskStatus } from "./meeting.entity.js";
import type { FollowUpTasksArgs } from "./meeting.inputs.js";
import { taskEvent } from "./meeting-events.js";

/**
 * Follow-up tasks (督办事项): assigned by a decision, completed by their assignee, and put on the next
 * agenda when overdue. Kept apart from the meeting itself because they outlive it.
 */
export class FollowUpTasks {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly clock: Clock,
  ) {}

  /** Creates a decision's tasks in its transaction; the assignees are told. */
  async assign(em: EntityManager, meetingId: string, decisionId: string, tasks: { assigneeAgencyId: string; description: string; dueOn: string }[]): Promise<{ tasks: FollowUpTask[]; events: NewEvent[] }> {
    const created: FollowUpTask[] = [];
    for (const t of tasks) {
      const inserted = await em.getRepository(FollowUpTask).insert({
        meetingId,
        decisionId,
        assigneeAgencyId: t.assigneeAgencyId,
        description: t.description.trim(),
        dueOn: t.dueOn,
        status: TaskStatus.OPEN,
      });
      created.push(await em.getRepository(FollowUpTask).findOneByOrFail({ id: inserted.identifiers[0].id as string }));
    }
    return { tasks: created, events: created.map((t) => taskEvent("FollowUpTaskAssigned", t)) };
  }

  /** Open tasks past their due date (for the agenda). */
  overdueIn(em: EntityManager): Promise<FollowUpTask[]> {
    return em
      .getRepository(FollowUpTask)
      .createQueryBuilder("t")
      .where("t.status = :open AND t.due_on < :today", { open: TaskStatus.OPEN, today: this.clock.today() })
      .orderBy("t.due_on", "ASC")
      .getMany();
  }

  /** The assignee marks its task done, with a note. */
  async complete(actor: Actor, taskId: string, expectedVersion: number, note: string): Promise<FollowUpTask> {
    this.access.require(actor, Permission.CompleteTasks);
    return this.uow.run(actor, async (em) => {
      const task = isUuid(taskId) ? await em.getRepository(FollowUpTask).findOneBy({ id: taskId }) : null;
      if (!task || task.assigneeAgencyId !== actor.agencyId) throw new NotFoundError("FollowUpTask", taskId);
      if (task.status !== TaskStatus.OPEN) throw new HubError(ErrorCode.InvalidTransition, `The task is already ${task.status}`, { from: task.status, allowed: [] });
      if (!note.trim()) throw BadInputError.field("note", "say what was done");
      await updateVersioned(em, FollowUpTask, task.id, expectedVersion, { status: TaskStatus.DONE, completionNote: note.trim(), completedAt: this.clock.now() }, "The task");
      const done = await em.getRepository(FollowUpTask).findOneByOrFail({ id: task.id });
      return { result: done, events: [taskEvent("FollowUpTaskCompleted", done)] };
    });
  }

  /** Tasks an actor may see: an agency its own, the chair and supervisors all. */
  async list(actor: Actor, args: FollowUpTasksArgs): Promise<FollowUpTask[]> {
    this.access.require(actor, Permission.ReadMeetings);
    const qb = this.uow.dataSource.getRepository(FollowUpTask).createQueryBuilder("t").orderBy("t.due_on", "ASC");
    if (actor.agencyId) qb.andWhere("t.assignee_agency_id = :me", { me: actor.agencyId });
    if (args.assigneeAgencyId) qb.andWhere("t.assignee_agency_id = :assignee", { assignee: isUuid(args.assigneeAgencyId) ? args.assigneeAgencyId : null });
    if (args.status?.length) qb.andWhere("t.status IN (:...statuses)", { statuses: args.status });
    if (args.overdue) qb.andWhere("t.status = :open AND t.due_on < :today", { open: TaskStatus.OPEN, today: this.clock.today() });
    return qb.getMany();
  }

  ofMeetings(meetingIds: readonly string[]): Promise<FollowUpTask[]> {
    return rowsWhereIn(this.uow.dataSource.manager, FollowUpTask, "meetingId", meetingIds, { dueOn: "ASC" });
  }
}
