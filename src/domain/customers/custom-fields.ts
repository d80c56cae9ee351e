import { z } from 'zod';
import { both, explainIssue } from '../shared/bilingual-issue';
import type { Bilingual } from '../shared/messages';
import { normaliseDate } from './calendar-dates';
import { accepted, refused, type Checked } from './checked';
import { customerTypeSchema } from './customer-schemas';
import { toHalfWidth } from './half-width';
import { changedFields, type FieldChange } from './history-diff';
import { blankAsNull, optionalText, requiredText } from './text-fields';

/*
 * Administrator-defined customer fields (自定义字段): their definitions, and the checks a customer's
 * values (customers.custom, by field key) must pass for the fields that apply to its type.
 */

export const CUSTOM_FIELD_KINDS = ['text', 'number', 'date', 'single', 'multi'] as const;
export type CustomFieldKind = (typeof CUSTOM_FIELD_KINDS)[number];

export const CUSTOM_FIELD_KIND_LABELS: Record<CustomFieldKind, Bilingual> = {
  text: { zh: '文本', en: 'Text' },
  number: { zh: '数字', en: 'Number' },
  date: { zh: '日期', en: 'Date' },
  single: { zh: '单选', en: 'Single choice' },
  multi: { zh: '多选', en: 'Multiple choice' },
};

export const CHOICE_KINDS: readonly CustomFieldKind[] = ['single', 'multi'];
export const isChoice = (kind: CustomFieldKind) => CHOICE_KINDS.includes(kind);

export const CUSTOM_TEXT_MAX = 500;
export const MAX_OPTIONS = 100;
export const MAX_FILTER_VALUES = 20;

export interface CustomFieldOption {
  /** Stable: what customers.custom stores. Labels may change, the value never does. */
  value: string;
  zh: string;
  en: string;
}

/** A field as the rules need it; the server's rows and the web's API shapes both fit. */
export interface CustomFieldDefinition {
  key: string;
  /** null: the field applies to every customer type. */
  typeCode: string | null;
  labelZh: string;
  labelEn: string;
  kind: CustomFieldKind;
  options: readonly CustomFieldOption[];
  required: boolean;
  active: boolean;
  sort?: number;
}

export const fieldLabelOf = (field: Pick<CustomFieldDefinition, 'labelZh' | 'labelEn'>): Bilingual => ({ zh: field.labelZh, en: field.labelEn });

/** The label of the field stored under `key`, or the key itself when no such field exists. */
export function customFieldLabel(fields: readonly CustomFieldDefinition[], key: string): Bilingual {
  const field = fields.find((f) => f.key === key);
  return field ? fieldLabelOf(field) : { zh: key, en: key };
}

export const appliesTo = (field: Pick<CustomFieldDefinition, 'typeCode'>, typeCode: string) => field.typeCode === null || field.typeCode === typeCode;

const bySort = (a: CustomFieldDefinition, b: CustomFieldDefinition) => (a.sort ?? 0) - (b.sort ?? 0) || a.labelZh.localeCompare(b.labelZh, 'zh') || a.key.localeCompare(b.key);

/** The fields a form shows for a customer type: active, for that type or for all, in their order. */
export function fieldsForType<T extends CustomFieldDefinition>(fields: readonly T[], typeCode: string | null | undefined): T[] {
  if (!typeCode) return [];
  return fields.filter((f) => f.active && appliesTo(f, typeCode)).sort(bySort);
}

// ---------------------------------------------------------------------------------------------
// Definitions

/** A key given by the administrator (used in filters and exports); without one the server makes one up. */
export const customFieldKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,30}$/, both('字段代码应为 2–31 位小写字母、数字或下划线，以字母开头', 'must be 2–31 lower-case letters, digits or _, starting with a letter'));

export const optionValueSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_]{0,39}$/, both('选项代码应为 1–40 位小写字母、数字或下划线', 'must be 1–40 lower-case letters, digits or _'));

export const optionInputSchema = z.object({
  /** Left out for a new option: the next free o1, o2, … is given. */
  value: blankAsNull(optionValueSchema).optional(),
  zh: requiredText(40),
  /** Left out: the Chinese label is used. */
  en: optionalText(60),
});

