import type { LngLat } from '../../../domain/customers/coordinates';
import type { CustomerSource, CustomerStatus, ProfileItem } from '../../../domain/customers/customer-options';
import type { ImportantDate } from '../../../domain/customers/customer-schemas';
import { customerNameKey, customerSearchText } from '../../../domain/customers/search-text';
import { DEMO_USERS } from '../demo-org';
import {
  countyHospitalNames,
  distributorName,
  healthCentreName,
  pharmacyName,
  privateClinicName,
  projectName,
  supermarketName,
  villageClinicName,
} from './customer-names';
import { customerPreferences, importantDates, profileAnswers, segmentOf, tagsFor } from './details';
import { NumberBook } from './numbers';
import { keyPeople, type DemoContact } from './people';
import { countyAddress, demoCounties, pointNear, villageName, type DemoCounty, type OfficeKey, type Town } from './places';
import { Rng, unique } from './random';

/** A demo customer as the customers table stores it, with its office and owner by key and username. */
export interface DemoCustomer {
  name: string;
  nameKey: string;
  searchText: string;
  typeCode: string;
  regionCode: string;
  address: string;
  lng: number;
  lat: number;
  datum: 'GCJ-02';
  office: OfficeKey;
  /** The username of the owning rep; null: in the office's unassigned pool. */
  owner: string | null;
  status: CustomerStatus;
  source: CustomerSource | null;
  sourceNote: string | null;
  tags: string[];
  creditCode: string | null;
  phones: string[];
  profile: Partial<Record<ProfileItem, string>>;
  preferences: string | null;
  importantDates: ImportantDate[];
  contacts: DemoContact[];
}

export const DEMO_CUSTOMER_TOTAL = 2000;
/** Share of the customers not yet assigned to a rep (in the office's pool). */
export const UNASSIGNED_SHARE = 0.02;
const DISTRIBUTORS_PER_OFFICE = 10;
const SUPERMARKETS_PER_OFFICE = { zz: 3, ny: 3, xy: 2 } as const;
const PROJECTS = { project_owner: 4, general_contractor: 3, installer: 3 } as const;
/** The customers that fill the total after the institutions: village clinics, private clinics and pharmacies. */
const FILL_SHARES = { village_clinic: 0.42, private_clinic: 0.23, village_pharmacy: 0.35 } as const;
const FILL_WEIGHTS = {
  village_clinic: { urban: 0, suburban: 5, county: 10 },
  private_clinic: { urban: 5, suburban: 4, county: 6 },
  village_pharmacy: { urban: 6, suburban: 4, county: 8 },
} as const;
const TOWN_STREETS = ['府前街', '中心街', '新街', '正街', '老街', '大街', '文化街', '卫生路', '商贸街'];

/** Where a customer is before its details are drawn. */
interface Draft {
  county: DemoCounty;
  typeCode: string;
  name: string;
  address: string;
  point: LngLat;
  contacts: DemoContact[];
  phones: string[];
  companyCode: boolean;
}

class Generator {
  readonly rng = new Rng('keqing-demo-customers');
  readonly numbers = new NumberBook(DEMO_USERS.map((u) => u.phone));
  readonly counties = demoCounties();
  readonly drafts: Draft[] = [];
  private readonly names = new Map<string, Set<string>>();

  /** Takes a name for the county unless the county already has a customer by that name (duplicate rule: same name key, same county). */
  claimName(county: DemoCounty, name: string): boolean {
    const taken = this.names.get(county.code) ?? new Set<string>();
    this.names.set(county.code, taken);
    const key = customerNameKey(name);
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  }

  uniqueName(county: DemoCounty, make: () => string): string {
    return unique(make, (name) => this.claimName(county, name));
  }

  /** An address on a road of the county town, or on a street of a township. */
  street(county: DemoCounty, town?: Town): { road: string; address: string } {
    const road = town ? this.rng.pick(TOWN_STREETS) : this.rng.pick(county.roads);
    return { road, address: `${countyAddress(county)}${town?.name ?? ''}${road} ${this.rng.int(1, town ? 120 : 360)} 号` };
  }

  streetAddress(county: DemoCounty, town?: Town): string {
    return this.street(county, town).address;
  }

  /** Near the seat: within a few kilometres in a county town, a little wider in a city district. */
  nearSeat(county: DemoCounty, km = county.kind === 'county' ? 3 : 5): LngLat {
    return pointNear(this.rng, county.seat, km);
  }

  /** A customer of the county; its key people are drawn unless given (a clinic named after its doctor). */
  add(county: DemoCounty, typeCode: string, place: Pick<Draft, 'name' | 'address' | 'point'> & { companyCode?: boolean }, contacts?: DemoContact[]): void {
    const draft: Draft = { county, typeCode, companyCode: false, ...place, contacts: contacts ?? keyPeople(this.rng, typeCode, county.city, this.numbers), phones: [] };
    draft.phones = this.customerPhones(draft);
    this.drafts.push(draft);
  }

