import { beforeAll, describe, expect, it, vi } from 'vitest';
import { haversineMetres, isInChina } from '../../src/domain/customers/coordinates';
import { isValidCreditCode } from '../../src/domain/customers/credit-code';
import { CUSTOMER_SOURCES, DEFAULT_CUSTOMER_TYPES, PROFILE_ITEMS } from '../../src/domain/customers/customer-options';
import { customerInputSchema, keyPersonInputSchema } from '../../src/domain/customers/customer-schemas';
import { normalisePhone } from '../../src/domain/customers/phones';
import { REGIONS, regionOf } from '../../src/domain/customers/regions';
import { customerNameKey, customerSearchText } from '../../src/domain/customers/search-text';
import { DEMO_CUSTOMER_TOTAL, generateDemoCustomers, type DemoCustomer } from '../../src/server/demo/customers/generate';
import { COUNTY_SEATS, DEMO_CITIES, MAX_KM_FROM_SEAT } from '../../src/server/demo/customers/places';
import { DEMO_OFFICES, DEMO_USERS } from '../../src/server/demo/demo-org';

let demo: DemoCustomer[];

beforeAll(() => {
  demo = generateDemoCustomers();
});

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const COMPANY_TYPES = ['distributor', 'supermarket_ka', 'project_owner', 'general_contractor', 'installer'];
const cityOf = (c: DemoCustomer) => DEMO_CITIES.find((city) => city.office === c.office)!;