/** The fields of a definition as a form or the API sends them; the type code is checked by `customFieldInputSchema`. */
export function customFieldShape(typeCode: z.ZodType<string | null | undefined>) {
  return z.object({
    key: blankAsNull(customFieldKeySchema).optional(),
    typeCode,
    labelZh: requiredText(40),
    /** Left out: the Chinese label is used. */
    labelEn: optionalText(60),
    kind: z.enum(CUSTOM_FIELD_KINDS),
    options: z.array(optionInputSchema).max(MAX_OPTIONS, both(`选项不能超过 ${MAX_OPTIONS} 个`, `at most ${MAX_OPTIONS} options`)).default([]),
    required: z.boolean().default(false),
    sort: z.number().int().min(0).max(9999).default(0),
  });
}

type OptionInput = z.infer<typeof optionInputSchema>;

const foldEn = (s: string) => s.trim().toLowerCase();

/** Choice fields need options with distinct values and labels; other kinds take none. */
function checkOptions(kind: CustomFieldKind, options: OptionInput[], ctx: z.RefinementCtx): void {
  if (!isChoice(kind)) {
    if (options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: both('只有单选和多选字段有选项', 'only choice fields have options') });
    return;
  }
  if (!options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: both('请至少添加一个选项', 'add at least one option') });
  const seen = { value: new Set<string>(), zh: new Set<string>(), en: new Set<string>() };
  options.forEach((o, i) => {
    const en = foldEn(o.en ?? o.zh);
    if (o.value && seen.value.has(o.value)) ctx.addIssue({ code: 'custom', path: ['options', i, 'value'], message: both(`选项代码“${o.value}”重复`, `the option code "${o.value}" is repeated`) });
    if (seen.zh.has(o.zh)) ctx.addIssue({ code: 'custom', path: ['options', i, 'zh'], message: both(`选项“${o.zh}”重复`, `the option "${o.zh}" is repeated`) });
    else if (seen.en.has(en)) ctx.addIssue({ code: 'custom', path: ['options', i, 'en'], message: both(`英文名称“${o.en ?? o.zh}”重复`, `the English label "${o.en ?? o.zh}" is repeated`) });
    if (o.value) seen.value.add(o.value);
    seen.zh.add(o.zh);
    seen.en.add(en);
  });
}

/** Options in their stored form: every one with a value (the next free o1, o2, …) and an English label. */
export function completeOptions(options: readonly OptionInput[]): CustomFieldOption[] {
  const taken = new Set(options.map((o) => o.value).filter((v): v is string => !!v));
  let n = 0;
  const nextValue = () => {
    do n += 1;
    while (taken.has(`o${n}`));
    taken.add(`o${n}`);
    return `o${n}`;
  };
  return options.map((o) => ({ value: o.value || nextValue(), zh: o.zh, en: o.en || o.zh }));
}

/** A whole definition, checked against the organisation's customer types, in its stored form. */
export function customFieldInputSchema({ typeCodes }: { typeCodes: readonly string[] }) {
  return customFieldShape(blankAsNull(customerTypeSchema(typeCodes)))
    .superRefine((f, ctx) => checkOptions(f.kind, f.options, ctx))
    .transform((f) => ({
      key: f.key ?? null,
      typeCode: f.typeCode ?? null,
      labelZh: f.labelZh,
      labelEn: f.labelEn || f.labelZh,
      kind: f.kind,
      options: isChoice(f.kind) ? completeOptions(f.options) : [],
      required: f.required,
      sort: f.sort,
    }));
}
export type CustomFieldInput = z.infer<ReturnType<typeof customFieldInputSchema>>;

/** The label fields that another field shown on the same forms already uses (all types included, inactive ones too). */
export function clashingLabels(field: Pick<CustomFieldDefinition, 'key' | 'typeCode' | 'labelZh' | 'labelEn'>, others: readonly CustomFieldDefinition[]): ('labelZh' | 'labelEn')[] {
  const together = others.filter((o) => o.key !== field.key && (o.typeCode === null || field.typeCode === null || o.typeCode === field.typeCode));
  const clashes: ('labelZh' | 'labelEn')[] = [];
  if (together.some((o) => o.labelZh === field.labelZh)) clashes.push('labelZh');
  if (together.some((o) => foldEn(o.labelEn) === foldEn(field.labelEn))) clashes.push('labelEn');
  return clashes;
}

