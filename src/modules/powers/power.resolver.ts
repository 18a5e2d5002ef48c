import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import type { RequestContext } from "../../context.js";
import type { Page } from "../../platform/graphql/connection.js";
import { BadInputError, NotFoundError } from "../../platform/graphql/errors.js";
import { present } from "../../platform/graphql/loaders.js";
import { selectionOf } from "../../platform/graphql/selection.js";
import { Agency } from "../agencies/agency.entity.js";
import { RepealLegalInstrumentInput } from "../legal/legal.inputs.js";
import { Matter } from "../matters/matter.entity.js";
import { Overlap, OverlapStatus } from "../overlaps/overlap.entity.js";
import { buildOverlapMatrix } from "../overlaps/overlap-matrix.js";
import { Region } from "../regions/region.entity.js";
import { PowerCategory } from "./power-enums.js";
import { jurisdictionText } from "./jurisdiction-text.js";
import { PowerState } from "./power.entity.js";
import { POWER_COLUMNS } from "./power-columns.js";
import { nodeSelection, planPowerReads, plannedAgency, plannedOverlaps, plannedPowers } from "./power-read-plan.js";
import { ImportReportType } from "./power-import.types.js";
import { parseCsv } from "./power-sheet.js";
import { AmendPowerInput, DeclarePowerInput, PowersArgs, WithdrawPowerInput } from "./power.inputs.js";
import {
  Jurisdiction,
  LegalBasis,
  LegalCatalogue,
  OverlapMatrix,
  PowerChangePayload,
  PowerConnection,
  RegulatoryGap,
  RepealPayload,
  RescanPayload,
  StaleLegalBasis,
} from "./power.types.js";

@Resolver(() => PowerState)
export class PowerResolver {
  @Query(() => PowerConnection, { description: "Power items by code; filter by agency, category, matter subtree, covering region, status, text, or as of a past day" })
  async powers(@Ctx() ctx: RequestContext, @Args(() => PowersArgs) args: PowersArgs, @Info() info: GraphQLResolveInfo): Promise<Page<PowerState>> {
    // Planned from the selection: the selected columns only, and the nested relations set by set (power-read-plan.ts).
    const nodes = nodeSelection(selectionOf(info));
    const page = await ctx.services.powers.list(ctx.actor, args, POWER_COLUMNS.propertiesFor(nodes));
    await planPowerReads(ctx, page.nodes, nodes);
    return page;
  }

