import { Client, cacheExchange, fetchExchange, subscriptionExchange } from "urql";
import { createClient as createWsClient } from "graphql-ws";
import { currentToken } from "./token";
import { setLiveState } from "./live-state";

/**
 * One urql client per signed-in token: queries and mutations over HTTP POST to /graphql, live data
 * over graphql-ws on the same path. A browser cannot set headers on a WebSocket, so the hub reads
 * the token from the connection_init payload (as GraphiQL sends it).
 */
export function createHubClient(): Client {
  const token = currentToken();
  const authorization = token ? `Bearer ${token}` : undefined;
  const ws = createWsClient({
    url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    connectionParams: () => (authorization ? { authorization } : {}),
    lazy: true,
    retryAttempts: Infinity,
    on: {
      connected: () => setLiveState("live"),
      // Closed on purpose when the last subscription ends (lazy): nothing is missing then.
      closed: (event) => setLiveState((event as CloseEvent | undefined)?.code === 1000 ? "idle" : "reconnecting"),
    },
  });
  return new Client({
    url: "/graphql",
    // POST only: the hub's CSRF prevention refuses a GET without a preflight header, and a GET would put the query in logs.
    preferGetMethod: false,
    // The API's answers change under the user's feet (other agencies act): ask again when a screen opens.
    requestPolicy: "cache-and-network",
    fetchOptions: (): RequestInit => ({ headers: authorization ? { authorization } : ({} as Record<string, string>) }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? "" };
          return { subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }) };
        },
      }),
    ],
  });
}
