import { ArrayMaxSize, IsInt, IsOptional, MaxLength, ValidateNested } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";

@InputType({ description: "One festival's days off" })
export class CalendarHolidayInput {
  @Field({ description: "The festival, e.g. 春节 Spring Festival" })
  @MaxLength(100)
  name!: string;

  @Field(() => [LocalDateResolver], { description: "Its days off, all in the schedule's year" })
  @ArrayMaxSize(31)
  dates!: string[];
}

@InputType({ description: "A year's official holiday schedule, as the State Council publishes it (normally in November of the year before)" })
export class SetWorkingCalendarInput {
  @Field(() => Int, { description: "The year the schedule is for" })
  @IsInt()
  year!: number;

  @Field(() => [CalendarHolidayInput], { description: "Days off (放假调休), by festival" })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  holidays!: CalendarHolidayInput[];

  @Field(() => [LocalDateResolver], { description: "Make-up working days (调休上班): Saturdays or Sundays, none of them a day off" })
  @ArrayMaxSize(20)
  makeUpWorkdays!: string[];

  @Field({ nullable: true, description: "Where it comes from, e.g. 国务院办公厅关于2027年部分节假日安排的通知 (2026-11-xx)" })
  @IsOptional()
  @MaxLength(300)
  source?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}
