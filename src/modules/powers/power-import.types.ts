import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One problem with one cell of an imported power list" })
export class ImportProblemType {
  @Field(() => Int, { description: "Row number as a spreadsheet shows it (the header is row 1)" })
  row!: number;
  @Field({ description: "The column's header, e.g. 设定依据" })
  column!: string;
  @Field()
  reason!: string;
}

@ObjectType("ImportReport", { description: "What an import of a power list did" })
export class ImportReportType {
  @Field(() => Int, { description: "Data rows read" })
  rows!: number;
  @Field(() => Int)
  created!: number;
  @Field(() => Int)
  updated!: number;
  @Field(() => Int, { description: "Rows identical to the stored power: nothing was written for them" })
  unchanged!: number;
  @Field(() => Int, { description: "Rows with at least one problem" })
  failed!: number;
  @Field(() => [ImportProblemType], { description: "Every problem, by row" })
  problems!: ImportProblemType[];
  @Field({ description: "True when nothing was written because a row failed and partial was false" })
  rejected!: boolean;
  @Field(() => Int)
  openedOverlaps!: number;
  @Field(() => Int)
  closedOverlaps!: number;
}
