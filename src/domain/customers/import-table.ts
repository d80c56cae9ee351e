import type { Bilingual } from '../shared/messages';
import { isValidCreditCode } from './credit-code';
import { toHalfWidth } from './half-width';
import { normaliseHeader } from './import-columns';

/** One row of a sheet: its number as the spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** An uploaded sheet read as a table: the header row, and the data rows that are not blank, cells aligned with the headers. */
export interface ImportTable {
  headers: string[];
  /** Number of the header row in the sheet. */
  headerRow: number;
  rows: SheetRow[];
}

export type TableResult = { ok: true; table: ImportTable } | { ok: false; error: Bilingual };

export const MAX_IMPORT_ROWS = 200_000;
export const MAX_IMPORT_COLUMNS = 200;

/** A column's letter as spreadsheets name it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const isBlank = (s: string | undefined) => !s || s.trim() === '';
const filledCount = (r: SheetRow) => r.cells.filter((c) => !isBlank(c)).length;

/** A header cell as shown: inner line breaks and runs of spaces become one space. */
function cleanHeader(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Numbers, phone numbers, dates, credit codes and long text are data, not column names. */
function looksLikeData(cell: string): boolean {
  const s = toHalfWidth(cell).trim();
  return (/\d/.test(s) && /^[\d\s.+\-()/:]+$/.test(s)) || isValidCreditCode(s) || s.length > 40;
}

function refuse(zh: string, en: string): TableResult {
  return { ok: false, error: { zh, en } };
}

/**
 * The table an import works on. The header row is the first row that is not blank, unless that row has a
 * single cell (a title such as “2026 年客户名单”) and the next one has more. Refused, with the reason: an
 * empty sheet; a header row that looks like data; a column with data but no name; two columns with the same
 * name; a sheet with no data rows; too many rows or columns.
 */
export function readImportTable(sheet: readonly SheetRow[], limits = { maxRows: MAX_IMPORT_ROWS, maxColumns: MAX_IMPORT_COLUMNS }): TableResult {
  const filled = sheet.filter((r) => filledCount(r) > 0);
  if (filled.length === 0) return refuse('文件是空的，没有找到任何内容', 'the file is empty');
  const headerAt = filledCount(filled[0]!) === 1 && filled[1] && filledCount(filled[1]) > 1 ? 1 : 0;
  const header = filled[headerAt]!;
  const data = filled.slice(headerAt + 1);
  const width = filled.slice(headerAt).reduce((w, r) => Math.max(w, r.cells.reduce((last, c, i) => (isBlank(c) ? last : i + 1), 0)), 0);
  if (width > limits.maxColumns) return refuse(`列数过多（${width} 列），最多 ${limits.maxColumns} 列`, `too many columns (${width}); at most ${limits.maxColumns}`);

  const names = Array.from({ length: width }, (_, i) => cleanHeader(header.cells[i]));
  const dataLike = names.find((n) => n !== '' && looksLikeData(n));
  if (dataLike !== undefined) {
    return refuse(
      `第 ${header.row} 行应为列名（如 客户名称、客户类型），但“${dataLike}”像是数据；请在数据上方加一行列名`,
      `row ${header.row} should hold the column names (e.g. 客户名称, 客户类型), but "${dataLike}" looks like data; add a header row above the data`,
    );
  }
  const unnamed = names.findIndex((n, i) => n === '' && data.some((r) => !isBlank(r.cells[i])));
  if (unnamed >= 0) {
    const col = columnLetter(unnamed);
    return refuse(`${col} 列有数据但没有列名（第 ${header.row} 行），请补上列名或删除这一列`, `column ${col} has data but no name in row ${header.row}; name it or delete it`);
  }
  const kept = names.flatMap((n, i) => (n === '' ? [] : [i]));
  const byKey = new Map<string, number[]>();
  for (const i of kept) byKey.set(normaliseHeader(names[i]!), [...(byKey.get(normaliseHeader(names[i]!)) ?? []), i]);
  const repeated = [...byKey.values()].find((cols) => cols.length > 1);
  if (repeated) {
    const letters = repeated.map(columnLetter).join('、');
    return refuse(
      `列名重复：“${names[repeated[0]!]}”出现在 ${letters} 列；请改名或删除多余的一列`,
      `the column name "${names[repeated[0]!]}" appears more than once (columns ${repeated.map(columnLetter).join(', ')}); rename or delete the extra column`,
    );
  }
  if (data.length === 0) return refuse('只有列名，没有数据行', 'the file has column names but no data rows');
  if (data.length > limits.maxRows) {
    return refuse(`数据行过多（${data.length} 行），一次最多导入 ${limits.maxRows} 行，请分成几个文件`, `too many rows (${data.length}); import at most ${limits.maxRows} at a time, in several files`);
  }
  return {
    ok: true,
    table: { headers: kept.map((i) => names[i]!), headerRow: header.row, rows: data.map((r) => ({ row: r.row, cells: kept.map((i) => r.cells[i] ?? '') })) },
  };
}
