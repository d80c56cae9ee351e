import { normaliseHeader } from '../customers/import-columns';
import type { Bilingual } from '../shared/messages';

/** What is wrong with a column mapping: the header it concerns (null for a missing column) and why. */
export interface MappingProblem {
  header: string | null;
  reason: Bilingual;
}

/** Normalised header → field, for every header a field is known by (its labels in both languages, then its synonyms). */
export function headerLookup<F extends string>(fields: readonly F[], labels: Readonly<Record<F, Bilingual>>, synonyms: Partial<Record<F, readonly string[]>>): Map<string, F> {
  const known = new Map<string, F>();
  for (const field of fields) {
    for (const header of [labels[field].zh, labels[field].en, ...(synonyms[field] ?? [])]) if (!known.has(normaliseHeader(header))) known.set(normaliseHeader(header), field);
  }
  return known;
}

/**
 * The mapping an import starts with: each header whose field is known goes to it; a field that an earlier column
 * already fills is left out, unless several columns may fill it (`repeatable`).
 */
export function suggestColumns<F extends string>(headers: readonly string[], fieldOf: (header: string) => F | undefined, repeatable: ReadonlySet<F> = new Set()): Record<string, F | null> {
  const taken = new Set<F>();
  const mapping: Record<string, F | null> = {};
  for (const header of headers) {
    const field = fieldOf(header);
    const free = field !== undefined && (repeatable.has(field) || !taken.has(field));
    mapping[header] = free ? field : null;
    if (free) taken.add(field);
  }
  return mapping;
}

export interface ColumnRules {
  /** The label of a target a column may go to; undefined for an unknown target. */
  labelOf: (target: string) => Bilingual | undefined;
  /** Targets that must have a column. */
  required: readonly string[];
  /** Targets several columns may fill. */
  repeatable?: (target: string) => boolean;
}

/** Checks a mapping against the file's headers: every header is the file's, every target known, the required ones have a column, no other target has two. */
export function checkColumns(mapping: Readonly<Record<string, string | null>>, headers: readonly string[], rules: ColumnRules): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const columnsOf = new Map<string, string[]>();
  for (const [header, target] of Object.entries(mapping)) {
    if (!headers.includes(header)) {
      problems.push({ header, reason: { zh: `文件中没有“${header}”这一列`, en: `the file has no column "${header}"` } });
    } else if (target !== null && !rules.labelOf(target)) {
      problems.push({ header, reason: { zh: `不认识的字段“${target}”`, en: `unknown field "${target}"` } });
    } else if (target !== null) {
      columnsOf.set(target, [...(columnsOf.get(target) ?? []), header]);
    }
  }
  for (const target of rules.required) {
    const label = rules.labelOf(target)!;
    if (!columnsOf.has(target)) problems.push({ header: null, reason: { zh: `请指定哪一列是“${label.zh}”（必填）`, en: `choose the column that holds "${label.en}" (required)` } });
  }
  for (const [target, columns] of columnsOf) {
    if (columns.length < 2 || rules.repeatable?.(target)) continue;
    const name = rules.labelOf(target)!;
    for (const header of columns.slice(1)) {
      problems.push({
        header,
        reason: { zh: `“${columns[0]}”和“${header}”都对应到“${name.zh}”，一个字段只能对应一列`, en: `"${columns[0]}" and "${header}" both go to "${name.en}"; a field takes one column` },
      });
    }
  }
  return problems;
}
