import { Link } from "react-router";
import { Card, Col, Row, Typography } from "antd";
import { PAGES, mayOpen } from "../app/pages";
import { ROLE_NAMES } from "../app/roles";
import { useSession } from "../app/session";

/** The first screen: who you are and the screens your role may open. */
export default function Home() {
  const { me } = useSession();
  const screens = PAGES.filter((page) => page.path !== "home" && mayOpen(page, me.role));
  return (
    <>
      <Typography.Title level={3}>您好，{me.name}</Typography.Title>
      <Typography.Paragraph type="secondary">
        您以“{ROLE_NAMES[me.role]}”身份登录{me.agency ? `，代表${me.agency.name}` : ""}。
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {screens.map((page) => (
          <Col key={page.path} xs={24} md={12} lg={8}>
            <Link to={`/${page.path}`}>
              <Card hoverable>{page.title}</Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
