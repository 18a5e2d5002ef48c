import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity("matter")
@ObjectType({
  description: "A regulated matter (监管事项): a node of the shared taxonomy that lets two agencies' powers be compared. A matter covers its subtree.",
})
export class Matter {
  @Field(() => ID, { description: "Dotted code from the root, e.g. FOOD.STREET_STALL; the parent is the code without its last part" })
  @PrimaryColumn("text")
  code!: string;

  @Field({ description: "Name, e.g. 占道食品摊贩" })
  @Column("text")
  name!: string;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  description!: string | null;

  @Column("text", { nullable: true })
  parentCode!: string | null;

  @Field(() => Int, { nullable: true, description: "Days to decide a case on this matter when a sector rule departs from APL Art. 60's 90 days" })
  @Column("integer", { nullable: true })
  decisionDays!: number | null;
}

/** FOOD.STREET_STALL → FOOD; a root has no parent. */
export function parentMatterCode(code: string): string | null {
  const cut = code.lastIndexOf(".");
  return cut < 0 ? null : code.slice(0, cut);
}

/** Depth in the tree: 1 for a root. Exposed on the GraphQL type through the resolver. */
export function matterDepth(code: string): number {
  return code.split(".").length;
}

