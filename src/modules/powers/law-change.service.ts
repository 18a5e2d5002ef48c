import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { isUuid } from "../../platform/graphql/validation.js";
import { LEGAL_LEVEL_ORDER, type LegalArticle, type LegalInstrument } from "../legal/legal.entity.js";
import type { RepealLegalInstrumentInput } from "../legal/legal.inputs.js";
import type { LegalService } from "../legal/legal.service.js";
import type { Overlap } from "../overlaps/overlap.entity.js";
import type { OverlapService } from "../overlaps/overlap.service.js";
import { PowerStatus } from "./power-enums.js";
import { Power } from "./power.entity.js";

/** Powers meet the legal catalogue: an agency's catalogue, stale bases, and what a repeal affects. */
export class LawChangeService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessGate,
    private readonly legal: LegalService,
    private readonly overlaps: OverlapService,
  ) {}

  /** The instruments and articles an agency's powers rest on, by level (highest first), then title. */
  async catalogueOf(actor: Actor, agencyId: string) {
    this.access.require(actor, Permission.ReadPowers);
    const powers = isUuid(agencyId)
      ? await this.db.getRepository(Power).find({ where: { agencyId, status: In([PowerStatus.ACTIVE, PowerStatus.SUSPENDED]) }, order: { code: "ASC" } })
      : [];
    const { instruments, articles } = await this.legal.catalogue();
    const cited = new Map<string, Power[]>();
    for (const p of powers) for (const id of p.articleIds) cited.set(id, [...(cited.get(id) ?? []), p]);
    const articlesOf = new Map<string, { article: LegalArticle; powers: Power[] }[]>();
    for (const a of articles) {
      const citing = cited.get(a.id);
      if (citing) articlesOf.set(a.instrumentId, [...(articlesOf.get(a.instrumentId) ?? []), { article: a, powers: citing }]);
    }
    const used = instruments.filter((i) => articlesOf.has(i.id));
    const levels = LEGAL_LEVEL_ORDER.map((level) => ({
      level,
      instruments: used
        .filter((i) => i.level === level)
        .sort((a, b) => a.title.localeCompare(b.title, "zh-CN"))
        .map((instrument) => ({ instrument, articles: articlesOf.get(instrument.id)! })),
    })).filter((l) => l.instruments.length > 0);
    return { agencyId, levels };
  }

  /** Powers (not withdrawn) that cite an article of a repealed instrument. */
  async staleBases(actor: Actor): Promise<{ power: Power; instrument: LegalInstrument; articles: LegalArticle[] }[]> {
    this.access.require(actor, Permission.ReadPowers);
    return this.staleIn(this.db.manager, null);
  }

  /** Repeals an instrument and answers, in the same transaction, whom it affects. */
  async repeal(actor: Actor, input: RepealLegalInstrumentInput) {
    const { instrument, impact } = await this.legal.repeal(actor, input, async (em, repealed) => {
      const stale = await this.staleIn(em, repealed.id);
      const powers = stale.map((s) => s.power);
      const agencyIds = [...new Set(powers.map((p) => p.agencyId))];
      const openOverlaps: Overlap[] = await this.overlaps.liveInvolving(powers.map((p) => p.id), em);
      return {
        agencyIds,
        payload: { affectedPowerIds: powers.map((p) => p.id), affectedPowerCodes: powers.map((p) => p.code), openOverlaps: openOverlaps.length },
        result: { powers, agencyIds, openOverlaps },
      };
    });
    return { instrument, affectedPowers: impact.powers, affectedAgencyIds: impact.agencyIds, openOverlaps: impact.openOverlaps };
  }

  private async staleIn(em: EntityManager, instrumentId: string | null) {
    const { instruments, articles } = await this.legal.catalogue(em);
    const repealed = new Map(instruments.filter((i) => i.status === "REPEALED" && (!instrumentId || i.id === instrumentId)).map((i) => [i.id, i]));
    const staleArticles = new Map(articles.filter((a) => repealed.has(a.instrumentId)).map((a) => [a.id, a]));
    if (staleArticles.size === 0) return [];
    const powers = await em
      .getRepository(Power)
      .createQueryBuilder("p")
      .where("p.status <> :withdrawn", { withdrawn: PowerStatus.WITHDRAWN })
      .andWhere("p.article_ids && CAST(:ids AS uuid[])", { ids: [...staleArticles.keys()] })
      .orderBy("p.code")
      .getMany();
    return powers.flatMap((power) => {
      const byInstrument = new Map<string, LegalArticle[]>();
      for (const id of power.articleIds) {
        const a = staleArticles.get(id);
        if (a) byInstrument.set(a.instrumentId, [...(byInstrument.get(a.instrumentId) ?? []), a]);
      }
      return [...byInstrument].map(([id, list]) => ({ power, instrument: repealed.get(id)!, articles: list }));
    });
  }
}
