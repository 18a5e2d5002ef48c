import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { present } from "../../platform/graphql/loaders.js";
import { Agency } from "../agencies/agency.entity.js";
import { RoutingRule, RoutingRuleStatus } from "./routing-rule.entity.js";

@Resolver(() => RoutingRule)
export class RoutingRuleResolver {
  @Query(() => [RoutingRule], { description: "Routing rules, newest first (default: those in force)" })
  routingRules(
    @Ctx() ctx: RequestContext,
    @Arg("status", () => RoutingRuleStatus, { nullable: true, defaultValue: RoutingRuleStatus.ACTIVE }) status: RoutingRuleStatus,
    @Arg("agencyId", () => ID, { nullable: true }) agencyId?: string,
    @Arg("matterCode", () => String, { nullable: true }) matterCode?: string,
  ) {
    return ctx.services.routingRules.list(ctx.actor, { status, agencyId, matterCode });
  }

  @FieldResolver(() => Agency)
  async lead(@Root() r: RoutingRule, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.agencyById.load(r.leadAgencyId))!;
  }

  @FieldResolver(() => [Agency])
  async assisting(@Root() r: RoutingRule, @Ctx() ctx: RequestContext) {
    return present(await ctx.loaders.agencyById.loadMany(r.assistingAgencyIds));
  }
}
