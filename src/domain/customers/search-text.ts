import { normaliseName } from './names';
import { normaliseQuery, searchKeys } from './pinyin-match';

export interface SearchableCustomer {
  name: string;
  phones?: readonly string[];
  creditCode?: string | null;
  externalCode?: string | null;
}

/**
 * The text a customer is found by, stored beside it and indexed with trigrams: the pinyin keys of its name
 * (full and initials, with alternative readings), its phones without punctuation, its credit code and external
 * code — all lower-case ASCII, so that trigram search does not depend on the database's locale.
 */
export function customerSearchText(c: SearchableCustomer): string {
  const parts = [
    ...searchKeys(c.name),
    ...(c.phones ?? []).map((p) => p.replace(/\D/g, '')),
    c.creditCode?.toLowerCase() ?? '',
    c.externalCode?.toLowerCase() ?? '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** The key two customers share when their names are the same for duplicate detection. */
export function customerNameKey(name: string): string {
  return normaliseName(name);
}

/**
 * What a search box query becomes for the search column: half-width, lower-case, without spaces and punctuation.
 * Chinese stays Chinese (the column holds the name itself as well as its pinyin keys).
 */
export function searchPattern(query: string): string {
  return normaliseQuery(query);
}
