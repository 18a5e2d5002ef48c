import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { preparedRows, rowsAs } from "../../platform/db/prepared.js";
import { searchPattern } from "../../platform/db/like.js";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { UnitOfWork } from "../../platform/events/unit-of-work.js";
import type { NewEvent } from "../../platform/events/topics.js";
import { eventOf, type PayloadOf } from "../../platform/events/event-catalogue.js";
import { AGENCY_EVENTS } from "./agency.events.js";
import { updateVersioned } from "../../platform/db/versioned-update.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { BadInputError, NotFoundError } from "../../platform/graphql/errors.js";
import type { RegionService } from "../regions/region.service.js";
import { Agency, AgencyKind } from "./agency.entity.js";
import { agencyIdForCode } from "./agency-id.js";
import { AGENCY_COLUMNS } from "./agency-columns.js";
import type { CreateAgencyInput, UpdateAgencyInput } from "./agency.inputs.js";

export interface AgencyFilter {
  kind?: AgencyKind;
  active?: boolean;
  regionCode?: string;
  /** Part of the name, short name or code. */
  search?: string;
}

const ACTIVE_CACHE_MS = 5_000;

export class AgencyService {
  private readonly activeCache = new Map<string, { active: boolean; until: number }>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly regions: RegionService,
  ) {}

  /**
   * Every agency matching the filter, ordered by code. A county has tens, not thousands.
   * `properties`: only these columns are read (see AGENCY_COLUMNS); default every one.
   */
  async list(actor: Actor, filter: AgencyFilter, properties: readonly string[] = AGENCY_COLUMNS.all): Promise<Agency[]> {
    this.access.require(actor, Permission.ReadReferenceData);
    const search = filter.search == null ? null : searchPattern(filter.search);
    const rows = await preparedRows(
      this.uow.dataSource,
      `SELECT ${AGENCY_COLUMNS.selectList(properties)} FROM agency
       WHERE ($1::text IS NULL OR kind = $1) AND ($2::boolean IS NULL OR active = $2) AND ($3::text IS NULL OR region_code = $3)
         AND ($4::text IS NULL OR name ILIKE $4 OR short_name ILIKE $4 OR code ILIKE $4)
       ORDER BY code`,
      // null, like absent: no filter
      [filter.kind ?? null, filter.active ?? null, filter.regionCode || null, search],
    );
    return rowsAs(Agency, properties, rows);
  }

  /** One agency by id or by code (either suffices; both: it must have both). `properties` as for list. */
  async get(actor: Actor, by: { id?: string; code?: string }, properties: readonly string[] = AGENCY_COLUMNS.all): Promise<Agency | null> {
    this.access.require(actor, Permission.ReadReferenceData);
    if (!by.id && !by.code) throw BadInputError.field("id", "give id or code");
    if (by.id && !isUuid(by.id)) return null;
    const rows = await preparedRows(
      this.uow.dataSource,
      `SELECT ${AGENCY_COLUMNS.selectList(properties)} FROM agency WHERE ($1::uuid IS NULL OR id = $1) AND ($2::text IS NULL OR code = $2)`,
      [by.id || null, by.code || null],
    );
    return rowsAs(Agency, properties, rows)[0] ?? null;
  }

  /** Agencies by id with only `properties` read, for a planned read (see power-read-plan.ts). */
  async rowsByIds(ids: readonly string[], properties: readonly string[]): Promise<Agency[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows = await preparedRows(this.uow.dataSource, `SELECT ${AGENCY_COLUMNS.selectList(properties)} FROM agency WHERE id = ANY($1::uuid[])`, [valid]);
    return rowsAs(Agency, properties, rows);
  }

  /**
   * Whether tokens naming this agency are honoured: it exists and is active. Asked on every
   * request of an agency officer, so the answer is kept for a few seconds; a change made on this
   * instance takes effect at once, one made on another instance within ACTIVE_CACHE_MS.
   */
  async acceptsOfficers(id: string): Promise<boolean> {
    const cached = this.activeCache.get(id);
    if (cached && cached.until > Date.now()) return cached.active;
    const agency = isUuid(id) ? await this.uow.dataSource.getRepository(Agency).findOneBy({ id }) : null;
    const active = agency?.active ?? false;
    this.activeCache.set(id, { active, until: Date.now() + ACTIVE_CACHE_MS });
    return active;
  }

  /** True when an agency with this id exists (validation inside another module's transaction). */
  existsIn(em: EntityManager, id: string): Promise<boolean> {
    return em.getRepository(Agency).existsBy({ id });
  }

  /**
   * Agencies by id, for loaders and, with `em`, inside a caller's transaction (a transaction must
   * not read through another connection).
   */
  byIds(ids: readonly string[], em: EntityManager = this.uow.dataSource.manager): Promise<Agency[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? em.getRepository(Agency).findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  /** Agencies' full names by id, for the texts a person reads; in the caller's transaction when given one. */
  async names(ids: readonly string[], em: EntityManager = this.uow.dataSource.manager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.byIds([...new Set(ids)], em)).map((a) => [a.id, a.name]));
  }

  /** Active agencies inside a caller's transaction. */
  activeIn(em: EntityManager): Promise<Agency[]> {
    return em.getRepository(Agency).find({ where: { active: true }, order: { code: "ASC" } });
  }

  async create(actor: Actor, input: CreateAgencyInput): Promise<Agency> {
    this.access.require(actor, Permission.ManageReferenceData);
    return this.uow.run(actor, async (em) => {
      const repo = em.getRepository(Agency);
      if (await repo.existsBy({ code: input.code })) throw BadInputError.field("code", `agency ${input.code} already exists`);
      await this.regions.requireForField(em, input.regionCode, "regionCode");
      const agency = repo.create({
        id: agencyIdForCode(input.code),
        code: input.code,
        name: input.name.trim(),
        shortName: input.shortName.trim(),
        kind: input.kind,
        regionCode: input.regionCode,
        active: true,
        version: 1,
      });
      await repo.insert(agency);
      const created = await repo.findOneByOrFail({ id: agency.id });
      return { result: created, events: [agencyEvent("AgencyCreated", created, { agency: created })] };
    });
  }

  async update(actor: Actor, input: UpdateAgencyInput): Promise<Agency> {
    this.access.require(actor, Permission.ManageReferenceData);
    return this.uow.run(actor, async (em) => {
      const repo = em.getRepository(Agency);
      const current = isUuid(input.id) ? await repo.findOneBy({ id: input.id }) : null;
      if (!current) throw new NotFoundError("Agency", input.id);
      // Every field is required on an agency, so null, like absent, leaves the field as it is.
      if (input.regionCode != null) await this.regions.requireForField(em, input.regionCode, "regionCode");
      const changes: Partial<Agency> = {};
      if (input.name != null) changes.name = input.name.trim();
      if (input.shortName != null) changes.shortName = input.shortName.trim();
      if (input.kind != null) changes.kind = input.kind;
      if (input.regionCode != null) changes.regionCode = input.regionCode;
      if (input.active != null) changes.active = input.active;
      await updateVersioned(em, Agency, current.id, input.expectedVersion ?? current.version, changes, `Agency ${current.code}`);
      const updated = await repo.findOneByOrFail({ id: current.id });
      this.activeCache.delete(current.id);
      return { result: updated, events: [agencyEvent("AgencyUpdated", updated, { changes, version: updated.version })] };
    });
  }
}

/** Agencies are public reference data; the agency itself is told through its feed. */
function agencyEvent<K extends keyof typeof AGENCY_EVENTS>(type: K, agency: Agency, payload: PayloadOf<K>): NewEvent {
  return eventOf(AGENCY_EVENTS, type, { subjectIds: [agency.id], agencyIds: [agency.id] }, payload);
}
