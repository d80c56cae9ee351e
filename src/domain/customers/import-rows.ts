import { explainIssue } from '../shared/bilingual-issue';
import type { Bilingual } from '../shared/messages';
import { DATUMS, type Datum } from './coordinates';
import { CUSTOMER_SOURCE_LABELS, CUSTOMER_STATUS_LABELS, PROFILE_ITEMS, type CustomerType } from './customer-options';
import { customerInputSchema, type CustomerInput } from './customer-schemas';
import { RowCells } from './import-cells';
import type { ImportField } from './import-columns';
import { findOption, optionsOf, type LabelledOption } from './labelled-options';
import type { RegionIndex } from './region-index';
import { regionCodeByNames } from './region-names';

/** One thing wrong with an imported row, where the person will look for it: row number and column header. */
export interface ImportProblem {
  row: number;
  column: string;
  reason_zh: string;
  reason_en: string;
}

export type ImportRowResult = { ok: true; value: CustomerInput } | { ok: false; problems: ImportProblem[] };

export interface ImportContext {
  /** Header → field, as the person confirmed it (DEFAULT_IMPORT_COLUMNS to start with). */
  columns: Readonly<Record<string, ImportField>>;
  /** The organisation's customer types. */
  types: readonly CustomerType[];
  regions: RegionIndex;
  /** What the owner column may hold (user name or display name) → user id. Without it the column is refused. */
  owners?: ReadonlyMap<string, string>;
}

const STATUSES = optionsOf(CUSTOMER_STATUS_LABELS);
const SOURCES = optionsOf(CUSTOMER_SOURCE_LABELS);
const DATUM_ALIASES: Record<Datum, string[]> = {
  'GCJ-02': ['gcj02', 'gcj', '高德', '腾讯', '火星坐标'],
  'WGS-84': ['wgs84', 'gps'],
  'BD-09': ['bd09', '百度'],
};
const DATUM_OPTIONS: LabelledOption[] = DATUMS.flatMap((d) => [d, ...DATUM_ALIASES[d]].map((alias) => ({ code: d, zh: alias, en: alias })));
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A row on its way to a customer input: the input so far and what could not be read. */
class RowDraft {
  readonly input: Record<string, unknown> = {};
  readonly problems: { field: ImportField; reason: Bilingual }[] = [];
  /** Input keys whose cells were refused here, so the schema does not report them again. */
  readonly refused = new Set<string>();
  /** The field a region problem belongs to. */
  regionFrom: ImportField = 'regionCode';

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

function readRegion(draft: RowDraft, regions: RegionIndex): void {
  const { cells } = draft;
  if (cells.first('regionCode')) {
    draft.input.regionCode = cells.text('regionCode');
    return;
  }
  const names = { province: cells.text('province'), city: cells.text('city'), county: cells.text('county') };
  if (!names.province && !names.city && !names.county) return;
  draft.regionFrom = names.county ? 'county' : names.city ? 'city' : 'province';
  const lookup = regionCodeByNames(regions, names);
  if (lookup.ok) draft.input.regionCode = lookup.code;
  else draft.refuse('regionCode', lookup.level, lookup.error);
}

function readOwner(draft: RowDraft, owners: ReadonlyMap<string, string> | undefined): void {
  const name = draft.cells.text('owner');
  if (!name) return;
  const id = owners?.get(name);
  if (id) draft.input.ownerId = id;
  else draft.refuse('ownerId', 'owner', { zh: `找不到负责人“${name}”`, en: `no user called "${name}"` });
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

/**
 * Builds the check for imported rows: each row (header → cell text) becomes a customer input, or
 * the list of its problems with row, column header and reason in both languages, in column
 * order. Cells are read as people fill them: type, status and source by label or code, region by
 * code or by names, several phones or tags in one cell, the owner by name.
 */
export function createImportRowValidator(ctx: ImportContext): (row: number, cells: Readonly<Record<string, string>>) => ImportRowResult {
  const schema = customerInputSchema({ typeCodes: ctx.types.map((t) => t.code) });

  return (row, cellsByHeader) => {
    const cells = new RowCells(ctx.columns, cellsByHeader);
    const draft = new RowDraft(cells);
    for (const field of ['name', 'address', 'creditCode', 'preferences'] as const) draft.input[field] = cells.text(field);
    draft.input.profile = Object.fromEntries(PROFILE_ITEMS.map((f) => [f, cells.text(f)]));
    draft.input.tags = cells.all('tags').map((c) => c.text);
    draft.input.phones = cells.all('phones').map((c) => c.text);
    draft.choose('type', 'typeCode', ctx.types, { zh: '客户类型', en: 'Customer type' });
    draft.choose('status', 'status', STATUSES, { zh: '客户状态', en: 'Status' });
    draft.choose('source', 'source', SOURCES, { zh: '客户来源', en: 'Source' });
    readRegion(draft, ctx.regions);
    readOwner(draft, ctx.owners);
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
    if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data };
    const order = Object.keys(cellsByHeader);
    const at = (p: ImportProblem) => (order.includes(p.column) ? order.indexOf(p.column) : order.length);
    return { ok: false, problems: problems.sort((a, b) => at(a) - at(b)) };
  };
}
