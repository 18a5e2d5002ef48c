import { writeFileSync } from "node:fs";
import { buildHubSchema } from "../schema.js";
import { printHubSchema, SCHEMA_FILE } from "../schema-file.js";

/** `npm run schema`: writes schema/schema.graphql from the code. */
const schema = await buildHubSchema();
writeFileSync(SCHEMA_FILE, printHubSchema(schema));
console.log(`wrote ${SCHEMA_FILE}`);
