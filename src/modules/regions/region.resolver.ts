import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { Region, RegionLevel } from "./region.entity.js";
import { CreateRegionInput } from "./region.inputs.js";
import { treeChildrenComplexity } from "../../platform/graphql/limits.js";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: "Regions in tree order; filter by parent or level; find a region's code by name with `search`" })
  regions(
    @Ctx() ctx: RequestContext,
    @Arg("parentCode", () => String, { nullable: true, description: "Only the direct children of this region" }) parentCode?: string,
    @Arg("level", () => RegionLevel, { nullable: true }) level?: RegionLevel,
    @Arg("search", () => String, {
      nullable: true,
      description: "Only regions whose Chinese name or division code contains this text, e.g. 沛城 (1 to 100 characters)",
    })
    search?: string,
  ): Promise<Region[]> {
    return ctx.services.regions.list(ctx.actor, { parentCode, level, search });
  }

  @Query(() => Region, { nullable: true, description: "One region by its administrative division code" })
  region(@Ctx() ctx: RequestContext, @Arg("code", () => String) code: string): Promise<Region | null> {
    return ctx.services.regions.get(ctx.actor, code);
  }

  @Mutation(() => Region, { description: "Adds a region under an existing one (chair, admin)" })
  createRegion(@Ctx() ctx: RequestContext, @Arg("input", () => CreateRegionInput) input: CreateRegionInput): Promise<Region> {
    return ctx.services.regions.create(ctx.actor, input);
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region this one lies in; null for the county" })
  parent(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return region.parentCode ? ctx.loaders.regionByCode.load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: "The regions directly under this one", complexity: treeChildrenComplexity })
  children(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Region[]> {
    return ctx.loaders.regionChildren.load(region.code);
  }
}
