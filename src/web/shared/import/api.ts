import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ERRORS, type ErrorBody } from '../../../domain/shared/error-codes';
import { api, ApiError } from '../api/client';
import { common } from '../text';

export interface ImportProblem {
  row: number;
  column: string;
  reason_zh: string;
  reason_en: string;
}

/** A field a column can be mapped to. */
export interface ImportTarget {
  value: string;
  zh: string;
  en: string;
  required: boolean;
}

export type ImportStatus = 'uploaded' | 'checking' | 'checked' | 'importing' | 'imported' | 'failed';
export type ImportMapping = Record<string, string | null>;

/** The person's current import of a kind, as GET /api/<kind>-imports/current gives it; `S` and `O` are the kind's summary and row outcome. */
export interface ImportOf<S, O> {
  id: string;
  fileName: string;
  status: ImportStatus;
  rowCount: number;
  headers: string[];
  mapping: ImportMapping;
  targets: ImportTarget[];
  progress: { phase: 'checking' | 'writing'; processed: number; total: number } | null;
  summary: (S & { problemRows: number }) | null;
  problemCount: number;
  problems: ImportProblem[];
  outcomes: O[];
  error: { code: string; message: string; message_en: string } | null;
  createdAt: string;
  finishedAt: string | null;
}

/** Any kind's import, for the parts of the wizard that do not read its summary or outcomes. */
export type AnyImport = ImportOf<unknown, unknown>;

/** An import as its upload answers: with the first rows of the file. */
export type Uploaded<I> = I & { sample: string[][] };

export const isRunning = (status: ImportStatus | undefined) => status === 'checking' || status === 'importing';

/** The routes of one kind of import, from its base (/customer-imports, /order-imports). */
export function importRoutes(base: string) {
  return {
    key: [base.slice(1), 'current'] as const,
    upload: `/api${base}`,
    template: `/api${base}/template`,
    problems: `/api${base}/current/problems`,
  };
}

/** The current import of the kind, polled every second while a check or import runs on the server. */
export function useCurrentImportOf<I extends AnyImport>(base: string) {
  return useQuery({
    queryKey: importRoutes(base).key,
    queryFn: () => api.get<{ import: I | null }>(`${base}/current`).then((r) => r.import),
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? 1000 : false),
  });
}

/** Starts the dry run (check) or the import; the answer is the import with its run under way. */
export function useStartImportRunOf<I extends AnyImport>(base: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ run, mapping }: { run: 'check' | 'import'; mapping: ImportMapping }) => api.post<I>(`${base}/current/${run}`, { mapping }),
    onSuccess: (current) => client.setQueryData(importRoutes(base).key, current),
  });
}

function errorOf(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as ErrorBody;
    if (typeof body.code === 'string' && typeof body.message === 'string') return new ApiError(status, body);
  } catch {
    // not JSON: a proxy's page, or nothing
  }
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 || status === 0 ? 'INTERNAL' : 'BAD_REQUEST';
  return new ApiError(status, { code, message: ERRORS[code].zh, message_en: ERRORS[code].en });
}

/**
 * Sends a file as multipart form data to `url` (the import's upload route) with XMLHttpRequest, which (unlike
 * fetch) reports upload progress: `onProgress` gets 0–100.
 */
export function uploadImportFile<U>(file: File, onProgress: (percent: number) => void, url: string): Promise<U> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => (xhr.status === 201 ? resolve(JSON.parse(xhr.responseText) as U) : reject(errorOf(xhr.status, xhr.responseText)));
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK', message: common.networkError.zh, message_en: common.networkError.en }));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
