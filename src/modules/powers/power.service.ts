import type { EntityManager, SelectQueryBuilder } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { updateVersioned } from "../../platform/db/versioned-update.js";
import { insertInChunks } from "../../platform/db/chunked-insert.js";
import { containsPattern } from "../../platform/db/like.js";
import { EventTopic, EventVisibility, type NewEvent } from "../../platform/events/topics.js";
import { eventOf, type PayloadOf } from "../../platform/events/event-catalogue.js";
import { POWER_EVENTS, type PowerWriteEventType } from "./power.events.js";
import type { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import { BadInputError, ErrorCode, HubError, NotFoundError, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { countyDateText } from "../../platform/text/county-text.js";
import { COUNTY_TIME_ZONE } from "../../platform/time.js";
import type { AgencyService } from "../agencies/agency.service.js";
import { LegalStatus, type LegalArticle, type LegalInstrument } from "../legal/legal.entity.js";
import type { LegalService } from "../legal/legal.service.js";
import type { MatterService } from "../matters/matter.service.js";
import type { EnginePower } from "../overlaps/overlap-engine.js";
import type { Overlap } from "../overlaps/overlap.entity.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import type { RegionService } from "../regions/region.service.js";
import { BASIS_REQUIRED, CATEGORY_NAMES_ZH, PowerStatus, type PowerCategory } from "./power-enums.js";
import { formatBasis } from "./power-sheet.js";
import { Power, PowerRevision, type PowerState } from "./power.entity.js";
import type { AmendPowerInput, DeclarePowerInput, LegalBasisInput, PowersArgs, WithdrawPowerInput } from "./power.inputs.js";

/** The reference data a set of powers names, loaded once for all of them. */
export interface PowerReferences {
  agencyIds: Set<string>;
  matterCodes: Set<string>;
  /** Every region's path by code. */
  regionPaths: Map<string, string>;
  instruments: Map<string, LegalInstrument>;
  /** Keyed by `${instrumentId}#${articleNumber}`. */
  articles: Map<string, LegalArticle>;
}

/** A power change's answer: the power as it now stands and the overlaps the change opened and closed. */
export interface PowerChange {
  power: PowerState;
  openedOverlaps: Overlap[];
  closedOverlaps: Overlap[];
}

/** The fields of a power that a declaration or an amendment sets. */
export interface PowerContent {
  agencyId: string;
  code: string;
  name: string;
  category: PowerCategory;
  matterCodes: string[];
  regionCodes: string[];
  legalBases: LegalBasisInput[];
  validFrom: string | null;
  validUntil: string | null;
  post: string | null;
}

const PARTICIPATING = [PowerStatus.ACTIVE, PowerStatus.SUSPENDED];

export class PowerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly agencies: AgencyService,
    private readonly regions: RegionService,
    private readonly matters: MatterService,
    private readonly legal: LegalService,
    private readonly overlaps: OverlapService,
  ) {}

  /** A page of powers ordered by code, current or as they stood on `asOf`. */
  async list(actor: Actor, args: PowersArgs): Promise<Page<PowerState>> {
    this.access.require(actor, Permission.ReadPowers);
    const qb: SelectQueryBuilder<PowerState> = args.asOf
      ? this.uow.dataSource
          .getRepository(PowerRevision)
          .createQueryBuilder("p")
          .where("p.recorded_at < ((:asOf::date + 1)::timestamp AT TIME ZONE :tz)", { asOf: args.asOf, tz: COUNTY_TIME_ZONE })
          .andWhere(
            `NOT EXISTS (SELECT 1 FROM power_revision later WHERE later.id = p.id AND later.version > p.version
               AND later.recorded_at < ((:asOf::date + 1)::timestamp AT TIME ZONE :tz))`,
          )
          .andWhere("(p.valid_from IS NULL OR p.valid_from <= :asOf) AND (p.valid_until IS NULL OR p.valid_until >= :asOf)")
      : this.uow.dataSource.getRepository(Power).createQueryBuilder("p");
    if (args.agencyId) qb.andWhere("p.agency_id = :agencyId", { agencyId: isUuid(args.agencyId) ? args.agencyId : null });
    if (args.category) qb.andWhere("p.category = :category", { category: args.category });
    qb.andWhere("p.status IN (:...statuses)", { statuses: args.status?.length ? args.status : PARTICIPATING });
    if (args.matterCode) {
      qb.andWhere("EXISTS (SELECT 1 FROM unnest(p.matter_codes) m WHERE m = :mc OR starts_with(m, :mcDot))", {
        mc: args.matterCode,
        mcDot: `${args.matterCode}.`,
      });
    }
    if (args.regionCode) {
      const path = (await this.regions.pathsByCode()).get(args.regionCode);
      qb.andWhere("p.region_codes && ARRAY[:...covering]::text[]", { covering: path ? path.split(".") : [args.regionCode] });
    }
    if (args.search) qb.andWhere("(p.name ILIKE :q OR p.code ILIKE :q)", { q: containsPattern(args.search) });
    return paginate(qb, args, [{ sql: "p.code", of: (p) => p.code }]);
  }

  async get(actor: Actor, id: string): Promise<Power | null> {
    this.access.require(actor, Permission.ReadPowers);
    return isUuid(id) ? this.uow.dataSource.getRepository(Power).findOneBy({ id }) : null;
  }

  /** For loaders: every recorded version of each power, oldest first. */
  revisionsOf(ids: readonly string[]): Promise<PowerRevision[]> {
    return this.uow.dataSource.getRepository(PowerRevision).find({ where: { id: In(ids.filter(isUuid)) }, order: { version: "ASC" } });
  }

  byIds(ids: readonly string[]): Promise<Power[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.uow.dataSource.getRepository(Power).findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  /** Declares a power and finds the overlaps it opens, in one transaction. */
  async declare(actor: Actor, input: DeclarePowerInput): Promise<PowerChange> {
    this.access.require(actor, Permission.ManagePowers, { agencyIds: [input.agencyId] });
    return this.uow.run(actor, async (em) => {
      // A code already taken is found by the insert itself (write): one statement fewer per declaration.
      const change = await this.write(em, null, normalize(input), PowerStatus.ACTIVE, "PowerDeclared");
      return { result: change.result, events: change.events };
    });
  }

  async amend(actor: Actor, input: AmendPowerInput): Promise<PowerChange> {
    return this.uow.run(actor, async (em) => {
      const current = await this.requireManaged(em, actor, input.id);
      const content: PowerContent = normalize({
        agencyId: current.agencyId,
        code: current.code,
        name: input.name ?? current.name,
        category: input.category ?? current.category,
        matterCodes: input.matterCodes ?? current.matterCodes,
        regionCodes: input.regionCodes ?? current.regionCodes,
        legalBases: input.legalBases ?? (await this.basesOf(em, current)),
        validFrom: input.validFrom !== undefined ? input.validFrom : current.validFrom,
        validUntil: input.validUntil !== undefined ? input.validUntil : current.validUntil,
        post: input.post !== undefined ? input.post : current.post,
      });
      const change = await this.write(em, current, content, input.status ?? current.status, "PowerAmended", { expectedVersion: input.expectedVersion });
      return { result: change.result, events: change.events };
    });
  }

  async withdraw(actor: Actor, input: WithdrawPowerInput): Promise<PowerChange> {
    return this.uow.run(actor, async (em) => {
      const current = await this.requireManaged(em, actor, input.id);
      if (current.status === PowerStatus.WITHDRAWN) {
        throw new HubError(ErrorCode.InvalidTransition, `Power ${current.code} is already withdrawn`, { from: current.status, allowed: [] });
      }
      await updateVersioned(em, Power, current.id, input.expectedVersion ?? current.version, { status: PowerStatus.WITHDRAWN }, `Power ${current.code}`, "recordedAt");
      const power = await this.recordRevision(em, current.id);
      const overlaps = await this.overlaps.syncPower(em, power.id, null, [], `权力事项「${power.name}」（${power.code}）已取消：${input.reason.trim()}`);
      return {
        result: { power, openedOverlaps: overlaps.opened, closedOverlaps: overlaps.closed },
        events: [powerEvent("PowerWithdrawn", power, { reason: input.reason.trim() }), ...overlaps.events],
      };
    });
  }

  /**
   * Writes a declaration (current = null) or an amendment inside the caller's transaction: validates
   * every reference, stores the new version and its revision, and brings its overlaps up to date.
   * Also used by the import, row by row.
   */
  async write(
    em: EntityManager,
    current: Power | null,
    content: PowerContent,
    status: PowerStatus,
    eventType: PowerWriteEventType,
    options: { expectedVersion?: number; references?: PowerReferences; syncOverlaps?: boolean } = {},
  ): Promise<{ result: PowerChange; events: NewEvent[]; changed: boolean }> {
    const references = options.references ?? (await this.referencesFor(em, [content]));
    const { articleIds, problems } = this.checkContent(content, references);
    if (problems.length) throw new BadInputError(problems.map(forClients));
    const expectedVersion = options.expectedVersion;
    const columns = powerColumns(content, status, articleIds);
    let power: Power;
    if (current) {
      if (sameContent(current, columns)) return { result: { power: current, openedOverlaps: [], closedOverlaps: [] }, events: [], changed: false };
      await updateVersioned(em, Power, current.id, expectedVersion ?? current.version, columns, `Power ${current.code}`, "recordedAt");
      power = await this.recordRevision(em, current.id);
    } else {
      const declared = await insertDeclared(em, { ...columns, agencyId: content.agencyId, code: content.code });
      if (!declared) throw BadInputError.field("code", `power ${content.code} already exists; amend it instead`);
      power = declared;
    }
    const event = powerEvent(eventType, power, { version: power.version });
    if (options.syncOverlaps === false) return { result: { power, openedOverlaps: [], closedOverlaps: [] }, events: [event], changed: true };
    const paths = references.regionPaths; // loaded once above: the check and the overlaps read the same regions
    const subject = toEngine(power, paths);
    const candidates = status === PowerStatus.WITHDRAWN ? [] : await this.candidatesFor(em, power, paths);
    const overlaps = await this.overlaps.syncPower(
      em,
      power.id,
      status === PowerStatus.WITHDRAWN ? null : subject,
      candidates,
      `权力事项「${power.name}」（${power.code}）${current ? "变更" : "申报"}后，不再与之交叉`,
      { declared: !current },
    );
    return {
      result: { power, openedOverlaps: overlaps.opened, closedOverlaps: overlaps.closed },
      events: [event, ...overlaps.events],
      changed: true,
    };
  }

  /**
   * Declares new powers inside the caller's transaction (the import): the same rows, revisions and
   * PowerDeclared events as write() one power at a time, in a few statements instead of three per
   * power, which is most of a county-sized import's time. Overlaps are left to the caller.
   */
  async declareMany(em: EntityManager, contents: PowerContent[], references: PowerReferences): Promise<{ powers: Power[]; events: NewEvent[] }> {
    const rows = contents.map((content) => {
      const { articleIds, problems } = this.checkContent(content, references);
      if (problems.length) throw new BadInputError(problems.map(forClients));
      return {
        agencyId: content.agencyId,
        code: content.code,
        ...powerColumns(content, PowerStatus.ACTIVE, articleIds),
        version: 1,
        recordedAt: () => "now()",
      };
    });
    const powers: Power[] = [];
    for (const inserted of await insertInChunks(em.getRepository(Power), rows)) {
      const ids = inserted.identifiers.map((r) => r.id as string);
      const byId = new Map((await em.getRepository(Power).findBy({ id: In(ids) })).map((p) => [p.id, p]));
      powers.push(...ids.map((id) => byId.get(id)!));
    }
    await insertInChunks(em.getRepository(PowerRevision), powers.map(({ createdAt: _created, ...state }) => state));
    return { powers, events: powers.map((power) => powerEvent("PowerDeclared", power, { version: power.version })) };
  }

  /** Recomputes every overlap of the catalogue (chair, admin): after a data repair or a rule change. */
  async rescan(actor: Actor): Promise<{ opened: Overlap[]; closed: Overlap[]; powersScanned: number }> {
    this.access.require(actor, Permission.RescanOverlaps);
    return this.uow.run(actor, async (em) => {
      const { engine, count } = await this.participating(em);
      const changes = await this.overlaps.syncAll(em, engine, "全面重新排查后，此交叉已不存在");
      return {
        result: { opened: changes.opened, closed: changes.closed, powersScanned: count },
        events: [
          {
            topic: EventTopic.OVERLAP,
            type: "OverlapsRescanned",
            subjectIds: [],
            agencyIds: [],
            visibility: EventVisibility.AGENCIES,
            payload: { powersScanned: count, opened: changes.opened.length, closed: changes.closed.length },
          },
          ...changes.events,
        ],
      };
    });
  }

  /** Every power that takes part in overlap detection, as engine input. */
  async participating(em: EntityManager): Promise<{ engine: EnginePower[]; count: number }> {
    const paths = await this.regions.pathsByCode(em);
    const powers = await em.getRepository(Power).findBy({ status: In(PARTICIPATING) });
    return { engine: powers.map((p) => toEngine(p, paths)), count: powers.length };
  }

  /**
   * Narrows the catalogue in SQL to the powers that could overlap `power` (same category, another
   * agency, a matter equal, above or below); the engine then applies the exact rules. "Equal or
   * above" are the codes and their dotted prefixes; "below" are the matters filed under them (every
   * power's matters are in the matter table: each write checks them, and nothing deletes one). Then
   * one array overlap per power, which the GIN index on matter_codes answers, instead of comparing
   * every pair of codes of every power of the category.
   */
  private async candidatesFor(em: EntityManager, power: Power, paths: Map<string, string>): Promise<EnginePower[]> {
    const selfAndAbove = [...new Set(power.matterCodes.flatMap(withAncestors))];
    const rows: EngineColumns[] = await em.query(
      `SELECT p.id, p.agency_id AS "agencyId", p.category, p.matter_codes AS "matterCodes", p.region_codes AS "regionCodes",
              p.valid_from::text AS "validFrom", p.valid_until::text AS "validUntil", p.article_ids AS "articleIds"
         FROM power p
        WHERE p.category = $1 AND p.agency_id <> $2 AND p.status = ANY($3::text[])
          AND p.matter_codes && ($4::text[] || ARRAY(SELECT m.code FROM matter m, unnest($5::text[]) s WHERE starts_with(m.code, s || '.')))`,
      [power.category, power.agencyId, PARTICIPATING, selfAndAbove, power.matterCodes],
    );
    return rows.map((p) => toEngine(p, paths));
  }

  private async requireManaged(em: EntityManager, actor: Actor, id: string): Promise<Power> {
    const power = isUuid(id) ? await em.getRepository(Power).findOneBy({ id }) : null;
    if (!power) throw new NotFoundError("Power", id);
    this.access.require(actor, Permission.ManagePowers, { agencyIds: [power.agencyId] });
    return power;
  }

  /** The legal bases of a stored power, as input again (for amendments that keep them). */
  private async basesOf(em: EntityManager, power: Power): Promise<LegalBasisInput[]> {
    if (power.articleIds.length === 0) return [];
    const rows: { instrument_id: string; number: string }[] = await em.query(
      `SELECT instrument_id, number FROM legal_article WHERE id = ANY($1::uuid[])`,
      [power.articleIds],
    );
    return rows.map((r) => ({ instrumentId: r.instrument_id, articleNumber: r.number }));
  }

  /**
   * Loads, in five statements whatever their number (agencies, instruments, articles, matters,
   * regions), the reference data that these powers name: single declarations and whole imports
   * validate against the same lookups with the same rules.
   */
  async referencesFor(em: EntityManager, contents: readonly PowerContent[]): Promise<PowerReferences> {
    const agencies = await this.agencies.byIds([...new Set(contents.map((c) => c.agencyId))], em);
    const legal = await this.legal.findArticles(em, contents.flatMap((c) => c.legalBases));
    return {
      agencyIds: new Set(agencies.map((a) => a.id)),
      matterCodes: await this.matters.existingCodes(em, [...new Set(contents.flatMap((c) => c.matterCodes))]),
      regionPaths: await this.regions.pathsByCode(em),
      instruments: legal.instruments,
      articles: legal.articles,
    };
  }

  /**
   * Every problem with a power's content at once; answers the article ids of its legal bases. Each
   * problem carries two wordings of the same finding: `message` in English for client developers
   * (the API's BAD_USER_INPUT), `zh` in Chinese for the officer who reads an import report.
   */
  checkContent(content: PowerContent, refs: PowerReferences): { articleIds: string[]; problems: ContentProblem[] } {
    const problems: ContentProblem[] = [];
    const at = (path: string, message: string, zh: string) => problems.push({ path, message, zh });
    if (!refs.agencyIds.has(content.agencyId)) at("agencyId", `no agency has id ${content.agencyId}`, `执法单位 ${content.agencyId} 不存在`);
    content.matterCodes.forEach(
      (code, i) => refs.matterCodes.has(code) || at(`matterCodes.${i}`, `no matter has code ${code}`, `监管事项编码 ${code} 不在监管事项目录中`),
    );
    content.regionCodes.forEach(
      (code, i) => refs.regionPaths.has(code) || at(`regionCodes.${i}`, `no region has code ${code}`, `区域编码 ${code} 不在行政区域名录中`),
    );
    if (content.validFrom && content.validUntil && content.validUntil < content.validFrom) {
      at("validUntil", `ends (${content.validUntil}) before it starts (${content.validFrom})`, `失效日期 ${content.validUntil} 早于生效日期 ${content.validFrom}`);
    }
    if (BASIS_REQUIRED.has(content.category) && content.legalBases.length === 0) {
      at(
        "legalBases",
        `a ${content.category} power needs at least one legal basis (instrument and article)`,
        `${CATEGORY_NAMES_ZH[content.category]}类权力至少要有一条设定依据（《法规名称》第N条）`,
      );
    }
    const articleIds: string[] = [];
    content.legalBases.forEach((basis, i) => {
      const instrument = refs.instruments.get(basis.instrumentId);
      const article = refs.articles.get(`${basis.instrumentId}#${basis.articleNumber}`);
      const cited = instrument && formatBasis(instrument.title, basis.articleNumber);
      if (!instrument) at(`legalBases.${i}.instrumentId`, `no legal instrument has id ${basis.instrumentId}`, `法律法规 ${basis.instrumentId} 不在法律法规目录中`);
      else if (instrument.status === LegalStatus.REPEALED) {
        at(`legalBases.${i}.instrumentId`, `${instrument.title} was repealed on ${instrument.repealedOn}`, `《${instrument.title}》已于${countyDateText(instrument.repealedOn!)}废止`);
      } else if (!article) at(`legalBases.${i}.articleNumber`, `${instrument.title} has no article ${basis.articleNumber} in the catalogue`, `法律法规目录中没有${cited}`);
      else articleIds.push(article.id);
    });
    return { articleIds: [...new Set(articleIds)], problems };
  }

  /** Stores the power's current state as a revision and answers it. */
  private async recordRevision(em: EntityManager, id: string): Promise<Power> {
    const power = await em.getRepository(Power).findOneByOrFail({ id });
    const { createdAt: _created, ...state } = power;
    await em.getRepository(PowerRevision).insert(state);
    return power;
  }
}

/** One problem with a power's content, in the API's English and in the import report's Chinese. */
export interface ContentProblem extends FieldProblem {
  zh: string;
}

/** What the API's BAD_USER_INPUT lists for a content problem: its path and English message. */
function forClients({ path, message }: ContentProblem): FieldProblem {
  return { path, message };
}

/** Trims text and removes duplicate codes, so that equal content compares equal. */
export function normalize(input: Omit<PowerContent, "validFrom" | "validUntil" | "post"> & Partial<Pick<PowerContent, "validFrom" | "validUntil" | "post">>): PowerContent {
  return {
    agencyId: input.agencyId,
    code: input.code.trim(),
    name: input.name.trim(),
    category: input.category,
    matterCodes: [...new Set(input.matterCodes.map((c) => c.trim()))],
    regionCodes: [...new Set(input.regionCodes.map((c) => c.trim()))],
    legalBases: input.legalBases,
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
    post: input.post?.trim() || null,
  };
}

function sameContent(current: Power, next: Omit<Partial<Power>, "recordedAt">): boolean {
  const sorted = (a: readonly string[] | undefined) => JSON.stringify([...(a ?? [])].sort());
  return (
    current.name === next.name &&
    current.category === next.category &&
    current.status === next.status &&
    current.validFrom === next.validFrom &&
    current.validUntil === next.validUntil &&
    current.post === next.post &&
    sorted(current.matterCodes) === sorted(next.matterCodes) &&
    sorted(current.regionCodes) === sorted(next.regionCodes) &&
    sorted(current.articleIds) === sorted(next.articleIds)
  );
}

/** FOOD.STREET_STALL.NIGHT → FOOD, FOOD.STREET_STALL, FOOD.STREET_STALL.NIGHT: the matters that cover it. */
function withAncestors(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}

/** The columns of a power that overlap detection reads. */
type EngineColumns = Pick<PowerState, "id" | "agencyId" | "category" | "matterCodes" | "regionCodes" | "validFrom" | "validUntil" | "articleIds">;

export function toEngine(p: EngineColumns, paths: Map<string, string>): EnginePower {
  return {
    id: p.id,
    agencyId: p.agencyId,
    category: p.category,
    matterCodes: p.matterCodes,
    regionPaths: p.regionCodes.map((code) => paths.get(code) ?? code),
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    articleIds: p.articleIds,
  };
}

/** Power lists are published: everyone signed in may see the events; the holder's feed gets them. */
function powerEvent<K extends "PowerDeclared" | "PowerAmended" | "PowerWithdrawn">(type: K, power: PowerState, payload: Omit<PayloadOf<K>, "code" | "name" | "category" | "status">): NewEvent {
  return eventOf<K, Pick<PowerState, "code" | "name" | "category" | "status">>(POWER_EVENTS, type, { subjectIds: [power.id], agencyIds: [power.agencyId] }, payload, {
    code: power.code,
    name: power.name,
    category: power.category,
    status: power.status,
  });
}

/**
 * Inserts a declared power and its first revision in one statement and answers the stored power;
 * null when the code is taken (the unique code inserts nothing, so no revision either). By hand
 * because TypeORM writes no data-modifying WITH: three round trips (insert, read back, revision)
 * were a fifth of a declaration's statements.
 */
async function insertDeclared(em: EntityManager, values: ReturnType<typeof powerColumns> & { agencyId: string; code: string }): Promise<Power | null> {
  const rows: Power[] = await em.query(
    `WITH p AS (
       INSERT INTO power (code, agency_id, name, category, status, valid_from, valid_until, post, matter_codes, region_codes, article_ids, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, now())
       ON CONFLICT (code) DO NOTHING
       RETURNING *
     ), revision AS (
       INSERT INTO power_revision (id, code, agency_id, name, category, status, valid_from, valid_until, post, matter_codes, region_codes, article_ids, version, recorded_at)
       SELECT id, code, agency_id, name, category, status, valid_from, valid_until, post, matter_codes, region_codes, article_ids, version, updated_at FROM p
     )
     SELECT id, code, agency_id AS "agencyId", name, category, status, valid_from::text AS "validFrom", valid_until::text AS "validUntil", post,
            matter_codes AS "matterCodes", region_codes AS "regionCodes", article_ids AS "articleIds", version, updated_at AS "recordedAt", created_at AS "createdAt"
       FROM p`,
    [values.code, values.agencyId, values.name, values.category, values.status, values.validFrom, values.validUntil, values.post, values.matterCodes, values.regionCodes, values.articleIds],
  );
  return rows[0] ?? null;
}

/** The columns a declaration or an amendment writes, from the checked content. */
function powerColumns(content: PowerContent, status: PowerStatus, articleIds: string[]) {
  return {
    name: content.name,
    category: content.category,
    status,
    validFrom: content.validFrom,
    validUntil: content.validUntil,
    post: content.post,
    matterCodes: content.matterCodes,
    regionCodes: content.regionCodes,
    articleIds,
  };
}
