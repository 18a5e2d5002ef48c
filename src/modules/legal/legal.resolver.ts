import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { Connection, type Page } from "../../platform/graphql/connection.js";
import { LegalArticle, LegalInstrument } from "./legal.entity.js";
import { CreateLegalInstrumentInput, LegalInstrumentsArgs } from "./legal.inputs.js";

@ObjectType({ description: "A page of legal instruments" })
export class LegalInstrumentConnection extends Connection(LegalInstrument, "LegalInstrument") {}

@Resolver(() => LegalInstrument)
export class LegalInstrumentResolver {
  @Query(() => LegalInstrumentConnection, { description: "The legal catalogue ordered by title; filter by level, status or text" })
  legalInstruments(@Ctx() ctx: RequestContext, @Args(() => LegalInstrumentsArgs) args: LegalInstrumentsArgs): Promise<Page<LegalInstrument>> {
    return ctx.services.legal.list(ctx.actor, args);
  }

  @Query(() => LegalInstrument, { nullable: true })
  legalInstrument(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<LegalInstrument | null> {
    return ctx.services.legal.get(ctx.actor, id);
  }

  @Mutation(() => LegalInstrument, { description: "Adds an instrument with its articles to the catalogue (chair, admin)" })
  createLegalInstrument(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateLegalInstrumentInput) input: CreateLegalInstrumentInput,
  ): Promise<LegalInstrument> {
    return ctx.services.legal.create(ctx.actor, input);
  }

  @FieldResolver(() => [LegalArticle], { description: "Articles in the instrument's order" })
  articles(@Root() instrument: LegalInstrument, @Ctx() ctx: RequestContext): Promise<LegalArticle[]> {
    return ctx.loaders.articlesByInstrument.load(instrument.id);
  }

  @FieldResolver(() => Int)
  async articleCount(@Root() instrument: LegalInstrument, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.articlesByInstrument.load(instrument.id)).length;
  }
}

@Resolver(() => LegalArticle)
export class LegalArticleResolver {
  @FieldResolver(() => LegalInstrument)
  async instrument(@Root() article: LegalArticle, @Ctx() ctx: RequestContext): Promise<LegalInstrument> {
    return (await ctx.loaders.instrumentById.load(article.instrumentId))!;
  }

  @FieldResolver(() => String, { description: "How the article is cited in Chinese, e.g. 第25条, 第25条之1" })
  label(@Root() article: LegalArticle): string {
    const [main, sub] = article.number.split("-");
    return sub ? `第${main}条之${sub}` : `第${main}条`;
  }
}
