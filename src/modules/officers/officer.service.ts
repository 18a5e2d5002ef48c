import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { AccessGate, Permission } from "../../platform/auth/access-gate.js";
import type { Actor } from "../../platform/auth/actor.js";
import { containsPattern } from "../../platform/db/like.js";
import { UnitOfWork } from "../../platform/events/unit-of-work.js";
import type { NewEvent } from "../../platform/events/topics.js";
import { eventOf, type PayloadOf } from "../../platform/events/event-catalogue.js";
import { OFFICER_EVENTS } from "./officer.events.js";
import { updateVersioned } from "../../platform/db/versioned-update.js";
import { paginate, type Page } from "../../platform/graphql/connection.js";
import { BadInputError, NotFoundError, type FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import type { AgencyService } from "../agencies/agency.service.js";
import { Officer, OfficerRole, isCertifiedOn } from "./officer.entity.js";
import type { CertificateInput, OfficersArgs, RegisterOfficerInput, UpdateOfficerInput } from "./officer.inputs.js";

export class OfficerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessGate,
    private readonly agencies: AgencyService,
  ) {}

  /** A page of officers ordered by name. */
  async list(actor: Actor, args: OfficersArgs): Promise<Page<Officer>> {
    const scope = this.access.agencyScope(actor, Permission.ReadOfficers);
    const qb = this.uow.dataSource.getRepository(Officer).createQueryBuilder("officer");
    if (scope !== "all") qb.andWhere("officer.agencyId IN (:...scope)", { scope });
    if (args.agencyId !== undefined) qb.andWhere("officer.agencyId = :agencyId", { agencyId: isUuid(args.agencyId) ? args.agencyId : null });
    if (args.role) qb.andWhere("officer.role = :role", { role: args.role });
    if (!args.includeInactive) qb.andWhere("officer.active = true");
    if (args.certifiedOn) {
      qb.andWhere(
        "officer.active = true AND officer.role <> :auxiliary AND officer.certificateValidFrom <= :on AND officer.certificateValidUntil >= :on",
        { on: args.certifiedOn, auxiliary: OfficerRole.AUXILIARY },
      );
    }
    if (args.search) {
      qb.andWhere("(officer.name ILIKE :search OR officer.certificateNumber ILIKE :search)", { search: containsPattern(args.search) });
    }
    return paginate(qb, args, [
      { sql: "officer.name", of: (o) => o.name },
      { sql: "officer.id", of: (o) => o.id },
    ]);
  }

  /** Null for an officer the actor may not see, exactly as for one that does not exist. */
  async get(actor: Actor, id: string): Promise<Officer | null> {
    const scope = this.access.agencyScope(actor, Permission.ReadOfficers);
    const officer = isUuid(id) ? await this.uow.dataSource.getRepository(Officer).findOneBy({ id }) : null;
    return officer && (scope === "all" || scope.includes(officer.agencyId)) ? officer : null;
  }

  async register(actor: Actor, input: RegisterOfficerInput): Promise<Officer> {
    this.access.require(actor, Permission.ManageOfficers, { agencyIds: [input.agencyId] });
    return this.uow.run(actor, async (em) => {
      if (!isUuid(input.agencyId) || !(await this.agencies.existsIn(em, input.agencyId))) {
        throw BadInputError.field("agencyId", `no agency has id ${input.agencyId}`);
      }
      await validateCertificate(em, input.role, input.certificate ?? null, null);
      const repo = em.getRepository(Officer);
      const officer = await repo.save(
        repo.create({ agencyId: input.agencyId, name: input.name.trim(), role: input.role, ...certificateColumns(input.certificate ?? null) }),
      );
      const created = await repo.findOneByOrFail({ id: officer.id });
      return { result: created, events: [officerEvent("OfficerRegistered", created, { officer: created })] };
    });
  }

  async update(actor: Actor, input: UpdateOfficerInput): Promise<Officer> {
    return this.uow.run(actor, async (em) => {
      const repo = em.getRepository(Officer);
      const current = isUuid(input.id) ? await repo.findOneBy({ id: input.id }) : null;
      // Another agency's officer is answered as missing: no hint that the record exists.
      if (!current || !this.access.allows(actor, Permission.ReadOfficers, { agencyIds: [current.agencyId] })) {
        throw new NotFoundError("Officer", input.id);
      }
      this.access.require(actor, Permission.ManageOfficers, { agencyIds: [current.agencyId] });

      const role = input.role ?? current.role;
      const certificate: CertificateInput | null =
        input.certificate !== undefined
          ? input.certificate
          : current.certificateNumber
            ? { number: current.certificateNumber, validFrom: current.certificateValidFrom!, validUntil: current.certificateValidUntil! }
            : null;
      await validateCertificate(em, role, certificate, current.id);

      const changes: Partial<Officer> = { role, ...certificateColumns(certificate) };
      // Name and active are required columns: null, like absent, leaves them as they are.
      if (input.name != null) changes.name = input.name.trim();
      if (input.active != null) changes.active = input.active;
      await updateVersioned(em, Officer, current.id, input.expectedVersion ?? current.version, changes, `Officer ${current.name}`);
      const updated = await repo.findOneByOrFail({ id: current.id });
      return { result: updated, events: [officerEvent("OfficerUpdated", updated, { changes, version: updated.version })] };
    });
  }

  /** For loaders. */
  byIds(ids: readonly string[]): Promise<Officer[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.uow.dataSource.getRepository(Officer).findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  /** Which of the given officers are certified on `date` (APL Art. 42). Other modules check enforcement teams with it. */
  async certifiedAmong(em: EntityManager, officerIds: readonly string[], date: string): Promise<Officer[]> {
    const officers = await em.getRepository(Officer).findBy({ id: In(officerIds.filter(isUuid)) });
    return officers.filter((o) => isCertifiedOn(o, date));
  }
}

function certificateColumns(certificate: CertificateInput | null) {
  return {
    certificateNumber: certificate?.number.trim() ?? null,
    certificateValidFrom: certificate?.validFrom ?? null,
    certificateValidUntil: certificate?.validUntil ?? null,
  };
}

/** Every problem with a certificate at once, so the caller can fix them in one go. */
async function validateCertificate(em: EntityManager, role: OfficerRole, certificate: CertificateInput | null, selfId: string | null) {
  if (!certificate) return;
  const problems: FieldProblem[] = [];
  if (role === OfficerRole.AUXILIARY) {
    problems.push({ path: "certificate", message: "auxiliary staff (辅助人员) cannot hold an enforcement certificate" });
  }
  if (certificate.validUntil < certificate.validFrom) {
    problems.push({ path: "certificate.validUntil", message: `ends (${certificate.validUntil}) before it starts (${certificate.validFrom})` });
  }
  const holder = await em.getRepository(Officer).findOneBy({ certificateNumber: certificate.number.trim() });
  if (holder && holder.id !== selfId) {
    problems.push({ path: "certificate.number", message: `certificate ${certificate.number} is already held by another officer` });
  }
  if (problems.length) throw new BadInputError(problems);
}

/** Officers are personal data: their events reach their own agency, the chair and supervisors only. */
function officerEvent<K extends keyof typeof OFFICER_EVENTS>(type: K, officer: Officer, payload: PayloadOf<K>): NewEvent {
  return eventOf(OFFICER_EVENTS, type, { subjectIds: [officer.id], agencyIds: [officer.agencyId] }, payload);
}
