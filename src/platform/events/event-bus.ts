import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import pg from "pg";
import type { DataSource } from "typeorm";
import type { Logger } from "../logger.js";
import { NOTIFY_CHANNEL } from "./event-log.js";
import { HubEvent } from "./hub-event.entity.js";
import { LiveGroup, type FeedRules, type LiveMember } from "./live-group.js";

/** A live listener: the bus asks `accepts` (filter and access gate) before it delivers. */
export interface Subscriber {
  accepts(event: HubEvent): boolean;
  deliver(event: HubEvent): void;
}

export interface EventBusOptions {
  /** PostgreSQL URL for LISTEN; absent on embedded PGlite, where every writer is in this process. */
  listenUrl?: string;
  /** How often to look at the log even without a wake-up, so a lost NOTIFY only delays. */
  pollMs?: number;
  /** How many (event × subscriber) checks, or members a group hands one event, run before yielding to other work. */
  sliceSize?: number;
  /** Rows read from the log at a time. */
  batchSize?: number;
  /** Subscriptions that may replay the log at once; the others wait their turn (FIFO). */
  maxConcurrentReplays?: number;
}

/**
 * One reader per hub instance. Woken by this instance's commits and by other instances' NOTIFY
 * (which carries only the new cursor), it reads the new events from the log once and fans them
 * out in memory to every subscriber, in cursor order. The fan-out yields every `sliceSize`
 * deliveries, so queries, mutations and WebSocket pongs are served while a burst drains.
 */
export class EventBus {
  private readonly subscribers = new Set<Subscriber>();
  private readonly groups = new Map<string, LiveGroup>();
  private lastCursor = 0n;
  private reading = false;
  private readAgain = false;
  private listener?: pg.Client;
  private poll?: NodeJS.Timeout;
  private idle: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly options: Required<Omit<EventBusOptions, "listenUrl">> & Pick<EventBusOptions, "listenUrl">;
  private replaying = 0;
  private readonly replayQueue: (() => void)[] = [];

  constructor(
    readonly dataSource: DataSource,
    private readonly log: Logger,
    options: EventBusOptions = {},
  ) {
    // Small slices: a transaction holding the event-log head lock waits at most one slice per round
    // trip, so writers are not starved while a burst fans out.
    this.options = { pollMs: 2000, sliceSize: 64, batchSize: 500, maxConcurrentReplays: 4, ...options };
  }

  /**
   * Waits for one of the instance's replay slots and answers its release. A hundred subscribers
   * resuming from the start of the log then read it a few at a time instead of all at once, so
   * queries and the health check keep being answered.
   */
  async replaySlot(): Promise<() => void> {
    if (this.replaying >= this.options.maxConcurrentReplays) await new Promise<void>((resolve) => this.replayQueue.push(resolve));
    else this.replaying++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.replayQueue.shift();
      if (next) next(); // the slot passes on without being freed
      else this.replaying--;
    };
  }

  /** Starts after the newest committed event: subscribers replay anything older from the log. */
  async start(): Promise<void> {
    const [head] = await this.dataSource.query(`SELECT cursor FROM event_log_head WHERE id = 1`);
    this.lastCursor = BigInt(head.cursor);
    if (this.options.listenUrl) await this.listen(this.options.listenUrl);
    this.poll = setInterval(() => this.wake(), this.options.pollMs);
    this.poll.unref();
  }

  private async listen(url: string): Promise<void> {
    const client = new pg.Client({ connectionString: url, application_name: "enforcement-hub-listener" });
    client.on("notification", () => this.wake());
    client.on("error", (error) => {
      // The poll keeps delivering; reconnect so that latency comes back.
      this.log.warn({ err: error }, "event listener connection lost; reconnecting");
      this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.listen(url).catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    this.listener = client;
    this.wake(); // anything committed while we were not listening
  }

  /** The cursor of the newest event this instance has fanned out. */
  get position(): bigint {
    return this.lastCursor;
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /**
   * Joins the live group `key`, made with `rules` by its first member: the bus then asks `rules`
   * once per event for all members (see LiveGroup). Members of one key must have equal rules: the
   * same feed, filter and AccessGate.visibilityKey. Answers the member's leave; the last to leave
   * ends the group.
   */
  join(key: string, rules: FeedRules, member: LiveMember): () => void {
    let group = this.groups.get(key);
    if (!group) {
      group = new LiveGroup(rules, (error) => this.log.error({ err: error }, "a subscriber failed to take an event"), this.options.sliceSize);
      this.groups.set(key, group);
      this.subscribers.add(group);
    }
    const joined = group;
    joined.members.add(member);
    return () => {
      joined.members.delete(member);
      if (joined.members.size > 0 || this.groups.get(key) !== joined) return;
      this.groups.delete(key);
      this.subscribers.delete(joined);
    };
  }

  /** Listeners on this bus: each live group counts once, however many members it has. */
  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Subscribers of live feeds, all groups together. */
  get memberCount(): number {
    let count = 0;
    for (const group of this.groups.values()) count += group.members.size;
    return count;
  }

  /** How many live groups share delivery now (for tests and the bench). */
  get groupCount(): number {
    return this.groups.size;
  }

  /** Asks the reader to look at the log; wake-ups while it reads fold into one more pass. */
  wake(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    this.idle = this.drain().finally(() => (this.reading = false));
  }

  private async drain(): Promise<void> {
    do {
      this.readAgain = false;
      try {
        for (;;) {
          const events = await this.dataSource
            .getRepository(HubEvent)
            .createQueryBuilder("e")
            .where("e.cursor > :after", { after: this.lastCursor.toString() })
            .orderBy("e.cursor", "ASC")
            .limit(this.options.batchSize)
            .getMany();
          if (events.length === 0) break;
          await this.fanOut(events);
          if (events.length < this.options.batchSize) break;
        }
      } catch (error) {
        if (!this.stopped) this.log.error({ err: error }, "reading the event log failed; retrying on the next wake-up");
        return;
      }
    } while (this.readAgain && !this.stopped);
  }

  private async fanOut(events: HubEvent[]): Promise<void> {
    let work = 0;
    for (const event of events) {
      for (const subscriber of this.subscribers) {
        try {
          if (subscriber.accepts(event)) {
            // A group hands the event to its members itself, in slices of its own.
            subscriber.deliver(event);
          }
        } catch (error) {
          this.log.error({ err: error }, "a subscriber failed to take an event");
        }
        if (++work >= this.options.sliceSize) {
          work = 0;
          await yieldToEventLoop();
        }
      }
      this.lastCursor = BigInt(event.cursor);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.idle;
    await this.listener?.end().catch(() => undefined);
  }
}