describe('the demo customers', () => {
  it('are the same on every run, without Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const clock = vi.spyOn(Date, 'now');
    try {
      // The generator is synchronous: nothing else runs while the spies listen.
      expect(generateDemoCustomers()).toEqual(demo);
      expect(random).not.toHaveBeenCalled();
      expect(clock).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      clock.mockRestore();
    }
  });

  it('number 2,000, mixed across the customer types in the intended ranges', () => {
    expect(demo).toHaveLength(DEMO_CUSTOMER_TOTAL);
    const types = countBy(demo, (c) => c.typeCode);
    const ranges: Record<string, [number, number]> = {
      county_hospital: [30, 50],
      county_tcm_hospital: [20, 30],
      township_health_centre: [180, 300],
      village_clinic: [600, 800],
      private_clinic: [300, 450],
      village_pharmacy: [480, 650],
      distributor: [30, 30],
      supermarket_ka: [8, 8],
      project_owner: [4, 4],
      general_contractor: [3, 3],
      installer: [3, 3],
    };
    expect(Object.keys(types).sort()).toEqual(Object.keys(ranges).sort());
    for (const [type, [min, max]] of Object.entries(ranges)) {
      expect(types[type], type).toBeGreaterThanOrEqual(min);
      expect(types[type], type).toBeLessThanOrEqual(max);
    }
    const typeCodes = DEFAULT_CUSTOMER_TYPES.map((t) => t.code);
    expect(demo.every((c) => typeCodes.includes(c.typeCode))).toBe(true);
  });

  it('each belong to the office of their city, owned by one of its reps or in its pool', () => {
    for (const c of demo) {
      const office = DEMO_OFFICES.find((o) => o.key === c.office)!;
      const region = regionOf(c.regionCode);
      expect(region?.county?.code, c.name).toBe(c.regionCode);
      expect(region!.city!.code + '00').toBe(office.regionCode);
      if (c.owner !== null) expect(DEMO_USERS.find((u) => u.username === c.owner), c.name).toMatchObject({ role: 'rep', office: c.office });
    }
    const offices = countBy(demo, (c) => c.office);
    for (const o of DEMO_OFFICES) expect(offices[o.key]).toBeGreaterThan(400);
    for (const [owner, count] of Object.entries(countBy(demo, (c) => c.owner ?? 'pool'))) {
      if (owner === 'pool') expect(count / demo.length).toBeGreaterThan(0.01);
      if (owner === 'pool') expect(count / demo.length).toBeLessThan(0.04);
      else expect(count, owner).toBeGreaterThan(80);
    }
  });

  it('never share a name key within a county (the duplicate rule), and store the derived columns as the service does', () => {
    const byCounty = countBy(demo, (c) => `${c.regionCode} ${c.nameKey}`);
    expect(Object.values(byCounty).filter((n) => n > 1)).toEqual([]);
    for (const c of demo) expect(c.nameKey).toBe(customerNameKey(c.name));
    for (const c of demo.filter((_, i) => i % 37 === 0)) {
      expect(c.searchText).toBe(customerSearchText({ name: c.name, phones: c.phones, creditCode: c.creditCode }));
    }
  });

  it('have valid credit codes of their county, for companies only', () => {
    for (const c of demo) {
      if (!COMPANY_TYPES.includes(c.typeCode)) {
        expect(c.creditCode, c.name).toBeNull();
        continue;
      }
      expect(isValidCreditCode(c.creditCode!), c.creditCode!).toBe(true);
      expect(c.creditCode!.slice(0, 8)).toBe(`91${c.regionCode}`);
    }
    const codes = demo.flatMap((c) => (c.creditCode ? [c.creditCode] : []));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('have phones in their stored form: mobiles, and landlines with the area code of their city', () => {
    const phones = demo.flatMap((c) => [...c.phones.map((p) => ({ p, c })), ...c.contacts.flatMap((k) => k.phones.map((p) => ({ p, c })))]);
    expect(phones.length).toBeGreaterThan(demo.length * 2);
    for (const { p, c } of phones) {
      const parsed = normalisePhone(p);
      expect(parsed.ok && parsed.value.value, p).toBe(p);
      if (parsed.ok && parsed.value.kind === 'landline') expect(p.startsWith(`${cityOf(c).areaCode}-`), p).toBe(true);
      else expect(p).toMatch(/^1[3-9]\d{9}$/);
    }
    const staff = new Set(DEMO_USERS.map((u) => u.phone));
    expect(phones.some(({ p }) => staff.has(p))).toBe(false);
  });

  it('are what the customer form accepts, unchanged', () => {
    const schema = customerInputSchema({ typeCodes: DEFAULT_CUSTOMER_TYPES.map((t) => t.code) });
    for (const c of demo) {
      const { nameKey: _k, searchText: _s, office: _o, owner: _w, contacts: _c, lng, lat, datum, ...fields } = c;
      const input = { ...fields, location: { lng, lat, datum } };
      const parsed = schema.safeParse(input);
      expect(parsed.error?.issues, c.name).toBeUndefined();
      expect(parsed.data).toMatchObject(input);
      for (const person of c.contacts) {
        const p = keyPersonInputSchema.safeParse(person);
        expect(p.error?.issues, `${c.name} ${person.name}`).toBeUndefined();
        expect(p.data).toEqual(person);
      }
    }
  });

  it('lie near their county seat (GCJ-02), in China', () => {
    for (const c of demo) {
      expect(c.datum).toBe('GCJ-02');
      expect(isInChina(c)).toBe(true);
      expect(haversineMetres(c, COUNTY_SEATS[c.regionCode]!.seat), c.name).toBeLessThan(MAX_KM_FROM_SEAT * 1000);
    }
  });

  it('know the seats of every real county of the three cities (development zones aside)', () => {
    for (const city of DEMO_CITIES) {
      const counties = REGIONS.countiesOf(city.code).filter((c) => !/开发区|示范区|实验区/.test(c.name));
      expect(counties.map((c) => c.code).filter((code) => !(code in COUNTY_SEATS)), city.name).toEqual([]);
      for (const county of counties) expect(haversineMetres(COUNTY_SEATS[county.code]!.seat, city.centre), county.name).toBeLessThan(150_000);
    }
    expect(Object.keys(COUNTY_SEATS).every((code) => regionOf(code)?.county)).toBe(true);
  });

  it('have one to three key people in the parts their type of customer has', () => {
    for (const c of demo) {
      expect(c.contacts.length, c.name).toBeGreaterThanOrEqual(1);
      expect(c.contacts.length, c.name).toBeLessThanOrEqual(3);
      expect(new Set(c.contacts.map((p) => p.name)).size).toBe(c.contacts.length);
      const roles = c.contacts.flatMap((p) => p.roles);
      if (c.typeCode === 'village_clinic') expect(c.contacts[0]!.roles).toEqual(['purchaser', 'user']);
      if (c.typeCode.endsWith('hospital')) expect(roles).toEqual(expect.arrayContaining(['purchaser', 'purchasing_head']));
    }
    const people = demo.flatMap((c) => c.contacts);
    const share = (f: (p: (typeof people)[number]) => boolean) => people.filter(f).length / people.length;
    expect(share((p) => p.birthday !== null)).toBeGreaterThan(0.3);
    expect(share((p) => p.birthday?.length === 5)).toBeGreaterThan(0.1);
    expect(share((p) => p.left)).toBeGreaterThan(0.005);
    expect(share((p) => p.left)).toBeLessThan(0.05);
    expect(people.filter((p) => p.left).every((p) => p.leftOn !== null)).toBe(true);
  });

  it('mix statuses, sources, tags, profiles, preferences and important dates', () => {
    const share = (f: (c: DemoCustomer) => boolean) => demo.filter(f).length / demo.length;
    expect(share((c) => c.status === 'active')).toBeGreaterThan(0.6);
    expect(share((c) => c.status === 'prospect')).toBeGreaterThan(0.1);
    expect(share((c) => c.status === 'lost')).toBeGreaterThan(0.02);
    expect(share((c) => c.status === 'lost')).toBeLessThan(0.1);
    expect(demo.every((c) => c.source === null || (CUSTOMER_SOURCES as readonly string[]).includes(c.source))).toBe(true);
    expect(share((c) => Object.keys(c.profile).length > 0)).toBeGreaterThan(0.4);
    expect(share((c) => Object.keys(c.profile).length > 0)).toBeLessThan(0.6);
    expect(demo.every((c) => Object.keys(c.profile).every((k) => (PROFILE_ITEMS as readonly string[]).includes(k)))).toBe(true);
    expect(share((c) => c.preferences !== null)).toBeGreaterThan(0.1);
    expect(share((c) => c.importantDates.length > 0)).toBeGreaterThan(0.1);
    const tags = countBy(demo.flatMap((c) => c.tags), (t) => t);
    for (const tag of ['基药', '新客户', '重点', '医保定点']) expect(tags[tag], tag).toBeGreaterThan(20);
  });
});
