import type { CodegenConfig } from "@graphql-codegen/cli";

/** The same typing for both clients of the schema that live in this repository. */
const typed = {
  preset: "client",
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    emitLegacyCommonJSImports: false,
    scalars: { LocalDate: "string", DateTimeISO: "string", SafeInt: "number" },
  },
} as const;

/**
 * Types the GraphQL documents that tests (and client authors following them) and the console send,
 * from the committed schema. Run `npm run codegen` after `npm run schema` when either changes.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "test/gql/": { ...typed, documents: ["test/**/*.ts", "!test/gql/**"] },
    "src/console/gql/": { ...typed, documents: ["src/console/**/*.{ts,tsx}", "!src/console/gql/**"] },
  },
};

export default config;