  @Query(() => PowerState, { nullable: true })
  async power(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<PowerState | null> {
    const selection = selectionOf(info);
    const power = await ctx.services.powers.get(ctx.actor, id, POWER_COLUMNS.propertiesFor(selection));
    if (power) await planPowerReads(ctx, [power], selection);
    return power;
  }

  @Mutation(() => PowerChangePayload, { description: "Declares a power item (an agency officer for its own agency; chair, admin for any)" })
  declarePower(@Ctx() ctx: RequestContext, @Arg("input", () => DeclarePowerInput) input: DeclarePowerInput) {
    return ctx.services.powers.declare(ctx.actor, input);
  }

  @Mutation(() => PowerChangePayload, { description: "Amends a power item; the previous version stays in its history" })
  amendPower(@Ctx() ctx: RequestContext, @Arg("input", () => AmendPowerInput) input: AmendPowerInput) {
    return ctx.services.powers.amend(ctx.actor, input);
  }

  @Mutation(() => PowerChangePayload, { description: "Withdraws a power item (取消); its overlaps become obsolete" })
  withdrawPower(@Ctx() ctx: RequestContext, @Arg("input", () => WithdrawPowerInput) input: WithdrawPowerInput) {
    return ctx.services.powers.withdraw(ctx.actor, input);
  }

  @Mutation(() => RescanPayload, { description: "Recomputes every overlap (chair, admin); resolved ones stay resolved" })
  async rescanOverlaps(@Ctx() ctx: RequestContext): Promise<RescanPayload> {
    const result = await ctx.services.powers.rescan(ctx.actor);
    return { powersScanned: result.powersScanned, openedOverlaps: result.opened, closedOverlaps: result.closed };
  }

  @Mutation(() => RepealPayload, { description: "Marks an instrument repealed and answers the powers, agencies and open overlaps it affects; those agencies are told through their feeds (chair, admin)" })
  async repealLegalInstrument(@Ctx() ctx: RequestContext, @Arg("input", () => RepealLegalInstrumentInput) input: RepealLegalInstrumentInput): Promise<RepealPayload> {
    const result = await ctx.services.lawChanges.repeal(ctx.actor, input);
    return {
      instrument: result.instrument,
      affectedPowers: result.affectedPowers,
      affectedAgencies: present(await ctx.loaders.agencyById.loadMany(result.affectedAgencyIds)),
      openOverlaps: result.openOverlaps,
    };
  }

  @Mutation(() => ImportReportType, {
    description: "Imports a power list as CSV text with the columns 事项编码, 事项名称, 权力类型, 实施主体, 设定依据, 监管事项, 适用区域; all rows are checked first and nothing is written if one fails, unless partial is true",
  })
  importPowers(
    @Ctx() ctx: RequestContext,
    @Arg("csv", () => String, { description: "UTF-8 CSV, header row first" }) csv: string,
    @Arg("partial", () => Boolean, { defaultValue: false, description: "Import the valid rows even when others fail" }) partial: boolean,
  ): Promise<ImportReportType> {
    let sheet;
    try {
      sheet = parseCsv(csv);
    } catch (error) {
      throw BadInputError.field("csv", `is not readable CSV: ${(error as Error).message}`);
    }
    return ctx.services.powerImport.import(ctx.actor, sheet, { partial });
  }

  @Query(() => Jurisdiction, {
    description:
      "Which agencies' active powers cover a matter in a place on a day; disputed when more than one. Name the matter and the place by code " +
      "(matterCode, regionCode) or as people say them (matter: \"占道经营食品摊贩\" or just \"占道\", region: \"沛城街道\"); a name that fits " +
      "several records is refused with the candidates listed. The answer carries the codes found.",
  })
  async jurisdiction(
    @Ctx() ctx: RequestContext,
    @Arg("matterCode", () => String, { nullable: true, description: "The matter's code, e.g. FOOD.STREET_STALL (or give `matter`)" }) matterCode: string | undefined,
    @Arg("regionCode", () => String, { nullable: true, description: "The region's division code, e.g. 320322001 (or give `region`)" }) regionCode: string | undefined,
    @Arg("category", () => PowerCategory, { defaultValue: PowerCategory.PENALTY }) category: PowerCategory,
    @Arg("at", () => LocalDateResolver, { nullable: true, description: "Default: today in the county" }) at?: string,
    @Arg("matter", () => String, { nullable: true, description: "The matter by its Chinese name, a part of it only one matter has, or its code (instead of matterCode)" }) matter?: string,
    @Arg("region", () => String, { nullable: true, description: "The place by its Chinese name, a part of it only one region has, or its code (instead of regionCode)" }) region?: string,
  ): Promise<Jurisdiction> {
    const where = { matterCode: matterCode ?? undefined, regionCode: regionCode ?? undefined, matter: matter ?? undefined, region: region ?? undefined };
    const j = await ctx.services.jurisdiction.jurisdiction(ctx.actor, where, category, at);
    const agencies = present(await ctx.loaders.agencyById.loadMany(j.agencyIds));
    const lead = j.leadAgencyId ? await ctx.loaders.agencyById.load(j.leadAgencyId) : null;
    const summary = jurisdictionText({ matter: j.matter.name, region: j.region.name, category }, agencies.map((a) => a.name), lead?.name ?? null);
    return { ...j, agencies, lead, summary };
  }

  @Query(() => [RegulatoryGap], { description: "Leaf matters and towns with no active power of the category covering them (监管空白)" })
  regulatoryGaps(
    @Ctx() ctx: RequestContext,
    @Arg("category", () => PowerCategory, { defaultValue: PowerCategory.PENALTY }) category: PowerCategory,
    @Arg("regionCode", () => String, { nullable: true, description: "Default: the whole county" }) regionCode?: string,
  ): Promise<RegulatoryGap[]> {
    return ctx.services.jurisdiction.gaps(ctx.actor, category, regionCode);
  }

  @Query(() => OverlapMatrix, { description: "Overlap counts between every two agencies, in total and by severity, agencies by code (default: OPEN and UNDER_REVIEW)" })
  async overlapMatrix(
    @Ctx() ctx: RequestContext,
    @Arg("status", () => [OverlapStatus], { nullable: true }) status?: OverlapStatus[],
  ): Promise<OverlapMatrix> {
    const rows = await ctx.services.overlaps.matrixRows(ctx.actor, status ?? []);
    const agencies = present(await ctx.loaders.agencyById.loadMany([...new Set(rows.flatMap((r) => [r.a, r.b]))]));
    agencies.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const matrix = buildOverlapMatrix(rows, agencies.map((a) => a.id));
    return { agencies, counts: matrix.counts, pairs: matrix.pairs.map((p) => ({ ...p, a: byId.get(p.a)!, b: byId.get(p.b)! })) };
  }

  @Query(() => LegalCatalogue, { description: "The instruments and articles an agency's powers rest on, by level and title (分类排序、列明目录)" })
  async legalCatalogue(@Ctx() ctx: RequestContext, @Arg("agencyId", () => ID) agencyId: string): Promise<LegalCatalogue> {
    const catalogue = await ctx.services.lawChanges.catalogueOf(ctx.actor, agencyId);
    const agency = await ctx.loaders.agencyById.load(agencyId);
    if (!agency) throw new NotFoundError("Agency", agencyId);
    return { agency, levels: catalogue.levels };
  }

  @Query(() => [StaleLegalBasis], { description: "Powers that still rest on a repealed instrument" })
  staleLegalBases(@Ctx() ctx: RequestContext): Promise<StaleLegalBasis[]> {
    return ctx.services.lawChanges.staleBases(ctx.actor);
  }

  // Planned reads answer without a promise (power-read-plan.ts); anything else goes through the loader.
  @FieldResolver(() => Agency)
  agency(@Root() power: PowerState, @Ctx() ctx: RequestContext): Agency | Promise<Agency> {
    return plannedAgency(power) ?? ctx.loaders.agencyById.load(power.agencyId).then((a) => a!);
  }

  @FieldResolver(() => [Matter])
  async matters(@Root() power: PowerState, @Ctx() ctx: RequestContext): Promise<Matter[]> {
    return present(await ctx.loaders.matterByCode.loadMany(power.matterCodes));
  }

  @FieldResolver(() => [Region])
  async regions(@Root() power: PowerState, @Ctx() ctx: RequestContext): Promise<Region[]> {
    return present(await ctx.loaders.regionByCode.loadMany(power.regionCodes));
  }

  @FieldResolver(() => [LegalBasis], { description: "The articles it rests on (设定依据)" })
  async legalBases(@Root() power: PowerState, @Ctx() ctx: RequestContext): Promise<LegalBasis[]> {
    const articles = present(await ctx.loaders.articleById.loadMany(power.articleIds));
    const instruments = await ctx.loaders.instrumentById.loadMany(articles.map((a) => a.instrumentId));
    return articles.map((article, i) => ({ article, instrument: instruments[i] as LegalBasis["instrument"] }));
  }

  @FieldResolver(() => [Overlap], { description: "Its live overlaps (OPEN, UNDER_REVIEW) that you may see" })
  overlaps(@Root() power: PowerState, @Ctx() ctx: RequestContext): Overlap[] | Promise<Overlap[]> {
    return (
      plannedOverlaps(power) ??
      ctx.loaders.liveOverlapsByPower.load(power.id).then((all) => all.filter((o) => ctx.services.access.allowsOverlap(ctx.actor, o.agencyIds)))
    );
  }

  @FieldResolver(() => [PowerState], { description: "Every recorded version, oldest first" })
  history(@Root() power: PowerState, @Ctx() ctx: RequestContext): Promise<PowerState[]> {
    return ctx.loaders.powerHistory.load(power.id);
  }
}

@Resolver(() => Overlap)
export class OverlapPowersResolver {
  @FieldResolver(() => [PowerState], { description: "The two powers, in the order of powerIds" })
  powers(@Root() overlap: Overlap, @Ctx() ctx: RequestContext): PowerState[] | Promise<PowerState[]> {
    return plannedPowers(overlap) ?? ctx.loaders.powerById.loadMany(overlap.powerIds).then(present);
  }
}