  /** The customer's own numbers: a switchboard for institutions, the doctor's or the shop's mobile for the small ones. */
  customerPhones(d: Draft): string[] {
    const rng = this.rng;
    const city = d.county.city;
    const first = d.contacts[0]?.phones[0];
    switch (segmentOf(d.typeCode)) {
      case 'hospital':
        return rng.chance(0.4) ? [this.numbers.landline(rng, city), this.numbers.landline(rng, city)] : [this.numbers.landline(rng, city)];
      case 'village':
        return first && rng.chance(0.8) ? [first] : [];
      case 'clinic':
        return [...(first ? [first] : []), ...(rng.chance(0.3) ? [this.numbers.landline(rng, city)] : [])];
      case 'township':
      case 'pharmacy':
        return rng.chance(0.55) ? [this.numbers.landline(rng, city)] : rng.chance(0.8) ? [this.numbers.mobile(rng)] : [];
      default:
        return rng.chance(0.3) ? [this.numbers.landline(rng, city), this.numbers.mobile(rng)] : [this.numbers.landline(rng, city)];
    }
  }

  institutions(): void {
    for (const county of this.counties) {
      if (county.hospitals) {
        for (const { typeCode, name } of countyHospitalNames(this.rng, county)) {
          if (this.claimName(county, name)) this.add(county, typeCode, { name, address: this.streetAddress(county), point: this.nearSeat(county, 2.5) });
        }
      }
      for (const town of county.towns) {
        if (!this.rng.chance(0.8)) continue;
        const name = this.uniqueName(county, () => healthCentreName(this.rng, county, town));
        this.add(county, 'township_health_centre', { name, address: this.streetAddress(county, town), point: pointNear(this.rng, town.point, 1.5) });
      }
    }
  }

  /** Companies (credit codes): distributors, supermarkets and project customers, mostly in the city districts. */
  companies(): void {
    for (const office of ['zz', 'ny', 'xy'] as const) {
      const counties = this.counties.filter((c) => c.city.office === office);
      const districts = counties.filter((c) => c.kind !== 'county');
      const company = (typeCode: string, county: DemoCounty, make: () => string) =>
        this.add(county, typeCode, { name: this.uniqueName(county, make), address: this.streetAddress(county), point: this.nearSeat(county), companyCode: true });
      for (let i = 0; i < DISTRIBUTORS_PER_OFFICE; i++) {
        const county = this.rng.pick(this.rng.chance(0.5) ? districts : counties);
        company('distributor', county, () => distributorName(this.rng, county));
      }
      for (let i = 0; i < SUPERMARKETS_PER_OFFICE[office]; i++) {
        const county = this.rng.pick(counties);
        company('supermarket_ka', county, () => supermarketName(this.rng, county));
      }
    }
    for (const [typeCode, count] of Object.entries(PROJECTS)) {
      for (let i = 0; i < count; i++) {
        const county = this.rng.pick(this.counties);
        this.add(county, typeCode, { name: this.uniqueName(county, () => projectName(this.rng, county, typeCode)), address: this.streetAddress(county), point: this.nearSeat(county), companyCode: true });
      }
    }
  }

  /** Village clinics, private clinics and pharmacies, spread over the counties by their kind, up to the total. */
  smallCustomers(): void {
    const remaining = DEMO_CUSTOMER_TOTAL - this.drafts.length;
    const villages = Math.round(remaining * FILL_SHARES.village_clinic);
    const clinics = Math.round(remaining * FILL_SHARES.private_clinic);
    const quotas = { village_clinic: villages, private_clinic: clinics, village_pharmacy: remaining - villages - clinics };
    for (const typeCode of ['village_clinic', 'private_clinic', 'village_pharmacy'] as const) {
      // Each county as many times as its weight: a uniform pick from the bag is a weighted pick of a county.
      const bag = this.counties.flatMap((c) => Array<DemoCounty>(FILL_WEIGHTS[typeCode][c.kind]).fill(c));
      for (let i = 0; i < quotas[typeCode]; i++) this.smallCustomer(this.rng.pick(bag), typeCode);
    }
  }

