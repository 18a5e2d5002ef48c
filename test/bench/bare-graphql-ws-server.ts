import { setMaxListeners } from "node:events";
import { createServer } from "node:http";
import { createPubSub } from "@graphql-yoga/subscription";
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";

/**
 * The yardstick of `npm run bench:subscriptions`: a bare graphql-ws server as one would write it
 * from the libraries' own examples. `useServer` on `ws`, a small graphql-js schema whose
 * `hubEvents(topics)` yields the shape the hub's does (`{ cursor subjectIds }`), fed by an
 * in-process pub/sub (graphql-yoga's `createPubSub`, the one type-graphql uses), and graphql-ws's
 * default `subscribe`: graphql-js executes the selection once per event per subscriber.
 *
 * No database, no tokens, no access rules: what it costs is the floor of delivering over graphql-ws.
 * The bench's mutations arrive as `POST /graphql` with `variables.input.code`; each publishes one
 * event with the next cursor and answers as the hub's `createMatter` would. `GET /readyz` says it listens.
 *
 * Run as its own process by the bench: `PORT=… node dist/test/bench/bare-graphql-ws-server.js`.
 */

interface BareEvent {
  cursor: string;
  subjectIds: string[];
}

// One listener per subscriber: a thousand of them is the point, not a leak.
const eventTarget = new EventTarget();
setMaxListeners(0, eventTarget);
const pubSub = createPubSub<{ event: [BareEvent] }>({ eventTarget });
let cursor = 0;

const HubEvent = new GraphQLObjectType<BareEvent>({
  name: "HubEvent",
  fields: {
    cursor: { type: new GraphQLNonNull(GraphQLString) },
    subjectIds: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))) },
  },
});

const EventTopic = new GraphQLEnumType({ name: "EventTopic", values: { MATTER: {} } });

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLBoolean, resolve: () => true } } }),
  subscription: new GraphQLObjectType({
    name: "Subscription",
    fields: {
      hubEvents: {
        type: new GraphQLNonNull(HubEvent),
        args: { topics: { type: new GraphQLList(new GraphQLNonNull(EventTopic)) } },
        subscribe: () => pubSub.subscribe("event"),
        resolve: (event: BareEvent) => event,
      },
    },
  }),
});

function publish(body: string): string {
  const code = String((JSON.parse(body) as { variables?: { input?: { code?: string } } }).variables?.input?.code ?? "");
  cursor++;
  pubSub.publish("event", { cursor: String(cursor), subjectIds: [code] });
  return JSON.stringify({ data: { createMatter: { code } } });
}

const httpServer = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/readyz") {
    response.writeHead(200, { "content-type": "text/plain" }).end("ready");
    return;
  }
  if (request.method !== "POST" || request.url !== "/graphql") {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    try {
      const answer = publish(Buffer.concat(chunks).toString("utf8"));
      response.writeHead(200, { "content-type": "application/json" }).end(answer);
    } catch (error) {
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});

const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
const graphqlWs = useServer({ schema }, wsServer);

httpServer.listen(Number(process.env.PORT ?? 4100), "127.0.0.1");

process.once("SIGTERM", () => {
  void Promise.resolve(graphqlWs.dispose()).finally(() => {
    httpServer.close(() => process.exit(0));
    httpServer.closeAllConnections();
  });
});
