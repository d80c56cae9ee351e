import { describe, expect, it } from 'vitest';
import { createRegionIndex } from './region-index';
import { regionCodeByNames } from './region-names';
import { REGIONS, descendantsPrefix, isValidRegionCode, regionLabel, regionOf, toSixDigitCode } from './regions';

describe('administrative divisions', () => {
  it('reads 2-, 4- and 6-digit codes at their level', () => {
    expect(regionOf('41')).toEqual({ province: { code: '41', name: '河南省' } });
    expect(regionOf('410000')).toEqual({ province: { code: '41', name: '河南省' } });
    expect(regionOf('4101')).toEqual({ province: { code: '41', name: '河南省' }, city: { code: '4101', name: '郑州市' } });
    expect(regionOf('410100')).toEqual(regionOf('4101'));
    expect(regionOf('410105')).toEqual({
      province: { code: '41', name: '河南省' },
      city: { code: '4101', name: '郑州市' },
      county: { code: '410105', name: '金水区' },
    });
  });

  it('refuses codes that do not exist or have the wrong shape', () => {
    for (const code of ['', '4', '410', '99', '4100', '419900', '410199', '41010', '4101050', 'abcdef']) {
      expect(isValidRegionCode(code)).toBe(false);
    }
    expect(isValidRegionCode(' 410783 ')).toBe(true);
  });

  it('labels regions the way people say them, without placeholder levels', () => {
    const labels: Record<string, string | null> = {
      410105: '河南省 郑州市 金水区',
      410783: '河南省 新乡市 长垣市',
      110105: '北京市 朝阳区',
      110100: '北京市',
      500229: '重庆市 城口县',
      419001: '河南省 济源市',
      441900: '广东省 东莞市',
      999999: null,
    };
    for (const [code, label] of Object.entries(labels)) expect(regionLabel(code), code).toBe(label);
  });

  it('keeps the municipality levels in the structured form', () => {
    expect(regionOf('110105')?.city).toEqual({ code: '1101', name: '市辖区' });
  });

  it('gives the prefix that finds everything inside a region', () => {
    const prefixes: [code: string, prefix: string | null][] = [
      ['410000', '41'],
      ['41', '41'],
      ['410100', '4101'],
      ['410105', '410105'],
      ['110000', '11'],
      ['123456', null],
    ];
    for (const [code, prefix] of prefixes) expect(descendantsPrefix(code), code).toBe(prefix);
    const inZhengzhou = REGIONS.countiesOf('4101').map((c) => c.code);
    expect(inZhengzhou.length).toBeGreaterThan(5);
    expect(inZhengzhou.every((c) => c.startsWith(descendantsPrefix('410100') ?? '-'))).toBe(true);
  });

  it('writes any level as a 6-digit code', () => {
    expect(toSixDigitCode('41')).toBe('410000');
    expect(toSixDigitCode('4101')).toBe('410100');
    expect(toSixDigitCode('410105')).toBe('410105');
    expect(toSixDigitCode('4100')).toBeNull();
  });

  it('works on any data passed in', () => {
    const tiny = createRegionIndex({
      provinces: [{ code: '41', name: '河南省' }],
      cities: [{ code: '4107', name: '新乡市', provinceCode: '41' }],
      areas: [{ code: '410783', name: '长垣市', cityCode: '4107', provinceCode: '41' }],
    });
    expect(tiny.regionLabel('410783')).toBe('河南省 新乡市 长垣市');
    expect(tiny.isValidRegionCode('410105')).toBe(false);
  });
});

describe('regions written as names', () => {
  const lookup = (province?: string, city?: string, county?: string) => regionCodeByNames(REGIONS, { province, city, county });
  const code = (province?: string, city?: string, county?: string) => {
    const r = lookup(province, city, county);
    return r.ok ? r.code : `${r.level}: ${r.error.zh}`;
  };

  it('finds full and short names at every level', () => {
    expect(code('河南省', '郑州市', '金水区')).toBe('410105');
    expect(code('河南', '郑州', '金水')).toBe('410105');
    expect(code('河南', '新乡', '长垣县')).toBe('410783');
    expect(code('河南', '新乡')).toBe('410700');
    expect(code('河南')).toBe('410000');
    expect(code('广西', '南宁', '')).toBe('450100');
    expect(code('河北', '廊坊', '大厂')).toBe('131028');
  });

  it('handles municipalities and county-level cities under a province', () => {
    expect(code('北京市', '市辖区', '朝阳区')).toBe('110105');
    expect(code('北京', '北京市', '朝阳区')).toBe('110105');
    expect(code('北京', '', '朝阳')).toBe('110105');
    expect(code('重庆', '', '城口县')).toBe('500229');
    expect(code('河南省', '济源市')).toBe('419001');
  });

  it('says which part it cannot place', () => {
    expect(code('', '郑州')).toBe('province: 请填写省份');
    expect(code('河楠', '郑州')).toBe('province: 找不到省份“河楠”');
    expect(code('河南', '石家庄')).toBe('city: 找不到城市“石家庄”');
    expect(code('河南', '郑州', '长垣')).toBe('county: 找不到区县“长垣”');
    expect(code('甘肃', '临夏', '临夏')).toBe('county: “临夏”对应多个区县，请写全称');
    expect(code('甘肃', '临夏', '临夏县')).toBe('622921');
  });
});
