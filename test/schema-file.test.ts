import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildHubSchema } from "../src/schema.js";
import { printHubSchema, SCHEMA_FILE } from "../src/schema-file.js";

describe("schema/schema.graphql", () => {
  it("is what the code builds (run `npm run schema` and commit it when this fails)", async () => {
    const built = printHubSchema(await buildHubSchema());
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(built);
  });

  it("describes every type a client author reads", async () => {
    const schema = await buildHubSchema();
    const undocumented = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith("__") && !["String", "Boolean", "Int", "Float", "ID", "Query", "Mutation", "Subscription"].includes(type.name))
      .filter((type) => !type.description)
      .map((type) => type.name);
    expect(undocumented).toEqual([]);
  });
});
