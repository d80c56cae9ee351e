import { describe, expect, it } from 'vitest';
import {
  defaultMergeChoice,
  MERGE_CHOICE_FIELDS,
  mergeCustomers,
  mergeFieldDiffers,
  mergeHistoryChanges,
  patchFromNewInput,
  type MergeableCustomer,
} from './merge';

const base: MergeableCustomer = {
  name: '中牟县人民医院',
  typeCode: 'county_hospital',
  status: 'active',
  regionCode: '410122',
  address: null,
  location: null,
  source: 'referral',
  sourceNote: null,
  creditCode: null,
  externalCode: 'ERP-1',
  preferences: '院长周三上午有空',
  profile: { businessNature: '公立', needs: null },
  phones: ['0371-62171234'],
  tags: ['重点'],
  importantDates: [{ label: '院庆', date: '05-20' }],
};

const other: MergeableCustomer = {
  ...base,
  name: '中牟县人民医院（新院区）',
  status: 'prospect',
  address: '中牟县青年路 1 号',
  creditCode: '12410122417400064B',
  externalCode: null,
  preferences: '采购科不收礼',
  profile: { businessNature: '民营', needs: '冷链配送', paymentMethod: '月结' },
  phones: ['13800001111', '0371-62171234'],
  tags: ['新院区', '重点'],
  importantDates: [{ label: '院庆', date: '05-20' }, { label: '合同到期', date: '2026-12-31' }],
};

describe('merging two customers', () => {
  it('keeps the survivor value by default, but fills an empty one from the other customer', () => {
    expect(defaultMergeChoice(base, other, 'name')).toBe('this');
    expect(defaultMergeChoice(base, other, 'address')).toBe('other');
    expect(defaultMergeChoice(base, other, 'profile.needs')).toBe('other');
    expect(defaultMergeChoice(base, other, 'externalCode')).toBe('this');
    const merged = mergeCustomers(base, other, {});
    expect(merged).toMatchObject({ name: base.name, status: 'active', address: '中牟县青年路 1 号', creditCode: '12410122417400064B', externalCode: 'ERP-1', preferences: base.preferences });
    expect(merged.profile).toEqual({ businessNature: '公立', needs: '冷链配送', paymentMethod: '月结' });
  });

  it('takes the chosen value of each field, profile items one by one', () => {
    const merged = mergeCustomers(base, other, { name: 'other', status: 'other', preferences: 'other', 'profile.businessNature': 'other', address: 'this', 'profile.paymentMethod': 'this' });
    expect(merged.name).toBe('中牟县人民医院（新院区）');
    expect(merged.status).toBe('prospect');
    expect(merged.preferences).toBe('采购科不收礼');
    expect(merged.address).toBeNull();
    expect(merged.profile).toEqual({ businessNature: '民营', needs: '冷链配送' });
  });

  it('unites phones, tags and important dates, the survivor first, each once', () => {
    const merged = mergeCustomers(base, other, { name: 'other' });
    expect(merged.phones).toEqual(['0371-62171234', '13800001111']);
    expect(merged.tags).toEqual(['重点', '新院区']);
    expect(merged.importantDates).toEqual([{ label: '院庆', date: '05-20' }, { label: '合同到期', date: '2026-12-31' }]);
  });

  it('knows which fields there is anything to choose between', () => {
    const differing = MERGE_CHOICE_FIELDS.filter((f) => mergeFieldDiffers(base, other, f));
    expect(differing).toEqual(['name', 'status', 'address', 'creditCode', 'externalCode', 'preferences', 'profile.businessNature', 'profile.paymentMethod', 'profile.needs']);
    expect(mergeFieldDiffers(base, { ...base, profile: { businessNature: '公立' } }, 'profile.needs')).toBe(false);
  });

  it('writes a history entry naming the merged customer, each changed field and the people who moved', () => {
    const merged = mergeCustomers(base, other, { name: 'other' });
    const changes = mergeHistoryChanges(base, merged, other.name, ['王医生']);
    expect(changes.map((c) => c.field)).toEqual(['mergedFrom', 'name', 'address', 'tags', 'creditCode', 'phones', 'profile', 'importantDates', 'movedContacts']);
    expect(changes[0]).toEqual({ field: 'mergedFrom', before: null, after: '中牟县人民医院（新院区）' });
    expect(changes.at(-1)).toEqual({ field: 'movedContacts', before: null, after: ['王医生'] });
    // A profile item stored as null is not a change.
    expect(mergeHistoryChanges(base, { ...base, profile: { businessNature: '公立' } }, 'x', []).map((c) => c.field)).toEqual(['mergedFrom']);
  });
});

describe('a new customer applied to the existing one it duplicates', () => {
  it('replaces single values that were entered, adds phones, tags, dates and profile items, leaves the rest', () => {
    const patch = patchFromNewInput(base, {
      name: base.name,
      address: '中牟县青年路 1 号',
      creditCode: '',
      preferences: null,
      phones: ['13800001111'],
      tags: ['重点'],
      profile: { needs: '冷链配送', businessNature: '' },
      importantDates: [{ label: '院庆', date: '05-20' }],
    });
    expect(patch).toEqual({
      address: '中牟县青年路 1 号',
      phones: ['0371-62171234', '13800001111'],
      profile: { businessNature: '公立', needs: '冷链配送' },
    });
  });

  it('changes nothing when the input brings nothing new', () => {
    expect(patchFromNewInput(base, { name: base.name, phones: base.phones, tags: [], profile: {} })).toEqual({});
  });
});
