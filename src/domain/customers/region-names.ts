import type { Bilingual } from '../shared/messages';
import { isPlaceholderCity, type RegionIndex, type RegionPart } from './region-index';

export type RegionLevel = 'province' | 'city' | 'county';

export type RegionLookup = { ok: true; code: string } | { ok: false; level: RegionLevel; error: Bilingual };

/** Endings of division names that people leave out or get wrong when a county becomes a city (长垣县 → 长垣市). */
const ENDINGS = /(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|自治旗|地区|林区|省|市|县|区|旗|盟)$/;

export function stem(name: string): string {
  return name.replace(ENDINGS, '');
}

const LEVEL_NAMES: Record<RegionLevel, Bilingual> = {
  province: { zh: '省份', en: 'province' },
  city: { zh: '城市', en: 'city' },
  county: { zh: '区县', en: 'county' },
};

/**
 * The one division among `candidates` a written name means: the same name, else the same name
 * without its ending (郑州 = 郑州市, 长垣县 = 长垣市), else the only one whose name starts so
 * (大厂 = 大厂回族自治县). Several equally good matches (临夏 = 临夏市 or 临夏县) are ambiguous.
 */
export function pick(candidates: RegionPart[], written: string): RegionPart | 'none' | 'ambiguous' {
  const s = stem(written);
  const rules: ((c: RegionPart) => boolean)[] = [
    (c) => c.name === written,
    (c) => stem(c.name) === s,
    (c) => s.length >= 2 && stem(c.name).startsWith(s),
  ];
  for (const rule of rules) {
    const found = candidates.filter(rule);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) return 'ambiguous';
  }
  return 'none';
}

export function problem(level: RegionLevel, written: string, result: 'none' | 'ambiguous'): RegionLookup {
  const what = LEVEL_NAMES[level];
  if (result === 'ambiguous') {
    return { ok: false, level, error: { zh: `“${written}”对应多个${what.zh}，请写全称`, en: `"${written}" matches several ${what.en} names; write the full name` } };
  }
  return { ok: false, level, error: { zh: `找不到${what.zh}“${written}”`, en: `no ${what.en} called "${written}"` } };
}

/**
 * The 6-digit code for a region written as names, as spreadsheets have it: 河南 / 新乡 / 长垣县,
 * 北京市 / 市辖区 / 朝阳区, 北京 / (blank) / 朝阳区, 河南省 / 济源市 (a county-level city under the
 * province). Blank parts stop the lookup at the level above.
 */
export function regionCodeByNames(index: RegionIndex, names: { province?: string; city?: string; county?: string }): RegionLookup {
  const [provinceName, cityName, countyName] = [names.province, names.city, names.county].map((n) => n?.trim() ?? '');
  if (!provinceName) return { ok: false, level: 'province', error: { zh: '请填写省份', en: 'enter the province' } };
  const province = pick(index.provinces(), provinceName);
  if (typeof province === 'string') return problem('province', provinceName, province);

  let parent: RegionPart = province;
  if (cityName && !isPlaceholderCity(cityName) && stem(cityName) !== stem(province.name)) {
    const city = pick(index.citiesOf(province.code), cityName);
    if (city === 'none' && !countyName) {
      const countyLevelCity = pick(index.countiesOf(province.code), cityName);
      return typeof countyLevelCity === 'string' ? problem('city', cityName, city) : { ok: true, code: countyLevelCity.code };
    }
    if (typeof city === 'string') return problem('city', cityName, city);
    parent = city;
  }
  if (!countyName) return { ok: true, code: parent.code.padEnd(6, '0') };
  const county = pick(index.countiesOf(parent.code), countyName);
  return typeof county === 'string' ? problem('county', countyName, county) : { ok: true, code: county.code };
}
