import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  astFromValue,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
  type GraphQLInputType,
} from "graphql";
import { Role } from "../src/platform/auth/actor.js";
import { countyInstant, startTestHub, type TestHub } from "./support/hub.js";
import { addCalendarDays } from "../src/modules/cases/statutory-clock.js";
import { factories, COUNTY, TOWN } from "./support/factories.js";
import { committedSchema, operationFor, rootFields, type RootField } from "./support/schema-operations.js";

/**
 * Schema-driven fuzzing: queries and mutations generated from schema/schema.graphql, every
 * argument filled with values a hostile or careless client might send, as the chair, an agency
 * officer and an intake system. Whatever the hub answers, it must be a coded error at worst:
 * never INTERNAL_SERVER_ERROR, never an HTTP 5xx. A fixed seed makes every run the same requests.
 */

const SEED = 20_261_127;
const RUNS = 2_500;

/** Strings the guard refuses outright; rare, so that most requests reach the resolvers. */
const REFUSED_TEXT = ["\u0000", "证据\u0000", "\ud800", "尾\udfff", "\udc00\ud800"];
/** Strings the guard lets through that are still trouble: SQL and LIKE metacharacters, sizes, look-alikes. */
const AWKWARD_TEXT = [
  "", " ", "\t\n", "'", "''; DROP TABLE agency; --", "%", "_", "\\", "%_\\%", "a".repeat(5_000), "😀", "\u202e", "\ufeff",
  "null", "undefined", "NaN", "Infinity", "-1", "0", "1e400", "9".repeat(40), "9223372036854775808", "{}", "[]",
  "2026-02-30", "0000-00-00", "9999-12-31", "+275760-09-13", "2026-03-02T09:00:00+08:00",
  COUNTY, TOWN, "32032210", "FOOD", "FOOD.STREET_STALL", "FOOD.", ".", "SCJGJ", "scjgj", "PEI-2026-000001",
  "《中华人民共和国食品安全法》第36条", "事项编码,事项名称\n\"x", "\"", "<script>", "沛城街道",
];

const text = (awkward: string[] = AWKWARD_TEXT) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...awkward) },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(...REFUSED_TEXT) },
  );

let ids: string[] = [];

