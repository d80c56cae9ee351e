import { describe, expect, it } from 'vitest';
import { regionCodeOfNames, regionCodeOfText } from './region-cell';
import { REGIONS } from './regions';

const code = (text: string) => {
  const r = regionCodeOfText(REGIONS, text);
  return r.ok ? r.code : r.error.zh;
};

describe('a region written in one cell', () => {
  it('reads codes at any level', () => {
    expect([code('410102'), code('4101'), code('41'), code('419999')]).toEqual(['410102', '410100', '410000', '行政区划代码“419999”不存在']);
  });

  it('reads names with or without separators, with or without their endings', () => {
    expect(code('河南省 郑州市 中原区')).toBe('410102');
    expect(code('河南省郑州市中原区')).toBe('410102');
    expect(code('河南/郑州/中原区')).toBe('410102');
    expect(code('郑州市中原区')).toBe('410102');
    expect(code('河南省 郑州市')).toBe('410100');
    expect(code('河南省')).toBe('410000');
    expect(code('北京市朝阳区')).toBe('110105');
    expect(code('河南省 济源市')).toBe('419001');
  });

  it('reads a county or city alone when its name is unique in the country, and says when it is not', () => {
    expect(code('中牟县')).toBe('410122');
    expect(code('南阳')).toBe('411300');
    expect(code('朝阳区')).toBe('“朝阳区”对应多个地区，请写上省份和城市');
    expect(code('不存在县')).toBe('找不到区县“不存在县”');
  });

  it('looks up province, city and county columns when the province is left out', () => {
    expect(regionCodeOfNames(REGIONS, { city: '南阳', county: '卧龙区' })).toEqual({ ok: true, code: '411303' });
    expect(regionCodeOfNames(REGIONS, { county: '中牟' })).toEqual({ ok: true, code: '410122' });
  });
});
