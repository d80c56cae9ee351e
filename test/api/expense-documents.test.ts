import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { septemberStatements, type ExpenseSetup } from '../helpers/expenses';

/*
 * The forms as files, within scope: 张伟's approved September 2025 statement as PDF and .xlsx with the three
 * reviewers' names and dates (刘燕, 赵刚, 孙丽 on 2025-10-10), and the month's new-customer special expense summary.
 */
let t: TestApp;
let s: ExpenseSetup;

async function rowsOf(payload: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  t = await startTestApp();
  s = await septemberStatements(t, { 'KQ-D': { priceFen: 100_000, standardFen: 12_345 } }, { zhangwei: [{ 'KQ-D': 2 }, { 'KQ-D': 1 }] }, ['zhangwei']);
});
afterAll(() => t.close());

describe('statement documents', () => {
  const url = (format: string) => `/api/expense-statements/${s.statementId.zhangwei}/document?format=${format}`;

  it('downloads the printable PDF with a Chinese file name, the embedded font and one page', async () => {
    const res = await t.request('GET', url('pdf'), { cookie: s.cookie.sunli });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('月客户采购及客情费统计表-2025-09-张伟.pdf')}`);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular-/);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('downloads the .xlsx with the rows, the totals and the three reviewers', async () => {
    const res = await t.request('GET', url('xlsx'), { cookie: s.cookie.zhangwei });
    expect(res.statusCode).toBe(200);
    const rows = await rowsOf(res.rawPayload);
    expect(rows[2]).toEqual(['办事处：郑州办事处', '销售代表：张伟', '统计月份：2025-09', '报送日期：2025-10-10', '状态：审核完成']);
    expect(rows).toContainEqual(['', '合计', 3000, 3000, 1, 370.35, 370.35, 370.35, '']);
    expect(rows).toContainEqual(['', '销售文员', '签字：刘燕', '日期：2025-10-10']);
    expect(rows).toContainEqual(['', '销售部经理', '签字：赵刚', '日期：2025-10-10']);
    expect(rows).toContainEqual(['', '财务', '签字：孙丽', '日期：2025-10-10']);
  });

  it('stays within scope and is written to the audit log', async () => {
    expect((await t.request('GET', url('pdf'), { cookie: s.cookie.chenjie })).statusCode).toBe(404);
    expect((await t.request('GET', url('xlsx'), { cookie: s.cookie.wujun })).statusCode).toBe(404);
    expect((await t.request('GET', url('pdf'), { cookie: s.cookie.zhouqiang })).statusCode).toBe(200);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'expense_statement.export'), eq(auditLog.targetId, s.statementId.zhangwei!)));
    expect(audit.map((a) => (a.after as { format: string }).format).sort()).toEqual(['pdf', 'pdf', 'xlsx']);
  });
});

describe('the new-customer special expense summary', () => {
  it('exports the month’s applications in scope as .xlsx', async () => {
    const customers = (await t.request('GET', '/api/customers?limit=50', { cookie: s.cookie.zhangwei })).json().items as { id: string }[];
    const fresh = customers.find((c) => !s.customers.zhangwei!.includes(c.id))!;
    const filed = await t.request('POST', '/api/expense-applications', { cookie: s.cookie.zhangwei, body: { customerId: fresh.id, usage: 'new_customer', amountFen: 88_800, reason: '开户前学术推广会' } });
    expect(filed.statusCode, filed.body).toBeLessThan(300);
    const res = await t.request('GET', '/api/expense-applications/summary/export?month=2025-10', { cookie: s.cookie.zhouqiang });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('月新客户特殊费用申请汇总表-2025-10.xlsx'));
    const rows = await rowsOf(res.rawPayload);
    expect(rows[0]![0]).toBe('月新客户特殊费用申请汇总表');
    expect(rows).toContainEqual(expect.arrayContaining(['1', '张伟', '郑州办事处', '争取新客户的特殊费用', 888, '2025-10-10', '开户前学术推广会', '待审批']));
    const other = await rowsOf((await t.request('GET', '/api/expense-applications/summary/export?month=2025-10', { cookie: s.cookie.chenjie })).rawPayload);
    expect(other).toContainEqual(['范围：数据范围内全部', '申请月份：2025-10', '申请份数：0', '其中已批准：¥0.00']);
  });
});
