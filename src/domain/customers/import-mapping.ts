import type { Bilingual } from '../shared/messages';
import {
  DEFAULT_IMPORT_COLUMNS,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  LIST_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  isImportField,
  normaliseHeader,
  type ImportField,
} from './import-columns';

/** Header → the field its column fills (a standard field, or custom:<key>), or null to leave the column out. */
export type ImportMapping = Record<string, string | null>;

/** Normalised header → field: the Chinese headers and synonyms, and the English labels. */
const KNOWN_HEADERS: ReadonlyMap<string, ImportField> = new Map([
  ...Object.entries(DEFAULT_IMPORT_COLUMNS).map(([header, field]) => [normaliseHeader(header), field] as const),
  ...IMPORT_FIELDS.map((field) => [normaliseHeader(IMPORT_FIELD_LABELS[field].en), field] as const),
]);

/** The field a header means by itself, if the import knows it. */
export function fieldOfHeader(header: string): ImportField | undefined {
  return KNOWN_HEADERS.get(normaliseHeader(header));
}

/**
 * The mapping an import starts with: each header the import recognises goes to its field; a field that
 * an earlier column already fills is left out (except phones and tags, which several columns may fill).
 */
export function suggestMapping(headers: readonly string[]): Record<string, ImportField | null> {
  const taken = new Set<ImportField>();
  const mapping: Record<string, ImportField | null> = {};
  for (const header of headers) {
    const field = fieldOfHeader(header);
    const free = field !== undefined && (LIST_FIELDS.has(field) || !taken.has(field));
    mapping[header] = free ? field : null;
    if (free) taken.add(field);
  }
  return mapping;
}

/** What is wrong with a mapping: the header it concerns (null for a missing column) and why. */
export interface MappingProblem {
  header: string | null;
  reason: Bilingual;
}

const label = (field: ImportField) => IMPORT_FIELD_LABELS[field];

/**
 * Checks a mapping against the file's headers: every header is the file's, every target a known field (or one of
 * `others`, the custom fields, value → label); the required fields (customer name and type) have a column; no field
 * but phones and tags has two.
 */
export function checkMapping(mapping: Readonly<Record<string, string | null>>, headers: readonly string[], others: ReadonlyMap<string, Bilingual> = new Map()): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const columnsOf = new Map<string, string[]>();
  for (const [header, target] of Object.entries(mapping)) {
    if (!headers.includes(header)) {
      problems.push({ header, reason: { zh: `文件中没有“${header}”这一列`, en: `the file has no column "${header}"` } });
    } else if (target !== null && !isImportField(target) && !others.has(target)) {
      problems.push({ header, reason: { zh: `不认识的字段“${target}”`, en: `unknown field "${target}"` } });
    } else if (target !== null) {
      columnsOf.set(target, [...(columnsOf.get(target) ?? []), header]);
    }
  }
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!columnsOf.has(field)) {
      problems.push({ header: null, reason: { zh: `请指定哪一列是“${label(field).zh}”（必填）`, en: `choose the column that holds "${label(field).en}" (required)` } });
    }
  }
  for (const [target, columns] of columnsOf) {
    if (columns.length < 2 || (isImportField(target) && LIST_FIELDS.has(target))) continue;
    const name = isImportField(target) ? label(target) : others.get(target)!;
    for (const header of columns.slice(1)) {
      problems.push({
        header,
        reason: {
          zh: `“${columns[0]}”和“${header}”都对应到“${name.zh}”，一个字段只能对应一列`,
          en: `"${columns[0]}" and "${header}" both go to "${name.en}"; a field takes one column`,
        },
      });
    }
  }
  return problems;
}

/** The columns a mapping imports into the standard fields, header → field (custom and ignored ones left out). */
export function mappedColumns(mapping: Readonly<Record<string, string | null>>): Record<string, ImportField> {
  return Object.fromEntries(Object.entries(mapping).filter((e): e is [string, ImportField] => e[1] !== null && isImportField(e[1])));
}
