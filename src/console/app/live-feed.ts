import { useEffect, useRef, useState } from "react";
import { createClient } from "graphql-ws";
import { stringifyDocument } from "urql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { currentToken } from "./token";

/**
 * connecting: before the first answer; live: the socket is up; reconnecting: it dropped and is being
 * reopened; refused: the hub refused the feed itself (no access), which no reconnect will change.
 */
export type LiveState = "connecting" | "live" | "reconnecting" | "refused";

export const LIVE_STATE_NAMES: Record<LiveState, string> = { connecting: "连接中", live: "实时", reconnecting: "重新连接中", refused: "无法接收实时动态" };

/**
 * Follows one of the hub's feeds (agencyFeed, operationEvents…) from `after`, and after a dropped
 * socket resumes from the last cursor it delivered, so nothing is missed and nothing replayed twice.
 * Its own graphql-ws client (not the shared urql one) because a screen shows whether it is live.
 *
 * graphql-ws re-sends the same subscribe payload object when it reconnects; moving
 * `payload.variables.after` forward as events arrive is what makes the reconnect a resume.
 * `variables` null: not ready yet (e.g. the head cursor is still being read).
 */
export function useLiveFeed<R, V extends { after?: string | null }, E extends { cursor: string }>(
  document: TypedDocumentNode<R, V>,
  variables: V | null,
  pick: (data: R) => E,
  onEvent: (event: E) => void,
): LiveState {
  const [state, setState] = useState<LiveState>("connecting");
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const pickRef = useRef(pick);
  pickRef.current = pick;
  const key = variables ? JSON.stringify(variables) : null;

  useEffect(() => {
    if (key === null) return;
    const payload = { query: stringifyDocument(document), variables: JSON.parse(key) as Record<string, unknown> };
    const token = currentToken();
    let disposed = false;
    let connectedOnce = false;
    const client = createClient({
      url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
      connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
      retryAttempts: Infinity,
      shouldRetry: () => true,
      // Quick first retries: an official watching an operation should not wait long after a network blip.
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 8_000) + Math.random() * 300)),
      on: {
        connected: () => {
          connectedOnce = true;
          if (!disposed) setState("live");
        },
        closed: () => {
          if (!disposed) setState(connectedOnce ? "reconnecting" : "connecting");
        },
      },
    });
    const seen = new Set<string>();
    const unsubscribe = client.subscribe<R>(payload, {
      next: (result) => {
        if (!result.data) return;
        const event = pickRef.current(result.data as R);
        if (seen.has(event.cursor)) return;
        seen.add(event.cursor);
        payload.variables.after = event.cursor;
        handler.current(event);
      },
      // Socket drops are retried inside graphql-ws; what reaches here is the hub's refusal of the feed.
      error: () => {
        disposed = true;
        setState("refused");
      },
      complete: () => undefined,
    });
    return () => {
      disposed = true;
      unsubscribe();
      void client.dispose();
    };
  }, [document, key]);

  return state;
}
