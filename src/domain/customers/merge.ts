import { changedFields, type FieldChange } from './history-diff';
import { PROFILE_ITEMS, type ProfileItem } from './customer-options';
import { distinct } from './text-fields';
import { compareCodeUnits } from '../shared/compare';

/**
 * Merging two archives of the same customer (DOMAIN.md §1: the archive is one record per organisation).
 * The survivor ("this") keeps its id, office and owner; for each single-valued field the user picks which
 * customer's value to keep; phones, tags and important dates are united; key people all move over.
 */

/** A customer's values as far as a merge is concerned. */
export interface MergeableCustomer {
  name: string;
  typeCode: string;
  status: string;
  regionCode: string | null;
  address: string | null;
  location: { lng: number; lat: number; datum: string } | null;
  source: string | null;
  sourceNote: string | null;
  creditCode: string | null;
  externalCode: string | null;
  preferences: string | null;
  profile: Partial<Record<string, string | null>>;
  phones: string[];
  tags: string[];
  importantDates: { label: string; date: string }[];
}

/** Only the values a merge reads, from any record that has them (a stored customer, the web's copy of one). */
export function mergeableOf(c: MergeableCustomer): MergeableCustomer {
  return {
    name: c.name,
    typeCode: c.typeCode,
    status: c.status,
    regionCode: c.regionCode,
    address: c.address,
    location: c.location,
    source: c.source,
    sourceNote: c.sourceNote,
    creditCode: c.creditCode,
    externalCode: c.externalCode,
    preferences: c.preferences,
    profile: c.profile,
    phones: c.phones,
    tags: c.tags,
    importantDates: c.importantDates,
  };
}

const SINGLE_FIELDS = ['name', 'typeCode', 'status', 'regionCode', 'address', 'location', 'source', 'sourceNote', 'creditCode', 'externalCode', 'preferences'] as const;
type SingleField = (typeof SINGLE_FIELDS)[number];
type ProfileChoiceField = `profile.${ProfileItem}`;

/** The fields the user chooses between, in the order a merge dialog shows them (profile items one by one). */
export const MERGE_CHOICE_FIELDS = [...SINGLE_FIELDS, ...PROFILE_ITEMS.map((item): ProfileChoiceField => `profile.${item}`)] as const;
export type MergeChoiceField = SingleField | ProfileChoiceField;

/** The fields whose values of both customers are kept together. */
export const MERGE_UNION_FIELDS = ['phones', 'tags', 'importantDates'] as const;

export const MERGE_CHOICES = ['this', 'other'] as const;
export type MergeChoice = (typeof MERGE_CHOICES)[number];
export type MergeKeep = Partial<Record<MergeChoiceField, MergeChoice>>;

