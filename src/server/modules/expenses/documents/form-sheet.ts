import type ExcelJS from 'exceljs';
import type { Column, Reviewer } from './statement-document';

/**
 * A worksheet laid out like a paper form: the title across the table, a line of header fields, the table with thin
 * borders (bold header, frozen below it), an optional bold totals row, then the reviewers' names and dates and a
 * note. Money is written as yuan numbers shown as ¥#,##0.00 (so Excel can add them up), rates as percentages.
 */
export const MONEY_FORMAT = '"¥"#,##0.00';
const RATE_FORMAT = '0.00%';
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export interface FormSheet<Row> {
  name: string;
  title: string;
  subtitle?: string;
  fields: [label: string, value: string][];
  columns: Column<Row>[];
  rows: Row[];
  totals?: Row;
  reviewers?: Reviewer[];
  note?: string;
}

function cellValue<Row>(c: Column<Row>, row: Row, index: number): string | number | null {
  if (c.kind && c.value) {
    const v = c.value(row);
    if (v === null) return c.kind === 'rate' ? '—' : null;
    return c.kind === 'money' ? v / 100 : v / 10_000;
  }
  return c.text(row, index);
}

function writeRow<Row>(sheet: ExcelJS.Worksheet, columns: Column<Row>[], row: Row, index: number, bold: boolean): void {
  const added = sheet.addRow(columns.map((c) => cellValue(c, row, index)));
  columns.forEach((c, i) => {
    const cell = added.getCell(i + 1);
    cell.border = BORDER;
    cell.alignment = { horizontal: c.align, vertical: 'top', wrapText: c.align === 'left' };
    if (c.kind === 'money') cell.numFmt = MONEY_FORMAT;
    if (c.kind === 'rate') cell.numFmt = RATE_FORMAT;
    if (bold) cell.font = { bold: true };
  });
}

export function addFormSheet<Row>(book: ExcelJS.Workbook, form: FormSheet<Row>): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(form.name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const span = form.columns.length;
  sheet.columns = form.columns.map((c) => ({ width: c.width }));

  const title = sheet.addRow([form.title]);
  sheet.mergeCells(title.number, 1, title.number, span);
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center' };
  title.height = 26;
  if (form.subtitle) {
    const sub = sheet.addRow([form.subtitle]);
    sheet.mergeCells(sub.number, 1, sub.number, span);
    sub.getCell(1).alignment = { horizontal: 'center' };
  }
  sheet.addRow(form.fields.map(([label, value]) => `${label}：${value}`));
  sheet.addRow([]);

  const header = sheet.addRow(form.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];

  form.rows.forEach((row, i) => writeRow(sheet, form.columns, row, i, false));
  if (form.totals) writeRow(sheet, form.columns, form.totals, -1, true);

  if (form.reviewers) {
    sheet.addRow([]);
    sheet.addRow(['', '审核签字']).getCell(2).font = { bold: true };
    for (const r of form.reviewers) sheet.addRow(['', r.roleLabel, `签字：${r.name ?? '未签'}`, `日期：${r.on ?? ''}`]);
  }
  if (form.note) sheet.addRow([form.note]);
  return sheet;
}
