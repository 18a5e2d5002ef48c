import { setImmediate as yieldToEventLoop, setTimeout as sleep } from "node:timers/promises";
import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { Actor } from "../auth/actor.js";
import { HubError, ErrorCode, UnauthenticatedError } from "../graphql/errors.js";
import type { EventBus } from "./event-bus.js";
import { FeedQueue } from "./feed-queue.js";
import { HubEvent } from "./hub-event.entity.js";

export interface EventStreamOptions {
  bus: EventBus;
  dataSource: DataSource;
  actor: Actor;
  /** The last cursor the caller has seen; events after it are replayed first. */
  after?: string;
  /** In memory: the access gate and the caller's filter, for live events. */
  accepts(event: HubEvent): boolean;
  /** In SQL: the same rules, for the replay. */
  restrict(qb: SelectQueryBuilder<HubEvent>): SelectQueryBuilder<HubEvent>;
  /** How each accepted event is shown to this reader (a field rule of the access gate); as written by default. */
  present?: (event: HubEvent) => HubEvent;
  /**
   * Asked again before each event is handed over, in log order (the access gate, for a stream about
   * one record): what it throws ends the stream, e.g. NOT_FOUND once the reader may no longer see it.
   */
  recheck?: () => Promise<void>;
  /** A subscriber that lets this many events pile up is ended: it can resume from its last cursor. */
  maxBacklog?: number;
  /**
   * Streams with the same key share live delivery (a LiveGroup): `accepts`, `recheck` and
   * `present` run once per event for all of them, and they receive the same event object. Give
   * the same key only to streams whose rules are equal: the same feed and filter, read by actors
   * with the same AccessGate.visibilityKey. Absent: a group of its own.
   */
  group?: string;
}

const REPLAY_PAGE = 100;
/** Events handed to a replaying subscriber before it must have taken them (see `drained`). */
const REPLAY_SLICE = 50;
/** How long a replaying subscriber may take to take one slice before it is ended (it holds a replay slot). */
const REPLAY_DRAIN_MS = 30_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

let ownGroups = 0;

/**
 * Replay, then live, with no gap and no duplicate: the stream joins its live group first and
 * buffers; the log is replayed from `after` to its end; the buffer is then drained, skipping what
 * the replay already sent. Every event passed `accepts`/`restrict` (the access gate) on the way.
 * Live events arrive checked and presented by the group; replayed ones are checked here, one by one.
 * The stream ends with UNAUTHENTICATED when the caller's token expires.
 */
export function eventStream(options: EventStreamOptions): AsyncIterableIterator<HubEvent> {
  const maxBacklog = options.maxBacklog ?? 10_000;
  const queue = new FeedQueue<HubEvent>();
  void follow(options, queue, maxBacklog).catch((error: unknown) => queue.end(error));
  return queue;
}

/** Fills `queue`: replay from `after` if given, then live events from the stream's group, until the queue ends. */
async function follow(options: EventStreamOptions, queue: FeedQueue<HubEvent>, maxBacklog: number): Promise<void> {
  const stop = (error?: unknown) => queue.end(error);
  const ended = new Promise<void>((resolve) => queue.whenEnded(resolve));
  let last = options.after !== undefined ? BigInt(options.after) : options.bus.position;
  let replaying = true;
  /** Live events that arrived during the replay, already checked and presented by the group. */
  const pending: HubEvent[] = [];

  const hand = (event: HubEvent) => queue.push(options.present ? options.present(event) : event);
  // Each replayed event waits for the recheck of the one before it, so the log order holds.
  let rechecked: Promise<unknown> = Promise.resolve();
  const handChecked = (event: HubEvent, recheck: () => Promise<void>) =>
    (rechecked = rechecked.then(async () => {
      if (queue.ended) return;
      try {
        await recheck();
      } catch (error) {
        stop(error);
        return;
      }
      hand(event);
    }));

  /** Whether this cursor comes after the last one sent (the replay may have sent it already). */
  const takes = (cursor: bigint): boolean => {
    if (cursor <= last) return false;
    last = cursor;
    return true;
  };
  // A replayed event is checked and presented here; a live one was by the group.
  const replayed = async (event: HubEvent): Promise<void> => {
    if (!takes(BigInt(event.cursor))) return;
    if (options.recheck) await handChecked(event, options.recheck);
    else hand(event);
  };
  // Live delivery may not hold up the bus: a subscriber too far behind is ended instead.
  const live = (event: HubEvent, cursor: bigint): void => {
    if (!takes(cursor)) return;
    if (queue.size >= maxBacklog) {
      stop(new HubError(ErrorCode.Conflict, `Subscriber fell ${maxBacklog} events behind; resume with after: "${last - 1n}"`));
      return;
    }
    queue.push(event);
  };

  const leave = options.bus.join(
    options.group ?? `own:${++ownGroups}`,
    { accepts: options.accepts, present: options.present, recheck: options.recheck },
    {
      take: (event, cursor) => (replaying ? pending.push(event) : live(event, cursor)),
      end: (error) => stop(error),
    },
  );
  const expiresInMs = options.actor.expiresAt * 1000 - Date.now();
  const expiry = setTimeout(() => stop(new UnauthenticatedError("The token has expired; subscribe again with a new one")), Math.min(Math.max(expiresInMs, 0), MAX_TIMER_MS));
  queue.whenEnded(() => {
    clearTimeout(expiry);
    leave();
  });

  // The replay is paced by the subscriber: it hands over one slice, then waits for the slice to be
  // taken, letting other work (the health check, queries) in between. Without this a replay
  // would queue the whole log in memory and deliver it in one run that starves the event loop.
  const drained = async () => {
    const deadline = Date.now() + REPLAY_DRAIN_MS;
    await yieldToEventLoop();
    while (queue.size > 0 && !queue.ended) {
      if (Date.now() > deadline) {
        stop(new HubError(ErrorCode.Conflict, "Too slow to take the replay; subscribe again with after set to the last cursor you received"));
        return;
      }
      await sleep(2);
    }
  };
  // Only a resumed subscription reads the log; it waits for a replay slot to do so.
  let release: (() => void) | undefined;
  if (options.after !== undefined) {
    const slot = options.bus.replaySlot();
    release = await Promise.race([slot, ended.then(() => undefined)]);
    if (!release) void slot.then((free) => free()); // ended while waiting: pass the slot on
  }
  try {
    for (;;) {
      if (queue.ended) break;
      const page = await options
        .restrict(options.dataSource.getRepository(HubEvent).createQueryBuilder("e"))
        .andWhere("e.cursor > :after", { after: last.toString() })
        .orderBy("e.cursor", "ASC")
        .limit(REPLAY_PAGE)
        .getMany();
      for (let i = 0; i < page.length && !queue.ended; i++) {
        await replayed(page[i]);
        if ((i + 1) % REPLAY_SLICE === 0) await drained();
      }
      await drained();
      if (page.length < REPLAY_PAGE) break;
    }
    release?.();
    replaying = false;
    for (const event of pending.splice(0)) live(event, BigInt(event.cursor));
  } catch (error) {
    stop(error);
  } finally {
    release?.();
  }
}