/** What a change to a definition may not do: change its key or its kind. */
export function fixedFieldChanges(current: Pick<CustomFieldDefinition, 'key' | 'kind'>, next: { key: string | null; kind: CustomFieldKind }): { field: 'key' | 'kind'; message: Bilingual }[] {
  const problems: { field: 'key' | 'kind'; message: Bilingual }[] = [];
  if (next.key !== null && next.key !== current.key) problems.push({ field: 'key', message: { zh: '字段代码创建后不能更改', en: 'cannot change once the field is created' } });
  if (next.kind !== current.kind) problems.push({ field: 'kind', message: { zh: '字段类型创建后不能更改', en: 'cannot change once the field is created' } });
  return problems;
}

/** Options a change leaves out. Those are refused while any customer holds them; relabelling keeps the value and is fine. */
export function removedOptions(before: readonly CustomFieldOption[], after: readonly CustomFieldOption[]): CustomFieldOption[] {
  const kept = new Set(after.map((o) => o.value));
  return before.filter((o) => !kept.has(o.value));
}

export function optionInUseMessage(option: CustomFieldOption, customers: number): Bilingual {
  return {
    zh: `选项“${option.zh}”已有 ${customers} 个客户在用，不能删除；可以改名`,
    en: `the option "${option.en}" is used by ${customers} customer${customers === 1 ? '' : 's'} and cannot be removed; it can be renamed`,
  };
}

// ---------------------------------------------------------------------------------------------
// Values

/** A stored value as a person reads it: option labels for choices, the rest as written. */
export function customValueText(field: Pick<CustomFieldDefinition, 'kind' | 'options'> | undefined, value: unknown): Bilingual {
  const labelOf = (v: unknown): Bilingual => {
    const o = field?.options.find((x) => x.value === v);
    return o ? { zh: o.zh, en: o.en } : { zh: String(v), en: String(v) };
  };
  if (value === null || value === undefined || value === '') return { zh: '—', en: '—' };
  if (Array.isArray(value)) {
    const labels = value.map(labelOf);
    return { zh: labels.map((l) => l.zh).join('、') || '—', en: labels.map((l) => l.en).join(', ') || '—' };
  }
  return labelOf(value);
}

/** Blank text, empty lists and null mean "no value": the key is dropped. */
export function withoutEmpty(values: Record<string, unknown> | null | undefined): Record<string, unknown> {
  if (values === null || values === undefined) return {};
  return Object.fromEntries(
    Object.entries(values ?? {}).filter(([, v]) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0)),
  );
}

/** A type error's message; a missing value keeps the default ("required"). */
const wrongType = (zh: string, en: string) => (issue: { input?: unknown }) => (issue.input === undefined ? undefined : both(zh, en));

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

function numberSchema() {
  return z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const s = toHalfWidth(v).trim().replace(/,/g, '');
      return NUMBER.test(s) ? Number(s) : v;
    },
    z.number({ error: wrongType('应为数字', 'must be a number') }).refine(Number.isFinite, both('应为有限的数字', 'must be a finite number')),
  );
}

function dateSchema() {
  return z.string({ error: wrongType('应为日期，如 2026-05-20', 'must be a date such as 2026-05-20') }).transform((raw, ctx) => {
    const checked = normaliseDate(raw, false);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: both(checked.error.zh, checked.error.en), input: raw });
    return z.NEVER;
  });
}

function optionList(field: Pick<CustomFieldDefinition, 'options'>): Bilingual {
  return {
    zh: field.options.map((o) => `${o.zh}（${o.value}）`).join('、'),
    en: field.options.map((o) => `${o.en} (${o.value})`).join(', '),
  };
}

function choiceSchema(field: Pick<CustomFieldDefinition, 'options'>) {
  const values = field.options.map((o) => o.value);
  const list = optionList(field);
  return z
    .string({ error: wrongType('应为一个选项代码', 'must be one option code') })
    .trim()
    .refine((v) => values.includes(v), both(`只能是以下选项之一：${list.zh}`, `must be one of the options: ${list.en}`));
}

