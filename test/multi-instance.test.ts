import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { ADMIN_URL } from "./support/databases.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { subscribe } from "./support/subscriptions.js";

// Several hub instances share work through one PostgreSQL database: LISTEN/NOTIFY wakes each
// instance's reader. Embedded PGlite is one process by design, so this runs on PostgreSQL only.
const onPostgres = Boolean(ADMIN_URL);

const MatterEvents = graphql(`
  subscription MatterEvents($after: String) {
    hubEvents(after: $after, topics: [MATTER]) { cursor subjectIds }
  }
`);
const CreateMatter = graphql(`
  mutation InstanceCreateMatter($input: CreateMatterInput!) { createMatter(input: $input) { code } }
`);

let a: TestHub;
let b: TestHub;

beforeAll(async () => {
  if (!onPostgres) return;
  a = await startTestHub();
  b = await startTestHub({}, { shareDatabaseOf: a });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

describe.runIf(onPostgres)("two hub instances on one PostgreSQL database", () => {
  it("deliver a mutation made on A to a subscriber on B, live and in order", async () => {
    const onB = subscribe(b.url, b.chair, MatterEvents, {});
    // No acknowledgement per subscribe in graphql-ws: publish until the first one is seen, for as
    // long as a loaded machine needs (the test's own time limit stops a broken hub).
    let n = 0;
    while (onB.items.length === 0) {
      await a.gql(CreateMatter, { input: { code: `PROBE_${n++}`, name: "probe" } });
      await onB.waitFor(1, 250).catch(() => undefined);
    }
    const seen = onB.items.length;
    for (const code of ["FOOD", "FOOD.STREET_STALL", "URBAN"]) await a.gql(CreateMatter, { input: { code, name: code } });
    const items = await onB.waitFor(seen + 3);
    expect(items.slice(seen).map((i) => i.hubEvents.subjectIds[0])).toEqual(["FOOD", "FOOD.STREET_STALL", "URBAN"]);
    await onB.dispose();
  });

  it("lets B's subscriber resume from a cursor and receive what A wrote meanwhile", async () => {
    // One event of its own first, so that the log has a head to resume from whatever ran before.
    expect((await a.gql(CreateMatter, { input: { code: "WATER", name: "水务" } })).errors).toBeUndefined();
    const head = (await b.gql(graphql(`query Head { events(first: 500) { nodes { cursor } } }`), {})).data!.events.nodes.at(-1)!.cursor;
    await a.gql(CreateMatter, { input: { code: "LAND", name: "土地" } });
    const resumed = subscribe(b.url, b.chair, MatterEvents, { after: head });
    const [item] = await resumed.waitFor(1);
    expect(item.hubEvents.subjectIds).toEqual(["LAND"]);
    await resumed.dispose();
  });
});

describe.runIf(!onPostgres)("on embedded PGlite", () => {
  it("runs one instance only, so the cross-instance tests run on PostgreSQL (DATABASE_URL)", () => {
    expect(onPostgres).toBe(false);
  });
});
