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
  private checked: Promise<void> = Promise.resolve();

  constructor(
    private readonly rules: FeedRules,
    private readonly onMemberError: (error: unknown) => void,
  ) {}

  accepts(event: HubEvent): boolean {
    return this.rules.accepts(event);
  }

  deliver(event: HubEvent): void {
    const recheck = this.rules.recheck;
    if (!recheck) return this.hand(event);
    this.checked = this.checked.then(() =>
      // Every member may have left (a refused recheck ends them all) while this event waited.
      this.members.size === 0
        ? undefined
        : recheck().then(
            () => this.hand(event),
            (error: unknown) => this.endAll(error),
          ),
    );
  }

  private hand(event: HubEvent): void {
    let shown = event;
    try {
      if (this.rules.present) shown = this.rules.present(event);
    } catch (error) {
      this.onMemberError(error);
      return;
    }
    const cursor = BigInt(event.cursor);
    for (const member of this.members) {
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
