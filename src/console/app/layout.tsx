import { Suspense } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { Button, Layout, Menu, Result, Space, Spin, Tag, Typography } from "antd";
import { PAGES, mayOpen, type ConsolePage } from "./pages";
import { ROLE_NAMES } from "./roles";
import { useSession } from "./session";

/** The frame around every screen: the menu of what this role may open, and who is signed in. */
export function ConsoleLayout() {
  const { me, signOut } = useSession();
  const location = useLocation();
  const visible = PAGES.filter((page) => mayOpen(page, me.role));
  const selected = location.pathname.replace(/^\/console\/?/, "").split("/")[0];
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
        <div style={{ padding: "16px 20px", fontWeight: 600, fontSize: 16 }}>联席会议工作台</div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={visible.map((page) => ({ key: page.path, label: <Link to={`/${page.path}`}>{page.title}</Link> }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: "#fff", display: "flex", justifyContent: "flex-end", alignItems: "center", paddingInline: 24 }}>
          <Space size="middle" data-testid="who-am-i">
            <Typography.Text strong>{me.name}</Typography.Text>
            <Tag color="blue">{ROLE_NAMES[me.role]}</Tag>
            {me.agency && <Typography.Text type="secondary">{me.agency.name}</Typography.Text>}
            <Button size="small" onClick={signOut}>
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** A screen, or a refusal when this role may not open it (someone typed the address). */
export function PageRoute({ page }: { page: ConsolePage }) {
  const { me } = useSession();
  if (!mayOpen(page, me.role)) return <Result status="403" title="无权访问" subTitle={`“${page.title}”不对${ROLE_NAMES[me.role]}开放。`} />;
  const Screen = page.component;
  return <Screen />;
}
