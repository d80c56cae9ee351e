/**
 * The customers of one county of a benchmark organisation, built from the demo generator's pure parts (names as
 * registries write them, profiles, tags) and the real search functions (customerSearchText, customerNameKey).
 * A county is the unit of loading: the same county always gives the same customers, so a load can resume.
 */
import type { CustomerSource, CustomerStatus } from '../../src/domain/customers/customer-options';
import { customerNameKey, customerSearchText } from '../../src/domain/customers/search-text';
import {
  countyHospitalNames,
  distributorName,
  healthCentreName,
  pharmacyName,
  privateClinicName,
  projectName,
  supermarketName,
  villageClinicName,
} from '../../src/server/demo/customers/customer-names';
import { customerPreferences, importantDates, profileAnswers, segmentOf, tagsFor } from '../../src/server/demo/customers/details';
import { personName } from '../../src/server/demo/customers/names';
import { NumberBook } from '../../src/server/demo/customers/numbers';
import { countyAddress, pointNear, villageName, type DemoCounty, type Town } from '../../src/server/demo/customers/places';
import { Rng } from '../../src/server/demo/customers/random';
import type { PlannedCounty } from './plan';

/** A customer row as the customers table's columns name it (for jsonb_populate_recordset), without ids. */
export interface BenchCustomer {
  name: string;
  name_key: string;
  search_text: string;
  type_code: string;
  region_code: string;
  address: string;
  lng: number;
  lat: number;
  datum: 'GCJ-02';
  /** The owning rep's username; null: the office's unassigned pool. */
  owner: string | null;
  status: CustomerStatus;
  source: CustomerSource | null;
  tags: string[];
  credit_code: string | null;
  phones: string[];
  profile: object;
  preferences: string | null;
  important_dates: object[];
}

const FILL_WEIGHTS = {
  village_clinic: { urban: 0, suburban: 5, county: 10 },
  private_clinic: { urban: 5, suburban: 4, county: 6 },
  village_pharmacy: { urban: 6, suburban: 4, county: 8 },
} as const;
type FillType = keyof typeof FILL_WEIGHTS;
const SOURCES = { order_meeting: 30, distributor_list: 30, peer: 12, referral: 15, other: 8, none: 5 } as const;
const UNASSIGNED_SHARE = 0.02;

interface Draft {
  typeCode: string;
  name: string;
  address: string;
  town?: Town;
  company?: boolean;
}

class CountyGenerator {
  readonly rng: Rng;
  readonly numbers = new NumberBook();
  private readonly taken = new Set<string>();
  readonly drafts: Draft[] = [];

  constructor(
    readonly orgCode: string,
    readonly county: DemoCounty,
  ) {
    this.rng = new Rng(`bench-${orgCode}-${county.code}`);
  }

  /** A name no other customer of the county has (the duplicate rule); a branch number when the names run out. */
  name(make: () => string): string {
    for (let i = 0; i < 40; i++) {
      const name = make();
      if (this.claim(name)) return name;
    }
    for (let branch = 2; ; branch++) {
      const name = `${make()}（${branch}）`;
      if (this.claim(name)) return name;
    }
  }

  private claim(name: string): boolean {
    const key = customerNameKey(name);
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }

  address(town?: Town): { road: string; address: string } {
    const road = town ? `${this.rng.pick(['中心街', '新街', '正街', '老街', '文化街'])}` : this.rng.pick(this.county.roads);
    return { road, address: `${countyAddress(this.county)}${town?.name ?? ''}${road} ${this.rng.int(1, 300)} 号` };
  }

  add(typeCode: string, name: string, town?: Town, company = false): void {
    this.drafts.push({ typeCode, name, town, company, address: this.address(town).address });
  }

  institutions(): void {
    const { county, rng } = this;
    if (county.hospitals || (county.kind === 'suburban' && rng.chance(0.3))) {
      for (const h of countyHospitalNames(rng, county)) if (this.claim(h.name)) this.add(h.typeCode, h.name);
    }
    for (const town of county.towns) {
      if (rng.chance(0.8)) this.add('township_health_centre', this.name(() => healthCentreName(rng, county, town)), town);
    }
    const companies: [string, () => string, number][] = [
      ['distributor', () => distributorName(rng, county), rng.int(0, 3)],
      ['supermarket_ka', () => supermarketName(rng, county), rng.chance(0.4) ? 1 : 0],
      ['project_owner', () => projectName(rng, county, 'project_owner'), rng.chance(0.1) ? 1 : 0],
      ['general_contractor', () => projectName(rng, county, 'general_contractor'), rng.chance(0.05) ? 1 : 0],
      ['installer', () => projectName(rng, county, 'installer'), rng.chance(0.05) ? 1 : 0],
    ];
    for (const [typeCode, make, count] of companies) for (let i = 0; i < count; i++) this.add(typeCode, this.name(make), undefined, true);
  }

