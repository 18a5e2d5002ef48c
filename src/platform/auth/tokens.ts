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
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(secret);
}

/** Verifies an `Authorization` header value ("Bearer …"); throws UNAUTHENTICATED with the reason. */
export async function verifyBearer(secret: Uint8Array, header: string | undefined): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  if (!match) throw new UnauthenticatedError("Send Authorization: Bearer <token> (get one with `npm run token`)");
  try {
    const { payload } = await jwtVerify(match[1], secret, { algorithms: [ALGORITHM], issuer: ISSUER });
    const claims = ClaimsSchema.safeParse(payload);
    if (!claims.success) throw new UnauthenticatedError(`Token claims are invalid: ${claims.error.issues[0].message}`);
    const c = claims.data;
    return { sub: c.sub, name: c.name, role: c.role, agencyId: c.agencyId, expiresAt: c.exp };
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError("The token has expired");
    throw new UnauthenticatedError("The token is not valid");
  }
}
