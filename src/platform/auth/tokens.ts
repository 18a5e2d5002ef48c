import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { z } from "zod";
import type { HubConfig } from "../../config.js";
import { Role, type Actor } from "./actor.js";
import { UnauthenticatedError } from "../graphql/errors.js";

const ALGORITHM = "HS256";
const ISSUER = "enforcement-hub";
/**
 * Every token names what it is for. An API token (Authorization: Bearer) and a minutes link token
 * (a URL for one meeting's printable minutes) are signed with the same secret, so the audience is
 * what keeps a link that leaked from a browser history or a proxy log from opening the API, and
 * keeps an API token from being pasted into a link.
 */
export const API_AUDIENCE = "enforcement-hub:api";
export const MINUTES_AUDIENCE = "enforcement-hub:minutes";
/** 9999-12-31T23:59:59Z: a later `exp` cannot be shown as a four-digit-year date (`me.expiresAt`). */
const LATEST_EXP = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;

const ClaimsSchema = z
  .object({
    sub: z.string().min(1),
    name: z.string().min(1),
    role: z.enum(Role),
    agencyId: z.uuid().optional(),
    exp: z.number().max(LATEST_EXP, { message: "exp is later than 9999-12-31" }),
  })
  .refine((c) => (c.role === Role.AGENCY_OFFICER) === (c.agencyId !== undefined), {
    message: "agencyId is required for AGENCY_OFFICER and only for it",
  });

/**
 * The HS256 secret. HUB_JWT_SECRET wins; in embedded mode without it one is generated once into
 * the data directory so that tokens survive restarts. Never generated in production or on
 * PostgreSQL, where several instances must share one secret.
 */
export function resolveJwtSecret(config: HubConfig): Uint8Array {
  if (config.jwtSecret) return new TextEncoder().encode(config.jwtSecret);
  if (config.nodeEnv === "production" || config.databaseUrl) {
    throw new Error("HUB_JWT_SECRET: required with DATABASE_URL or NODE_ENV=production (at least 32 characters)");
  }
  const dir = resolve(config.dataDir);
  const file = join(dir, "jwt-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return new TextEncoder().encode(readFileSync(file, "utf8").trim());
}

export interface TokenClaims {
  sub: string;
  name: string;
  role: Role;
  agencyId?: string;
}

export async function signToken(secret: Uint8Array, claims: TokenClaims, ttl = "12h"): Promise<string> {
  return new SignJWT({ name: claims.name, role: claims.role, ...(claims.agencyId ? { agencyId: claims.agencyId } : {}) })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(API_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(secret);
}

/** Who opens the minutes through a link, and which meeting's: the link is good for nothing else. */
export interface MinutesLinkClaims extends TokenClaims {
  meetingId: string;
}

/** Signs a minutes link token that expires at `expiresAt` (a Date, so tests can sign one already expired). */
export async function signMinutesToken(secret: Uint8Array, claims: MinutesLinkClaims, expiresAt: Date): Promise<string> {
  return new SignJWT({ name: claims.name, role: claims.role, meetingId: claims.meetingId, ...(claims.agencyId ? { agencyId: claims.agencyId } : {}) })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(MINUTES_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(secret);
}

/**
 * Verifies a minutes link token for one meeting and answers the actor it was issued to, who must
 * still be allowed to read that meeting. A link for another meeting, or an API token, is refused.
 */
export async function verifyMinutesToken(secret: Uint8Array, token: string, meetingId: string): Promise<Actor> {
  const { actor, payload } = await verifyClaims(secret, token, MINUTES_AUDIENCE);
  if (payload.meetingId !== meetingId) throw new UnauthenticatedError("This link is for another meeting's minutes");
  return actor;
}

/** Verifies an `Authorization` header value ("Bearer …"); throws UNAUTHENTICATED with the reason. */
export async function verifyBearer(secret: Uint8Array, header: string | undefined): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  if (!match) throw new UnauthenticatedError("Send Authorization: Bearer <token> (get one with `npm run token`)");
  return (await verifyClaims(secret, match[1], API_AUDIENCE)).actor;
}

/** Signature, issuer, expiry, audience and claims; every failure is UNAUTHENTICATED with the reason. */
async function verifyClaims(secret: Uint8Array, token: string, audience: string): Promise<{ actor: Actor; payload: Record<string, unknown> }> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: [ALGORITHM], issuer: ISSUER, audience });
    const claims = ClaimsSchema.safeParse(payload);
    if (!claims.success) throw new UnauthenticatedError(`Token claims are invalid: ${claims.error.issues[0].message}`);
    const c = claims.data;
    return { actor: { sub: c.sub, name: c.name, role: c.role, agencyId: c.agencyId, expiresAt: c.exp }, payload };
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError("The token has expired");
    if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "aud") {
      throw new UnauthenticatedError(
        audience === API_AUDIENCE ? "A minutes link is not an API token" : "An API token cannot open minutes from a URL; ask for a minutesLink",
      );
    }
    throw new UnauthenticatedError("The token is not valid");
  }
}
