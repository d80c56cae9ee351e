import { describe, expect, it } from 'vitest';
import { customerSearchText, searchPattern } from './search-text';

describe('customer search text', () => {
  const text = customerSearchText({ name: '长垣县人民医院', phones: ['0373-8812345'], creditCode: '91330100716105852F' });

  it('holds the name, its pinyin and initials, bare phone digits and the credit code', () => {
    for (const q of ['县人民医院', 'changyuan', 'cyxrmyy', '8812345', '91330100716105852f']) expect(text).toContain(searchPattern(q));
  });

  it('normalises what people type into the search box', () => {
    expect(searchPattern(' CYX rmyy ')).toBe('cyxrmyy');
    expect(searchPattern('人民 医院')).toBe('人民医院');
  });
});
