import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { Matter, matterDepth } from "./matter.entity.js";
import { CreateMatterInput } from "./matter.inputs.js";
import { treeChildrenComplexity } from "../../platform/graphql/limits.js";

@Resolver(() => Matter)
export class MatterResolver {
  @Query(() => [Matter], { description: "The matter taxonomy in tree order; one subtree with `under`; find a matter's code by name with `search`" })
  matters(
    @Ctx() ctx: RequestContext,
    @Arg("under", () => String, { nullable: true, description: "Only this matter and everything below it" }) under?: string,
    @Arg("rootsOnly", () => Boolean, { nullable: true, description: "Only the top-level subject areas" }) rootsOnly?: boolean,
    @Arg("search", () => String, {
      nullable: true,
      description: "Only matters whose Chinese name or code contains this text, in any letter case, e.g. 占道 or street_stall (1 to 100 characters)",
    })
    search?: string,
  ): Promise<Matter[]> {
    return ctx.services.matters.list(ctx.actor, { under, rootsOnly, search });
  }

  @Query(() => Matter, { nullable: true })
  matter(@Ctx() ctx: RequestContext, @Arg("code", () => String) code: string): Promise<Matter | null> {
    return ctx.services.matters.get(ctx.actor, code);
  }

  @Mutation(() => Matter, { description: "Adds a matter to the taxonomy (chair, admin)" })
  createMatter(@Ctx() ctx: RequestContext, @Arg("input", () => CreateMatterInput) input: CreateMatterInput): Promise<Matter> {
    return ctx.services.matters.create(ctx.actor, input);
  }

  @FieldResolver(() => Matter, { nullable: true })
  parent(@Root() matter: Matter, @Ctx() ctx: RequestContext): Promise<Matter | null> | null {
    return matter.parentCode ? ctx.loaders.matterByCode.load(matter.parentCode) : null;
  }

  @FieldResolver(() => [Matter], { complexity: treeChildrenComplexity })
  children(@Root() matter: Matter, @Ctx() ctx: RequestContext): Promise<Matter[]> {
    return ctx.loaders.matterChildren.load(matter.code);
  }

  @FieldResolver(() => Int, { description: "1 for a top-level subject area" })
  depth(@Root() matter: Matter): number {
    return matterDepth(matter.code);
  }
}
