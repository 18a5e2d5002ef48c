import type { AgencyKind } from "../modules/agencies/agency.entity.js";
import type { LegalLevel, LegalStatus } from "../modules/legal/legal.entity.js";
import type { OfficerRole } from "../modules/officers/officer.entity.js";
import type { RegionLevel } from "../modules/regions/region.entity.js";
import type { PowerCategory } from "../modules/powers/power-enums.js";

/** Shapes of the sample county's data; the values are in sample-data.ts. */
export interface SampleRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode?: string;
}

export interface SampleAgency {
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  regionCode: string;
}

export interface SampleOfficer {
  agencyCode: string;
  name: string;
  role: OfficerRole;
  certificate?: { number: string; validFrom: string; validUntil: string };
}

export interface SampleMatter {
  code: string;
  name: string;
  description?: string;
}

export interface SampleInstrument {
  title: string;
  level: LegalLevel;
  issuer: string;
  documentNumber?: string;
  effectiveDate: string;
  status: LegalStatus;
  articles: { number: string; text: string }[];
}

export interface SamplePower {
  /** Unique, opaque (province codes differ), e.g. "320322-XZCF-SCJGJ-0001". */
  code: string;
  agencyCode: string;
  name: string;
  category: PowerCategory;
  /** At least one; a matter covers its subtree. */
  matterCodes: string[];
  /** At least one; a region covers its subtree. */
  regionCodes: string[];
  /** Required for PENALTY, LICENSING and COERCIVE_MEASURE: instrument title and article number. */
  bases: { instrumentTitle: string; articleNumber: string }[];
  validFrom?: string;
  validUntil?: string;
  /** The post (岗位) that exercises it. */
  post?: string;
}
