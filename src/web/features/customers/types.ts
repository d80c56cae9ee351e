import type { Datum } from '../../../domain/customers/coordinates';
import type { CustomerSource, CustomerStatus, KeyPersonRole, ProfileItem } from '../../../domain/customers/customer-options';

/** Shapes of the customer API's JSON, as the SPA receives them (dates arrive as ISO strings). */
export interface CustomerType {
  code: string;
  zh: string;
  en: string;
}

export interface CustomerSummary {
  id: string;
  name: string;
  typeCode: string;
  status: CustomerStatus;
  regionCode: string | null;
  address: string | null;
  officeId: string | null;
  officeName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  tags: string[];
  phones: string[];
  updatedAt: string;
}

export interface Contact {
  id: string;
  name: string;
  roles: KeyPersonRole[];
  title: string | null;
  phones: string[];
  wechat: string | null;
  birthday: string | null;
  birthdayLunar: boolean;
  preferences: string | null;
  left: boolean;
  leftOn: string | null;
  version: number;
}

export interface Customer extends CustomerSummary {
  externalCode: string | null;
  location: { lng: number; lat: number; datum: Datum } | null;
  source: CustomerSource | null;
  sourceNote: string | null;
  creditCode: string | null;
  profile: Partial<Record<ProfileItem, string | null>>;
  preferences: string | null;
  importantDates: { label: string; date: string }[];
  /** Custom field values by field key. */
  custom: Record<string, unknown>;
  version: number;
  createdAt: string;
  deletedAt: string | null;
  contacts: Contact[];
}

export interface HistoryChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: string;
  at: string;
  actorName: string | null;
  entity: 'customer' | 'contact';
  entityId: string;
  entityName: string | null;
  action: 'create' | 'update' | 'delete' | 'restore' | 'release' | 'reassign' | 'merge' | 'merged_into';
  /** For an entry that came over from a customer merged into this one: that customer's name. */
  fromCustomerName: string | null;
  changes: HistoryChange[];
}

export type DuplicateRule = 'credit_code' | 'name_in_county' | 'phone';

/** A customer the server thinks the new one may repeat: openable when in scope, otherwise only whom to ask. */
export type DuplicateMatch =
  | { rule: DuplicateRule; visible: true; id: string; name: string; ownerName: string | null; officeName: string | null }
  | { rule: DuplicateRule; visible: false; askName: string | null; officeName: string | null };
