import { Space, Tag, Tooltip } from "antd";
import type { DeadlineKind } from "../gql/graphql";
import { DEADLINE_KIND_NAMES } from "./case-words";
import { countyDate } from "./county-time";

export interface DeadlineView {
  kind: DeadlineKind;
  daysLeft?: number | null;
  due?: string | null;
  overdue: boolean;
  paused: boolean;
  workingDays: boolean;
  basis: string;
}

/** A case's running clocks: days left, red when overdue, the legal basis on hover. */
export function Deadlines({ deadlines }: { deadlines: readonly DeadlineView[] }) {
  if (deadlines.length === 0) return <span style={{ color: "#999" }}>无计时</span>;
  return (
    <Space direction="vertical" size={2}>
      {deadlines.map((d) => {
        const unit = d.workingDays ? "个工作日" : "天";
        const text = d.paused
          ? `${DEADLINE_KIND_NAMES[d.kind]}：已中止计时`
          : d.overdue
            ? `${DEADLINE_KIND_NAMES[d.kind]}：已超期 ${Math.abs(d.daysLeft ?? 0)} ${unit}`
            : `${DEADLINE_KIND_NAMES[d.kind]}：剩余 ${d.daysLeft ?? "—"} ${unit}`;
        return (
          <Tooltip key={d.kind} title={`${d.basis}${d.due ? `；期限至 ${countyDate(d.due)}` : ""}`}>
            <Tag color={d.overdue ? "red" : d.daysLeft !== null && d.daysLeft !== undefined && d.daysLeft <= 3 ? "orange" : "blue"} data-overdue={d.overdue}>
              {text}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}
