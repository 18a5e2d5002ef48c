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
 * A write in progress: its transaction, and the events the writes nested in it add. A write that
 * runs inside another is handed this (`uow.run(actor, work, within)`); it is never looked up from
 * an ambient store, which would cost every promise in the process a hook on Node 20.
 */
export class OpenWrite {
  /** Events of nested writes, written after the enclosing write's own, which caused them. */
  readonly nestedEvents: NewEvent[] = [];
  constructor(readonly em: EntityManager) {}
}

/**
 * The only way services write. A change and its events commit in one transaction; the type makes
 * a service say which events a write produces, so none can forget them. After commit the
 * instance's event reader is woken; other instances are woken by the NOTIFY sent at commit.
 *
 * A write that another write calls (a joint operation's field report reports its cases) joins the
 * enclosing transaction instead of opening its own: the enclosing write passes its `OpenWrite`
 * along, and the nested write hands it to `run`, so neither needs a second method that takes an
 * EntityManager.
 */
export class UnitOfWork {
  constructor(
    /** For reads outside a transaction. */
    readonly dataSource: DataSource,
    private readonly onCommitted: () => void = () => undefined,
    /** Stamps the events' occurredAt. */
    readonly clock: Clock = systemClock,
  ) {}

  /**
   * Runs `work` in one transaction and appends its events. Given the write it runs `within`, it
   * joins that transaction; its events follow the enclosing write's own and are written when (and
   * only if) the enclosing write commits.
   */
  async run<T>(actor: Actor, work: (em: EntityManager, write: OpenWrite) => Promise<Change<T>>, within?: OpenWrite): Promise<T> {
    if (within) {
      const change = await work(within.em, within);
      within.nestedEvents.push(...change.events);
      return change.result;
    }
    let appended = 0;
    const result = await this.dataSource.transaction(async (em) => {
      const write = new OpenWrite(em);
      const change = await work(em, write);
      appended = (await appendEvents(em, actor, [...change.events, ...write.nestedEvents], this.clock.now())).length;
      return change.result;
    });
    if (appended) this.onCommitted();
    return result;
  }
}
