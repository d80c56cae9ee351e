import { describe, expect, it } from 'vitest';
import type { VisitRecord } from './visit-record-api';
import { changesOf, initialValues } from './visit-record-changes';

const visit = { profile: { competitors: '修正', paymentMethod: '月结' }, notes: '见了院长', nextSteps: null } as unknown as VisitRecord;

describe('what the visit record form sends', () => {
  it('sends nothing when nothing changed', () => {
    expect(changesOf(visit, initialValues(visit))).toBeNull();
    expect(changesOf(visit, { ...initialValues(visit), competitors: ' 修正 ' })).toBeNull();
  });

  it('sends only the changed answers (a cleared one as null), and notes or next steps when edited', () => {
    const values = { ...initialValues(visit), competitors: '华润三九', paymentMethod: '', needs: '送货快', nextSteps: '下周送样品' };
    expect(changesOf(visit, values)).toEqual({ answers: { paymentMethod: null, needs: '送货快', competitors: '华润三九' }, nextSteps: '下周送样品' });
    expect(changesOf(visit, { ...initialValues(visit), notes: '' })).toEqual({ notes: null });
  });
});
