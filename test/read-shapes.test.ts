import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Kind, type DocumentNode, type SelectionSetNode } from "graphql";
import { graphql } from "./gql/index.js";
import { startTestHub, type TestHub } from "./support/hub.js";
import { factories } from "./support/factories.js";
import { Role } from "../src/platform/auth/actor.js";
import { agencyIdForCode } from "../src/modules/agencies/agency-id.js";

// The three read shapes of `npm run bench:api`, planned from their selection (power-read-plan.ts):
// the statements they send follow the query's shape, never the number of rows, and none is sent
// for a relation the query does not select.
const FlatAgencies = graphql(`query ShapeFlatAgencies { agencies { id code name shortName kind active version } }`);
const PowerPage = graphql(`
  query ShapePowerPage {
    powers(first: 100) {
      nodes { id code name category agency { code name } overlaps { key kind severity powers { code name agency { code name } } } }
    }
  }
`);
const AgencyPowers = graphql(`
  query ShapeAgencyPowers($agencyId: ID!) {
    agency(id: $agencyId) { code name }
    powers(agencyId: $agencyId, first: 100) { nodes { id code name category overlaps { key kind severity powers { code name } } } }
  }
`);
// The same page with less selected: each relation left out saves its statement.
const PageOnly = graphql(`query ShapePageOnly { powers(first: 100) { nodes { id code } } }`);
const PageWithoutAgencies = graphql(`
  query ShapePageWithoutAgencies { powers(first: 100) { nodes { id code overlaps { key powers { code name } } } } }
`);
const PageWithoutOverlapPowers = graphql(`
  query ShapePageWithoutOverlapPowers { powers(first: 100) { nodes { id code agency { code } overlaps { key } } } }
`);

// One selection, reached once through the planner (powers, power) and once through the loaders
// (overlaps → powers): aliases, fragments, __typename, a relation selected twice, a directive, and
// fields the planner leaves to the loaders beside those it plans.
graphql(`
  fragment PlanOverlapBits on Overlap { severity agencies { code } }
`);
graphql(`
  fragment PlanPowerFields on Power {
    __typename
    id
    code
    label: name
    ... on Power { category agency { __typename code } }
    boss: agency { name shortName region { code } }
    matters { code }
    regionCodes
    legalBases { article { label } }
    overlaps { __typename key kind ...PlanOverlapBits powers { code agency { code } again: agency { name } } }
    history @include(if: $withHistory) { version }
    validFrom @skip(if: $withHistory)
  }
`);
const PlannedPowersQuery = graphql(`
  query PlannedPowersOnly($withHistory: Boolean!) {
    powers(first: 40) { edges { cursor node { id label: code } } nodes { ...PlanPowerFields } }
  }
`);
const LoadedPowersQuery = graphql(`
  query LoadedPowersOnly($withHistory: Boolean!) {
    overlaps(first: 10) { nodes { powers { ...PlanPowerFields } } }
  }
`);
const PlannedPowerQuery = graphql(`
  query PlannedPowerOnly($id: ID!, $withHistory: Boolean!) {
    power(id: $id) { ...PlanPowerFields }
  }
`);
const OfficerPage = graphql(`
  query ShapeOfficerPage { powers(first: 100) { nodes { id overlaps { key agencyIds powers { id agency { code } } } } } }
`);

let t: TestHub;
let make: ReturnType<typeof factories>;
const BIG = "RSBIG";
let parentMatter: unknown;

beforeAll(async () => {
  t = await startTestHub({}, { countStatementsPerRequest: true });
  make = factories(t);
  await make.county();
  await make.agency(BIG);
});
afterAll(() => t?.stop());

/**
 * Groups of three powers over a matter of their own: one of the busy agency's and one each of two
 * agencies of the group's. Each group opens three overlaps (every pair), so powers, overlaps and
 * agencies all grow with the groups.
 */
async function addGroups(from: number, to: number) {
  for (let g = from; g < to; g++) {
    const matter = `RS.M${g}`;
    if (!parentMatter) parentMatter = await make.matter("RS", { name: "读取测试" });
    await make.matter(matter, { name: `读取测试事项${g}` });
    for (const code of [BIG, `RS${g}A`, `RS${g}B`]) {
      const agencyId = code === BIG ? agencyIdForCode(BIG) : (await make.agency(code)).id;
      await make.power(agencyId, `RS-${code}-${g}`, { matterCodes: [matter], category: "INSPECTION" });
    }
  }
}

let requests = 0;
async function counted<R>(document: unknown, variables: Record<string, unknown> = {}, token?: string) {
  const requestId = `read-shape-${++requests}`;
  const result = await t.gql(document as never, variables as never, { requestId, token });
  expect(result.errors).toBeUndefined();
  return { statements: t.hub.db.counter.forRequest(requestId), data: result.data as R };
}

/** A query's depth: the longest chain of fields from a root field to a leaf, both counted (fragments add none). */
function depthOf(document: DocumentNode): number {
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d.selectionSet]));
  const depth = (set: SelectionSetNode): number =>
    Math.max(
      0,
      ...set.selections.map((s) =>
        s.kind === Kind.FIELD ? 1 + (s.selectionSet ? depth(s.selectionSet) : 0) : depth(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : fragments.get(s.name.value)!),
      ),
    );
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return depth(operation.selectionSet);
}

type PageData = { powers: { nodes: { overlaps: { powers: unknown[] }[] }[] } };

