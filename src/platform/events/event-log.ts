import type { EntityManager } from "typeorm";
import type { Actor } from "../auth/actor.js";
import { insertInChunks } from "../db/chunked-insert.js";
import { entryHash } from "./audit-hash.js";
import { HubEvent } from "./hub-event.entity.js";
import type { NewEvent } from "./topics.js";

/** The channel that wakes every hub instance's reader; it carries only the new head cursor. */
export const NOTIFY_CHANNEL = "hub_events";

/**
 * Appends events inside the caller's transaction. Locking the head row hands out cursors in commit
 * order and keeps the hash chain linear; it is taken at the end of the transaction, so it is held
 * only for the few statements here. `at` is the hub clock's now: the time the events say they happened.
 */
export async function appendEvents(em: EntityManager, actor: Actor, events: NewEvent[], at: Date): Promise<HubEvent[]> {
  if (events.length === 0) return [];
  const [head] = await em.query(`SELECT cursor, hash FROM event_log_head WHERE id = 1 FOR UPDATE`);
  let cursor = BigInt(head.cursor);
  let previousHash: string = head.hash;
  // Whole milliseconds: what timestamptz keeps, so the hash reads back the same.
  const occurredAt = new Date(Math.floor(at.getTime()));
  const entries = events.map((e) => {
    cursor += 1n;
    const entry = {
      cursor: cursor.toString(),
      topic: e.topic,
      type: e.type,
      subjectIds: e.subjectIds,
      agencyIds: e.agencyIds,
      visibility: e.visibility,
      actorSub: actor.sub,
      actorName: actor.name,
      actorRole: actor.role,
      actorAgencyId: actor.agencyId ?? null,
      occurredAt,
      // The shape jsonb will give back: no undefined, dates as strings.
      payload: JSON.parse(JSON.stringify(e.payload)) as Record<string, unknown>,
    };
    const hash = entryHash(previousHash, entry);
    const row = Object.assign(new HubEvent(), entry, { previousHash, hash });
    previousHash = hash;
    return row;
  });
  // An import or a rescan can append tens of thousands of events: one INSERT would pass the protocol's parameter limit.
  await insertInChunks(em.getRepository(HubEvent), entries);
  // One statement for both: a write pays per round trip, and the NOTIFY is sent at commit either way.
  await em.query(`WITH head AS (UPDATE event_log_head SET cursor = $1, hash = $2 WHERE id = 1 RETURNING cursor) SELECT pg_notify($3, cursor::text) FROM head`, [
    cursor.toString(),
    previousHash,
    NOTIFY_CHANNEL,
  ]);
  return entries;
}
