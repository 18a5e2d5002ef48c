import { createBrowserRouter, Navigate } from "react-router";
import { Result } from "antd";
import { ConsoleLayout, PageRoute } from "./layout";
import { PAGES } from "./pages";

/** Client-side routes under /console/; the hub answers index.html for any of them. */
export const router = createBrowserRouter(
  [
    {
      path: "/",
      element: <ConsoleLayout />,
      children: [
        { index: true, element: <Navigate to={`/${PAGES[0].path}`} replace /> },
        ...PAGES.map((page) => ({ path: `${page.path}/*`, element: <PageRoute page={page} /> })),
        { path: "*", element: <Result status="404" title="没有这个页面" /> },
      ],
    },
  ],
  { basename: "/console" },
);
