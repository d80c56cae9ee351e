import { ERRORS, type ErrorBody, type ErrorCode } from '../../../domain/shared/error-codes';
import type { Lang } from '../../../domain/shared/messages';
import { common } from '../text';

/** Codes the server sends, plus NETWORK for a request that never got an answer. */
export type ClientErrorCode = ErrorCode | 'NETWORK';
export type ApiErrorBody = Omit<ErrorBody, 'code'> & { code: ClientErrorCode };

/** A failed API call, carrying the server's bilingual error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(`${status} ${body.code}`);
    this.name = 'ApiError';
  }

  get code(): ClientErrorCode {
    return this.body.code;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  const v = value as Partial<ErrorBody> | null;
  return typeof v === 'object' && v !== null && typeof v.code === 'string' && typeof v.message === 'string';
}

function genericBody(status: number): ApiErrorBody {
  const code: ErrorCode = status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  return { code, message: ERRORS[code].zh, message_en: ERRORS[code].en };
}

export type QueryValue = string | number | boolean | null | undefined;

/** Appends the defined, non-empty values as a query string. */
export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: common.networkError.zh, message_en: common.networkError.en });
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) throw new ApiError(res.status, isErrorBody(data) ? data : genericBody(res.status));
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** The message to show for any error, in the current language. */
export function errorText(err: unknown, lang: Lang): string {
  if (err instanceof ApiError) return lang === 'en' ? err.body.message_en : err.body.message;
  return lang === 'en' ? ERRORS.INTERNAL.en : ERRORS.INTERNAL.zh;
}

export function hasCode(err: unknown, ...codes: ClientErrorCode[]): err is ApiError {
  return err instanceof ApiError && codes.includes(err.code);
}
