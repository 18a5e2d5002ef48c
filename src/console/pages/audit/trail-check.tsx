import { useState } from "react";
import { useClient } from "urql";
import { Alert, Button, Card, Space } from "antd";
import { graphql } from "../../gql";
import type { VerifyTrailQuery } from "../../gql/graphql";

const VerifyTrail = graphql(`
  query VerifyTrail {
    verifyAuditTrail { intact checkedEntries headCursor firstBrokenCursor problem }
  }
`);

/** One button walks the whole hash chain on the hub and says whether any entry was altered or removed. */
export function TrailCheck() {
  const client = useClient();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<VerifyTrailQuery["verifyAuditTrail"] | string>();
  const verify = async () => {
    setChecking(true);
    const answer = await client.query(VerifyTrail, {}, { requestPolicy: "network-only" }).toPromise();
    setChecking(false);
    setResult(answer.data?.verifyAuditTrail ?? answer.error?.graphQLErrors[0]?.message ?? answer.error?.message);
  };
  return (
    <Card size="small" title="审计链校验" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: "100%" }}>
        <Button type="primary" loading={checking} onClick={verify}>
          校验审计链
        </Button>
        {typeof result === "string" && <Alert type="error" showIcon title="无法完成校验" description={result} />}
        {result && typeof result !== "string" && (
          <Alert
            data-testid="trail-verdict"
            type={result.intact ? "success" : "error"}
            showIcon
            title={result.intact ? `审计链完整：已逐条核对 ${result.checkedEntries} 条记录，未发现篡改或缺失` : `审计链异常：第 ${result.firstBrokenCursor} 条记录未通过核对`}
            description={result.intact ? `最新记录序号 ${result.headCursor}` : `${result.problem ?? ""}（已核对 ${result.checkedEntries} 条，最新记录序号 ${result.headCursor}）`}
          />
        )}
      </Space>
    </Card>
  );
}
