import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum LegalLevel {
  LAW = "LAW",
  ADMINISTRATIVE_REGULATION = "ADMINISTRATIVE_REGULATION",
  LOCAL_REGULATION = "LOCAL_REGULATION",
  DEPARTMENTAL_RULE = "DEPARTMENTAL_RULE",
  LOCAL_GOVERNMENT_RULE = "LOCAL_GOVERNMENT_RULE",
  NORMATIVE_DOCUMENT = "NORMATIVE_DOCUMENT",
}

/** Levels from the highest: the order in which catalogues list them (分类排序). */
export const LEGAL_LEVEL_ORDER: readonly LegalLevel[] = [
  LegalLevel.LAW,
  LegalLevel.ADMINISTRATIVE_REGULATION,
  LegalLevel.LOCAL_REGULATION,
  LegalLevel.DEPARTMENTAL_RULE,
  LegalLevel.LOCAL_GOVERNMENT_RULE,
  LegalLevel.NORMATIVE_DOCUMENT,
];

registerEnumType(LegalLevel, {
  name: "LegalLevel",
  description: "Rank of a legal instrument, highest first",
  valuesConfig: {
    LAW: { description: "Law (法律), by the NPC or its Standing Committee" },
    ADMINISTRATIVE_REGULATION: { description: "Administrative regulation (行政法规), by the State Council" },
    LOCAL_REGULATION: { description: "Local regulation (地方性法规), by a provincial or city people's congress" },
    DEPARTMENTAL_RULE: { description: "Departmental rule (部门规章), by a State Council department" },
    LOCAL_GOVERNMENT_RULE: { description: "Local government rule (地方政府规章)" },
    NORMATIVE_DOCUMENT: { description: "Normative document (规范性文件)" },
  },
});

export enum LegalStatus {
  IN_FORCE = "IN_FORCE",
  AMENDED = "AMENDED",
  REPEALED = "REPEALED",
}

registerEnumType(LegalStatus, {
  name: "LegalStatus",
  description: "Whether an instrument is in force (效力状态)",
  valuesConfig: {
    IN_FORCE: { description: "In force (现行有效)" },
    AMENDED: { description: "In force as amended (已修正/修订)" },
    REPEALED: { description: "Repealed (已废止); powers resting on it have lost their basis" },
  },
});

@Entity("legal_instrument")
@ObjectType({ description: "A law, regulation, rule or normative document (法律法规规章) with its articles" })
export class LegalInstrument {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;

  @Field({ description: "Official title, e.g. 中华人民共和国行政处罚法" })
  @Column("text")
  title!: string;

  @Field(() => LegalLevel)
  @Column("text")
  level!: LegalLevel;

  @Field({ description: "Who issued it, e.g. 全国人民代表大会常务委员会" })
  @Column("text")
  issuer!: string;

  @Field(() => String, { nullable: true, description: "Document number (文号), e.g. 主席令第七十号" })
  @Column("text", { nullable: true })
  documentNumber!: string | null;

  @Field(() => LocalDateResolver, { description: "The day the current text took effect" })
  @Column("date")
  effectiveDate!: string;

  @Field(() => LegalStatus)
  @Column("text", { default: LegalStatus.IN_FORCE })
  status!: LegalStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day it ceased to have effect" })
  @Column("date", { nullable: true })
  repealedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Why or by what it was repealed" })
  @Column("text", { nullable: true })
  repealNote!: string | null;

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

@Entity("legal_article")
@ObjectType({ description: "One article (条) of a legal instrument" })
export class LegalArticle {
  @Field(() => ID)
  @PrimaryColumn("uuid", { default: () => "gen_random_uuid()" })
  id!: string;

  @Column("uuid")
  instrumentId!: string;

  @Field({ description: "Article number in Arabic numerals: 25 for 第二十五条, 25-1 for 第二十五条之一" })
  @Column("text")
  number!: string;

  @Column("integer")
  position!: number;

  @Field({ description: "The article's text" })
  @Column("text")
  text!: string;
}
