import { resolve } from "node:path";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

/** The committed schema (npm scripts and tests run from the project root): clients and reviewers read it; a test fails when it is stale. */
export const SCHEMA_FILE = resolve(process.cwd(), "schema/schema.graphql");

/** Sorted so that moving code around never changes the file. */
export function printHubSchema(schema: GraphQLSchema): string {
  return `# Emitted from the code by \`npm run schema\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
