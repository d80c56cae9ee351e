import ExcelJS from 'exceljs';
import type { ImportProblem } from '../../../domain/imports/problems';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet with a bold, frozen header row and columns wide enough for their header. */
export function addSheet(book: ExcelJS.Workbook, name: string, header: string[], rows: (string | number)[][], widths?: number[]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = widths?.[i] ?? Math.max(10, header[i]!.length * 2 + 4);
  });
}

/** Every problem of a check or import: row, column and reason in both languages. */
export async function problemsWorkbook(problems: readonly ImportProblem[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  addSheet(book, '问题', ['行', '列', '问题', 'Problem'], problems.map((p) => [p.row, p.column, p.reason_zh, p.reason_en]), [8, 18, 70, 70]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A download's Content-Disposition, with the Chinese file name for browsers and an ASCII one for the rest. */
export function attachment(fileName: string, asciiName: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
