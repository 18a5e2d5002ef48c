import { Field, Int, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "One festival's days off (放假调休) in a year's holiday notice" })
export class CalendarHoliday {
  @Field({ description: "The festival, e.g. 春节 Spring Festival" })
  name!: string;
  @Field(() => [LocalDateResolver], { description: "Its days off, in the notice's year (weekend days may be listed too)" })
  dates!: string[];
}

@Entity("working_calendar_year")
@ObjectType({
  description:
    "One year of the State Council's holiday notice (国务院办公厅关于部分节假日安排的通知), as loaded into the working-day calendar " +
    "that every working-day clock (工作日, APL Art. 85) counts on. Years without one count Monday–Friday and their deadlines are provisional.",
})
export class WorkingCalendarYear {
  @Field(() => Int)
  @PrimaryColumn("integer")
  year!: number;

  @Field(() => [CalendarHoliday], { description: "Days off (放假调休), by festival" })
  @Column("jsonb")
  holidays!: CalendarHoliday[];

  @Field(() => [LocalDateResolver], { description: "Make-up working days (调休上班): weekend days that are working days" })
  @Column("jsonb")
  makeUpWorkdays!: string[];

  @Field(() => String, { nullable: true, description: "Where the schedule comes from, e.g. the notice's title and date" })
  @Column("text", { nullable: true })
  source!: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  note!: string | null;

  /** The token subject that loaded it ("shipped" for the year the product came with). */
  @Column("text")
  setBy!: string;

  @Field(() => Int, { description: "1 when first loaded, +1 each time the year is loaded again" })
  @Column("integer", { default: 1 })
  version!: number;

  @Field({ description: "When it was last loaded" })
  @Column("timestamptz", { default: () => "now()" })
  updatedAt!: Date;
}
