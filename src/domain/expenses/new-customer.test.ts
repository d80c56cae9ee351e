import { describe, expect, it } from 'vitest';
import { checkSpecialFiling, specialApplicationValid } from './new-customer';

describe('new-customer special expense application (《新客户特殊费用申请表》)', () => {
  it('may be filed while the customer has no order, or up to the day of its first order', () => {
    expect(checkSpecialFiling('2026-03-01', null)).toEqual({ ok: true });
    expect(checkSpecialFiling('2026-03-01', '2026-03-05')).toEqual({ ok: true });
    expect(checkSpecialFiling('2026-03-05', '2026-03-05')).toEqual({ ok: true });
  });

  it('is refused when filed after the first order, naming its date', () => {
    expect(checkSpecialFiling('2026-03-06', '2026-03-05')).toMatchObject({
      ok: false,
      reason: 'filed-after-first-order',
      zh: '该客户已于 2026-03-05 首次下单（签订合同），之后提交的新客户特殊费用申请一律无效',
    });
  });

  it('is valid only once approved, and only if approved by the day of the first order', () => {
    expect(specialApplicationValid({ filedOn: '2026-03-01', approvedOn: null }, null)).toMatchObject({ ok: false, reason: 'not-approved' });
    expect(specialApplicationValid({ filedOn: '2026-03-01', approvedOn: '2026-03-03' }, null)).toEqual({ ok: true });
    expect(specialApplicationValid({ filedOn: '2026-03-01', approvedOn: '2026-03-03' }, '2026-03-05')).toEqual({ ok: true });
    expect(specialApplicationValid({ filedOn: '2026-03-01', approvedOn: '2026-03-07' }, '2026-03-05')).toMatchObject({ ok: false, reason: 'approved-after-first-order' });
    expect(specialApplicationValid({ filedOn: '2026-03-09', approvedOn: '2026-03-10' }, '2026-03-05')).toMatchObject({ ok: false, reason: 'filed-after-first-order' });
  });

  it('turns void when an earlier first order comes to light (e.g. an order entered late)', () => {
    const application = { filedOn: '2026-03-01', approvedOn: '2026-03-03' };
    expect(specialApplicationValid(application, '2026-03-10').ok).toBe(true);
    expect(specialApplicationValid(application, '2026-02-20').ok).toBe(false);
  });
});
