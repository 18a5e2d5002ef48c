import type { EntityManager } from "typeorm";
import type { ProposedOperations } from "./agenda-builder.js";

/**
 * Where the agenda reads proposed joint operations. Operations stand above meetings (a decision
 * launches one), so meetings cannot ask for their service: the operations module plugs its reader
 * in here when it is built. Until then, and in a hub without operations, there are none.
 */
export class OperationProposals {
  #source: ProposedOperations = async () => [];

  /** Called once by the operations module. */
  readFrom(source: ProposedOperations): void {
    this.#source = source;
  }

  /** The planned operations, read in the caller's transaction. */
  read(em: EntityManager): ReturnType<ProposedOperations> {
    return this.#source(em);
  }
}
