import { useQuery } from "urql";
import { Badge, Space, Tabs, Typography } from "antd";
import { graphql } from "../gql";
import { DisputeTable } from "./chair-lists/dispute-table";
import { GapTable } from "./chair-lists/gap-table";
import { OverdueTable } from "./chair-lists/overdue-table";

const ChairLists = graphql(`
  query ChairLists {
    disputedCases { ...ChairCase candidates { id shortName } referralRejections }
    overdueCases { ...ChairCase lead { id shortName } }
  }
`);

export const ChairCase = graphql(`
  fragment ChairCase on Case {
    id
    number
    title
    status
    version
    createdAt
    matterCode
    matter { name }
    region { name }
    deadlines { kind daysLeft due overdue paused workingDays basis }
  }
`);

/**
 * The lists the chair works from (争议、空白与超期): disputed and unassigned cases, regulatory gaps,
 * and open cases past a statutory deadline, each with how long it has waited and what to do next.
 */
export default function ChairListsPage() {
  const [{ data, fetching }, reload] = useQuery({ query: ChairLists, requestPolicy: "cache-and-network" });
  const disputes = data?.disputedCases ?? [];
  const overdue = data?.overdueCases ?? [];
  const label = (text: string, count?: number) => (
    <Space size={6}>
      {text}
      {count !== undefined && <Badge count={count} showZero color={count ? "red" : "gray"} overflowCount={999} />}
    </Space>
  );
  return (
    <>
      <Typography.Title level={3}>争议、空白与超期</Typography.Title>
      <Tabs
        items={[
          { key: "disputes", label: label("管辖争议与待分办", disputes.length), children: <DisputeTable cases={disputes} loading={fetching && !data} onAssigned={() => reload({ requestPolicy: "network-only" })} /> },
          { key: "gaps", label: label("监管空白"), children: <GapTable unassigned={disputes.filter((c) => c.status === "UNASSIGNED")} /> },
          { key: "overdue", label: label("超期案件", overdue.length), children: <OverdueTable cases={overdue} loading={fetching && !data} /> },
        ]}
      />
    </>
  );
}