/** Values for each scalar: the plausible, the boundary and the wrong. */
function scalar(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case "ID":
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ids) },
        { weight: 2, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: fc.constantFrom("00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "not-a-uuid", "1", "") },
        { weight: 1, arbitrary: fc.constantFrom(...REFUSED_TEXT) },
      );
    case "Int":
      return fc.oneof(fc.constantFrom(0, 1, -1, 20, 100, 101, 2_147_483_647, -2_147_483_648, 1.5, 2 ** 31), fc.integer());
    case "Float":
      return fc.oneof(fc.constantFrom(0, -0, 0.5, 1.5, -1, 20, 80, 100, 1e13, 1e308, -1e308, 5e-324), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case "SafeInt":
      return fc.constantFrom(0, 1, -1, 204_800, 1e13, 1e13 + 1, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 1.5);
    case "Boolean":
      return fc.boolean();
    case "LocalDate":
      return fc.oneof(fc.constantFrom("2026-03-02", "2026-02-29", "2026-02-30", "0001-01-01", "9999-12-31", "2026-13-01", "26-3-2"), text());
    case "DateTimeISO":
      return fc.oneof(
        fc.constantFrom("2026-03-02T09:00:00+08:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "2026-03-02T25:00:00Z"),
        text(),
      );
    case "JSONObject":
      return fc.oneof(fc.constant({}), fc.dictionary(text(), text(), { maxKeys: 2 }));
    default:
      return text();
  }
}

/** A value of an input type: lists of up to three, optional fields sometimes, null sometimes. */
function value(type: GraphQLInputType, depth = 3): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  let arb: fc.Arbitrary<unknown>;
  if (isListType(inner)) arb = fc.array(value(inner.ofType as GraphQLInputType, depth), { maxLength: 3 });
  else if (isEnumType(inner)) arb = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.value)) }, { weight: 1, arbitrary: text() });
  else if (isScalarType(inner)) arb = scalar(inner.name);
  else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter((f) => depth > 0 || isNonNullType(f.type));
    arb = fc.record(Object.fromEntries(fields.map((f) => [f.name, value(f.type, depth - 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  } else throw new Error(`not an input type: ${String(type)}`);
  return required ? arb : fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
}

/**
 * The same call with the arguments written into the document as literals, so the guard's literal
 * path and GraphQL's own literal parsing are fuzzed too; undefined when a value has no literal
 * form for its type (GraphQL would refuse it as a variable anyway, which the variables form tests).
 */
function inlineOperation({ kind, field }: RootField, variables: Record<string, unknown>): string | undefined {
  const args: string[] = [];
  for (const arg of field.args) {
    if (!(arg.name in variables)) continue;
    let literal;
    try {
      literal = astFromValue(variables[arg.name], arg.type);
    } catch {
      return undefined;
    }
    if (!literal) return undefined;
    args.push(`${arg.name}: ${print(literal)}`);
  }
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  return `${kind} { ${field.name}${args.length ? `(${args.join(", ")})` : ""}${selection} }`;
}

async function must(request: Promise<{ data?: unknown; errors?: readonly unknown[] }>): Promise<unknown> {
  const { data, errors } = await request;
  if (errors?.length) throw new Error(`setting up the fuzz data failed: ${JSON.stringify(errors)}`);
  return data;
}

let t: TestHub;
let tokens: string[];
beforeAll(async () => {
  t = await startTestHub();
  const make = factories(t);
  await make.county();
  const scjgj = await make.agency("SCJGJ");
  const cgj = await make.agency("CGJ", { regionCode: TOWN });
  const officer = await make.officer(scjgj.id, "张三", { number: "32030001", validFrom: addCalendarDays(t.clock.today(), -300), validUntil: addCalendarDays(t.clock.today(), 1500) });
  // A case and a meeting, so that ids in the pool reach the lifecycle code, not only NOT_FOUND.
  await must(t.gql(`mutation { a: createMatter(input: { code: "FOOD", name: "食品" }) { code } b: createMatter(input: { code: "FOOD.STREET_STALL", name: "占道经营食品摊贩" }) { code } }`));
  const reported = await must(
    t.gql(`mutation($input: ReportCaseInput!) { reportCase(input: $input) { case { id } } }`, {
      input: { title: "夜市占道经营", description: "路口油烟扰民", matterCode: "FOOD.STREET_STALL", regionCode: TOWN, source: "HOTLINE_12345", occurredAt: countyInstant(t.clock, -1) },
    }),
  );
  const convened = await must(
    t.gql(`mutation($input: ConveneMeetingInput!) { conveneMeeting(input: $input) { id } }`, {
      input: { kind: "AD_HOC", title: "临时联席会议", place: "县政府三楼会议室", scheduledAt: countyInstant(t.clock, 2, "14:30") },
    }),
  );
  ids = [scjgj.id, cgj.id, officer.id, (reported as { reportCase: { case: { id: string } } }).reportCase.case.id, (convened as { conveneMeeting: { id: string } }).conveneMeeting.id];
  tokens = [t.chair, await t.token(Role.AGENCY_OFFICER, "SCJGJ"), await t.token(Role.INTAKE)];
});
afterAll(() => t?.stop());

describe("schema-driven fuzzing", () => {
  it(`answers ${RUNS} generated queries and mutations with hostile arguments without one internal error or 5xx`, async () => {
    const schema = committedSchema();
    const roots = new Map(rootFields(schema, ["query", "mutation"]).map((r) => [`${r.kind} ${r.field.name}`, r]));
    // Counterexamples print the field's name and the variables, not the schema objects.
    const request = fc
      .constantFrom(...roots.values())
      .chain((root) =>
        fc.record({
          field: fc.constant(`${root.kind} ${root.field.name}`),
          token: fc.nat(tokens.length - 1),
          inline: fc.boolean(),
          variables: fc.record(Object.fromEntries(root.field.args.map((a) => [a.name, value(a.type)])), {
            requiredKeys: root.field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
          }),
        }),
      );
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ field, token, inline, variables }) => {
        const root = roots.get(field)!;
        const literal = inline ? inlineOperation(root, variables) : undefined;
        const result = literal
          ? await t.gql(literal, {}, { token: tokens[token] })
          : await t.gql(operationFor(root, root.field.args), variables, { token: tokens[token] });
        const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
        for (const code of codes.length ? codes : ["OK"]) outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        expect(result.status, JSON.stringify(result.errors)).toBeLessThan(500);
        expect(codes, JSON.stringify(result.errors)).not.toContain("INTERNAL_SERVER_ERROR");
        expect(codes.every((c) => c !== "undefined"), JSON.stringify(result.errors)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The fuzzing reached past the guard: some requests succeeded and some were refused by it.
    expect(outcomes.get("OK") ?? 0).toBeGreaterThan(RUNS / 20);
    expect(outcomes.get("BAD_USER_INPUT") ?? 0).toBeGreaterThan(RUNS / 20);
  }, 120_000);
});
