import type { EntityManager, EntityTarget, FindOptionsWhere } from "typeorm";
import { ConflictError, ErrorCode, HubError } from "../graphql/errors.js";
import { updateVersioned } from "./versioned-update.js";

/**
 * INVALID_TRANSITION: the action cannot start from the record's state. `allowed` (also in
 * `extensions.allowed`) names the actions that can, so a client can offer them instead.
 */
export class InvalidTransitionError extends HubError {
  constructor(
    readonly from: string,
    readonly action: string,
    readonly allowed: readonly string[],
    message: string,
  ) {
    super(ErrorCode.InvalidTransition, message, { from, action, allowed: [...allowed] });
  }
}

/**
 * One aggregate's lifecycle as data a reader sees in one place: for each action, the states it may
 * start from (see case-transitions.ts, meeting-transitions.ts, operation-transitions.ts).
 */
export class StateMachine<S extends string, A extends string> {
  constructor(
    /** The aggregate as messages name it, e.g. "case". */
    readonly noun: string,
    readonly transitions: Readonly<Record<A, readonly S[]>>,
  ) {}

  /** The actions open to a record in this state, in the table's order. */
  allowedFrom(state: S): A[] {
    return (Object.keys(this.transitions) as A[]).filter((action) => this.transitions[action].includes(state));
  }

  /** INVALID_TRANSITION naming what is allowed, unless `action` may start from `state`. */
  require(state: S, action: A): void {
    if (this.transitions[action].includes(state)) return;
    const allowed = this.allowedFrom(state);
    const said = action.toLowerCase().replaceAll("_", " ");
    throw new InvalidTransitionError(state, action, allowed, `A ${state} ${this.noun} cannot ${said}; allowed now: ${allowed.join(", ") || "nothing"}`);
  }
}

/** A record a StateMachine governs, written with optimistic concurrency. */
export interface StatefulRecord<S extends string> {
  id: string;
  version: number;
  status: S;
}

/** One state change of one record, as its service states it. */
export interface StateChange<T, A extends string, P extends { changes: Partial<T> }> {
  action: A;
  /** The version the caller read; anything else is CONFLICT. */
  expectedVersion: number;
  /** The record as messages name it, e.g. "Case PEI-2026-000001". */
  describe: string;
  /** The caller's right to take this step, checked after the version and before the state. */
  authorize?: () => void;
  /** What the step writes (and anything else the caller needs afterwards); input refusals are thrown here. */
  plan: () => Promise<P>;
}

/**
 * The one way cases, meetings and operations change state, inside the caller's transaction:
 * CONFLICT for a stale version (whatever the step: the caller acted on a record that has moved on),
 * then the caller's authorization, INVALID_TRANSITION from the wrong state, the plan, and the
 * change written with the next version and read back. The caller writes the event.
 */
export async function changeState<S extends string, A extends string, T extends StatefulRecord<S>, P extends { changes: Partial<T> }>(
  em: EntityManager,
  target: EntityTarget<T>,
  machine: StateMachine<S, A>,
  record: T,
  change: StateChange<T, A, P>,
): Promise<{ updated: T; planned: P }> {
  if (record.version !== change.expectedVersion) {
    throw new ConflictError(`${change.describe} has changed since version ${change.expectedVersion} (now ${record.version}, ${record.status}); read it again`, {
      currentVersion: record.version,
    });
  }
  change.authorize?.();
  machine.require(record.status, change.action);
  const planned = await change.plan();
  await updateVersioned(em, target, record.id, change.expectedVersion, planned.changes, change.describe);
  const byId: FindOptionsWhere<StatefulRecord<S>> = { id: record.id };
  const updated = await em.getRepository(target).findOneByOrFail(byId as FindOptionsWhere<T>);
  return { updated, planned };
}
