import { useState, type ReactNode } from "react";
import { Button, Space } from "antd";

/**
 * Paging through one of the API's connections (first/after): the cursors of the pages behind the
 * current one, so 上一页 goes back without the API having to page backwards.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    /** Pass as the query's `after`. */
    after: cursors.at(-1),
    /** From 1. */
    pageNumber: cursors.length + 1,
    back: () => setCursors(cursors.slice(0, -1)),
    forward: (endCursor: string) => setCursors([...cursors, endCursor]),
  };
}

export function CursorPager({ pages, pageInfo, children }: { pages: ReturnType<typeof useCursorPages>; pageInfo?: { hasNextPage: boolean; endCursor?: string | null }; children?: ReactNode }) {
  return (
    <Space style={{ marginTop: 8 }}>
      {children}
      <Button size="small" disabled={pages.pageNumber === 1} onClick={pages.back}>
        上一页
      </Button>
      <Button size="small" disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor} onClick={() => pages.forward(pageInfo!.endCursor!)}>
        下一页
      </Button>
    </Space>
  );
}
