import { AsyncLocalStorage } from "node:async_hooks";
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
 *
 * A write that another write calls (a joint operation's field report reports its cases) joins the
 * enclosing transaction instead of opening its own, so no service needs a second method that takes
 * the caller's EntityManager: the transaction is carried here, not passed by hand.
 */
export class UnitOfWork {
  /** The write this call runs inside, if any: its transaction and the events nested writes add. */
  private readonly enclosing = new AsyncLocalStorage<{ em: EntityManager; nested: NewEvent[] }>();

  constructor(
    /** For reads outside a transaction. */
    readonly dataSource: DataSource,
    private readonly onCommitted: () => void = () => undefined,
    /** Stamps the events' occurredAt. */
    readonly clock: Clock = systemClock,
  ) {}

  /**
   * Runs `work` in one transaction and appends its events. Inside another run it joins that
   * transaction; its events follow the enclosing write's own, which caused them, and are written
   * when (and only if) the enclosing write commits.
   */
  async run<T>(actor: Actor, work: (em: EntityManager) => Promise<Change<T>>): Promise<T> {
    const enclosing = this.enclosing.getStore();
    if (enclosing) {
      const change = await work(enclosing.em);
      enclosing.nested.push(...change.events);
      return change.result;
    }
    let appended = 0;
    const result = await this.dataSource.transaction(async (em) => {
      const scope = { em, nested: [] as NewEvent[] };
      const change = await this.enclosing.run(scope, () => work(em));
      appended = (await appendEvents(em, actor, [...change.events, ...scope.nested], this.clock.now())).length;
      return change.result;
    });
    if (appended) this.onCommitted();
    return result;
  }
}
