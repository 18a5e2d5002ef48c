import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError as ClassValidationError } from "class-validator";

/** Every error code the hub answers with, in `extensions.code`. */
export enum ErrorCode {
  Unauthenticated = "UNAUTHENTICATED",
  Forbidden = "FORBIDDEN",
  NotFound = "NOT_FOUND",
  BadUserInput = "BAD_USER_INPUT",
  Conflict = "CONFLICT",
  InvalidTransition = "INVALID_TRANSITION",
  /** The state allows the step in principle but a precondition is unmet (e.g. no quorum): act on it, do not just retry. */
  FailedPrecondition = "FAILED_PRECONDITION",
  GraphQLParseFailed = "GRAPHQL_PARSE_FAILED",
  GraphQLValidationFailed = "GRAPHQL_VALIDATION_FAILED",
  /** The document holds several operations and `operationName` names none of them (Apollo's code). */
  OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE",
  /** One WebSocket already runs as many operations as it may (see QUERY_LIMITS). */
  TooManyOperations = "TOO_MANY_OPERATIONS",
  InternalServerError = "INTERNAL_SERVER_ERROR",
}

/** One problem with one input field: `path` names it the way the client sent it. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends HubError {
  constructor(message = "A valid bearer token is required") {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ForbiddenError extends HubError {
  constructor(message = "Your role does not allow this") {
    super(ErrorCode.Forbidden, message);
  }
}

/** Also what the access gate answers for records the caller may not see: no hint they exist. */
export class NotFoundError extends HubError {
  constructor(what: string, id: string) {
    super(ErrorCode.NotFound, `${what} ${id} not found`, { what, id });
  }
}

/**
 * What `found` answers, or null when it throws NOT_FOUND: a nullable single-record query (`case`,
 * `meeting`, `operation`) answers null alike for a record that does not exist and one the caller may
 * not see. Every other error passes through.
 */
export async function nullWhenNotFound<T>(found: Promise<T>): Promise<T | null> {
  try {
    return await found;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export class ConflictError extends HubError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.Conflict, message, extensions);
  }
}

export class BadInputError extends HubError {
  constructor(readonly problems: FieldProblem[], extensions: Record<string, unknown> = {}) {
    super(ErrorCode.BadUserInput, problems.map((p) => `${p.path}: ${p.message}`).join("; "), {
      ...extensions,
      fields: problems,
    });
  }
  /** Shorthand for the common single-field case. */
  static field(path: string, message: string): BadInputError {
    return new BadInputError([{ path, message }]);
  }
}

function flattenValidation(errors: ClassValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flattenValidation(e.children ?? [], path)];
  });
}

const PG_UNIQUE_VIOLATION = "23505";
const SUGGESTION = / ?Did you mean .*$/s;
const PG_SERIALIZATION_FAILURE = "40001";
/**
 * PostgreSQL data exceptions that only a bad value can cause: invalid text representation
 * (22P02), untranslatable character (22P05), character not in repertoire (22021), numeric value
 * out of range (22003), datetime format (22007) and datetime field overflow (22008). The input
 * guard refuses most such values first; this is the backstop. The database's own text names SQL
 * and is never shown.
 */
const PG_BAD_VALUE = new Set(["22P02", "22P05", "22021", "22003", "22007", "22008"]);

/**
 * The one error formatter. Known errors keep their code; class-validator failures become
 * BAD_USER_INPUT with field paths; anything unexpected is logged with the request id and masked.
 */
export function createErrorFormatter(options: {
  exposeStack: boolean;
  /** Drop graphql-js's "Did you mean …?" hints, which spell out the schema to a prober (production). */
  hideSuggestions?: boolean;
  onUnexpected: (error: unknown) => string | undefined;
}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const strip = (f: GraphQLFormattedError): GraphQLFormattedError => {
      if (options.hideSuggestions && SUGGESTION.test(f.message)) f = { ...f, message: f.message.replace(SUGGESTION, "") };
      if (options.exposeStack) {
        // Errors answered outside Apollo (the operation guard, WebSocket) carry no trace yet: add it.
        const stack = original instanceof Error ? original.stack : undefined;
        return f.extensions?.stacktrace || !stack ? f : { ...f, extensions: { ...f.extensions, stacktrace: stack.split("\n") } };
      }
      if (!f.extensions?.stacktrace) return f;
      const { stacktrace: _s, ...rest } = f.extensions;
      return { ...f, extensions: rest };
    };

    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidation(original.extensions.validationErrors as ClassValidationError[], "");
      return strip({
        ...formatted,
        message: fields.map((p) => `${p.path}: ${p.message}`).join("; ") || "Invalid input",
        extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput, fields, validationErrors: undefined },
      });
    }
    const pgCode = (original as { code?: unknown } | null)?.code;
    if (pgCode === PG_UNIQUE_VIOLATION) {
      return strip({ ...formatted, message: "A record with the same key already exists", extensions: { code: ErrorCode.Conflict } });
    }
    if (pgCode === PG_SERIALIZATION_FAILURE) {
      return strip({ ...formatted, message: "A concurrent change won; retry", extensions: { code: ErrorCode.Conflict } });
    }
    if (typeof pgCode === "string" && PG_BAD_VALUE.has(pgCode)) {
      // The database does not say which argument; the field the value reached is the best name.
      const field = (formatted.path ?? []).join(".");
      const message = "a value in this request is out of range or malformed";
      return strip({ ...formatted, message: `${field}: ${message}`, extensions: { code: ErrorCode.BadUserInput, fields: [{ path: field, message }] } });
    }
    const code = formatted.extensions?.code;
    const known = original instanceof GraphQLError && typeof code === "string" && code !== ErrorCode.InternalServerError;
    if (known) return strip(formatted);

    const requestId = options.onUnexpected(original);
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: ErrorCode.InternalServerError,
        requestId,
        ...(options.exposeStack ? { stacktrace: formatted.extensions?.stacktrace } : {}),
      },
    };
  };
}