/** The check one kind of value must pass, before "required" is considered. */
export function customValueSchema(field: Pick<CustomFieldDefinition, 'kind' | 'options'>): z.ZodType {
  switch (field.kind) {
    case 'text':
      return z
        .string({ error: wrongType('应为文字', 'must be text') })
        .trim()
        .max(CUSTOM_TEXT_MAX, both(`不能超过 ${CUSTOM_TEXT_MAX} 个字符`, `must have at most ${CUSTOM_TEXT_MAX} characters`));
    case 'number':
      return numberSchema();
    case 'date':
      return dateSchema();
    case 'single':
      return choiceSchema(field);
    case 'multi':
      return z
        .array(choiceSchema(field), { error: wrongType('应为选项代码的列表', 'must be a list of option codes') })
        .max(MAX_OPTIONS)
        .refine((list) => new Set(list).size === list.length, both('同一选项不能重复', 'an option must not be repeated'));
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface CustomValuesContext {
  /** The customer's type: only fields for it (or for all types) take values. */
  typeCode: string;
  /** The values stored before this change; a deactivated field keeps its value but takes no new one. */
  previous?: Record<string, unknown>;
}

/**
 * The validator for a customer's custom values. Missing, null, blank and empty values mean "none";
 * required fields must have one; keys that are no field, fields of another type and new values for a
 * deactivated field are refused, each at the path of its key. The output holds the values in their
 * stored form (numbers as numbers, dates as YYYY-MM-DD), without empty ones.
 */
export function customValuesSchema(fields: readonly CustomFieldDefinition[], { typeCode, previous = {} }: CustomValuesContext) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    if (!appliesTo(field, typeCode)) {
      shape[field.key] = z.unknown().refine(
        (v) => v === undefined,
        both('属于其他客户类型，不适用于此客户；更改客户类型时请同时清除此值（设为 null）', 'belongs to another customer type; when changing the type, clear this value too (set it to null)'),
      ).optional();
    } else if (!field.active) {
      shape[field.key] = z.unknown().refine((v) => v === undefined || same(v, previous[field.key]), both('该字段已停用，不能填写新值', 'this field is disabled and takes no new value')).optional();
    } else {
      const schema = customValueSchema(field);
      shape[field.key] = field.required ? schema : schema.optional();
    }
  }
  const unknownKey = z.unknown().refine(() => false, both('不是本企业的自定义字段', 'is not one of the custom fields'));
  const emptiesDropped = (v: unknown) => (v === null || v === undefined || (typeof v === 'object' && !Array.isArray(v)) ? withoutEmpty(v as Record<string, unknown>) : v);
  return z.preprocess(emptiesDropped, z.object(shape, { error: both('应为按字段代码给出的取值', 'must be an object of values by field key') }).catchall(unknownKey)).transform((values) => withoutEmpty(values as Record<string, unknown>));
}

/** The changes to custom values, one history entry each (`custom.<key>`), in the fields' order. */
export function customValueChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: readonly CustomFieldDefinition[]): FieldChange[] {
  const order = [...fields].sort(bySort).map((f) => f.key);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort((a, b) => {
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  return changedFields(before ?? {}, after ?? {}, keys).map((c) => ({ ...c, field: `custom.${c.field}` }));
}

// ---------------------------------------------------------------------------------------------
// List filters

/** The prefix of a custom-field filter in the customer list's query string: `cf.<key>=<value>`. */
export const CUSTOM_FILTER_PREFIX = 'cf.';

/**
 * What a filter `cf.<key>=<value>` asks the stored value to contain: the value itself for text,
 * numbers, dates and single choices (equality); a list of options for a multiple choice (all of them).
 */
export function customFilterValue(field: CustomFieldDefinition, raw: string | readonly string[]): Checked<unknown> {
  const list = typeof raw === 'string' ? [raw] : [...raw];
  if (list.length === 0 || list.length > MAX_FILTER_VALUES) return refused(`请给出 1–${MAX_FILTER_VALUES} 个值`, `give 1–${MAX_FILTER_VALUES} values`);
  if (field.kind !== 'multi' && list.length > 1) return refused('只能按一个值筛选', 'filters by one value only');
  const parsed = customValueSchema(field).safeParse(field.kind === 'multi' ? list : list[0]);
  if (!parsed.success) {
    const why = explainIssue(parsed.error.issues[0] ?? { code: 'custom' });
    return refused(why.zh, why.en);
  }
  if (parsed.data === '' || parsed.data === undefined) return refused('不能为空', 'must not be empty');
  return accepted(parsed.data);
}
