import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { explainIssue, type IssueLike } from '../../domain/shared/bilingual-issue';
import { ERRORS, type ErrorBody, type ErrorCode, type FieldProblem } from '../../domain/shared/error-codes';
import { fieldLabel } from '../../domain/shared/field-labels';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  CUSTOMER_OFFICE_REQUIRED: 400,
  IMPORT_FILE_INVALID: 400,
  VISIT_PHOTO_INVALID: 400,
  PRODUCT_UNKNOWN: 400,
  RETURN_OF_REQUIRED: 400,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CUSTOMER_MERGED: 404,
  ROUTE_NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 409;
}

/** An error the client is meant to read. Anything else becomes INTERNAL with nothing leaked. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldProblem[],
    readonly headers?: Record<string, string>,
    /** More for the client to act on (e.g. the customers a new one may duplicate). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(code);
  }
}

export function errorBody(code: ErrorCode, fields?: FieldProblem[]): ErrorBody {
  const text = ERRORS[code];
  return { code, message: text.zh, message_en: text.en, ...(fields?.length ? { fields } : {}) };
}

export function fieldProblem(path: string, issue: IssueLike): FieldProblem {
  const label = fieldLabel(path);
  const text = explainIssue(issue);
  const field = path.replace(/^\//, '').replaceAll('/', '.');
  return { field, message: `${label.zh}：${text.zh}`, message_en: `${label.en}: ${text.en}` };
}

/** One entry per field: several problems with the same field are joined into one sentence. */
export function mergeByField(problems: FieldProblem[]): FieldProblem[] {
  const merged = new Map<string, FieldProblem>();
  for (const p of problems) {
    const seen = merged.get(p.field);
    if (!seen) merged.set(p.field, { ...p });
    else {
      seen.message += `；${p.message.slice(p.message.indexOf('：') + 1)}`;
      seen.message_en += `; ${p.message_en.slice(p.message_en.indexOf(': ') + 2)}`;
    }
  }
  return [...merged.values()];
}

/**
 * One error handler and one not-found handler for the whole app. With `spa`, a GET outside /api that
 * matches no file gets the web app's index.html (client-side routes); everything else gets a JSON 404.
 */
export function registerErrorHandling(app: FastifyInstance, spa: boolean): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return reply.code(statusOf(err.code)).send({ ...errorBody(err.code, err.fields), ...err.extra });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) =>
        fieldProblem(v.instancePath, { code: v.keyword, message: v.message, ...(v.params as object) }),
      );
      return reply.code(400).send(errorBody('VALIDATION_FAILED', mergeByField(fields)));
    }
    const status = err.statusCode ?? 500;
    if (status === 413) return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE'));
    if (status >= 400 && status < 500) {
      req.log.info({ err: { message: err.message, code: err.code } }, 'malformed request');
      return reply.code(400).send(errorBody('BAD_REQUEST'));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send(errorBody('INTERNAL'));
  });

  app.setNotFoundHandler((req, reply) => {
    if (spa && req.method === 'GET' && !req.url.startsWith('/api')) return reply.type('text/html').sendFile('index.html');
    return reply.code(404).send(errorBody('ROUTE_NOT_FOUND'));
  });
}
