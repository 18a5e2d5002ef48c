import type { DataSource } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { containsPattern } from "../../platform/db/like.js";
import { UnitOfWork } from "../../platform/events/unit-of-work.js";
import { EventTopic, EventVisibility } from "../../platform/events/topics.js";
import { updateVersioned } from "../../platform/db/versioned-update.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import { BadInputError, ErrorCode, HubError, NotFoundError, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { LegalArticle, LegalInstrument, LegalStatus } from "./legal.entity.js";
import type { CreateLegalInstrumentInput, LegalInstrumentsArgs, RepealLegalInstrumentInput } from "./legal.inputs.js";

export class LegalService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
  ) {}

  /** Reads outside a transaction. */
  private get db(): DataSource {
    return this.uow.dataSource;
  }

  /** A page of instruments ordered by title. */
  async list(actor: Actor, args: LegalInstrumentsArgs): Promise<Page<LegalInstrument>> {
    this.access.require(actor, Permission.ReadReferenceData);
    const qb = this.db.getRepository(LegalInstrument).createQueryBuilder("instrument");
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
    return isUuid(id) ? this.db.getRepository(LegalInstrument).findOneBy({ id }) : null;
  }

  byIds(ids: readonly string[]): Promise<LegalInstrument[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.db.getRepository(LegalInstrument).findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  /** For loaders: the articles of each instrument, in order. */
  articlesOf(instrumentIds: readonly string[]): Promise<LegalArticle[]> {
    return this.db.getRepository(LegalArticle).find({ where: { instrumentId: In([...instrumentIds]) }, order: { position: "ASC" } });
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
      if (input.articles.length) {
        await em.getRepository(LegalArticle).insert(
          input.articles.map((a, position) => ({ instrumentId: instrument.id, number: a.number, position, text: a.text.trim() })),
        );
      }
      const created = await repo.findOneByOrFail({ id: instrument.id });
      return { result: created, events: [legalEvent("LegalInstrumentCreated", created, { instrument: created, articles: input.articles.map((a) => a.number) })] };
    });
  }

  /** Marks an instrument repealed. Repealing twice is an invalid transition, not a silent no-op. */
  async repeal(actor: Actor, input: RepealLegalInstrumentInput): Promise<LegalInstrument> {
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
      return { result: repealed, events: [legalEvent("LegalInstrumentRepealed", repealed, { repealedOn: repealed.repealedOn, note: repealed.repealNote })] };
    });
  }
}

function legalEvent(type: string, instrument: LegalInstrument, payload: Record<string, unknown>) {
  return { topic: EventTopic.LEGAL, type, subjectIds: [instrument.id], agencyIds: [], visibility: EventVisibility.PUBLIC, payload: { title: instrument.title, ...payload } };
}
