import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderLedgerXlsx, type LedgerLine } from './ledger-xlsx';
import { renderSpecialApplicationsXlsx } from './special-applications-xlsx';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

const values = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('new-customer special expense summary xlsx', () => {
  it('lists every application of the month with the total and the approved total', async () => {
    const line = { repName: '张伟', officeName: '郑州办事处', usageLabel: '争取新客户的特殊费用', reason: '开户前学术推广会', filedOn: '2025-09-03', decidedByName: '赵刚', decidedOn: '2025-09-04' };
    const book = await load(
      await renderSpecialApplicationsXlsx({
        orgName: '华康医药有限公司',
        month: '2025-09',
        scopeLabel: '张伟（郑州办事处）',
        lines: [
          { ...line, customerName: '新郑市龙湖镇卫生院', amountFen: 50_000, statusLabel: '已批准', approved: true },
          { ...line, customerName: '登封市中医院', amountFen: 12_345, statusLabel: '待审批', approved: false, decidedByName: null, decidedOn: null },
        ],
        printedAt: '2025-10-20 09:30',
      }),
    );
    const rows = values(book.worksheets[0]!);
    expect(rows[0]![0]).toBe('月新客户特殊费用申请汇总表');
    expect(rows[2]).toEqual(['范围：张伟（郑州办事处）', '申请月份：2025-09', '申请份数：2', '其中已批准：¥500.00']);
    expect(rows).toContainEqual(['1', '新郑市龙湖镇卫生院', '张伟', '郑州办事处', '争取新客户的特殊费用', 500, '2025-09-03', '开户前学术推广会', '已批准', '赵刚', '2025-09-04']);
    expect(rows).toContainEqual(['', '合计', '', '', '', 623.45, '', '', '', '', '']);
  });
});

describe('ledger xlsx', () => {
  it('has a sheet per grouping with the account names, balances and totals, and the periods with opening and closing', async () => {
    const line = (over: Partial<LedgerLine>): LedgerLine => ({ period: null, officeName: null, repName: null, account: null, accruedFen: 0, paidFen: 0, balanceFen: 0, ...over });
    const a = line({ account: '客户关系维护费——复方丹参片', accruedFen: 30_000, paidFen: 10_000, balanceFen: 20_000 });
    const book = await load(
      await renderLedgerXlsx({
        orgName: '华康医药有限公司',
        from: '2025-08',
        to: '2025-09',
        scopeLabel: '全公司',
        byAccount: [a],
        byOffice: [line({ officeName: '郑州办事处', accruedFen: 30_000, paidFen: 10_000, balanceFen: 20_000 })],
        byRep: [line({ repName: '张伟', officeName: '郑州办事处', accruedFen: 30_000, paidFen: 10_000, balanceFen: 20_000 })],
        byPeriod: [
          { period: '2025-08', openingFen: 0, accruedFen: 10_000, paidFen: 0, closingFen: 10_000 },
          { period: '2025-09', openingFen: 10_000, accruedFen: 20_000, paidFen: 10_000, closingFen: 20_000 },
        ],
        detail: [{ ...a, period: '2025-09', officeName: '郑州办事处', repName: '张伟' }],
        total: line({ accruedFen: 30_000, paidFen: 10_000, balanceFen: 20_000 }),
        printedAt: '2025-10-20 09:30',
      }),
    );
    expect(book.worksheets.map((s) => s.name)).toEqual(['按科目', '按办事处', '按销售代表', '按期间', '明细']);
    expect(values(book.getWorksheet('按科目')!)).toContainEqual(['客户关系维护费——复方丹参片', 300, 100, 200]);
    expect(values(book.getWorksheet('按科目')!)).toContainEqual(['合计', 300, 100, 200]);
    expect(values(book.getWorksheet('按期间')!)).toContainEqual(['2025-09', 100, 200, 100, 200]);
    expect(values(book.getWorksheet('明细')!)).toContainEqual(['2025-09', '郑州办事处', '张伟', '客户关系维护费——复方丹参片', 300, 100, 200]);
  });
});
