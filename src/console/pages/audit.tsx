import { Tabs, Typography } from "antd";
import { CaseSample } from "./audit/case-sample";
import { EventBrowser } from "./audit/event-browser";
import { TrailCheck } from "./audit/trail-check";

/**
 * Supervision (执法监督): check the audit trail's hash chain with one button, browse what happened
 * by agency and date, and draw a reproducible sample of closed case files to review (案卷评查).
 */
export default function Audit() {
  return (
    <>
      <Typography.Title level={3}>执法监督与案卷评查</Typography.Title>
      <Tabs
        items={[
          { key: "trail", label: "审计记录", children: (<><TrailCheck /><EventBrowser /></>) },
          { key: "sample", label: "案卷抽查评查", children: <CaseSample /> },
        ]}
      />
    </>
  );
}
