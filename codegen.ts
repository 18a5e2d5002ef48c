import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types the GraphQL documents that tests (and client authors following them) send, from the
 * committed schema. Run `npm run codegen` after `npm run schema` when either changes.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/**/*.ts", "!test/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "test/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { LocalDate: "string", DateTimeISO: "string", SafeInt: "number" },
      },
    },
  },
};

export default config;
