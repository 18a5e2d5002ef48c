import { useSyncExternalStore } from "react";

/**
 * Whether live data flows: "idle" before any subscription opened the socket, "live" while it is
 * connected, "reconnecting" after it dropped until graphql-ws has it back (it retries by itself, and
 * each subscription resumes from its cursor where the API offers one). Screens show it so nobody
 * mistakes a stale screen for a quiet one.
 */
export type LiveState = "idle" | "live" | "reconnecting";

let state: LiveState = "idle";
const listeners = new Set<() => void>();

export function setLiveState(next: LiveState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
