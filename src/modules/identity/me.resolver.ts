import { Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { Role } from "../../platform/auth/actor.js";
import { Agency } from "../agencies/agency.entity.js";

@ObjectType({ description: "The caller, as the bearer token names it" })
export class Me {
  @Field({ description: "The token's subject" })
  sub!: string;
  @Field()
  name!: string;
  @Field(() => Role)
  role!: Role;
  @Field(() => Agency, { nullable: true, description: "The agency an AGENCY_OFFICER acts for" })
  agency!: Agency | null;
  @Field({ description: "When the token stops being valid" })
  expiresAt!: Date;
}

@Resolver()
export class MeResolver {
  @Query(() => Me, { description: "Who you are: every signed-in caller may ask" })
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    const { actor } = ctx;
    const agency = actor.agencyId ? await ctx.loaders.agencyById.load(actor.agencyId) : null;
    return { sub: actor.sub, name: actor.name, role: actor.role, agency, expiresAt: new Date(actor.expiresAt * 1000) };
  }
}