  smallCustomer(county: DemoCounty, typeCode: 'village_clinic' | 'private_clinic' | 'village_pharmacy'): void {
    const rng = this.rng;
    const contacts = keyPeople(rng, typeCode, county.city, this.numbers);
    const inTown = county.towns.length > 0 && (typeCode === 'village_clinic' || rng.chance(0.55));
    const town = inTown ? rng.pick(county.towns) : undefined;
    if (typeCode === 'village_clinic') {
      let village = '';
      const name = this.uniqueName(county, () => villageClinicName(town!, (village = villageName(rng, county.hill))));
      this.add(county, typeCode, { name, address: `${countyAddress(county)}${town!.name}${village}村`, point: pointNear(rng, town!.point, 3) }, contacts);
      return;
    }
    const { road, address } = this.street(county, town);
    const point = town ? pointNear(rng, town.point, 1.5) : this.nearSeat(county);
    const name =
      typeCode === 'private_clinic'
        ? this.uniqueName(county, () => privateClinicName(rng, town?.name ?? (county.kind === 'urban' ? road : county.name), contacts[0]!.name))
        : this.uniqueName(county, () => pharmacyName(rng, county, town ? { town } : { road }));
    this.add(county, typeCode, { name, address, point }, contacts);
  }
}

const SOURCE_WEIGHTS: Record<CustomerSource | 'none', number> = { order_meeting: 30, distributor_list: 30, peer: 12, referral: 15, other: 8, none: 5 };

function statusOf(rng: Rng, typeCode: string, unassigned: boolean): CustomerStatus {
  if (unassigned) return rng.weighted({ prospect: 5, active: 3, lost: 2 });
  return segmentOf(typeCode) === 'hospital' || typeCode === 'township_health_centre'
    ? rng.weighted({ active: 85, prospect: 12, lost: 3 })
    : rng.weighted({ active: 70, prospect: 23, lost: 7 });
}

function sourceNote(rng: Rng, source: CustomerSource | null, d: Draft, distributors: string[]): string | null {
  if (source === 'order_meeting' && rng.chance(0.5)) return `${rng.int(2023, 2025)} 年${d.county.city.short}${rng.pick(['春季', '秋季'])}订货会`;
  if (source === 'distributor_list' && distributors.length > 0 && rng.chance(0.6)) return `${rng.pick(distributors)}提供`;
  if (source === 'referral' && rng.chance(0.4)) return rng.pick(['老客户介绍', '卫生院院长介绍', '同村乡村医生介绍']);
  return null;
}

/**
 * Gives each office's counties to its reps (a territory each, balanced by customer count: largest
 * county first, to the rep with the fewest customers so far).
 */
function territories(drafts: Draft[]): Map<string, string> {
  const perCounty = new Map<DemoCounty, number>();
  for (const d of drafts) perCounty.set(d.county, (perCounty.get(d.county) ?? 0) + 1);
  const reps = DEMO_USERS.filter((u) => u.role === 'rep').map((u) => ({ username: u.username, office: u.office, load: 0 }));
  const owner = new Map<string, string>();
  for (const [county, count] of [...perCounty].sort(([a, x], [b, y]) => y - x || a.code.localeCompare(b.code))) {
    const rep = reps.filter((r) => r.office === county.city.office).sort((a, b) => a.load - b.load || a.username.localeCompare(b.username))[0]!;
    owner.set(county.code, rep.username);
    rep.load += count;
  }
  return owner;
}

/** The demo customers with their key people: the same list on every run. */
export function generateDemoCustomers(): DemoCustomer[] {
  const g = new Generator();
  g.institutions();
  g.companies();
  g.smallCustomers();
  const owners = territories(g.drafts);
  const rng = g.rng.fork('details');
  const distributors = new Map<OfficeKey, string[]>();
  for (const d of g.drafts) {
    if (d.typeCode === 'distributor') distributors.set(d.county.city.office, [...(distributors.get(d.county.city.office) ?? []), d.name]);
  }
  return g.drafts.map((d): DemoCustomer => {
    const unassigned = rng.chance(UNASSIGNED_SHARE);
    const status = statusOf(rng, d.typeCode, unassigned);
    const drawn = rng.weighted(SOURCE_WEIGHTS);
    const source = drawn === 'none' ? null : drawn;
    const segment = segmentOf(d.typeCode);
    const creditCode = d.companyCode ? g.numbers.creditCode(rng, d.county.code) : null;
    return {
      name: d.name,
      nameKey: customerNameKey(d.name),
      searchText: customerSearchText({ name: d.name, phones: d.phones, creditCode }),
      typeCode: d.typeCode,
      regionCode: d.county.code,
      address: d.address,
      lng: d.point.lng,
      lat: d.point.lat,
      datum: 'GCJ-02',
      office: d.county.city.office,
      owner: unassigned ? null : owners.get(d.county.code)!,
      status,
      source,
      sourceNote: sourceNote(rng, source, d, d.typeCode === 'distributor' ? [] : (distributors.get(d.county.city.office) ?? [])),
      tags: tagsFor(rng, segment, status),
      creditCode,
      phones: d.phones,
      profile: rng.chance(0.5) ? profileAnswers(rng, segment) : {},
      preferences: rng.chance(0.18) ? customerPreferences(rng) : null,
      importantDates: rng.chance(0.15) ? importantDates(rng, segment) : [],
      contacts: d.contacts,
    };
  });
}