async function measureShapes() {
  const busy = agencyIdForCode(BIG);
  const flat = await counted<{ agencies: unknown[] }>(FlatAgencies);
  const page = await counted<PageData>(PowerPage);
  const agency = await counted<PageData>(AgencyPowers, { agencyId: busy });
  const links = (data: PageData) => data.powers.nodes.reduce((n, p) => n + p.overlaps.reduce((m, o) => m + o.powers.length, 0), 0);
  return {
    statements: [flat.statements, page.statements, agency.statements],
    sizes: [flat.data.agencies.length, links(page.data), links(agency.data)],
    pageOnly: (await counted(PageOnly)).statements,
    withoutAgencies: (await counted(PageWithoutAgencies)).statements,
    withoutOverlapPowers: (await counted(PageWithoutOverlapPowers)).statements,
  };
}

describe("SQL statements of the three read shapes", () => {
  it("stay the same for 2 and for 8 groups of overlapping powers, stay within the query's depth, and leave out what is not selected", async () => {
    await addGroups(0, 2);
    const small = await measureShapes();
    await addGroups(2, 8);
    const large = await measureShapes();
    console.log(`read shapes: ${large.statements.join(" / ")} SQL statements for ${small.sizes.join(" / ")} and for ${large.sizes.join(" / ")} agencies / overlap links / overlap links`);
    for (let i = 0; i < 3; i++) expect(large.sizes[i]).toBeGreaterThan(small.sizes[i] * 1.5);
    expect(large).toEqual({ ...small, sizes: large.sizes });

    // The page alone is one statement, plus the page's COUNT while connections still count whether
    // or not totalCount is selected (not this planner's to change): `counting` is that one, or none.
    const counting = large.pageOnly - 1;
    expect([0, 1]).toContain(counting);
    // flat list: one; page → agency, overlaps → powers → agency: page, overlaps, their powers, the
    // agencies of both levels at once; agency, page → overlaps → powers: agency, page, overlaps, powers.
    expect(large.statements).toEqual([1, large.pageOnly + 3, 1 + large.pageOnly + 2]);
    expect(large.withoutAgencies).toBe(large.pageOnly + 2);
    expect(large.withoutOverlapPowers).toBe(large.pageOnly + 2);
    const depths = [FlatAgencies, PowerPage, AgencyPowers].map((d) => depthOf(d as DocumentNode));
    large.statements.forEach((n, i) => expect(n - counting).toBeLessThanOrEqual(depths[i]));
  });
});

type PowerAnswer = { id: string } & Record<string, unknown>;

describe("The planned read and the loaders", () => {
  it("answer the same for one selection with aliases, fragments, __typename, a relation selected twice and directives", async () => {
    if ((await t.gql(PageOnly)).data!.powers.nodes.length < 6) await addGroups(10, 12);
    for (const withHistory of [true, false]) {
      const planned = await t.gql(PlannedPowersQuery, { withHistory });
      const loaded = await t.gql(LoadedPowersQuery, { withHistory });
      expect(planned.errors).toBeUndefined();
      expect(loaded.errors).toBeUndefined();
      const byId = new Map((planned.data!.powers.nodes as PowerAnswer[]).map((p) => [p.id, p]));
      const reached = (loaded.data!.overlaps.nodes as { powers: PowerAnswer[] }[]).flatMap((o) => o.powers);
      const both = reached.filter((p) => byId.has(p.id));
      expect(both.length).toBeGreaterThanOrEqual(6);
      for (const power of both) {
        // Overlaps come in the order the overlap statement gives them on both paths; compare them as sets by key.
        const sorted = (p: PowerAnswer) => ({ ...p, overlaps: [...(p.overlaps as { key: string }[])].sort((a, b) => a.key.localeCompare(b.key)) });
        expect(sorted(byId.get(power.id)!)).toEqual(sorted(power));
        expect(Object.keys(byId.get(power.id)!)).toEqual(Object.keys(power));
      }
      const one = await t.gql(PlannedPowerQuery, { id: both[0].id, withHistory });
      expect(one.errors).toBeUndefined();
      expect(one.data!.power).toEqual(byId.get(both[0].id));
      const edges = planned.data!.powers.edges;
      expect(edges.map((e) => e.node.id)).toEqual([...byId.keys()]);
    }
  });
});

describe("An agency officer on the planned read", () => {
  it("sees only the overlaps its agency is party to, as the access gate says, where the chair sees them all", async () => {
    if ((await t.gql(PageOnly)).data!.powers.nodes.length < 6) await addGroups(20, 22);
    // an agency of one group: party to two of the group's three overlaps
    const code = (await t.gql(PageOnly)).data!.powers.nodes.map((p) => /^RS-(RS\d+A)-/.exec(p.code)?.[1]).find(Boolean)!;
    const officer = await t.token(Role.AGENCY_OFFICER, code);
    const chair = await counted<{ powers: { nodes: { id: string; overlaps: { key: string; agencyIds: string[] }[] }[] } }>(OfficerPage);
    const own = await counted<typeof chair.data>(OfficerPage, {}, officer);
    const mine = agencyIdForCode(code);
    const chairKeys = chair.data.powers.nodes.flatMap((p) => p.overlaps.map((o) => `${p.id} ${o.key}`));
    const ownKeys = own.data.powers.nodes.flatMap((p) => p.overlaps.map((o) => `${p.id} ${o.key}`));
    const expected = chair.data.powers.nodes.flatMap((p) => p.overlaps.filter((o) => o.agencyIds.includes(mine)).map((o) => `${p.id} ${o.key}`));
    expect(ownKeys.length).toBeGreaterThan(0);
    expect(ownKeys.length).toBeLessThan(chairKeys.length);
    expect(ownKeys.sort()).toEqual(expected.sort());
    expect(own.data.powers.nodes.map((p) => p.id)).toEqual(chair.data.powers.nodes.map((p) => p.id));
  });
});
