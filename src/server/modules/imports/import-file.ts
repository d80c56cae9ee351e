import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { decodeCsvBytes, parseCsv } from '../../../domain/customers/csv';
import type { SheetRow } from '../../../domain/customers/import-table';
import type { Bilingual } from '../../../domain/shared/messages';

export type FileKind = 'xlsx' | 'csv';

/** Why an uploaded file cannot be read at all. */
export class UnreadableFile extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** .xlsx (a zip) or .csv/.txt by name and content; old .xls and anything else is refused with what to do instead. */
export function kindOf(fileName: string, bytes: Buffer): FileKind {
  const name = fileName.toLowerCase();
  if (starts(bytes, OLE) || name.endsWith('.xls')) {
    throw new UnreadableFile({ zh: '这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 或 CSV 后再上传', en: 'this is an old Excel (.xls) file; save it as .xlsx or CSV in Excel and upload that' });
  }
  if (name.endsWith('.xlsx') && starts(bytes, ZIP)) return 'xlsx';
  if ((name.endsWith('.csv') || name.endsWith('.txt')) && !starts(bytes, ZIP)) return 'csv';
  throw new UnreadableFile({ zh: '只能上传 .xlsx 或 .csv 文件', en: 'upload an .xlsx or .csv file' });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell value as the text a person sees: numbers without exponents, dates as 2026-05-20, rich text and formulas by their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = value.getUTCHours() || value.getUTCMinutes() ? ` ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : '';
    return date + time;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** Text of a stream of UTF-8 chunks, with a character split between two chunks put back together. */
async function* wholeText(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The parts of ExcelJS's streaming reader that receive a zip entry's bytes (ExcelJS 4.4). */
interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
}
const readerBase = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

/**
 * ExcelJS's streaming reader decodes every chunk of a zip entry on its own, which breaks a Chinese character
 * that falls on a chunk boundary (个体诊所 becomes 个���诊所 somewhere in a large sheet). This reader hands it
 * whole text instead. The streaming reader is kept because loading a workbook whole takes hundreds of MB for
 * 100,000 rows.
 */
class WholeTextWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string) {
    return readerBase._parseWorksheet.call(this, wholeText(iterator), sheetNo);
  }

  _parseSharedStrings(entry: AsyncIterable<Buffer | string>) {
    return readerBase._parseSharedStrings.call(this, Readable.from(wholeText(entry)));
  }
}

/** The first worksheet, read as a stream so that a large file does not sit in memory as cell objects. */
async function xlsxRows(bytes: Buffer): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  try {
    const reader = new WholeTextWorkbookReader(Readable.from(bytes), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        rows.push({ row: row.number, cells: Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1]).trim()) });
      }
      break;
    }
  } catch {
    throw new UnreadableFile({ zh: '无法读取这个 Excel 文件，请确认它是 .xlsx 格式且没有损坏', en: 'this Excel file cannot be read; make sure it is an undamaged .xlsx file' });
  }
  return rows;
}

/** The rows of an uploaded file, numbered as a spreadsheet shows them. */
export async function readSheet(kind: FileKind, bytes: Buffer): Promise<SheetRow[]> {
  if (kind === 'xlsx') return xlsxRows(bytes);
  return parseCsv(decodeCsvBytes(bytes)).map((cells, i) => ({ row: i + 1, cells }));
}
