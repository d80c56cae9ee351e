import { checkColumns, suggestColumns, type MappingProblem } from '../imports/mapping';
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
  return suggestColumns(headers, fieldOfHeader, LIST_FIELDS);
}

export type { MappingProblem } from '../imports/mapping';

/**
 * Checks a mapping against the file's headers: every header is the file's, every target a known field (or one of
 * `others`, the custom fields, value → label); the required fields (customer name and type) have a column; no field
 * but phones and tags has two.
 */
export function checkMapping(mapping: Readonly<Record<string, string | null>>, headers: readonly string[], others: ReadonlyMap<string, Bilingual> = new Map()): MappingProblem[] {
  return checkColumns(mapping, headers, {
    labelOf: (target) => (isImportField(target) ? IMPORT_FIELD_LABELS[target] : others.get(target)),
    required: REQUIRED_IMPORT_FIELDS,
    repeatable: (target) => isImportField(target) && LIST_FIELDS.has(target),
  });
}

/** The columns a mapping imports into the standard fields, header → field (custom and ignored ones left out). */
export function mappedColumns(mapping: Readonly<Record<string, string | null>>): Record<string, ImportField> {
  return Object.fromEntries(Object.entries(mapping).filter((e): e is [string, ImportField] => e[1] !== null && isImportField(e[1])));
}
