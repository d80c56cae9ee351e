import type { Datum } from './coordinates';
import { CUSTOMER_SOURCE_LABELS, CUSTOMER_STATUS_LABELS, PROFILE_ITEMS, type CustomerSource, type CustomerStatus, type CustomerType, type ProfileItem } from './customer-options';
import { IMPORT_FIELD_LABELS, type ImportField } from './import-columns';
import type { RegionIndex } from './region-index';

/**
 * The columns of a customer export, in order. Each header is the field's label, which the import recognises,
 * so that an exported file comes back as updates of the same customers (by 系统编号) instead of new ones.
 */
export const EXPORT_FIELDS: readonly ImportField[] = [
  'id',
  'name',
  'type',
  'region',
  'regionCode',
  'address',
  'phones',
  'creditCode',
  'owner',
  'office',
  'status',
  'source',
  'sourceNote',
  'tags',
  'externalCode',
  'lng',
  'lat',
  'datum',
  ...PROFILE_ITEMS,
  'preferences',
];

/** The columns of the import template: what an export has, without the system ID that only the system gives. */
export const TEMPLATE_FIELDS: readonly ImportField[] = EXPORT_FIELDS.filter((f) => f !== 'id');

export const headerRow = (fields: readonly ImportField[]): string[] => fields.map((f) => IMPORT_FIELD_LABELS[f].zh);

/** A stored customer as the export writes it; owner and office already as names. */
export interface ExportedCustomer {
  id: string;
  name: string;
  typeCode: string;
  regionCode: string | null;
  address: string | null;
  phones: readonly string[];
  creditCode: string | null;
  /** The owner as the import finds them again: the display name, or the user name when several people share it. */
  owner: string | null;
  officeName: string | null;
  status: CustomerStatus;
  source: CustomerSource | null;
  sourceNote: string | null;
  tags: readonly string[];
  externalCode: string | null;
  lng: number | null;
  lat: number | null;
  datum: Datum | null;
  profile: Partial<Record<ProfileItem, string | null>>;
  preferences: string | null;
}

/** Lists are written with 、, which the import splits on. */
const LIST_JOIN = '、';

/** The cells of one customer, in EXPORT_FIELDS order, labels in Chinese as the import reads them. */
export function exportCells(c: ExportedCustomer, lookups: { types: readonly CustomerType[]; regions: RegionIndex }): string[] {
  const byField: Partial<Record<ImportField, string | null>> = {
    id: c.id,
    name: c.name,
    type: lookups.types.find((t) => t.code === c.typeCode)?.zh ?? c.typeCode,
    region: c.regionCode ? lookups.regions.regionLabel(c.regionCode) : null,
    regionCode: c.regionCode,
    address: c.address,
    phones: c.phones.join(LIST_JOIN),
    creditCode: c.creditCode,
    owner: c.owner,
    office: c.officeName,
    status: CUSTOMER_STATUS_LABELS[c.status].zh,
    source: c.source ? (CUSTOMER_SOURCE_LABELS[c.source]?.zh ?? c.source) : null,
    sourceNote: c.sourceNote,
    tags: c.tags.join(LIST_JOIN),
    externalCode: c.externalCode,
    lng: c.lng === null ? null : String(c.lng),
    lat: c.lat === null ? null : String(c.lat),
    datum: c.lng === null ? null : (c.datum ?? 'GCJ-02'),
    preferences: c.preferences,
    ...Object.fromEntries(PROFILE_ITEMS.map((item) => [item, c.profile[item] ?? null])),
  };
  return EXPORT_FIELDS.map((f) => byField[f] ?? '');
}
