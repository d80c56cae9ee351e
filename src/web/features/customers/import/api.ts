import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ERRORS, type ErrorBody } from '../../../../domain/shared/error-codes';
import { api, ApiError } from '../../../shared/api/client';
import { common } from '../../../shared/text';
import { invalidateCustomers } from '../api';

export interface ImportProblem {
  row: number;
  column: string;
  reason_zh: string;
  reason_en: string;
}

export interface ImportTarget {
  value: string;
  zh: string;
  en: string;
  required: boolean;
}

export type ImportStatus = 'uploaded' | 'checking' | 'checked' | 'importing' | 'imported' | 'failed';

/** The person's current import, as GET /api/customer-imports/current gives it. */
export interface CustomerImport {
  id: string;
  fileName: string;
  status: ImportStatus;
  rowCount: number;
  headers: string[];
  mapping: Record<string, string | null>;
  targets: ImportTarget[];
  progress: { phase: 'checking' | 'writing'; processed: number; total: number } | null;
  summary: { create: number; update: number; unchanged: number; problemRows: number } | null;
  problemCount: number;
  problems: ImportProblem[];
  outcomes: { row: number; action: 'create' | 'update' | 'unchanged'; name: string; changes: string[] }[];
  error: { code: string; message: string; message_en: string } | null;
  createdAt: string;
  finishedAt: string | null;
}

export type UploadedImport = CustomerImport & { sample: string[][] };

export const IMPORT_KEY = ['customer-imports', 'current'] as const;
export const TEMPLATE_URL = '/api/customer-imports/template';
export const PROBLEMS_URL = '/api/customer-imports/current/problems';

export const isRunning = (status: ImportStatus | undefined) => status === 'checking' || status === 'importing';

/** The current import, polled every second while a check or import runs on the server. */
export function useCurrentImport() {
  return useQuery({
    queryKey: IMPORT_KEY,
    queryFn: () => api.get<{ import: CustomerImport | null }>('/customer-imports/current').then((r) => r.import),
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? 1000 : false),
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
 * Sends a file as multipart form data with XMLHttpRequest, which (unlike fetch) reports upload progress:
 * `onProgress` gets 0–100. `url` is the import's upload route (customers unless told).
 */
export function uploadImportFile<U = UploadedImport>(file: File, onProgress: (percent: number) => void, url = '/api/customer-imports'): Promise<U> {
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

/** Starts the dry run (check) or the import; the answer is the import with its run under way. */
export function useStartImportRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ run, mapping }: { run: 'check' | 'import'; mapping: Record<string, string | null> }) => api.post<CustomerImport>(`/customer-imports/current/${run}`, { mapping }),
    onSuccess: (current) => client.setQueryData(IMPORT_KEY, current),
  });
}

/** After an import, the lists and records of customers are stale. */
export function useRefreshAfterImport() {
  const client = useQueryClient();
  return () => invalidateCustomers(client);
}
