import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { WorkingCalendarYear } from "./working-calendar.entity.js";
import { SetWorkingCalendarInput } from "./working-calendar.inputs.js";

@Resolver(() => WorkingCalendarYear)
export class WorkingCalendarResolver {
  @Query(() => [WorkingCalendarYear], {
    description: "The years whose official holiday schedule is loaded, oldest first; other years count Monday–Friday as working days (deadlines there are provisional)",
  })
  workingCalendar(@Ctx() ctx: RequestContext): Promise<WorkingCalendarYear[]> {
    return ctx.services.workingCalendar.years(ctx.actor);
  }

  @Mutation(() => WorkingCalendarYear, {
    description:
      "Loads or replaces a year's official holiday schedule (ADMIN). Every working-day clock uses it from the next request on; recorded as a WorkingCalendarSet event. " +
      "Refused with BAD_USER_INPUT naming the field for a date outside the year, a date listed twice, or a make-up working day that is a weekday or also a day off",
  })
  setWorkingCalendar(@Ctx() ctx: RequestContext, @Arg("input", () => SetWorkingCalendarInput) input: SetWorkingCalendarInput): Promise<WorkingCalendarYear> {
    return ctx.services.workingCalendar.set(ctx.actor, input);
  }
}