/** The customer fields a merge may change, in the order the history lists them. */
export const MERGED_FIELDS = [
  'name', 'typeCode', 'status', 'regionCode', 'address', 'location', 'source', 'sourceNote',
  'tags', 'creditCode', 'externalCode', 'phones', 'profile', 'preferences', 'importantDates',
] as const;

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** One field's value: a profile item is read from inside the profile. */
export function mergeFieldValue(customer: MergeableCustomer, field: MergeChoiceField): unknown {
  if (field.startsWith('profile.')) return customer.profile[field.slice('profile.'.length)] ?? null;
  return customer[field as SingleField] ?? null;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Whether the two customers hold different values for a field, so that the user has something to choose. */
export function mergeFieldDiffers(a: MergeableCustomer, b: MergeableCustomer, field: MergeChoiceField): boolean {
  const x = mergeFieldValue(a, field);
  const y = mergeFieldValue(b, field);
  return !(isBlank(x) && isBlank(y)) && !sameValue(x, y);
}

/** Without a choice, the survivor's value stays, unless it has none and the other customer has one. */
export function defaultMergeChoice(survivor: MergeableCustomer, other: MergeableCustomer, field: MergeChoiceField): MergeChoice {
  return isBlank(mergeFieldValue(survivor, field)) && !isBlank(mergeFieldValue(other, field)) ? 'other' : 'this';
}

/** The profile without empty items, so that an item stored as null and a missing one compare equal. */
export function compactProfile(profile: Partial<Record<string, string | null>>): Record<string, string> {
  return Object.fromEntries(Object.entries(profile).filter((e): e is [string, string] => !isBlank(e[1])));
}

const dateKey = (d: { label: string; date: string }) => `${d.label}\u0000${d.date}`;

/** Both lists in one, the survivor's first, each entry once. */
function unitedDates(a: MergeableCustomer['importantDates'], b: MergeableCustomer['importantDates']) {
  const seen = new Set<string>();
  return [...a, ...b].filter((d) => (seen.has(dateKey(d)) ? false : (seen.add(dateKey(d)), true)));
}

/** The survivor's values after the merge: the chosen value of each field, and the union of the listed ones. */
export function mergeCustomers(survivor: MergeableCustomer, other: MergeableCustomer, keep: MergeKeep): MergeableCustomer {
  const pick = (field: MergeChoiceField) => ((keep[field] ?? defaultMergeChoice(survivor, other, field)) === 'other' ? other : survivor);
  const single = Object.fromEntries(SINGLE_FIELDS.map((f) => [f, pick(f)[f] ?? null])) as Pick<MergeableCustomer, SingleField>;
  const profile = compactProfile(Object.fromEntries(PROFILE_ITEMS.map((item) => [item, pick(`profile.${item}`).profile[item] ?? null])));
  return {
    ...single,
    profile,
    phones: distinct([...survivor.phones, ...other.phones]),
    tags: distinct([...survivor.tags, ...other.tags]),
    importantDates: unitedDates(survivor.importantDates, other.importantDates),
  };
}

/**
 * The survivor's history entry for a merge: which customer was merged in, each field that changed
 * (before and after), and the key people who moved over.
 */
export function mergeHistoryChanges(survivor: MergeableCustomer, merged: MergeableCustomer, otherName: string, movedPeople: string[]): FieldChange[] {
  const before = { ...survivor, profile: compactProfile(survivor.profile) };
  return [
    { field: 'mergedFrom', before: null, after: otherName },
    ...changedFields(before, { ...merged, profile: compactProfile(merged.profile) }, MERGED_FIELDS),
    ...(movedPeople.length ? [{ field: 'movedContacts', before: null, after: movedPeople }] : []),
  ];
}

/** The merged customer's own last entry: which customer it went into, and the external code it gave up. */
export function mergedIntoChanges(survivorName: string, externalCode: string | null): FieldChange[] {
  return [{ field: 'mergedInto', before: null, after: survivorName }, ...(externalCode ? [{ field: 'externalCode', before: externalCode, after: null }] : [])];
}

/** The fields a new customer's input may bring to an existing one; placement and status stay as they are. */
const APPLIED_FIELDS = ['name', 'typeCode', 'regionCode', 'address', 'location', 'source', 'sourceNote', 'creditCode', 'preferences'] as const;

export type NewCustomerInput = Partial<Omit<MergeableCustomer, 'externalCode'>>;

/**
 * What a new customer's input changes on an existing one it duplicates (the duplicate dialog's "merge into
 * this customer"): every non-empty single value replaces the stored one, non-empty profile items too, and
 * phones, tags and important dates are added. Only the fields that change are returned.
 */
export function patchFromNewInput(existing: MergeableCustomer, input: NewCustomerInput): Partial<MergeableCustomer> {
  const patch: Partial<Record<keyof MergeableCustomer, unknown>> = {};
  for (const f of APPLIED_FIELDS) {
    const value = input[f];
    if (!isBlank(value) && !sameValue(value, existing[f])) patch[f] = value;
  }
  const profile = { ...compactProfile(existing.profile), ...compactProfile(input.profile ?? {}) };
  if (!sameValue(sortedKeys(profile), sortedKeys(compactProfile(existing.profile)))) patch.profile = profile;
  const phones = distinct([...existing.phones, ...(input.phones ?? [])]);
  if (phones.length !== existing.phones.length) patch.phones = phones;
  const tags = distinct([...existing.tags, ...(input.tags ?? [])]);
  if (tags.length !== existing.tags.length) patch.tags = tags;
  const dates = unitedDates(existing.importantDates, input.importantDates ?? []);
  if (dates.length !== existing.importantDates.length) patch.importantDates = dates;
  return patch as Partial<MergeableCustomer>;
}

function sortedKeys(o: Record<string, string>): [string, string][] {
  return Object.entries(o).sort(([a], [b]) => compareCodeUnits(a, b));
}

