import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum OfficerRole {
  CERTIFIED_OFFICER = "CERTIFIED_OFFICER",
  AUXILIARY = "AUXILIARY",
  LEGAL_REVIEWER = "LEGAL_REVIEWER",
  LEADER = "LEADER",
}

registerEnumType(OfficerRole, {
  name: "OfficerRole",
  description: "An enforcement officer's post",
  valuesConfig: {
    CERTIFIED_OFFICER: { description: "Enforcement officer who may hold an enforcement certificate (执法人员)" },
    AUXILIARY: { description: "Auxiliary staff: never certified, may not lead enforcement (辅助人员)" },
    LEGAL_REVIEWER: { description: "Reviews decisions before they are made, APL Art. 58 (法制审核人员)" },
    LEADER: { description: "Head of the agency or of a unit (负责人)" },
  },
});

@Entity("officer")
@ObjectType({ description: "A person of an agency (执法人员); only certified officers may lead enforcement" })
export class Officer {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;

  @Column("uuid")
  agencyId!: string;

  @Field()
  @Column("text")
  name!: string;

  @Field(() => OfficerRole)
  @Column("text")
  role!: OfficerRole;

  @Field(() => String, { nullable: true, description: "Enforcement certificate number (执法证号)" })
  @Column("text", { nullable: true })
  certificateNumber!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "First day the certificate is valid" })
  @Column("date", { nullable: true })
  certificateValidFrom!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day the certificate is valid" })
  @Column("date", { nullable: true })
  certificateValidUntil!: string | null;

  @Field({ description: "False once the person has left the agency" })
  @Column("boolean", { default: true })
  active!: boolean;

  @Field(() => Int)
  @Column("integer", { default: 1 })
  version!: number;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  createdAt!: Date;

  @Field()
  @Column("timestamptz", { default: () => "now()" })
  updatedAt!: Date;
}

/**
 * An officer is certified on a date only if active, not auxiliary, and holding a certificate whose
 * validity covers that date (both ends included). Dates are YYYY-MM-DD, so string order is date order.
 */
export function isCertifiedOn(officer: Officer, date: string): boolean {
  return (
    officer.active &&
    officer.role !== OfficerRole.AUXILIARY &&
    officer.certificateNumber !== null &&
    officer.certificateValidFrom !== null &&
    officer.certificateValidUntil !== null &&
    officer.certificateValidFrom <= date &&
    date <= officer.certificateValidUntil
  );
}
