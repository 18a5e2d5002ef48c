import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../auth/actor.js";
import { systemClock, type Clock } from "../time.js";
import { appendEvents } from "./event-log.js";
import type { NewEvent } from "./topics.js";

/** What a write returns: its result and the events that record it. Both or neither are kept. */
export interface Change<T> {
  result: T;
  events: NewEvent[];
}

/**
 * The only way services write. A change and its events commit in one transaction; the type makes
 * a service say which events a write produces, so none can forget them. After commit the
 * instance's event reader is woken; other instances are woken by the NOTIFY sent at commit.
 */
export class UnitOfWork {
  constructor(
    /** For reads outside a transaction. */
    readonly dataSource: DataSource,
    private readonly onCommitted: () => void = () => undefined,
    /** Stamps the events' occurredAt. */
    readonly clock: Clock = systemClock,
  ) {}

  async run<T>(actor: Actor, work: (em: EntityManager) => Promise<Change<T>>): Promise<T> {
    let appended = 0;
    const result = await this.dataSource.transaction(async (em) => {
      const change = await work(em);
      appended = (await appendEvents(em, actor, change.events, this.clock.now())).length;
      return change.result;
    });
    if (appended) this.onCommitted();
    return result;
  }
}
