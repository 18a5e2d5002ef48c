import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Subscriber } from "./event-bus.js";
import type { HubEvent } from "./hub-event.entity.js";

/**
 * What decides a live feed's events for its reader: the same for every member of a group, so
 * each is asked once per event for the whole group.
 */
export interface FeedRules {
  /** In memory: the access gate and the reader's filter. */
  accepts(event: HubEvent): boolean;
  /** How an accepted event is shown to the reader (a field rule of the gate); as written when absent. */
  present?: (event: HubEvent) => HubEvent;
  /** Asked before each accepted event is handed over (one record's feed): what it throws ends every member. */
  recheck?: () => Promise<void>;
}

/** One subscriber's end of a group. */
export interface LiveMember {
  /** An accepted, rechecked and presented event, in log order; `cursor` is the event's, parsed once. */
  take(event: HubEvent, cursor: bigint): void;
  /** The group's recheck refused: the member's stream ends with this error. */
  end(error: unknown): void;
}

/**
 * The subscribers of one feed whose readers the access gate shows the same thing (same feed, same
 * filter, same AccessGate.visibilityKey). The bus asks the group, not each member, whether an
 * event passes; the group rechecks and presents it once and hands the very same object to every
 * member, so what renders it later (execution, serialisation) can be shared by object identity.
 * Events pass through in log order: with a recheck, each waits for the one before it.
 */
export class LiveGroup implements Subscriber {
  readonly members = new Set<LiveMember>();
  /** The hand-over of the event before: the next waits for it, so members see log order. */
  private handed: Promise<void> = Promise.resolve();

  constructor(
    private readonly rules: FeedRules,
    private readonly onMemberError: (error: unknown) => void,
    /** Members handed an event before yielding to other work (the bus's slice size). */
    private readonly sliceSize = 64,
  ) {}

  accepts(event: HubEvent): boolean {
    return this.rules.accepts(event);
  }

  deliver(event: HubEvent): void {
    const recheck = this.rules.recheck;
    this.handed = this.handed.then(async () => {
      // Every member may have left (a refused recheck ends them all) while this event waited.
      if (this.members.size === 0) return;
      if (recheck) {
        try {
          await recheck();
        } catch (error) {
          this.endAll(error);
          return;
        }
      }
      await this.hand(event);
    });
  }

  /**
   * Hands the event to the members in slices, yielding between them: a group of a thousand takes
   * tens of milliseconds to serve one event (each member's execution or share of it, and its socket
   * write), and queries and pongs must not wait for all of it.
   */
  private async hand(event: HubEvent): Promise<void> {
    let shown = event;
    try {
      if (this.rules.present) shown = this.rules.present(event);
    } catch (error) {
      this.onMemberError(error);
      return;
    }
    const cursor = BigInt(event.cursor);
    const members = [...this.members];
    for (let i = 0; i < members.length; i++) {
      if (i > 0 && i % this.sliceSize === 0) await yieldToEventLoop();
      const member = members[i];
      if (!this.members.has(member)) continue; // left while the event was on its way
      try {
        member.take(shown, cursor);
      } catch (error) {
        this.onMemberError(error);
      }
    }
  }

  private endAll(error: unknown): void {
    for (const member of [...this.members]) member.end(error);
  }
}
