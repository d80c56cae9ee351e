import { explainIssue } from '../shared/bilingual-issue';
import type { Bilingual } from '../shared/messages';
import { unescapeCell } from './csv';
import { appliesTo, customValuesSchema, customValueText, fieldLabelOf, type CustomFieldDefinition } from './custom-fields';
import { normaliseHeader } from './import-columns';
import type { ImportMapping } from './import-mapping';
import { findOption } from './labelled-options';

/**
 * The administrator's custom fields in imports and exports. A column maps to one as `custom:<key>`; its header in an
 * export is the field's label (with the key after a · when the label would clash with another column).
 */
export const CUSTOM_TARGET = 'custom:';
export const customTarget = (key: string) => `${CUSTOM_TARGET}${key}`;
export const customKeyOf = (target: string | null | undefined): string | null => (target?.startsWith(CUSTOM_TARGET) ? target.slice(CUSTOM_TARGET.length) : null);

/** The fields a column can fill: the active ones (a deactivated field keeps its values but takes no new one). */
export const importableFields = <T extends CustomFieldDefinition>(fields: readonly T[]): T[] => fields.filter((f) => f.active);

/** Each importable field's header in an export and a template: its label, or label·key when that clashes with a column before it. */
export function customHeaders(fields: readonly CustomFieldDefinition[], standard: readonly string[]): { key: string; header: string }[] {
  const taken = new Set(standard.map(normaliseHeader));
  return importableFields(fields).map((f) => {
    const header = taken.has(normaliseHeader(f.labelZh)) ? `${f.labelZh}·${f.key}` : f.labelZh;
    taken.add(normaliseHeader(header));
    return { key: f.key, header };
  });
}

/** The mapping with the columns no standard field took given to the custom field they name (by label, English label or label·key). */
export function withCustomSuggestions(mapping: ImportMapping, fields: readonly CustomFieldDefinition[]): ImportMapping {
  const byHeader = new Map<string, string>();
  for (const f of importableFields(fields)) {
    for (const name of [f.labelZh, f.labelEn, `${f.labelZh}·${f.key}`]) if (!byHeader.has(normaliseHeader(name))) byHeader.set(normaliseHeader(name), f.key);
  }
  const taken = new Set<string>();
  return Object.fromEntries(
    Object.entries(mapping).map(([header, field]) => {
      if (field !== null) return [header, field];
      const key = byHeader.get(normaliseHeader(header));
      if (!key || taken.has(key)) return [header, null];
      taken.add(key);
      return [header, customTarget(key)];
    }),
  );
}

const LIST_SEPARATORS = /[,，;；、/\n\r]+/;

/** A cell as the value its field stores, read as people write it: a choice by its label or code; the schema judges the rest. */
export function customCellValue(field: CustomFieldDefinition, text: string): unknown {
  const choose = (written: string) => findOption(field.options.map((o) => ({ code: o.value, zh: o.zh, en: o.en })), written)?.code ?? written;
  if (field.kind === 'single') return choose(text);
  if (field.kind === 'multi') return text.split(LIST_SEPARATORS).map((t) => t.trim()).filter(Boolean).map(choose);
  return text;
}

/** The columns a mapping gives to custom fields, header → field key. */
export function customColumns(mapping: Readonly<ImportMapping>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).flatMap(([header, target]) => {
    const key = customKeyOf(target);
    return key ? [[header, key]] : [];
  }));
}

/** The custom values a row gives: header → field key for its columns, blank cells left out. */
export function rowCustomValues(columns: Readonly<Record<string, string>>, cells: Readonly<Record<string, string>>, fields: readonly CustomFieldDefinition[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [header, key] of Object.entries(columns)) {
    const field = fields.find((f) => f.key === key);
    const text = unescapeCell((cells[header] ?? '').trim());
    if (field && text !== '') values[key] = customCellValue(field, text);
  }
  return values;
}

export type CustomImportCheck = { ok: true; values: Record<string, unknown> } | { ok: false; problems: { key: string; label: Bilingual; reason: Bilingual }[] };

/**
 * A customer's custom values after an import row: the stored ones with the row's on top, checked as a form's are
 * (the fields of the customer's type, required ones filled, choices among the options).
 */
export function checkCustomImport(fields: readonly CustomFieldDefinition[], c: { typeCode: string; stored: Record<string, unknown>; given: Record<string, unknown> }): CustomImportCheck {
  // Most rows of most files: nothing given, nothing stored, nothing required — no schema to build.
  const empty = (o: Record<string, unknown>) => Object.keys(o).length === 0;
  if (empty(c.given) && empty(c.stored) && !fields.some((f) => f.required && f.active && appliesTo(f, c.typeCode))) return { ok: true, values: {} };
  const parsed = customValuesSchema(fields, { typeCode: c.typeCode, previous: c.stored }).safeParse({ ...c.stored, ...c.given });
  if (parsed.success) return { ok: true, values: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const field = fields.find((f) => f.key === key);
      return { key, label: field ? fieldLabelOf(field) : { zh: key, en: key }, reason: explainIssue(issue as never) };
    }),
  };
}

/** A stored value as an export writes it: choices by their Chinese labels (which the import reads back), lists joined with 、. */
export function customCellText(field: CustomFieldDefinition, value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  return customValueText(field, value).zh;
}
