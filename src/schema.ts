import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { HUB_MODULES } from "./hub-modules.js";

/** Every module's resolvers. */
export const RESOLVERS = HUB_MODULES.resolvers;

/** Builds the executable schema; class-validator rules run on every input (off by default in v2). */
export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS as [Function, ...Function[]],
    validate: { forbidUnknownValues: false },
    // Every subscription brings its own `subscribe` (the event log's replay-then-live stream);
    // type-graphql still insists on a PubSub, so it gets one that refuses to be used.
    pubSub: {
      publish() {
        throw new Error("the hub publishes through the event log, not type-graphql's PubSub");
      },
      subscribe() {
        throw new Error("the hub subscribes through the event log, not type-graphql's PubSub");
      },
    },
    emitSchemaFile: false,
  });
}
