import type { DataSource } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { GENESIS_HASH, entryHash } from "../../platform/events/audit-hash.js";
import type { EventBus } from "../../platform/events/event-bus.js";
import { applyFilter, matchesFilter, type EventFilter } from "../../platform/events/event-filter.js";
import { eventStream } from "../../platform/events/event-stream.js";
import { HubEvent } from "../../platform/events/hub-event.entity.js";
import type { EventTopic } from "../../platform/events/topics.js";
import { BadInputError } from "../../platform/graphql/errors.js";
import type { AuditVerification, EventQueryArgs } from "./event.types.js";

const CURSOR = /^(0|[1-9][0-9]{0,18})$/;
const MAX_CURSOR = 2n ** 63n - 1n;
const VERIFY_BATCH = 1000;

/** Reading the event log: catch-up queries, live subscriptions and the audit trail. */
export class EventService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessGate,
    private readonly bus: EventBus,
  ) {}

  /** Events the actor may see after a cursor, oldest first: catching up over plain HTTP. */
  async list(actor: Actor, args: EventQueryArgs): Promise<{ events: HubEvent[]; hasNextPage: boolean }> {
    const qb = this.access.restrictEvents(actor, this.db.getRepository(HubEvent).createQueryBuilder("e"));
    applyFilter(qb, args);
    // County days, not UTC days: a supervisor asking for 27 November means 00:00 to 24:00 in Pei County.
    if (args.from) qb.andWhere("e.occurred_at >= (:fromDay::date)::timestamp AT TIME ZONE 'Asia/Shanghai'", { fromDay: args.from });
    if (args.to) qb.andWhere("e.occurred_at < ((:toDay::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')", { toDay: args.to });
    if (args.after != null) qb.andWhere("e.cursor > :after", { after: parseCursor(args.after) });
    const rows = await qb.orderBy("e.cursor", "ASC").limit(args.first + 1).getMany();
    return { events: rows.slice(0, args.first), hasNextPage: rows.length > args.first };
  }

  /**
   * Where to start following: the log's head cursor, read from its one-row head (never by walking
   * the log), and the feeds this caller may open from it. Ask for it before reading the state you
   * will keep up to date, then subscribe with `after` set to it: a change may arrive twice (once
   * read, once replayed), never not at all. It is the head of the whole log, not of the caller's
   * events: the feeds skip what the caller may not see, so it is a gapless start for each of them,
   * and it tells the caller no more than the gaps between the cursors it already sees.
   */
  async head(actor: Actor): Promise<{ cursor: string; feeds: string[] }> {
    this.access.require(actor, Permission.ReadEvents);
    const [head] = await this.db.query(`SELECT cursor FROM event_log_head WHERE id = 1`);
    const feeds = [
      ["events", this.access.allows(actor, Permission.ReadEvents)],
      ["agencyFeed", this.access.allows(actor, Permission.ReadAgencyFeed, { agencyIds: actor.agencyId ? [actor.agencyId] : [] })],
      ["hubEvents", this.access.allows(actor, Permission.ReadHubEvents)],
      ["caseEvents", this.access.allows(actor, Permission.ReadCases)],
      ["operationEvents", this.access.allows(actor, Permission.ReadOperations)],
    ] as const;
    return { cursor: String(head.cursor), feeds: feeds.filter(([, ok]) => ok).map(([name]) => name) };
  }

  /** The audit trail (chair and supervisors): every event, private ones included, with its hashes. */
  async auditTrail(actor: Actor, args: EventQueryArgs): Promise<{ events: HubEvent[]; hasNextPage: boolean }> {
    this.access.require(actor, Permission.ReadAuditTrail);
    return this.list(actor, args);
  }

  /** Walks the whole chain in cursor order and names the first entry that does not check out. */
  async verify(actor: Actor): Promise<AuditVerification> {
    this.access.require(actor, Permission.ReadAuditTrail);
    const [head] = await this.db.query(`SELECT cursor, hash FROM event_log_head WHERE id = 1`);
    let previousHash = GENESIS_HASH;
    let expected = 1n;
    let checked = 0;
    const broken = (cursor: string, problem: string): AuditVerification => ({
      intact: false,
      checkedEntries: checked,
      headCursor: String(head.cursor),
      firstBrokenCursor: cursor,
      problem,
    });
    for (;;) {
      const rows = await this.db
        .getRepository(HubEvent)
        .createQueryBuilder("e")
        .where("e.cursor >= :from", { from: expected.toString() })
        .orderBy("e.cursor", "ASC")
        .limit(VERIFY_BATCH)
        .getMany();
      for (const row of rows) {
        checked++;
        if (BigInt(row.cursor) !== expected) return broken(expected.toString(), `entry ${expected} is missing`);
        if (row.previousHash !== previousHash) return broken(row.cursor, "its link to the previous entry does not match");
        if (entryHash(previousHash, row) !== row.hash) return broken(row.cursor, "its content does not match its hash");
        previousHash = row.hash;
        expected++;
      }
      if (rows.length < VERIFY_BATCH) break;
    }
    const last = (expected - 1n).toString();
    if (last !== String(head.cursor)) return broken(String(head.cursor), `the log ends at ${last} but its head says ${head.cursor}`);
    if (previousHash !== head.hash) return broken(last, "the last entry's hash does not match the head");
    return { intact: true, checkedEntries: checked, headCursor: last, firstBrokenCursor: null, problem: null };
  }

  /** For loaders: the events about each record (timelines), in log order. */
  bySubjects(subjectIds: readonly string[]): Promise<HubEvent[]> {
    return this.db
      .getRepository(HubEvent)
      .createQueryBuilder("e")
      .where("e.subject_ids && CAST(:ids AS text[])", { ids: [...subjectIds] })
      .orderBy("e.cursor", "ASC")
      .getMany();
  }

  /**
   * One record's events (a case, an operation), replayed from `after` then live. The caller has
   * checked that the actor may see the record; its events reach the actor even from before the
   * actor's agency joined it. `view` is the gate's field rule for that reader (AccessGate.caseEventView):
   * which event types reach it, and how each is shown; `recheck` asks the gate again before each
   * event, so a reader that may no longer see the record gets its NOT_FOUND instead of the event.
   * `feed` names the subscription (caseEvents, operationEvents): readers of one feed about one record
   * whom the gate shows the same thing share one delivery, so `view` and `recheck` must be the gate's
   * for this actor and record, nothing else.
   */
  subjectEvents(
    actor: Actor,
    feed: string,
    subjectId: string,
    after: string | undefined,
    view: { types?: readonly string[]; present?: (event: HubEvent) => HubEvent; recheck?: () => Promise<void> } = {},
  ): AsyncIterableIterator<HubEvent> {
    return this.stream(actor, feed, { subjectId, types: view.types }, after, { skipVisibility: true, present: view.present, recheck: view.recheck });
  }

  /** Everything that concerns the caller's agency, replayed from `after` then live. */
  agencyFeed(actor: Actor, after: string | undefined): AsyncIterableIterator<HubEvent> {
    this.access.require(actor, Permission.ReadAgencyFeed, { agencyIds: actor.agencyId ? [actor.agencyId] : [] });
    return this.stream(actor, "agencyFeed", { agencyId: actor.agencyId }, after);
  }

  /** Every event of the hub (chair, supervisors, admin), optionally of some topics. */
  hubEvents(actor: Actor, topics: EventTopic[] | undefined, after: string | undefined): AsyncIterableIterator<HubEvent> {
    this.access.require(actor, Permission.ReadHubEvents);
    return this.stream(actor, "hubEvents", { topics }, after);
  }

  /**
   * `skipVisibility` is for streams about one record the caller was already found allowed to see
   * (a case's participants, including those who joined after earlier events were written).
   * Streams of one feed with the same filter, whose actors the gate shows the same thing, share
   * live delivery: the gate and the filter are asked once per event for all of them.
   */
  private stream(
    actor: Actor,
    feed: string,
    filter: EventFilter,
    after: string | undefined,
    options: { skipVisibility?: boolean; present?: (event: HubEvent) => HubEvent; recheck?: () => Promise<void> } = {},
  ): AsyncIterableIterator<HubEvent> {
    const gate = !options.skipVisibility;
    return eventStream({
      bus: this.bus,
      dataSource: this.db,
      actor,
      after: after === undefined ? undefined : parseCursor(after),
      accepts: (event) => (!gate || this.access.canSeeEvent(actor, event)) && matchesFilter(event, filter),
      restrict: (qb) => applyFilter(gate ? this.access.restrictEvents(actor, qb) : qb, filter),
      present: options.present,
      recheck: options.recheck,
      group: JSON.stringify([feed, this.access.visibilityKey(actor), filter.topics, filter.types, filter.agencyId, filter.subjectId]),
    });
  }
}

function parseCursor(after: string): string {
  // Cursors are bigint in the log: 19 digits can still exceed it.
  if (!CURSOR.test(after) || BigInt(after) > MAX_CURSOR) throw BadInputError.field("after", "must be an event cursor (digits)");
  return after;
}
