import ExcelJS from 'exceljs';
import { addFormSheet } from './form-sheet';
import { monthTitle, STATEMENT_COLUMNS, STATEMENT_NOTE, STATEMENT_TITLE, statementTotalsRow, type StatementDocument } from './statement-document';

/** 《月客户采购及客情费统计表》 as .xlsx, one sheet laid out like the paper form. */
export async function renderStatementXlsx(s: StatementDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = s.orgName;
  addFormSheet(book, {
    name: '客情费统计表',
    title: STATEMENT_TITLE,
    subtitle: `${s.orgName}\u3000${monthTitle(s.month)}`,
    fields: [
      ['办事处', s.officeName],
      ['销售代表', s.repName],
      ['统计月份', s.month],
      ['报送日期', s.submittedOn ?? '未报送'],
      ['状态', s.statusLabel],
    ],
    columns: STATEMENT_COLUMNS,
    rows: s.rows,
    totals: statementTotalsRow(s),
    reviewers: s.reviewers,
    note: `${STATEMENT_NOTE}\u3000打印时间：${s.printedAt}`,
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
