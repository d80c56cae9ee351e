import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { settingsSaveCallbacks } from './settings-save-callbacks';

function recorder() {
  const calls: string[] = [];
  const callbacks = settingsSaveCallbacks<{ version: number }>({
    refill: (saved) => calls.push(`refill v${saved.version}`),
    confirm: () => calls.push('confirm'),
    reload: () => calls.push('reload'),
    report: (err) => calls.push(`report ${err instanceof ApiError ? err.code : String(err)}`),
  });
  return { calls, callbacks };
}

const apiError = (status: number, code: 'VERSION_CONFLICT' | 'VALIDATION_FAILED' | 'FORBIDDEN', fields?: { field: string; message: string; message_en: string }[]) =>
  new ApiError(status, { code, message: '出错', message_en: 'Failed', fields });

describe('settings save callbacks', () => {
  it('refills the form from what was saved, then confirms', () => {
    const { calls, callbacks } = recorder();
    callbacks.onSuccess({ version: 4 });
    expect(calls).toEqual(['refill v4', 'confirm']);
  });

  it('reloads on a version conflict and reports nothing on the form', () => {
    const { calls, callbacks } = recorder();
    callbacks.onError(apiError(409, 'VERSION_CONFLICT'));
    expect(calls).toEqual(['reload']);
  });

  it('reports a 400 with its field problems, and any other failure, without reloading', () => {
    const { calls, callbacks } = recorder();
    callbacks.onError(apiError(400, 'VALIDATION_FAILED', [{ field: 'settings.reviewByWorkingDay', message: '不能早于', message_en: 'cannot be before' }]));
    callbacks.onError(apiError(403, 'FORBIDDEN'));
    callbacks.onError(new Error('boom'));
    expect(calls).toEqual(['report VALIDATION_FAILED', 'report FORBIDDEN', 'report Error: boom']);
  });
});
