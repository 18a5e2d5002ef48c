import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { searchPattern } from "../../platform/db/like.js";
import { oneByNameOrCode } from "../../platform/db/by-name.js";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import { BadInputError } from "../../platform/graphql/errors.js";
import { Matter, parentMatterCode } from "./matter.entity.js";
import type { CreateMatterInput } from "./matter.inputs.js";

export class MatterService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
  ) {}

  /** Matters in tree order (a parent right before its subtree); optionally one subtree only. */
  async list(actor: Actor, filter: { under?: string; rootsOnly?: boolean; search?: string }): Promise<Matter[]> {
    this.access.require(actor, Permission.ReadReferenceData);
    const qb = this.uow.dataSource.getRepository(Matter).createQueryBuilder("matter").orderBy("matter.code");
    if (filter.under) qb.andWhere("(matter.code = :under OR matter.code LIKE :prefix)", { under: filter.under, prefix: `${filter.under}.%` });
    if (filter.rootsOnly) qb.andWhere("matter.parentCode IS NULL");
    if (filter.search != null) qb.andWhere("(matter.name ILIKE :search OR matter.code ILIKE :search)", { search: searchPattern(filter.search) });
    return qb.getMany();
  }

  async get(actor: Actor, code: string): Promise<Matter | null> {
    this.access.require(actor, Permission.ReadReferenceData);
    return this.uow.dataSource.getRepository(Matter).findOneBy({ code });
  }

  byCodes(codes: readonly string[]): Promise<Matter[]> {
    return this.uow.dataSource.getRepository(Matter).findBy({ code: In([...codes]) });
  }

  childrenOf(codes: readonly string[]): Promise<Matter[]> {
    return this.uow.dataSource.getRepository(Matter).find({ where: { parentCode: In([...codes]) }, order: { code: "ASC" } });
  }

  async create(actor: Actor, input: CreateMatterInput): Promise<Matter> {
    this.access.require(actor, Permission.ManageReferenceData);
    return this.uow.run(actor, async (em) => {
      const repo = em.getRepository(Matter);
      if (await repo.existsBy({ code: input.code })) throw BadInputError.field("code", `matter ${input.code} already exists`);
      const parentCode = parentMatterCode(input.code);
      if (parentCode && !(await repo.existsBy({ code: parentCode }))) {
        throw BadInputError.field("code", `its parent ${parentCode} does not exist; create it first`);
      }
      const matter = await repo.save(repo.create({ code: input.code, name: input.name.trim(), description: input.description?.trim() || null, parentCode, decisionDays: input.decisionDays ?? null }));
      return {
        result: matter,
        events: [{ topic: EventTopic.MATTER, type: "MatterCreated", subjectIds: [matter.code], agencyIds: [], visibility: EventVisibility.PUBLIC, payload: { matter } }],
      };
    });
  }

  /** Which of these codes name a matter (validation inside another module's transaction). */
  async existingCodes(em: EntityManager, codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await em.getRepository(Matter).find({ select: { code: true }, where: { code: In([...codes]) } });
    return new Set(rows.map((m) => m.code));
  }

  /** Every matter (for whole-catalogue analyses such as regulatory gaps). */
  all(em: EntityManager = this.uow.dataSource.manager): Promise<Matter[]> {
    return em.getRepository(Matter).find({ order: { code: "ASC" } });
  }

  /** BAD_USER_INPUT on `field` unless the matter exists. */
  async requireForField(em: EntityManager, code: string, field: string): Promise<Matter> {
    const matter = await em.getRepository(Matter).findOneBy({ code });
    if (!matter) throw BadInputError.field(field, `no matter has code ${code}`);
    return matter;
  }

  /** A matter from its code, its name, or a part of its name only it has (BAD_USER_INPUT on `field` otherwise). */
  byNameOrCode(em: EntityManager, ref: string, field: string): Promise<Matter> {
    return oneByNameOrCode(em.getRepository(Matter), ref, field, "matter");
  }
}
