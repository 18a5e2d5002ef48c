import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { containsPattern } from "../../platform/db/like.js";
import { insertInChunks } from "../../platform/db/chunked-insert.js";
import { UnitOfWork } from "../../platform/events/unit-of-work.js";
import type { NewEvent } from "../../platform/events/topics.js";
import { eventOf, type PayloadOf } from "../../platform/events/event-catalogue.js";
import { LEGAL_EVENTS, type RepealImpactPayload } from "./legal.events.js";
import { updateVersioned } from "../../platform/db/versioned-update.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import { BadInputError, ErrorCode, HubError, NotFoundError, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { LegalArticle, LegalInstrument, LegalStatus } from "./legal.entity.js";
import type { CreateLegalInstrumentInput, LegalInstrumentsArgs, RepealLegalInstrumentInput } from "./legal.inputs.js";

/** Who a repeal affects, as the module above reports it. */
export interface RepealImpact<T> {
  agencyIds: string[];
  payload: RepealImpactPayload;
  result: T;
}

export class LegalService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
  ) {}

  /** A page of instruments ordered by title. */
  async list(actor: Actor, args: LegalInstrumentsArgs): Promise<Page<LegalInstrument>> {
    this.access.require(actor, Permission.ReadReferenceData);
    const qb = this.uow.dataSource.getRepository(LegalInstrument).createQueryBuilder("instrument");
    if (args.level) qb.andWhere("instrument.level = :level", { level: args.level });
    if (args.status) qb.andWhere("instrument.status = :status", { status: args.status });
    if (args.search) {
      qb.andWhere("(instrument.title ILIKE :s OR instrument.issuer ILIKE :s OR instrument.documentNumber ILIKE :s)", {
        s: containsPattern(args.search),
      });
    }
    return paginate(qb, args, [
      { sql: "instrument.title", of: (i) => i.title },
      { sql: "instrument.id", of: (i) => i.id },
    ]);
  }

  async get(actor: Actor, id: string): Promise<LegalInstrument | null> {
    this.access.require(actor, Permission.ReadReferenceData);
    return isUuid(id) ? this.uow.dataSource.getRepository(LegalInstrument).findOneBy({ id }) : null;
  }

  byIds(ids: readonly string[]): Promise<LegalInstrument[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.uow.dataSource.getRepository(LegalInstrument).findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  /** For loaders: articles by id. */
  articlesByIds(ids: readonly string[]): Promise<LegalArticle[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.uow.dataSource.getRepository(LegalArticle).findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  /**
   * Finds the articles that (instrument id, article number) pairs name, with their instruments, for
   * other modules' validation. Unknown pairs are simply absent from the result.
   */
  async findArticles(em: EntityManager, refs: readonly { instrumentId: string; articleNumber: string }[]) {
    const instrumentIds = [...new Set(refs.map((r) => r.instrumentId).filter(isUuid))];
    if (instrumentIds.length === 0) return { instruments: new Map<string, LegalInstrument>(), articles: new Map<string, LegalArticle>() };
    const instruments = await em.getRepository(LegalInstrument).findBy({ id: In(instrumentIds) });
    const articles = await em.getRepository(LegalArticle).findBy({ instrumentId: In(instrumentIds) });
    return {
      instruments: new Map(instruments.map((i) => [i.id, i])),
      /** Keyed by `${instrumentId}#${number}`. */
      articles: new Map(articles.map((a) => [`${a.instrumentId}#${a.number}`, a])),
    };
  }

  /** Every instrument and article (for catalogue views and imports, which cite by title). */
  async catalogue(em: EntityManager = this.uow.dataSource.manager): Promise<{ instruments: LegalInstrument[]; articles: LegalArticle[] }> {
    const instruments = await em.getRepository(LegalInstrument).find();
    const articles = await em.getRepository(LegalArticle).find({ order: { position: "ASC" } });
    return { instruments, articles };
  }

  /** For loaders: the articles of each instrument, in order. */
  articlesOf(instrumentIds: readonly string[]): Promise<LegalArticle[]> {
    return this.uow.dataSource.getRepository(LegalArticle).find({ where: { instrumentId: In([...instrumentIds]) }, order: { position: "ASC" } });
  }

  async create(actor: Actor, input: CreateLegalInstrumentInput): Promise<LegalInstrument> {
    this.access.require(actor, Permission.ManageReferenceData);
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    input.articles.forEach((a, i) => {
      if (seen.has(a.number)) problems.push({ path: `articles.${i}.number`, message: `article ${a.number} appears twice` });
      seen.add(a.number);
    });
    if (problems.length) throw new BadInputError(problems);

    return this.uow.run(actor, async (em) => {
      const repo = em.getRepository(LegalInstrument);
      const title = input.title.trim();
      if (await repo.existsBy({ title, effectiveDate: input.effectiveDate })) {
        throw BadInputError.field("title", `${title} effective ${input.effectiveDate} is already in the catalogue`);
      }
      const instrument = await repo.save(
        repo.create({
          title,
          level: input.level,
          issuer: input.issuer.trim(),
          documentNumber: input.documentNumber?.trim() || null,
          effectiveDate: input.effectiveDate,
          status: input.status,
        }),
      );
      // A code or a long regulation can list thousands of articles.
      await insertInChunks(
        em.getRepository(LegalArticle),
        input.articles.map((a, position) => ({ instrumentId: instrument.id, number: a.number, position, text: a.text.trim() })),
      );
      const created = await repo.findOneByOrFail({ id: instrument.id });
      return { result: created, events: [legalEvent("LegalInstrumentCreated", created, { instrument: created, articles: input.articles.map((a) => a.number) })] };
    });
  }

  /**
   * Marks an instrument repealed. Repealing twice is an invalid transition, not a silent no-op.
   * `assess` lets the module above (powers) add, in the same transaction, who is affected: those
   * agencies are named on the event, so their feeds carry the news.
   */
  async repeal<T>(
    actor: Actor,
    input: RepealLegalInstrumentInput,
    assess: (em: EntityManager, instrument: LegalInstrument) => Promise<RepealImpact<T>>,
  ): Promise<{ instrument: LegalInstrument; impact: T }> {
    this.access.require(actor, Permission.ManageReferenceData);
    return this.uow.run(actor, async (em) => {
      const repo = em.getRepository(LegalInstrument);
      const current = isUuid(input.id) ? await repo.findOneBy({ id: input.id }) : null;
      if (!current) throw new NotFoundError("LegalInstrument", input.id);
      if (current.status === LegalStatus.REPEALED) {
        throw new HubError(ErrorCode.InvalidTransition, `${current.title} was already repealed on ${current.repealedOn}`, {
          from: current.status,
          allowed: [],
        });
      }
      if (input.repealedOn < current.effectiveDate) {
        throw BadInputError.field("repealedOn", `is before the instrument took effect (${current.effectiveDate})`);
      }
      await updateVersioned(
        em,
        LegalInstrument,
        current.id,
        input.expectedVersion ?? current.version,
        { status: LegalStatus.REPEALED, repealedOn: input.repealedOn, repealNote: input.note?.trim() || null },
        current.title,
      );
      const repealed = await repo.findOneByOrFail({ id: current.id });
      const impact = await assess(em, repealed);
      const event = legalEvent("LegalInstrumentRepealed", repealed, { repealedOn: repealed.repealedOn, note: repealed.repealNote, ...impact.payload });
      return { result: { instrument: repealed, impact: impact.result }, events: [{ ...event, agencyIds: impact.agencyIds }] };
    });
  }
}

function legalEvent<K extends keyof typeof LEGAL_EVENTS>(type: K, instrument: LegalInstrument, payload: Omit<PayloadOf<K>, "title">): NewEvent {
  return eventOf<K, { title: string }>(LEGAL_EVENTS, type, { subjectIds: [instrument.id], agencyIds: [] }, payload, { title: instrument.title });
}
