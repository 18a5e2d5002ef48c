import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum RegionLevel {
  COUNTY = "COUNTY",
  TOWN = "TOWN",
  SUBDISTRICT = "SUBDISTRICT",
  VILLAGE = "VILLAGE",
  COMMUNITY = "COMMUNITY",
}

registerEnumType(RegionLevel, {
  name: "RegionLevel",
  description: "Level of a region in the county's administrative tree",
  valuesConfig: {
    COUNTY: { description: "County (县)" },
    TOWN: { description: "Town (镇)" },
    SUBDISTRICT: { description: "Sub-district (街道)" },
    VILLAGE: { description: "Village (村)" },
    COMMUNITY: { description: "Urban community (社区)" },
  },
});

@Entity("region")
@ObjectType({ description: "A place in the county's tree: the county, its towns and sub-districts, their villages (区域)" })
export class Region {
  @Field(() => ID, { description: "Administrative division code (行政区划代码), e.g. 320322 for Pei County" })
  @PrimaryColumn("text")
  code!: string;

  @Field({ description: "Official name, e.g. 沛县" })
  @Column("text")
  name!: string;

  @Field(() => RegionLevel)
  @Column("text")
  level!: RegionLevel;

  @Column("text", { nullable: true })
  parentCode!: string | null;

  /** Codes from the root joined by '.', so "is in subtree" is one prefix test. */
  @Column("text")
  path!: string;
}
