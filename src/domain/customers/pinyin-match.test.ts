import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_KEYS, matchesQuery, nameUnits, normaliseQuery, searchKeys } from './pinyin-match';

const readingsInContext = (name: string) => nameUnits(name).map((u) => u.readings[0] ?? u.text);

describe('pinyin readings of names', () => {
  it('reads polyphonic characters by their word', () => {
    expect(readingsInContext('长垣县人民医院')).toEqual(['chang', 'yuan', 'xian', 'ren', 'min', 'yi', 'yuan']);
    expect(readingsInContext('中国工商银行')).toEqual(['zhong', 'guo', 'gong', 'shang', 'yin', 'hang']);
    expect(readingsInContext('行唐县中医院').slice(0, 2)).toEqual(['xing', 'tang']);
    expect(readingsInContext('重庆市')).toEqual(['chong', 'qing', 'shi']);
  });

  it('keeps the other readings of a polyphonic character', () => {
    // pinyin-pro reads 单县 (a county in Shandong) as dan xian; shan is among the alternatives.
    expect(readingsInContext('单县')).toEqual(['dan', 'xian']);
    expect(nameUnits('单县')[0]?.readings).toContain('shan');
  });

  it('keeps letters and digits and drops spaces and punctuation', () => {
    expect(nameUnits('（河南）A1 药店').map((u) => u.text)).toEqual(['河', '南', 'a', '1', '药', '店']);
  });
});

describe('search keys', () => {
  it('hold the name, its full pinyin and its initials first', () => {
    expect(searchKeys('县医院').slice(0, 3)).toEqual(['县医院', 'xianyiyuan', 'xyy']);
    expect(searchKeys('长垣县人民医院').slice(0, 3)).toEqual(['长垣县人民医院', 'changyuanxianrenminyiyuan', 'cyxrmyy']);
    expect(searchKeys('A123 药店').slice(0, 3)).toEqual(['a123药店', 'a123yaodian', 'a123yd']);
  });

  it('add other readings of polyphonic characters, initials first, within the limit', () => {
    expect(searchKeys('单县医院')).toEqual(expect.arrayContaining(['sxyy', 'shanxianyiyuan']));
    // In this longer name pinyin-pro reads 公司长 as "company head" (zhang); chang comes as an alternative.
    const name = '中国工商银行股份有限公司长垣支行';
    const keys = searchKeys(name);
    expect(keys[2]).toBe('zggsyhgfyxgszyzh');
    expect(keys.length).toBeLessThanOrEqual(MAX_SEARCH_KEYS);
    expect(keys.indexOf('zggsyhgfyxgscyzh')).toBeGreaterThan(2);
    expect(keys.indexOf('zggsyhgfyxgscyzh')).toBeLessThan(keys.indexOf('zhongguogongshangyinhanggufenyouxiangongsichangyuanzhihang'));
    expect(matchesQuery(name, 'changyuanzhihang')).toBe(true);
  });
});

describe('matching a query against a name', () => {
  it('finds 县医院 by "xyy", and not names where 县 and 医院 are apart', () => {
    expect(matchesQuery('县医院', 'xyy')).toBe(true);
    expect(matchesQuery('长垣县医院', 'xyy')).toBe(true);
    expect(matchesQuery('长垣县人民医院', 'xyy')).toBe(false);
    expect(matchesQuery('郑州市第一人民医院', 'xyy')).toBe(false);
  });

  it('finds 长垣县人民医院 and 郑州市第一人民医院 by their own initials and syllables', () => {
    for (const q of ['cyx', 'cyxrmyy', 'changyuan', 'rmyy', '人民医院', 'xianrenmin', 'changyuanxrm']) expect(matchesQuery('长垣县人民医院', q)).toBe(true);
    for (const q of ['zzsdy', 'rmyy', 'zhengzhou', 'zhzh', 'dyrm', '第一']) expect(matchesQuery('郑州市第一人民医院', q)).toBe(true);
    expect(matchesQuery('郑州市第一人民医院', 'cyx')).toBe(false);
  });

  it('ignores case, spaces and punctuation, and accepts mixes of characters, syllables and initials', () => {
    const found: [name: string, query: string][] = [
      ['长垣县人民医院', 'CYX'],
      ['长垣县人民医院', 'Chang Yuan'],
      ['县医院', ' x y y '],
      ['西安市中心医院', "xi'an"],
      ['长垣县人民医院', '县 人民'],
      ['长垣县人民医院', '   '],
      ['长垣县人民医院', '长yuan'],
      ['长垣县人民医院', 'xianrmy'],
      ['长垣县人民医院', 'changyuanxianrenminyiyu'],
      ['中国工商银行', 'zhgg'],
      ['A123药店', 'a12'],
    ];
    for (const [name, query] of found) expect(matchesQuery(name, query), `${name} / ${query}`).toBe(true);
    expect(normaliseQuery(' Ｘ Y-y ')).toBe('xyy');
    expect(matchesQuery('长垣县人民医院', 'xyz')).toBe(false);
  });

  it('finds names under the other readings of polyphonic characters and ü typed as v or u', () => {
    for (const query of ['sxyy', 'shanxian']) expect(matchesQuery('单县医院', query)).toBe(true);
    for (const query of ['lvjia', 'lujia']) expect(matchesQuery('吕家诊所', query)).toBe(true);
  });

  it('finds a name by any part of any of its search keys', () => {
    const names = fc.constantFrom('长垣县人民医院', '郑州市第一人民医院', '单县医院', '中国工商银行长垣支行', 'A123药店', '吕家诊所', '赵堤镇卫生院');
    fc.assert(
      fc.property(names, fc.nat(), fc.nat(), fc.nat(), (name, k, a, b) => {
        const keys = searchKeys(name);
        const key = keys[k % keys.length] ?? '';
        const from = a % key.length;
        const to = from + 1 + (b % (key.length - from));
        return matchesQuery(name, key.slice(from, to));
      }),
    );
  });
});
