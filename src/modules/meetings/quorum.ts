import { ErrorCode, HubError } from "../../platform/graphql/errors.js";

/**
 * "No quorum" is a precondition the chair can act on (wait for more agencies, check them in), not
 * a CONFLICT (which tells a client to read again and retry): FAILED_PRECONDITION with the counts.
 */
export class NoQuorumError extends HubError {
  constructor(present: number, needed: number) {
    super(ErrorCode.FailedPrecondition, `未达法定人数：到会执法单位 ${present} 个，需 ${needed} 个 (no quorum: ${present} enforcement agencies present, ${needed} needed)`, {
      reason: "NO_QUORUM",
      present,
      needed,
      /** The same count as `needed`, under the name this error carried when it was a CONFLICT. */
      quorum: needed,
    });
  }
}

/** Throws NoQuorumError unless enough enforcement agencies are present. */
export function requireQuorum(presence: { present: number; quorum: number; met: boolean }): void {
  if (!presence.met) throw new NoQuorumError(presence.present, presence.quorum);
}
