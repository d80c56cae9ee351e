import { z } from 'zod';
import { explainIssue } from '../shared/bilingual-issue';
import type { ImportProblem } from '../imports/problems';
import type { Bilingual } from '../shared/messages';
import { DATUMS, type Datum } from './coordinates';
import { CUSTOMER_SOURCE_LABELS, CUSTOMER_STATUS_LABELS, PROFILE_ITEMS, type CustomerType, type ProfileItem } from './customer-options';
import { customerInputSchema, type CustomerInput } from './customer-schemas';
import { RowCells } from './import-cells';
import type { ImportField } from './import-columns';
import { findOption, optionsOf, type LabelledOption } from './labelled-options';
import { regionCodeOfNames, regionCodeOfText } from './region-cell';
import type { RegionIndex } from './region-index';
import { regionCodeByNames, type RegionLookup } from './region-names';

export type { ImportProblem } from '../imports/problems';

/** The input keys a row gave a value for (questionnaire items one by one): what an update of a stored customer changes. */
export type ProvidedKey = Exclude<keyof CustomerInput, 'profile'> | `profile.${ProfileItem}`;

/** A row that reads as a customer. */
export interface ImportedRow {
  value: CustomerInput;
  /** The customer the row names by its system ID (a file exported from here), if any. */
  id: string | null;
  /** The customer's code in another system (ERP), if any. */
  externalCode: string | null;
  /** The office the row names. */
  officeId: string | null;
  provided: ReadonlySet<ProvidedKey>;
}

export type ImportRowResult = ({ ok: true } & ImportedRow) | { ok: false; problems: ImportProblem[] };

export interface ImportContext {
  /** Header → field, as the person confirmed it (DEFAULT_IMPORT_COLUMNS to start with). */
  columns: Readonly<Record<string, ImportField>>;
  /** The organisation's customer types. */
  types: readonly CustomerType[];
  regions: RegionIndex;
  /** What the owner column may hold (user name or display name) → user id. Without it the column is refused. */
  owners?: ReadonlyMap<string, string>;
  /** Display names that several users share: the owner column must give the user name instead. */
  ambiguousOwners?: ReadonlySet<string>;
  /** Office name → id. Without it the office column is refused. */
  offices?: ReadonlyMap<string, string>;
}

export const MAX_EXTERNAL_CODE = 60;
const STATUSES = optionsOf(CUSTOMER_STATUS_LABELS);
const SOURCES = optionsOf(CUSTOMER_SOURCE_LABELS);
const DATUM_ALIASES: Record<Datum, string[]> = {
  'GCJ-02': ['gcj02', 'gcj', '高德', '腾讯', '火星坐标'],
  'WGS-84': ['wgs84', 'gps'],
  'BD-09': ['bd09', '百度'],
};
const DATUM_OPTIONS: LabelledOption[] = DATUMS.flatMap((d) => [d, ...DATUM_ALIASES[d]].map((alias) => ({ code: d, zh: alias, en: alias })));
const DECIMAL = /^-?\d+(\.\d+)?$/;
const isUuid = (s: string) => z.uuid().safeParse(s).success;

/** The input key each field fills. */
const INPUT_KEY: Partial<Record<ImportField, ProvidedKey>> = {
  name: 'name',
  type: 'typeCode',
  region: 'regionCode',
  province: 'regionCode',
  city: 'regionCode',
  county: 'regionCode',
  regionCode: 'regionCode',
  address: 'address',
  creditCode: 'creditCode',
  phones: 'phones',
  owner: 'ownerId',
  status: 'status',
  source: 'source',
  sourceNote: 'sourceNote',
  tags: 'tags',
  lng: 'location',
  lat: 'location',
  datum: 'location',
  preferences: 'preferences',
  ...Object.fromEntries(PROFILE_ITEMS.map((item) => [item, `profile.${item}`])),
};

/** A row on its way to a customer input: the input so far and what could not be read. */
class RowDraft {
  readonly input: Record<string, unknown> = {};
  readonly problems: { field: ImportField; reason: Bilingual }[] = [];
  /** Input keys whose cells were refused here, so the schema does not report them again. */
  readonly refused = new Set<string>();
  /** The field a region problem belongs to. */
  regionFrom: ImportField = 'regionCode';
  id: string | null = null;
  externalCode: string | null = null;
  officeId: string | null = null;

  constructor(readonly cells: RowCells) {}

  refuse(key: string, field: ImportField, reason: Bilingual): void {
    this.refused.add(key);
    this.problems.push({ field, reason });
  }

  choose(field: ImportField, key: string, options: readonly LabelledOption[], what: Bilingual): void {
    const cell = this.cells.first(field);
    if (!cell) return;
    const option = findOption(options, cell.text);
    if (option) {
      this.input[key] = option.code;
      return;
    }
    const zh = [...new Set(options.map((o) => o.zh))].join('、');
    const en = [...new Set(options.map((o) => o.en))].join(', ');
    this.refuse(key, field, { zh: `${what.zh}“${cell.text}”不存在，可选：${zh}`, en: `${what.en} "${cell.text}" does not exist; choose one of: ${en}` });
  }
}