  small(quota: number): void {
    const { county, rng } = this;
    const weights = Object.fromEntries(
      Object.entries(FILL_WEIGHTS).map(([type, w]) => [type, county.towns.length === 0 && type === 'village_clinic' ? 0 : w[county.kind]]),
    ) as Record<FillType, number>;
    while (this.drafts.length < quota) {
      const typeCode = rng.weighted(weights);
      const town = county.towns.length > 0 && (typeCode === 'village_clinic' || rng.chance(0.55)) ? rng.pick(county.towns) : undefined;
      if (typeCode === 'village_clinic') {
        this.add(typeCode, this.name(() => villageClinicName(town!, villageName(rng, county.hill))), town);
      } else if (typeCode === 'private_clinic') {
        const prefix = town?.name ?? (county.kind === 'urban' ? rng.pick(county.roads) : county.name);
        this.add(typeCode, this.name(() => privateClinicName(rng, prefix, personName(rng))), town);
      } else {
        // A village shop is named after its village (王庄村惠民药店), a town shop after its town, a city shop after its road.
        const where = (): { town?: Town; road?: string } => {
          const road = rng.pick(county.roads);
          if (!town) return rng.chance(0.7) ? { town: { name: road, point: county.seat } } : { road };
          return rng.chance(0.5) ? { town: { ...town, name: `${villageName(rng, county.hill)}村` } } : { town };
        };
        this.add(typeCode, this.name(() => pharmacyName(rng, county, where())), town);
      }
    }
  }

  phones(d: Draft): string[] {
    const { rng, numbers } = this;
    const city = this.county.city;
    switch (segmentOf(d.typeCode)) {
      case 'hospital':
        return [numbers.landline(rng, city)];
      case 'village':
      case 'clinic':
        return rng.chance(0.85) ? [numbers.mobile(rng)] : [];
      default:
        return rng.chance(0.55) ? [numbers.landline(rng, city)] : [numbers.mobile(rng)];
    }
  }
}

function statusOf(rng: Rng, typeCode: string, unassigned: boolean): CustomerStatus {
  if (unassigned) return rng.weighted({ prospect: 5, active: 3, lost: 2 });
  const institution = ['hospital', 'township'].includes(segmentOf(typeCode));
  return institution ? rng.weighted({ active: 85, prospect: 12, lost: 3 }) : rng.weighted({ active: 70, prospect: 23, lost: 7 });
}

/** The customers of one planned county, `quota` of them, institutions first, then small customers in name order of drawing. */
export function countyCustomers(orgCode: string, planned: PlannedCounty): BenchCustomer[] {
  const g = new CountyGenerator(orgCode, planned.county);
  g.institutions();
  g.small(planned.quota);
  const rng = g.rng.fork('details');
  return g.drafts.slice(0, planned.quota).map((d): BenchCustomer => {
    const unassigned = rng.chance(UNASSIGNED_SHARE);
    const status = statusOf(rng, d.typeCode, unassigned);
    const segment = segmentOf(d.typeCode);
    const drawn = rng.weighted(SOURCES);
    const phones = g.phones(d);
    const creditCode = d.company ? g.numbers.creditCode(rng, planned.county.code) : null;
    const point = pointNear(rng, d.town?.point ?? planned.county.seat, d.town ? 3 : 5);
    return {
      name: d.name,
      name_key: customerNameKey(d.name),
      search_text: customerSearchText({ name: d.name, phones, creditCode }),
      type_code: d.typeCode,
      region_code: planned.county.code,
      address: d.address,
      lng: point.lng,
      lat: point.lat,
      datum: 'GCJ-02',
      owner: unassigned ? null : planned.owners.get(d.town?.name ?? '')!,
      status,
      source: drawn === 'none' ? null : drawn,
      tags: tagsFor(rng, segment, status),
      credit_code: creditCode,
      phones,
      profile: rng.chance(0.5) ? profileAnswers(rng, segment) : {},
      preferences: rng.chance(0.18) ? customerPreferences(rng) : null,
      important_dates: rng.chance(0.15) ? importantDates(rng, segment) : [],
    };
  });
}
