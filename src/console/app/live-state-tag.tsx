import { Tag } from "antd";
import { LIVE_STATE_NAMES, type LiveState } from "./live-feed";

/** The visible 实时 / 重新连接中 state of a live screen. */
export function LiveStateTag({ state }: { state: LiveState }) {
  const color = { live: "green", reconnecting: "orange", refused: "red", connecting: "default" }[state];
  return (
    <Tag color={color} data-testid="live-state" data-state={state}>
      {LIVE_STATE_NAMES[state]}
    </Tag>
  );
}
