import ExcelJS from 'exceljs';
import { CSV_BOM, csvLine } from '../../../domain/customers/csv';

export type TableFormat = 'xlsx' | 'csv';

export const TABLE_TYPES: Record<TableFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** A small table (an analysis already summed) as a file: .xlsx with a bold, frozen header, or UTF-8 CSV with a BOM for Excel. */
export async function tableFile(sheetName: string, headers: readonly string[], rows: readonly (string | number)[][], format: TableFormat): Promise<Buffer> {
  if (format === 'csv') {
    const lines = [headers, ...rows].map((cells) => csvLine(cells.map(String)));
    return Buffer.from(`${CSV_BOM}${lines.join('\r\n')}\r\n`, 'utf8');
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((h) => ({ key: h, width: Math.max(10, h.length * 2 + 4) }));
  sheet.addRow([...headers]).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Fen as yuan with two decimals, exact (no floating point): 123456 → "1234.56", -5 → "-0.05". */
export function yuanText(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
