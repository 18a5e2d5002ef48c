import { useState } from "react";
import { Button, Space, Typography } from "antd";

/**
 * Pages of a connection (cases, operations, audit entries) walked by cursor: the API pages forward
 * only, so the cursors of the pages already seen are kept to go back. `reset` when a filter changes.
 */
export function useCursorPages() {
  const [starts, setStarts] = useState<(string | null)[]>([null]);
  return {
    after: starts[starts.length - 1],
    page: starts.length,
    next: (endCursor: string | null | undefined) => endCursor && setStarts((s) => [...s, endCursor]),
    previous: () => setStarts((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    reset: () => setStarts([null]),
  };
}

/** 上一页 / 下一页 under a list, with the page number and, when the API counts them, the total. */
export function CursorPager({ pages, hasNextPage, endCursor, total }: { pages: ReturnType<typeof useCursorPages>; hasNextPage: boolean; endCursor?: string | null; total?: number }) {
  return (
    <Space style={{ marginTop: 12, justifyContent: "flex-end", width: "100%" }}>
      <Typography.Text type="secondary">
        第 {pages.page} 页{total !== undefined ? `，共 ${total} 条` : ""}
      </Typography.Text>
      <Button size="small" disabled={pages.page === 1} onClick={pages.previous}>
        上一页
      </Button>
      <Button size="small" disabled={!hasNextPage} onClick={() => pages.next(endCursor)}>
        下一页
      </Button>
    </Space>
  );
}