/** The region the name columns give: one 所在地区 cell, or province, city and county cells. */
function regionFromNames(cells: RowCells, regions: RegionIndex): { field: ImportField; text: string; lookup: RegionLookup } | null {
  const region = cells.first('region');
  if (region) return { field: 'region', text: region.text, lookup: regionCodeOfText(regions, region.text) };
  const names = { province: cells.text('province'), city: cells.text('city'), county: cells.text('county') };
  if (!names.province && !names.city && !names.county) return null;
  const lookup = names.province ? regionCodeByNames(regions, names) : regionCodeOfNames(regions, names);
  const field: ImportField = lookup.ok ? (names.county ? 'county' : names.city ? 'city' : 'province') : names[lookup.level] ? lookup.level : names.county ? 'county' : 'city';
  return { field, text: [names.province, names.city, names.county].filter(Boolean).join(' '), lookup };
}

function readRegion(draft: RowDraft, regions: RegionIndex): void {
  const { cells } = draft;
  const named = regionFromNames(cells, regions);
  const code = cells.text('regionCode');
  if (code !== undefined) {
    draft.input.regionCode = code;
    const fromCode = regions.toSixDigitCode(code);
    if (!named || !fromCode || !named.lookup.ok) return;
    const [a, b] = [fromCode, named.lookup.code];
    const within = (inner: string, outer: string) => inner.startsWith(regions.descendantsPrefix(outer) ?? outer);
    if (within(a, b)) return;
    if (within(b, a)) {
      draft.input.regionCode = b;
      return;
    }
    draft.refuse('regionCode', named.field, {
      zh: `“${named.text}”与地区代码“${code}”不是同一个地区，请改正其中一列`,
      en: `"${named.text}" and the region code "${code}" are different places; correct one of them`,
    });
    return;
  }
  if (!named) return;
  draft.regionFrom = named.field;
  if (named.lookup.ok) draft.input.regionCode = named.lookup.code;
  else draft.refuse('regionCode', named.field, named.lookup.error);
}

function readOwner(draft: RowDraft, ctx: ImportContext): void {
  const name = draft.cells.text('owner');
  if (!name) return;
  if (ctx.ambiguousOwners?.has(name)) {
    draft.refuse('ownerId', 'owner', { zh: `有多个用户叫“${name}”，请改填其用户名（登录名）`, en: `several users are called "${name}"; give their user name instead` });
    return;
  }
  const id = ctx.owners?.get(name) ?? ctx.owners?.get(name.toLowerCase());
  if (id) draft.input.ownerId = id;
  else draft.refuse('ownerId', 'owner', { zh: `找不到负责人“${name}”`, en: `no user called "${name}"` });
}

function readOffice(draft: RowDraft, offices: ReadonlyMap<string, string> | undefined): void {
  const name = draft.cells.text('office');
  if (!name) return;
  const id = offices?.get(name) ?? offices?.get(`${name}办事处`);
  if (id) {
    draft.officeId = id;
    return;
  }
  const known = [...(offices?.keys() ?? [])].slice(0, 20);
  draft.problems.push({ field: 'office', reason: { zh: `找不到办事处“${name}”，可选：${known.join('、')}`, en: `no office called "${name}"; choose one of: ${known.join(', ')}` } });
}

function readCodes(draft: RowDraft): void {
  const id = draft.cells.text('id');
  if (id !== undefined) {
    if (isUuid(id)) draft.id = id.toLowerCase();
    else draft.problems.push({ field: 'id', reason: { zh: `系统编号“${id}”格式不正确；它来自导出的文件，请不要修改`, en: `the system ID "${id}" is malformed; it comes from an exported file and must not be changed` } });
  }
  const code = draft.cells.text('externalCode');
  if (code === undefined) return;
  if (code.length <= MAX_EXTERNAL_CODE) draft.externalCode = code;
  else draft.problems.push({ field: 'externalCode', reason: { zh: `不能超过 ${MAX_EXTERNAL_CODE} 个字符`, en: `must have at most ${MAX_EXTERNAL_CODE} characters` } });
}

function readLocation(draft: RowDraft): void {
  const { cells } = draft;
  const [lng, lat, datum] = [cells.text('lng'), cells.text('lat'), cells.text('datum')];
  if (lng === undefined && lat === undefined) return;
  for (const [field, text] of [['lng', lng], ['lat', lat]] as const) {
    if (!text || !DECIMAL.test(text)) draft.refuse('location', field, { zh: '应填写经纬度数字，例如 113.625', en: 'must be a number of degrees, e.g. 113.625' });
  }
  const datumOption = datum === undefined ? undefined : findOption(DATUM_OPTIONS, datum.replace(/[\s-]/g, ''));
  if (datum !== undefined && !datumOption) {
    draft.refuse('location', 'datum', { zh: `坐标系“${datum}”不认识，可选：GCJ-02（高德、腾讯）、WGS-84（GPS）、BD-09（百度）`, en: `unknown datum "${datum}"; use GCJ-02, WGS-84 or BD-09` });
  }
  if (!draft.refused.has('location')) draft.input.location = { lng: Number(lng), lat: Number(lat), datum: datumOption?.code };
}

