import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { selectionOf } from "../../platform/graphql/selection.js";
import type { RequestContext } from "../../context.js";
import { Region } from "../regions/region.entity.js";
import { AGENCY_COLUMNS } from "./agency-columns.js";
import { Agency, AgencyKind } from "./agency.entity.js";
import { CreateAgencyInput, UpdateAgencyInput } from "./agency.inputs.js";

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: "Every agency, ordered by code; filter by kind, active, region, or part of a name with `search`" })
  agencies(
    @Ctx() ctx: RequestContext,
    @Arg("kind", () => AgencyKind, { nullable: true }) kind?: AgencyKind,
    @Arg("active", () => Boolean, { nullable: true }) active?: boolean,
    @Arg("regionCode", () => String, { nullable: true }) regionCode?: string,
    @Arg("search", () => String, {
      nullable: true,
      description: "Only agencies whose name, short name or code contains this text, in any letter case, e.g. 市场监管 or samr (1 to 100 characters)",
    })
    search?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Agency[]> {
    // Only the columns the query selects are read.
    return ctx.services.agencies.list(ctx.actor, { kind, active, regionCode, search }, AGENCY_COLUMNS.propertiesFor(info && selectionOf(info)));
  }

  @Query(() => Agency, { nullable: true, description: "One agency by id or by code" })
  agency(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { nullable: true }) id?: string,
    @Arg("code", () => String, { nullable: true }) code?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Agency | null> {
    return ctx.services.agencies.get(ctx.actor, { id, code }, AGENCY_COLUMNS.propertiesFor(info && selectionOf(info)));
  }

  @Mutation(() => Agency, { description: "Adds an agency (chair, admin)" })
  createAgency(@Ctx() ctx: RequestContext, @Arg("input", () => CreateAgencyInput) input: CreateAgencyInput): Promise<Agency> {
    return ctx.services.agencies.create(ctx.actor, input);
  }

  @Mutation(() => Agency, { description: "Changes an agency's names, kind, region or active flag (chair, admin)" })
  updateAgency(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateAgencyInput) input: UpdateAgencyInput): Promise<Agency> {
    return ctx.services.agencies.update(ctx.actor, input);
  }

  @FieldResolver(() => Region, { description: "The region the agency serves" })
  async region(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Region> {
    return (await ctx.loaders.regionByCode.load(agency.regionCode))!;
  }
}
