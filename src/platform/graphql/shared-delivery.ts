import { WebSocket } from "ws";
import type { ExecutionResult } from "graphql";

/**
 * One serialised `next` payload sent to many sockets: an event of a live group is executed and
 * turned into JSON once, and every subscriber of the group gets those bytes inside its own
 * graphql-ws envelope (`{"id":…,"type":"next","payload":…}`, whose id is per subscription).
 *
 * graphql-ws builds the envelope with JSON.stringify, which cannot embed ready-made JSON on Node 20
 * (no JSON.rawJSON). So the shared result stands in as a marker: `sharedMessageReplacer` (graphql-ws's
 * `jsonMessageReplacer`) writes a placeholder string for it and notes its JSON, and `SharedPayloadSocket`
 * (the `ws` server's socket class) puts that JSON in place of the placeholder as the message is
 * sent. graphql-ws stringifies and sends in one synchronous step, so the note is read by the
 * very send it was made for.
 */

const SHARED = Symbol("shared payload JSON");

/** A `next` payload already serialised: what graphql-ws is handed instead of an ExecutionResult. */
export type SharedResult = ExecutionResult & { readonly [SHARED]: string };

export function sharedResult(result: { data?: unknown; errors?: readonly unknown[]; extensions?: unknown }): SharedResult {
  // Object spread (graphql-ws copies results) keeps symbol-keyed properties.
  return { [SHARED]: JSON.stringify(result) } as SharedResult;
}

export function isSharedResult(value: unknown): value is SharedResult {
  return typeof value === "object" && value !== null && SHARED in value;
}

/** No JSON.stringify of a payload object ends a message with this: a payload object is never a string. */
const PLACEHOLDER = "\u0000shared-payload";
const PLACEHOLDER_TAIL = `"payload":${JSON.stringify(PLACEHOLDER)}}`;
let noted: string | undefined;

/** graphql-ws's `jsonMessageReplacer`: a shared payload becomes the placeholder, its JSON is noted. */
export function sharedMessageReplacer(this: unknown, key: string, value: unknown): unknown {
  if (key !== "payload" || !isSharedResult(value)) return value;
  noted = value[SHARED];
  return PLACEHOLDER;
}

/** The `ws` socket of the hub's WebSocket server: sends a shared payload's JSON where graphql-ws left its placeholder. */
export class SharedPayloadSocket extends WebSocket {
  // ws declares send with overloads; every form passes through unchanged but for the placeholder.
  override send(data: unknown, ...rest: unknown[]): void {
    if (noted !== undefined && typeof data === "string" && data.endsWith(PLACEHOLDER_TAIL)) {
      data = `${data.slice(0, data.length - PLACEHOLDER_TAIL.length)}"payload":${noted}}`;
      noted = undefined;
    }
    (super.send as (data: unknown, ...rest: unknown[]) => void)(data, ...rest);
  }
}