/** Which import field a path of the customer schema comes from. */
function importFieldOf(path: readonly PropertyKey[], regionFrom: ImportField): ImportField {
  const [root = '', sub] = path.map(String);
  if (root === 'profile' && sub) return sub as ImportField;
  const byRoot: Record<string, ImportField> = { typeCode: 'type', ownerId: 'owner', regionCode: regionFrom, location: sub === 'lat' ? 'lat' : 'lng' };
  return byRoot[root] ?? (root as ImportField);
}

function providedKeys(cells: RowCells): Set<ProvidedKey> {
  const keys = new Set<ProvidedKey>();
  for (const [field, key] of Object.entries(INPUT_KEY) as [ImportField, ProvidedKey][]) if (cells.has(field)) keys.add(key);
  return keys;
}

/**
 * Builds the check for imported rows: each row (header → cell text) becomes a customer input, or
 * the list of its problems with row, column header and reason in both languages, in column
 * order. Cells are read as people fill them: type, status and source by label or code, region by
 * code, by names in one cell or several, several phones or tags in one cell, the owner by name,
 * the office by name; the system ID and external code say which stored customer the row is.
 */
export function createImportRowValidator(ctx: ImportContext): (row: number, cells: Readonly<Record<string, string>>) => ImportRowResult {
  const schema = customerInputSchema({ typeCodes: ctx.types.map((t) => t.code) });

  return (row, cellsByHeader) => {
    const cells = new RowCells(ctx.columns, cellsByHeader);
    const draft = new RowDraft(cells);
    readCodes(draft);
    for (const field of ['name', 'address', 'creditCode', 'sourceNote', 'preferences'] as const) draft.input[field] = cells.text(field);
    draft.input.profile = Object.fromEntries(PROFILE_ITEMS.map((f) => [f, cells.text(f)]));
    draft.input.tags = cells.all('tags').map((c) => c.text);
    draft.input.phones = cells.all('phones').map((c) => c.text);
    draft.choose('type', 'typeCode', ctx.types, { zh: '客户类型', en: 'Customer type' });
    draft.choose('status', 'status', STATUSES, { zh: '客户状态', en: 'Status' });
    draft.choose('source', 'source', SOURCES, { zh: '客户来源', en: 'Source' });
    readRegion(draft, ctx.regions);
    readOwner(draft, ctx);
    readOffice(draft, ctx.offices);
    readLocation(draft);

    const parsed = schema.safeParse(draft.input);
    const problems: ImportProblem[] = draft.problems.map(({ field, reason }) => ({ row, column: cells.headerOf(field), reason_zh: reason.zh, reason_en: reason.en }));
    for (const issue of parsed.error?.issues ?? []) {
      if (draft.refused.has(String(issue.path[0]))) continue;
      const reason = explainIssue(issue);
      const phone = issue.path[0] === 'phones' ? cells.all('phones')[Number(issue.path[1])] : undefined;
      problems.push({
        row,
        column: phone?.header ?? cells.headerOf(importFieldOf(issue.path, draft.regionFrom)),
        reason_zh: phone ? `“${phone.text}”：${reason.zh}` : reason.zh,
        reason_en: phone ? `"${phone.text}": ${reason.en}` : reason.en,
      });
    }
    if (parsed.success && problems.length === 0) {
      return { ok: true, value: parsed.data, id: draft.id, externalCode: draft.externalCode, officeId: draft.officeId, provided: providedKeys(cells) };
    }
    const order = Object.keys(cellsByHeader);
    const at = (p: ImportProblem) => (order.includes(p.column) ? order.indexOf(p.column) : order.length);
    return { ok: false, problems: problems.sort((a, b) => at(a) - at(b)) };
  };
}

/**
 * A stored customer (as an input) with what an import row gave put in place of the stored values; what the
 * row left blank stays as stored. Questionnaire items are taken one by one.
 */
export function withImported(stored: Readonly<Record<string, unknown>>, row: Pick<ImportedRow, 'value' | 'provided'>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };
  const profile: Record<string, unknown> = { ...(stored.profile as Record<string, unknown> | undefined) };
  const value = row.value as unknown as Record<string, unknown>;
  for (const key of row.provided) {
    if (key.startsWith('profile.')) {
      const item = key.slice('profile.'.length) as ProfileItem;
      profile[item] = row.value.profile[item];
    } else merged[key] = value[key];
  }
  merged.profile = profile;
  return merged;
}
