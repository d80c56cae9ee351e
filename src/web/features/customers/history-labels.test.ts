import { describe, expect, it } from 'vitest';
import { PROFILE_ITEMS } from '../../../domain/customers/customer-options';
import { CONTACT_HISTORY_FIELDS, CUSTOMER_HISTORY_FIELDS } from '../../../domain/customers/history-fields';
import { mergedIntoChanges, mergeHistoryChanges, type MergeableCustomer } from '../../../domain/customers/merge';
import { customerFieldLabel } from './labels';

const blank: MergeableCustomer = {
  name: '',
  typeCode: '',
  status: '',
  regionCode: null,
  address: null,
  location: null,
  source: null,
  sourceNote: null,
  creditCode: null,
  externalCode: null,
  preferences: null,
  profile: {},
  phones: [],
  tags: [],
  importantDates: [],
};

/** A customer that differs from `blank` in every value, so a merge records every field it can. */
const filled: MergeableCustomer = {
  name: '中牟县人民医院',
  typeCode: 'county_hospital',
  status: 'active',
  regionCode: '410122',
  address: '中牟县青年路 1 号',
  location: { lng: 113.97, lat: 34.72, datum: 'gcj02' },
  source: 'referral',
  sourceNote: '老客户介绍',
  creditCode: '12410122417400064B',
  externalCode: 'ERP-1',
  preferences: '院长周三上午有空',
  profile: Object.fromEntries(PROFILE_ITEMS.map((item) => [item, '有'])),
  phones: ['0371-62171234'],
  tags: ['重点'],
  importantDates: [{ label: '院庆', date: '05-20' }],
};

/** The field names the history writes, and the keys of the objects it writes as values (the timeline labels both). */
function recordedFields(): string[] {
  const changes = [...mergeHistoryChanges(blank, filled, '中牟县人民医院（旧）', ['张主任']), ...mergedIntoChanges('中牟县人民医院', 'ERP-2')];
  const objectKeys = changes
    .flatMap((c) => [c.before, c.after])
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v))
    .flatMap((v) => Object.keys(v));
  return [...new Set([...CUSTOMER_HISTORY_FIELDS, ...CONTACT_HISTORY_FIELDS, ...changes.map((c) => c.field), ...objectKeys])];
}

describe('customer history labels', () => {
  it('records the merge markers and the profile items (else the check below would prove little)', () => {
    expect(recordedFields()).toEqual(expect.arrayContaining(['mergedFrom', 'mergedInto', 'movedContacts', 'externalCode', ...PROFILE_ITEMS]));
  });

  it('give every field the history records a Chinese and an English label', () => {
    const unlabelled = recordedFields().filter((f) => !/[\u4e00-\u9fff]/.test(customerFieldLabel(f, 'zh')) || customerFieldLabel(f, 'en') === f);
    expect(unlabelled).toEqual([]);
  });
});
