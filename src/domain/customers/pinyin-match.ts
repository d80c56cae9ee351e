import { pinyin, polyphonic } from 'pinyin-pro';
import { toHalfWidth } from './half-width';

/**
 * One character of a name as search sees it: the character itself and, for a Chinese character,
 * its readings without tones (ü written v), the reading in context first. Letters and digits have
 * no readings and match themselves.
 */
export interface NameUnit {
  text: string;
  readings: string[];
}

/** How many strings `searchKeys` returns at most, so that polyphone-rich names stay bounded. */
export const MAX_SEARCH_KEYS = 16;

const NOISE = /[\s\p{P}\p{S}]/gu;
const KEPT = /[\p{L}\p{N}]/u;
const SHENGMU_OF_TWO = /^(zh|ch|sh)/;

/** A query as it is compared: ASCII, lower case, without spaces or punctuation (so "xi'an" is "xian"). */
export function normaliseQuery(query: string): string {
  return toHalfWidth(query).toLowerCase().replace(/ü/g, 'v').replace(NOISE, '');
}

/**
 * The characters of a name with their readings. pinyin-pro reads words in context (银行 → yin hang,
 * 长垣 → chang yuan, 重庆 → chong qing); the other readings of a polyphonic character follow, so
 * that a name the dictionary reads wrongly (单县 is shan xian, not dan xian) is still found.
 */
export function nameUnits(name: string): NameUnit[] {
  const text = toHalfWidth(name).toLowerCase();
  const inContext = pinyin(text, { type: 'all', toneType: 'none', v: true });
  const others = polyphonic(text, { type: 'array', toneType: 'none', v: true });
  const aligned = others.length === inContext.length;
  const units: NameUnit[] = [];
  inContext.forEach((c, i) => {
    if (c.isZh && c.pinyin) {
      units.push({ text: c.origin, readings: [...new Set([c.pinyin, ...(aligned ? (others[i] ?? []) : [])])] });
    } else if (KEPT.test(c.origin)) {
      units.push({ text: c.origin, readings: [] });
    }
  });
  return units;
}

function spell(units: NameUnit[], pickReading: (u: NameUnit, i: number) => string | undefined, initialsOnly: boolean): string {
  return units
    .map((u, i) => {
      const r = pickReading(u, i);
      if (r === undefined) return u.text;
      return initialsOnly ? r.charAt(0) : r;
    })
    .join('');
}

/**
 * The strings a database can index for a name: the name itself without spaces or punctuation, its
 * full pinyin (`changyuanxianrenminyiyuan`), its initials (`cyxrmyy`), then the same spelled with
 * one polyphonic character read another way, initials first (`sxyy`, `shanxianyiyuan` for
 * 单县医院), at most MAX_SEARCH_KEYS in all. Stored joined by spaces in one column with a trigram
 * index, a query normalised by `normaliseQuery` is found with `LIKE '%' || q || '%'`.
 */
export function searchKeys(name: string): string[] {
  return keysOf(name, nameUnits(name));
}

function keysOf(name: string, units: NameUnit[]): string[] {
  const inContext = (u: NameUnit) => u.readings[0];
  const alternatives = units.flatMap((unit, at) =>
    unit.readings.slice(1).map((other) => (u: NameUnit, i: number) => (i === at ? other : u.readings[0])),
  );
  const keys = [
    normaliseQuery(name),
    spell(units, inContext, false),
    spell(units, inContext, true),
    ...alternatives.map((pick) => spell(units, pick, true)),
    ...alternatives.map((pick) => spell(units, pick, false)),
  ];
  return [...new Set(keys)].filter(Boolean).slice(0, MAX_SEARCH_KEYS);
}

/** The readings a person may type for one unit: ü may be typed v or u. */
function typedReadings(unit: NameUnit): string[] {
  return unit.readings.flatMap((r) => (r.includes('v') ? [r, r.replace(/v/g, 'u')] : [r]));
}

/** How far into `q` one unit can take a match starting at `pos`; Infinity when `q` ends inside the unit. */
function advances(unit: NameUnit, q: string, pos: number): number[] {
  const steps: number[] = [];
  if (q.startsWith(unit.text, pos)) steps.push(pos + unit.text.length);
  const rest = q.slice(pos);
  for (const r of typedReadings(unit)) {
    if (rest.startsWith(r)) steps.push(pos + r.length);
    if (rest.charAt(0) === r.charAt(0)) steps.push(pos + 1);
    const shengmu = SHENGMU_OF_TWO.exec(r)?.[1];
    if (shengmu && rest.startsWith(shengmu)) steps.push(pos + 2);
    if (rest.length < r.length && r.startsWith(rest)) steps.push(Infinity);
  }
  return steps;
}

/** Whether consecutive units from `start` spell all of `q`, each unit as itself, a reading, its initial or zh/ch/sh. */
function spellsFrom(units: NameUnit[], start: number, q: string): boolean {
  const failed = new Set<string>();
  const walk = (j: number, pos: number): boolean => {
    if (pos >= q.length) return true;
    const unit = units[j];
    if (!unit || failed.has(`${j}:${pos}`)) return false;
    if (advances(unit, q, pos).some((next) => walk(j + 1, next))) return true;
    failed.add(`${j}:${pos}`);
    return false;
  };
  return walk(start, 0);
}

/**
 * Whether a search query finds a name: as a part of the name, of any search key, or spelled along
 * consecutive characters in any mix of characters, full readings and initials ("xyy", "xianyy",
 * "长yuan", "cyxrm"). Case, spaces and punctuation in the query do not matter; an empty query
 * finds everything. Whatever the indexed keys find, this finds too, so the server can narrow with
 * the index and confirm with this.
 */
export function matchesQuery(name: string, query: string): boolean {
  const q = normaliseQuery(query);
  if (q === '') return true;
  const units = nameUnits(name);
  if (keysOf(name, units).some((k) => k.includes(q))) return true;
  return units.some((_, start) => spellsFrom(units, start, q));
}
