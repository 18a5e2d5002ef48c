import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import type { RequestContext } from "../../context.js";
import { Connection, type Page } from "../../platform/graphql/connection.js";
import { Agency } from "../agencies/agency.entity.js";
import { Officer, isCertifiedOn } from "./officer.entity.js";
import { OfficersArgs, RegisterOfficerInput, UpdateOfficerInput } from "./officer.inputs.js";

@ObjectType({ description: "A page of officers" })
export class OfficerConnection extends Connection(Officer, "Officer") {}

@Resolver(() => Officer)
export class OfficerResolver {
  @Query(() => OfficerConnection, { description: "Officers ordered by name; filter by agency, role, certification date or text" })
  officers(@Ctx() ctx: RequestContext, @Args(() => OfficersArgs) args: OfficersArgs): Promise<Page<Officer>> {
    return ctx.services.officers.list(ctx.actor, args);
  }

  @Query(() => Officer, { nullable: true })
  officer(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Officer | null> {
    return ctx.services.officers.get(ctx.actor, id);
  }

  @Mutation(() => Officer, { description: "Registers a person of an agency (the agency's own officers, chair, admin)" })
  registerOfficer(@Ctx() ctx: RequestContext, @Arg("input", () => RegisterOfficerInput) input: RegisterOfficerInput): Promise<Officer> {
    return ctx.services.officers.register(ctx.actor, input);
  }

  @Mutation(() => Officer, { description: "Changes an officer's name, role, certificate or active flag (the agency's own officers, chair, admin)" })
  updateOfficer(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateOfficerInput) input: UpdateOfficerInput): Promise<Officer> {
    return ctx.services.officers.update(ctx.actor, input);
  }

  @FieldResolver(() => Agency)
  async agency(@Root() officer: Officer, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await ctx.loaders.agencyById.load(officer.agencyId))!;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the officer may enforce on this date (default: today in the county): active, not auxiliary, with a certificate valid that day",
  })
  certifiedOn(@Root() officer: Officer, @Ctx() ctx: RequestContext, @Arg("date", () => LocalDateResolver, { nullable: true }) date?: string): boolean {
    return isCertifiedOn(officer, date ?? ctx.services.clock.today());
  }
}
