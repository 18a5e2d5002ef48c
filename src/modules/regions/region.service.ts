import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { searchPattern } from "../../platform/db/like.js";
import { oneByNameOrCode } from "../../platform/db/by-name.js";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import { BadInputError, ConflictError } from "../../platform/graphql/errors.js";
import { Region, RegionLevel } from "./region.entity.js";
import type { CreateRegionInput } from "./region.inputs.js";

/** Which levels may sit under which: the county holds towns and sub-districts, they hold villages. */
const CHILD_LEVELS: Record<RegionLevel, RegionLevel[]> = {
  [RegionLevel.COUNTY]: [RegionLevel.TOWN, RegionLevel.SUBDISTRICT],
  [RegionLevel.TOWN]: [RegionLevel.VILLAGE, RegionLevel.COMMUNITY],
  [RegionLevel.SUBDISTRICT]: [RegionLevel.VILLAGE, RegionLevel.COMMUNITY],
  [RegionLevel.VILLAGE]: [],
  [RegionLevel.COMMUNITY]: [],
};

export class RegionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
  ) {}

  /** Regions in tree order (by path); optionally only the direct children of one. */
  async list(actor: Actor, filter: { parentCode?: string; level?: RegionLevel; search?: string }): Promise<Region[]> {
    this.access.require(actor, Permission.ReadReferenceData);
    const qb = this.uow.dataSource.getRepository(Region).createQueryBuilder("region").orderBy("region.path");
    if (filter.parentCode) qb.andWhere("region.parentCode = :parent", { parent: filter.parentCode });
    if (filter.level) qb.andWhere("region.level = :level", { level: filter.level });
    if (filter.search != null) qb.andWhere("(region.name ILIKE :search OR region.code ILIKE :search)", { search: searchPattern(filter.search) });
    return qb.getMany();
  }

  async get(actor: Actor, code: string): Promise<Region | null> {
    this.access.require(actor, Permission.ReadReferenceData);
    return this.uow.dataSource.getRepository(Region).findOneBy({ code });
  }

  /** For loaders: regions by code, in any order. */
  byCodes(codes: readonly string[]): Promise<Region[]> {
    return this.uow.dataSource.getRepository(Region).findBy({ code: In([...codes]) });
  }

  /** For loaders: the direct children of each parent. */
  childrenOf(parentCodes: readonly string[]): Promise<Region[]> {
    return this.uow.dataSource.getRepository(Region).find({ where: { parentCode: In([...parentCodes]) }, order: { path: "ASC" } });
  }

  async create(actor: Actor, input: CreateRegionInput): Promise<Region> {
    this.access.require(actor, Permission.ManageReferenceData);
    return this.uow.run(actor, async (em) => {
      const repo = em.getRepository(Region);
      if (await repo.existsBy({ code: input.code })) throw BadInputError.field("code", `region ${input.code} already exists`);
      let path = input.code;
      if (input.parentCode) {
        const parent = await repo.findOneBy({ code: input.parentCode });
        if (!parent) throw BadInputError.field("parentCode", `no region has code ${input.parentCode}`);
        if (!CHILD_LEVELS[parent.level].includes(input.level)) {
          throw BadInputError.field("level", `a ${input.level} cannot lie in a ${parent.level}`);
        }
        path = `${parent.path}.${input.code}`;
      } else if (input.level !== RegionLevel.COUNTY) {
        throw BadInputError.field("parentCode", "is required for every region but the county");
      } else if (await repo.existsBy({ level: RegionLevel.COUNTY })) {
        throw new ConflictError("The hub already has its county; add towns and villages under it");
      }
      const region = await repo.save(repo.create({ code: input.code, name: input.name.trim(), level: input.level, parentCode: input.parentCode ?? null, path }));
      return {
        result: region,
        events: [{ topic: EventTopic.REGION, type: "RegionCreated", subjectIds: [region.code], agencyIds: [], visibility: EventVisibility.PUBLIC, payload: { region } }],
      };
    });
  }

  /** Every region's path by code: the tree is small (a county has hundreds of places). */
  async pathsByCode(em: EntityManager = this.uow.dataSource.manager): Promise<Map<string, string>> {
    const rows = await em.getRepository(Region).find({ select: { code: true, path: true } });
    return new Map(rows.map((r) => [r.code, r.path]));
  }

  /** Every region, in tree order. */
  all(em: EntityManager = this.uow.dataSource.manager): Promise<Region[]> {
    return em.getRepository(Region).find({ order: { path: "ASC" } });
  }

  /** BAD_USER_INPUT on `field` unless the region exists: other modules validate their inputs with it. */
  async requireForField(em: EntityManager, code: string, field: string): Promise<Region> {
    const region = await em.getRepository(Region).findOneBy({ code });
    if (!region) throw BadInputError.field(field, `no region has code ${code}`);
    return region;
  }

  /** A region from its code, its name, or a part of its name only it has (BAD_USER_INPUT on `field` otherwise). */
  byNameOrCode(em: EntityManager, ref: string, field: string): Promise<Region> {
    return oneByNameOrCode(em.getRepository(Region), ref, field, "region");
  }
}
