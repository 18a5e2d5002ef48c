import type { ReactNode } from "react";
import { Space, Typography } from "antd";

interface CaseHeadline {
  number: string;
  title: string;
  matter: { name: string };
  region: { name: string };
}

/**
 * The first two columns of every case list: the number, and the title over its matter and town
 * (and whatever `more` adds to that line, e.g. when it was reported).
 */
export function caseColumns<C extends CaseHeadline>(more?: (c: C) => ReactNode) {
  return [
    { title: "案件编号", key: "number", width: 150, render: (_: unknown, c: C) => <Typography.Text strong>{c.number}</Typography.Text> },
    {
      title: "案件",
      key: "title",
      render: (_: unknown, c: C) => (
        <Space direction="vertical" size={0}>
          {c.title}
          <Typography.Text type="secondary">
            {c.matter.name} · {c.region.name}
            {more?.(c)}
          </Typography.Text>
        </Space>
      ),
    },
  ];
}
