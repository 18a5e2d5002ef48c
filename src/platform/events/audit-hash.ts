import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { HubEvent } from "./hub-event.entity.js";

export const GENESIS_HASH = "0".repeat(64);

/**
 * The hash of an entry: sha-256 of the previous hash and the entry's canonical JSON (RFC 8785),
 * so any change to any field of any entry, or a removed or reordered entry, breaks the chain.
 */
export function entryHash(previousHash: string, e: Omit<HubEvent, "hash" | "previousHash">): string {
  const content = canonicalize({
    cursor: String(e.cursor),
    topic: e.topic,
    type: e.type,
    subjectIds: e.subjectIds,
    agencyIds: e.agencyIds,
    visibility: e.visibility,
    actor: { sub: e.actorSub, name: e.actorName, role: e.actorRole, agencyId: e.actorAgencyId },
    occurredAt: new Date(e.occurredAt).toISOString(),
    payload: e.payload,
  });
  return createHash("sha256").update(previousHash).update("\n").update(content!).digest("hex");
}
