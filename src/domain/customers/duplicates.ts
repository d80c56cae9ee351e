import { normaliseCreditCode } from './credit-code';
import { normaliseName } from './names';
import { normalisePhone, phoneWithoutExtension } from './phones';
import { regionOf } from './regions';

/** Why two customers look like the same organisation, strongest first. */
export const DUPLICATE_RULES = ['credit_code', 'name_in_county', 'phone'] as const;
export type DuplicateRule = (typeof DUPLICATE_RULES)[number];

/** What duplicate detection compares. Names, codes and phones are compared in their normalised forms. */
export interface DuplicateKeys {
  creditCode: string | null;
  name: string;
  /** The county-level code; two customers without one never match by name. */
  countyCode: string | null;
  phones: readonly string[];
}

export interface ExistingCustomerKeys extends DuplicateKeys {
  id: string;
}

export interface DuplicateMatch {
  id: string;
  rules: DuplicateRule[];
  /** The numbers both share (without extensions), when `phone` is among the rules. */
  sharedPhones: string[];
}

/** The keys of a customer as entered: credit code, normalised name, county and phones without extensions. */
export function duplicateKeysOf(customer: { name: string; creditCode?: string | null; regionCode?: string | null; phones?: readonly string[] }): DuplicateKeys {
  const phones = (customer.phones ?? []).flatMap((p) => {
    const r = normalisePhone(p);
    return r.ok ? [phoneWithoutExtension(r.value.value)] : [];
  });
  return {
    creditCode: customer.creditCode ? normaliseCreditCode(customer.creditCode) : null,
    name: normaliseName(customer.name),
    countyCode: (customer.regionCode && regionOf(customer.regionCode)?.county?.code) || null,
    phones: [...new Set(phones)],
  };
}

function basePhones(keys: DuplicateKeys): Set<string> {
  return new Set(keys.phones.map(phoneWithoutExtension));
}

/**
 * The existing customers that may be the candidate again, each with every rule it meets:
 * the same credit code; the same normalised name in the same county; a phone number in common.
 * A record with the candidate's own id (when editing) is skipped. Strongest matches come first.
 */
export function findDuplicates(candidate: DuplicateKeys & { id?: string }, existing: Iterable<ExistingCustomerKeys>): DuplicateMatch[] {
  const code = candidate.creditCode ? normaliseCreditCode(candidate.creditCode) : null;
  const name = normaliseName(candidate.name);
  const phones = basePhones(candidate);
  const matches: DuplicateMatch[] = [];
  for (const other of existing) {
    if (other.id === candidate.id) continue;
    const sharedPhones = [...basePhones(other)].filter((p) => phones.has(p));
    const rules = DUPLICATE_RULES.filter((rule) => {
      if (rule === 'credit_code') return code !== null && other.creditCode !== null && normaliseCreditCode(other.creditCode) === code;
      if (rule === 'name_in_county') return name !== '' && candidate.countyCode !== null && other.countyCode === candidate.countyCode && normaliseName(other.name) === name;
      return sharedPhones.length > 0;
    });
    if (rules.length > 0) matches.push({ id: other.id, rules, sharedPhones });
  }
  const strength = (m: DuplicateMatch) => DUPLICATE_RULES.indexOf(m.rules[0]!);
  return matches.sort((a, b) => strength(a) - strength(b));
}
