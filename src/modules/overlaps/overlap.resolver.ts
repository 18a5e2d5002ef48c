import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { Connection, type Page } from "../../platform/graphql/connection.js";
import { present } from "../../platform/graphql/loaders.js";
import { Agency } from "../agencies/agency.entity.js";
import { LegalArticle } from "../legal/legal.entity.js";
import { Matter } from "../matters/matter.entity.js";
import { Region } from "../regions/region.entity.js";
import { Overlap } from "./overlap.entity.js";
import { OverlapsArgs } from "./overlap.inputs.js";
import { overlapSummaryText } from "./overlap-text.js";

@ObjectType({ description: "A page of overlaps, most severe first" })
export class OverlapConnection extends Connection(Overlap, "Overlap") {}

@Resolver(() => Overlap)
export class OverlapResolver {
  @Query(() => OverlapConnection, { description: "Overlaps you may see (an agency: those it is party to); default OPEN and UNDER_REVIEW" })
  overlaps(@Ctx() ctx: RequestContext, @Args(() => OverlapsArgs) args: OverlapsArgs): Promise<Page<Overlap>> {
    return ctx.services.overlaps.list(ctx.actor, args);
  }

  @Query(() => Overlap, { nullable: true })
  overlap(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Overlap | null> {
    return ctx.services.overlaps.get(ctx.actor, id);
  }

  @FieldResolver(() => [Agency], { description: "The two agencies, in the order of powerIds" })
  async agencies(@Root() overlap: Overlap, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    return present(await ctx.loaders.agencyById.loadMany(overlap.agencyIds));
  }

  @FieldResolver(() => [Matter], { description: "The shared matters" })
  async matters(@Root() overlap: Overlap, @Ctx() ctx: RequestContext): Promise<Matter[]> {
    return present(await ctx.loaders.matterByCode.loadMany(overlap.matterCodes));
  }

  @FieldResolver(() => [Region], { description: "The shared regions" })
  async regions(@Root() overlap: Overlap, @Ctx() ctx: RequestContext): Promise<Region[]> {
    return present(await ctx.loaders.regionByCode.loadMany(overlap.regionCodes));
  }

  @FieldResolver(() => String, {
    description: "The overlap in one sentence for people: the agencies, places, matters and category by name, its kind and severity (in Chinese)",
  })
  async summary(@Root() o: Overlap, @Ctx() ctx: RequestContext): Promise<string> {
    const [agencies, matters, regions] = await Promise.all([
      ctx.loaders.agencyById.loadMany(o.agencyIds),
      ctx.loaders.matterByCode.loadMany(o.matterCodes),
      ctx.loaders.regionByCode.loadMany(o.regionCodes),
    ]);
    const named = (codes: string[], found: unknown[]) => codes.map((code, i) => ({ code, name: (found[i] as { name?: string } | null)?.name ?? null }));
    return overlapSummaryText({
      agencies: named(o.agencyIds, agencies),
      matters: named(o.matterCodes, matters),
      regions: named(o.regionCodes, regions),
      category: o.category,
      kind: o.kind,
      severity: o.severity,
    });
  }

  @FieldResolver(() => [LegalArticle], { description: "Articles both powers cite" })
  async sharedArticles(@Root() overlap: Overlap, @Ctx() ctx: RequestContext): Promise<LegalArticle[]> {
    return present(await ctx.loaders.articleById.loadMany(overlap.sharedArticleIds));
  }
}
