import { describe, expect, it } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { ImportJobs } from './import-jobs';

const silent = { error: () => {} } as unknown as FastifyBaseLogger;

describe('ImportJobs.snapshot', () => {
  it('keeps showing a run that ends after the snapshot, so a row read meanwhile is never shown without its run', async () => {
    const jobs = new ImportJobs<string>(silent, 'test');
    let finish!: () => void;
    const gate = new Promise<void>((r) => (finish = r));
    jobs.start('a', 'check', 3, async () => (await gate, { outcomes: ['done'], error: null }), async () => ({ code: 'INTERNAL', message: '', message_en: '' }));
    const before = jobs.snapshot();
    finish();
    await jobs.drain();
    expect(before('a')).toMatchObject({ kind: 'check', progress: { phase: 'checking', processed: 0, total: 3 } });
    expect(jobs.snapshot()('a')).toBeNull();
    expect(jobs.resultOf('a')).toEqual({ outcomes: ['done'], error: null });
  });
});
