import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerSearchText, MAX_SEARCH_HINTS, searchHints, searchPattern } from './search-text';

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

describe('search hints (pinyin spellings that let the trigram index serve one or two Chinese characters)', () => {
  it('spell each reading of the characters', () => {
    expect(searchHints('中牟').sort()).toEqual(['zhongmou', 'zhongmu']);
    expect(searchHints('张')).toEqual(['zhang']);
    expect(searchHints('a区').sort()).toEqual(['aou', 'aqu']);
  });

  it('are empty where trigrams serve or there is nothing to spell', () => {
    expect(searchHints('人民医院')).toEqual([]);
    expect(searchHints('ws')).toEqual([]);
    expect(searchHints('88')).toEqual([]);
  });

  it('are empty beyond MAX_SEARCH_HINTS spellings', () => {
    expect(searchHints('行').sort()).toEqual(['hang', 'heng', 'xing']);
    // 行 (xing, hang, heng) × 和 (he, huo, hu): 9 spellings.
    expect(3 * 3).toBeGreaterThan(MAX_SEARCH_HINTS);
    expect(searchHints('行和')).toEqual([]);
  });

  // Common name characters, many of them with more than one reading, so that names hit pinyin-pro's word dictionary.
  const POOL = [...'长垣县人民医院中牟单重庆行乐朝阳曾解藏都会和省石大药房卫生室院村镇乡王李张刘陈杨诊所堂济康泽仁德朴查盖区号1A'];

  it('are contained in the search text of every customer the query finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...POOL), { minLength: 2, maxLength: 12 }), fc.nat(), fc.integer({ min: 1, max: 2 }), (chars, from, length) => {
        const name = chars.join('');
        const start = from % chars.length;
        const query = searchPattern(chars.slice(start, start + length).join(''));
        const hints = searchHints(query);
        const stored = customerSearchText({ name });
        expect(stored).toContain(query);
        if (hints.length > 0) expect(hints.some((h) => stored.includes(h)), `${name} / ${query} / ${hints.join(',')}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
