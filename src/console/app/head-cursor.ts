import { useQuery } from "urql";
import { graphql } from "../gql";

const ConsoleEventHead = graphql(`
  query ConsoleEventHead {
    eventHead { cursor }
  }
`);

/**
 * The event log's head, read once when a live screen opens and before its data: the screen then
 * follows its feed from there, so nothing that happens between the read and the subscription is lost.
 * Undefined until the hub answers.
 */
export function useHeadCursor(): string | undefined {
  const [{ data }] = useQuery({ query: ConsoleEventHead, requestPolicy: "network-only" });
  return data?.eventHead.cursor;
}
