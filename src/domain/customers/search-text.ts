import { polyphonic } from 'pinyin-pro';
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

/** At most this many pinyin spellings of one query (the product of its characters' readings); beyond it, none. */
export const MAX_SEARCH_HINTS = 8;
/** pg_trgm looks a pattern up by its trigrams: a pattern of fewer characters gives the index nothing. */
const TRIGRAM = 3;
const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const READING = /^[a-z]+$/;

/**
 * The pinyin spellings of a search pattern (searchPattern's result) of one or two characters with Chinese in it:
 * every customer whose search text contains the pattern also contains one of them, because the search text holds the
 * name's full pinyin, each character by one of its readings. Such a pattern (中牟, 张) has no trigram, so without them
 * the trigram index could not serve it. Empty for longer patterns (their own trigrams serve; looking up the common
 * trigrams of pinyin as well would cost more than it saves), for patterns without Chinese, for a character without a
 * known reading, and for more than MAX_SEARCH_HINTS spellings.
 */
export function searchHints(pattern: string): string[] {
  const chars = [...pattern];
  if (chars.length >= TRIGRAM || !HAN.test(pattern)) return [];
  const readings = polyphonic(pattern, { type: 'array', toneType: 'none', v: true });
  if (readings.length !== chars.length) return [];
  let spellings = [''];
  for (const [i, ch] of chars.entries()) {
    const options = HAN.test(ch) ? (readings[i] ?? []) : LETTER_OR_DIGIT.test(ch) ? [ch] : [];
    if (options.length === 0 || (HAN.test(ch) && !options.every((r) => READING.test(r)))) return [];
    spellings = spellings.flatMap((s) => options.map((r) => s + r));
    if (spellings.length > MAX_SEARCH_HINTS) return [];
  }
  return spellings;
}
