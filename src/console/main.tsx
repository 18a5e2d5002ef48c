import "./app/style-nonce";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { App, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { SessionGate } from "./app/session";
import { router } from "./app/router";

dayjs.locale("zh-cn");

// The hub puts a fresh nonce on this page for every request; Ant Design's styles carry it, so the
// Content-Security-Policy allows them without 'unsafe-inline'.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} csp={{ nonce }}>
      <App>
        <SessionGate>
          <RouterProvider router={router} />
        </SessionGate>
      </App>
    </ConfigProvider>
  </StrictMode>,
);
