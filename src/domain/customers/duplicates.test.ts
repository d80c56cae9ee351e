import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeysOf, findDuplicates, type ExistingCustomerKeys } from './duplicates';

const existing: ExistingCustomerKeys[] = [
  { id: 'a', ...duplicateKeysOf({ name: '新乡市第一人民医院', regionCode: '410702', phones: ['0373-2048000'] }) },
  { id: 'b', ...duplicateKeysOf({ name: '河南某某医药有限公司', creditCode: '91330100716105852F', regionCode: '410105' }) },
  { id: 'c', ...duplicateKeysOf({ name: '康宁诊所', regionCode: '410783', phones: ['13800138000'] }) },
  { id: 'd', ...duplicateKeysOf({ name: '康宁诊所', regionCode: '410782', phones: ['0373-8123456-801'] }) },
];

const found = (candidate: Parameters<typeof duplicateKeysOf>[0] & { id?: string }) =>
  findDuplicates({ ...duplicateKeysOf(candidate), id: candidate.id }, existing).map((m) => `${m.id}:${m.rules.join('+')}`);

describe('duplicate customers', () => {
  it('match on the credit code, however it is written', () => {
    expect(found({ name: '某某医药', creditCode: '９１３３０１００７１６１０５８５２ｆ' })).toEqual(['b:credit_code']);
  });

  it('match on the normalised name within the same county only', () => {
    expect(found({ name: '新乡市  第一人民医院', regionCode: '410702' })).toEqual(['a:name_in_county']);
    expect(found({ name: '新乡市第一人民医院', regionCode: '410703' })).toEqual([]);
    expect(found({ name: '新乡市第一人民医院', regionCode: '410700' })).toEqual([]);
    expect(found({ name: '（河南）某某医药', regionCode: '410105' })).toEqual(['b:name_in_county']);
    expect(found({ name: '河南某某医药郑州分公司', regionCode: '410105' })).toEqual([]);
  });

  it('match on a shared phone, ignoring extensions', () => {
    expect(found({ name: '别的名字', phones: ['+86 138 0013 8000'] })).toEqual(['c:phone']);
    expect(found({ name: '别的名字', phones: ['(0373)8123456转802'] })).toEqual(['d:phone']);
    const [match] = findDuplicates(duplicateKeysOf({ name: '别的名字', phones: ['0373 8123456'] }), existing);
    expect(match?.sharedPhones).toEqual(['0373-8123456']);
  });

  it('list every rule a record meets, strongest records first, and skip the record itself', () => {
    expect(found({ name: '康宁诊所', regionCode: '410783', phones: ['0373-8123456', '13800138000'], creditCode: '91330100716105852F' })).toEqual([
      'b:credit_code',
      'c:name_in_county+phone',
      'd:phone',
    ]);
    expect(found({ id: 'c', name: '康宁诊所', regionCode: '410783', phones: ['13800138000'] })).toEqual([]);
  });

  it('ignore blank keys and numbers that are not phone numbers', () => {
    expect(duplicateKeysOf({ name: '某店', creditCode: '', regionCode: '', phones: ['123', ''] })).toEqual({ creditCode: null, name: '某店', countyCode: null, phones: [] });
    expect(found({ name: '' })).toEqual([]);
  });

  it('is symmetric for a pair of records', () => {
    const record = fc.record({
      name: fc.constantFrom('康宁诊所', '康宁 诊所', '河南某某医药有限公司', '河南某某医药'),
      regionCode: fc.constantFrom('410783', '410782', null),
      creditCode: fc.constantFrom('91330100716105852F', '914403001922038216', null),
      phones: fc.subarray(['13800138000', '0373-8123456', '0373-8123456-1']),
    });
    fc.assert(
      fc.property(record, record, (x, y) => {
        const kx = { id: 'x', ...duplicateKeysOf(x) };
        const ky = { id: 'y', ...duplicateKeysOf(y) };
        expect(findDuplicates(kx, [ky])[0]?.rules ?? []).toEqual(findDuplicates(ky, [kx])[0]?.rules ?? []);
      }),
    );
  });
});
