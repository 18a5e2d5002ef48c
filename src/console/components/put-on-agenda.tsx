import { Button, Tooltip, App } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../gql";
import { countyDateTime } from "../app/format";
import { refusalText } from "./graphql-error";

const NextMeeting = graphql(`
  query ConsoleNextMeeting {
    meetings(status: [SCHEDULED], first: 20) {
      nodes { id title scheduledAt }
    }
  }
`);

const AddAgendaItem = graphql(`
  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) { id position title }
  }
`);

export interface AgendaCandidate {
  title: string;
  matterCode?: string | null;
  regionCode?: string | null;
  agencyIds: readonly string[];
}

/**
 * "Put on the next agenda" (列入下次会议议程): adds the dispute to the earliest meeting not yet
 * opened. Without one, says so: convening a meeting takes the highest-ranked disputes by itself.
 */
export function PutOnAgenda({ candidate, onDone }: { candidate: AgendaCandidate; onDone?: () => void }) {
  const { message } = App.useApp();
  const [{ data }] = useQuery({ query: NextMeeting });
  const [{ fetching }, add] = useMutation(AddAgendaItem);
  const next = [...(data?.meetings.nodes ?? [])].sort((x, y) => x.scheduledAt.localeCompare(y.scheduledAt))[0];
  if (!next) {
    return (
      <Tooltip title="尚无待召开的会议。在“会议室”召集会议时，议程会按排序自动纳入待议事项。">
        <Button disabled>列入下次会议议程</Button>
      </Tooltip>
    );
  }
  const put = async () => {
    const result = await add({
      input: { meetingId: next.id, title: candidate.title, matterCode: candidate.matterCode ?? undefined, regionCode: candidate.regionCode ?? undefined, agencyIds: [...candidate.agencyIds] },
    });
    if (result.error) return void message.error(refusalText(result.error));
    message.success(`已列入《${next.title}》（${countyDateTime(next.scheduledAt)}）议程第 ${result.data!.addAgendaItem.position + 1} 项`);
    onDone?.();
  };
  return (
    <Button type="primary" loading={fetching} onClick={put}>
      列入下次会议议程
    </Button>
  );
}
