import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleStatement } from './sample-documents.test-data';
import { renderStatementXlsx } from './statement-xlsx';

async function sheetOf(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

function rowValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

describe('statement xlsx', () => {
  it('lays out the paper form: title, header fields, one row per customer, totals, the reviewers', async () => {
    const sheet = await sheetOf(await renderStatementXlsx(sampleStatement(3)));
    const rows = rowValues(sheet);
    expect(sheet.name).toBe('客情费统计表');
    expect(rows[0]![0]).toBe('月客户采购及客情费统计表');
    expect(rows[1]![0]).toBe('华康医药有限公司　2025年9月');
    expect(rows[2]).toEqual(['办事处：郑州办事处', '销售代表：张伟', '统计月份：2025-09', '报送日期：2025-10-09', '状态：审核完成']);
    const header = rows.findIndex((r) => r?.[0] === '序号');
    expect(rows[header]).toEqual(['序号', '客户名称', '采购金额', '回款金额', '回款率', '客情费标准', '应付金额', '调整后金额', '调整原因']);
    // Money in yuan with two decimals, rates as fractions; the adjusted row carries its reason.
    expect(rows[header + 1]).toEqual(['1', '中牟县人民医院', 12345.67, 10000, 0.81, 300, 243, 243, '']);
    expect(rows[header + 2]).toEqual(['2', '巩义市康泰大药房 Kangtai Pharmacy', 12345.68, 10000, 0.81, 300, 243, 300, '院长年终联谊，经办事处经理同意按标准全额兑付']);
    expect(rows[header + 3]![4]).toBe('—');
    expect(rows[header + 4]).toEqual(['', '合计', 99999.99, 88888.88, 0.8888, 1800, 1500, 1600, '']);
    expect(sheet.getRow(header + 2).getCell(3).numFmt).toBe('"¥"#,##0.00');
    const foot = rows.slice(header + 5).filter(Boolean);
    expect(foot).toContainEqual(['', '销售文员', '签字：刘燕', '日期：2025-10-10']);
    expect(foot).toContainEqual(['', '销售部经理', '签字：赵刚', '日期：2025-10-11']);
    expect(foot).toContainEqual(['', '财务', '签字：未签', '日期：']);
  });
});
