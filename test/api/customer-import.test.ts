import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, customerHistory, customers } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { creditCodeFor, finishedImport, uploadFile, xlsxOf } from '../helpers/import-files';
import { demoOrgId } from '../helpers/lookup';
import { readSheet } from '../../src/server/modules/imports/import-file';

let t: TestApp;
let orgId: string;
let manager: string; // 周强, 郑州办事处经理
let nanyangManager: string; // 吴军, 南阳办事处经理
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  orgId = await demoOrgId(t.database.db);
  [manager, nanyangManager, admin] = await t.logins('zhouqiang', 'wujun', 'admin');
});
afterAll(() => t.close());

const HEADERS = ['客户名称', '客户类型', '所在地区', '电话', '统一社会信用代码', '负责人', '付款方式'];

/** Customers of this file by name prefix, deleted ones included. */
async function stored(prefix: string) {
  return t.database.db
    .select({ id: customers.id, name: customers.name, version: customers.version, ownerId: customers.ownerId, phones: customers.phones, profile: customers.profile })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), like(customers.name, `${prefix}%`)));
}

async function check(cookie: string, mapping?: Record<string, string | null>) {
  const current = (await t.request('GET', '/api/customer-imports/current', { cookie })).json().import;
  const res = await t.request('POST', '/api/customer-imports/current/check', { cookie, body: { mapping: mapping ?? current.mapping } });
  expect(res.statusCode, res.body).toBe(202);
  return finishedImport(t, cookie);
}

async function runImport(cookie: string) {
  const res = await t.request('POST', '/api/customer-imports/current/import', { cookie, body: {} });
  expect(res.statusCode, res.body).toBe(202);
  return finishedImport(t, cookie);
}

describe('uploading a file', () => {
  it('reads an .xlsx file: headers, the first rows and the suggested column mapping', async () => {
    const file = await xlsxOf([['2026 年新客户'], ['单位名称', '客户类别', '联系电话', '备注'], ['上传测试甲村卫生室', '村卫生室', '19100000001', '老客户介绍'], [null], ['上传测试乙村卫生室', '村卫生室', '19100000002', '']]);
    const res = await uploadFile(t, manager, '新客户.xlsx', file);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      fileName: '新客户.xlsx',
      status: 'uploaded',
      rowCount: 2,
      headers: ['单位名称', '客户类别', '联系电话', '备注'],
      mapping: { 单位名称: 'name', 客户类别: 'type', 联系电话: 'phones', 备注: null },
      sample: [['上传测试甲村卫生室', '村卫生室', '19100000001', '老客户介绍'], ['上传测试乙村卫生室', '村卫生室', '19100000002', '']],
    });
    expect(res.json().targets).toContainEqual({ value: 'name', zh: '客户名称', en: 'Customer name', required: true });
  });

  it('reads a CSV file saved by Excel on a Chinese Windows (GBK), and one in UTF-8 with a BOM', async () => {
    // 客户名称,客户类型\r\n"上传测试,丙",村卫生室 in GBK.
    const gbk = Buffer.from('bfcdbba7c3fbb3c62cbfcdbba7c0e0d0cd0d0a22c9cfb4abb2e2cad42cb1fb222cb4e5cec0c9facad2', 'hex');
    const res = await uploadFile(t, manager, 'gbk.csv', gbk, 'text/csv');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ headers: ['客户名称', '客户类型'], sample: [['上传测试,丙', '村卫生室']], mapping: { 客户名称: 'name', 客户类型: 'type' } });
    const utf8 = Buffer.from('\uFEFF客户名称,客户类型,地址\r\n上传测试丁,村卫生室,"金水路 1 号\n3 楼"\r\n');
    expect((await uploadFile(t, manager, 'utf8.csv', utf8)).json().sample).toEqual([['上传测试丁', '村卫生室', '金水路 1 号\n3 楼']]);
  });

  it('reads Chinese text intact in a large .xlsx file (a character can fall between two chunks of the zip stream)', async () => {
    const rows = Array.from({ length: 5000 }, (_, n) => [`长文本测试${n}号个体诊所`, '个体诊所']);
    const read = await readSheet('xlsx', await xlsxOf([['客户名称', '客户类型'], ...rows]));
    expect(read.slice(1).map((r) => r.cells)).toEqual(rows);
  });

  it('refuses, naming the file and the reason: no file, a wrong type, an old .xls, an empty file, no header row, repeated headers', async () => {
    const reasonOf = (res: { statusCode: number; json: () => { code: string; fields?: { field: string; message: string }[] } }) => {
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('IMPORT_FILE_INVALID');
      return res.json().fields![0]!;
    };
    expect(reasonOf(await t.request('POST', '/api/customer-imports', { cookie: manager, body: {} }))).toEqual({ field: 'file', message: '文件：请选择要上传的文件', message_en: 'File: choose a file to upload' });
    expect(reasonOf(await uploadFile(t, manager, '客户.pdf', Buffer.from('%PDF-1.4'))).message).toBe('文件：只能上传 .xlsx 或 .csv 文件');
    expect(reasonOf(await uploadFile(t, manager, '客户.xls', Buffer.from('d0cf11e0a1b11ae1', 'hex'))).message).toMatch(/旧版 Excel（\.xls）/);
    expect(reasonOf(await uploadFile(t, manager, '空.csv', Buffer.alloc(0))).message).toBe('文件：文件是空的');
    expect(reasonOf(await uploadFile(t, manager, '空.xlsx', await xlsxOf([[]]))).message).toBe('文件：文件是空的，没有找到任何内容');
    expect(reasonOf(await uploadFile(t, manager, '无表头.csv', Buffer.from('某村卫生室,村卫生室,19100000009\n'))).message).toMatch(/^文件：第 1 行应为列名/);
    expect(reasonOf(await uploadFile(t, manager, '重复.csv', Buffer.from('客户名称,电话,电话\n甲,1,2\n'))).message).toBe('文件：列名重复：“电话”出现在 B、C 列；请改名或删除多余的一列');
    expect(reasonOf(await uploadFile(t, manager, '太大.csv', Buffer.alloc(31 * 1024 * 1024, 0x61))).message).toBe('文件：不能超过 30 MB；请分成几个文件导入');
  });

  it('is refused to a rep, who may not import (403), on every import route', async () => {
    const rep = await t.login('zhangwei');
    expect((await uploadFile(t, rep, 'a.csv', Buffer.from('客户名称,客户类型\n甲,村卫生室\n'))).statusCode).toBe(403);
    for (const [method, url] of [['GET', '/api/customer-imports/current'], ['POST', '/api/customer-imports/current/check'], ['POST', '/api/customer-imports/current/import'], ['GET', '/api/customer-imports/template'], ['GET', '/api/customer-imports/current/problems']] as const) {
      expect((await t.request(method, url, { cookie: rep, body: method === 'POST' ? { mapping: {} } : undefined })).statusCode, url).toBe(403);
    }
  });
});

describe('mapping, checking and importing', () => {
  const PREFIX = '导入测试';
  const good = (n: number) => [`${PREFIX}${n}号村卫生室`, '村卫生室', '河南省 郑州市 中牟县', `1910000${String(n).padStart(4, '0')}`, creditCodeFor('410122', n), '张伟', '月结'];

  it('refuses a mapping without the required columns, or with a field in two columns', async () => {
    await uploadFile(t, manager, 'map.xlsx', await xlsxOf([HEADERS, good(90)]));
    const noType = await t.request('POST', '/api/customer-imports/current/check', { cookie: manager, body: { mapping: { 客户名称: 'name', 客户类型: null } } });
    expect(noType.statusCode).toBe(400);
    expect(noType.json().fields).toEqual([{ field: 'mapping', message: '请指定哪一列是“客户类型”（必填）', message_en: 'choose the column that holds "Customer type" (required)' }]);
    const twice = await t.request('POST', '/api/customer-imports/current/check', { cookie: manager, body: { mapping: { 客户名称: 'name', 客户类型: 'type', 付款方式: 'name' } } });
    expect(twice.json().fields).toEqual([
      { field: 'mapping.付款方式', message: '付款方式：“客户名称”和“付款方式”都对应到“客户名称”，一个字段只能对应一列', message_en: expect.any(String) },
    ]);
  });

  it('a dry run lists every problem by row, column and reason, classifies the rows and writes nothing', async () => {
    const rows = [HEADERS, good(1), good(2), [`${PREFIX}3号村卫生室`, '社区医院', '河南省 郑州市 中牟县', '12345', '', '张伟', ''], good(4), good(1)];
    expect((await uploadFile(t, manager, '有问题.xlsx', await xlsxOf(rows))).statusCode).toBe(201);
    const checked = await check(manager);
    expect(checked.status).toBe('checked');
    expect(checked.problems.map((p: { row: number; column: string; reason_zh: string }) => `${p.row} ${p.column}: ${p.reason_zh}`)).toEqual([
      '4 客户类型: 客户类型“社区医院”不存在，可选：县级医院、县中医院、乡镇卫生院、村卫生室、个体诊所、村镇药店、经销商/商业公司、商超/KA、甲方、总包、安装公司',
      '4 电话: “12345”：手机号应为 11 位，以 13–19 开头',
      '6 统一社会信用代码: 与第 2 行重复（信用代码相同）',
    ]);
    expect(checked.problems[0].reason_en).toMatch(/^Customer type "社区医院" does not exist/);
    expect(checked.summary).toEqual({ create: 3, update: 0, unchanged: 0, problemRows: 2 });
    expect(checked.outcomes.map((o: { row: number; action: string }) => `${o.row} ${o.action}`)).toEqual(['2 create', '3 create', '5 create']);
    expect(await stored(PREFIX)).toEqual([]);

    const report = await t.request('GET', '/api/customer-imports/current/problems', { cookie: manager });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-disposition']).toContain("filename*=UTF-8''%E6%9C%89%E9%97%AE%E9%A2%98-%E9%97%AE%E9%A2%98%E6%B8%85%E5%8D%95.xlsx");
  });

  it('an import with one bad row is refused whole: nothing is written and the problems are listed', async () => {
    const rows = [HEADERS, good(1), good(2), [`${PREFIX}3号村卫生室`, '村卫生室', '河南省 郑州市 花果山区', '', '', '', '']];
    await uploadFile(t, manager, '一行有错.xlsx', await xlsxOf(rows));
    const done = await runImport(manager);
    expect(done.status).toBe('failed');
    expect(done.problems).toEqual([{ row: 4, column: '所在地区', reason_zh: '找不到区县“花果山区”', reason_en: 'no county called "花果山区"' }]);
    expect(await stored(PREFIX)).toEqual([]);
  });

  it('a clean file imports: customers created in the office, owned as written, with a create history and an audit row', async () => {
    await uploadFile(t, manager, '新客户.xlsx', await xlsxOf([HEADERS, good(1), good(2), good(3)]));
    const checked = await check(manager);
    expect(checked.summary).toEqual({ create: 3, update: 0, unchanged: 0, problemRows: 0 });
    const done = await runImport(manager);
    expect(done).toMatchObject({ status: 'imported', summary: { create: 3, update: 0, unchanged: 0, problemRows: 0 }, problems: [] });
    const made = (await stored(PREFIX)).sort((a, b) => a.name.localeCompare(b.name));
    const views = await Promise.all(made.map(async (c) => (await t.request('GET', `/api/customers/${c.id}`, { cookie: manager })).json()));
    expect(views.map((c: { name: string; ownerName: string; officeName: string; regionCode: string }) => [c.name, c.ownerName, c.officeName, c.regionCode])).toEqual([
      [`${PREFIX}1号村卫生室`, '张伟', '郑州办事处', '410122'],
      [`${PREFIX}2号村卫生室`, '张伟', '郑州办事处', '410122'],
      [`${PREFIX}3号村卫生室`, '张伟', '郑州办事处', '410122'],
    ]);
    const [first] = views;
    const history = (await t.request('GET', `/api/customers/${first.id}/history`, { cookie: manager })).json().items;
    expect(history).toEqual([expect.objectContaining({ action: 'create', actorName: '周强' })]);
    expect(history[0].changes.map((c: { field: string }) => c.field)).toEqual(expect.arrayContaining(['name', 'typeCode', 'regionCode', 'phones', 'creditCode', 'ownerId', 'profile']));
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'customer.import')));
    expect(audits.map((a) => a.after)).toContainEqual(expect.objectContaining({ fileName: '新客户.xlsx', rows: 3, created: 3, updated: 0 }));
    // The file is done with: it cannot be imported twice by mistake.
    expect((await t.request('POST', '/api/customer-imports/current/import', { cookie: manager, body: {} })).json().code).toBe('IMPORT_DONE');
  });

  it('importing the same file again updates instead of duplicating; changed cells are written with history and a new version', async () => {
    const before = await stored(PREFIX);
    await uploadFile(t, manager, '新客户.xlsx', await xlsxOf([HEADERS, good(1), good(2), good(3)]));
    expect((await check(manager)).summary).toEqual({ create: 0, update: 0, unchanged: 3, problemRows: 0 });

    const changed = good(2);
    changed[3] = '19100000002、0371-62123456';
    changed[5] = '李娜';
    changed[6] = '现结';
    await uploadFile(t, manager, '新客户（改）.xlsx', await xlsxOf([HEADERS, good(1), changed, good(3)]));
    const checked = await check(manager);
    expect(checked.summary).toEqual({ create: 0, update: 1, unchanged: 2, problemRows: 0 });
    expect(checked.outcomes.find((o: { row: number }) => o.row === 3)).toEqual({ row: 3, action: 'update', name: `${PREFIX}2号村卫生室`, changes: ['ownerId', 'phones', 'profile'] });
    expect((await runImport(manager)).summary).toMatchObject({ create: 0, update: 1, unchanged: 2 });

    const after = await stored(PREFIX);
    expect(after).toHaveLength(3);
    const two = after.find((c) => c.name === `${PREFIX}2号村卫生室`)!;
    expect(two.version).toBe(before.find((c) => c.id === two.id)!.version + 1);
    expect(two.phones).toEqual(['19100000002', '0371-62123456']);
    expect(two.profile).toMatchObject({ paymentMethod: '现结' });
    const [entry] = (await t.request('GET', `/api/customers/${two.id}/history`, { cookie: manager })).json().items;
    expect(entry).toMatchObject({ action: 'update', actorName: '周强' });
    expect(entry.changes.map((c: { field: string }) => c.field)).toEqual(['ownerId', 'phones', 'profile']);
    const untouched = after.find((c) => c.name === `${PREFIX}1号村卫生室`)!;
    expect(untouched.version).toBe(before.find((c) => c.id === untouched.id)!.version);
  });

  it('keeps what a re-imported row leaves blank', async () => {
    await uploadFile(t, manager, '只改电话.csv', Buffer.from(`客户名称,客户类型,所在地区,付款方式\n${PREFIX}1号村卫生室,村卫生室,河南省郑州市中牟县,\n`));
    const done = (await check(manager), await runImport(manager));
    expect(done.summary).toMatchObject({ unchanged: 1 });
    const one = (await stored(`${PREFIX}1号`))[0]!;
    expect(one.profile).toMatchObject({ paymentMethod: '月结' });
  });
});

describe('data scope', () => {
  const PREFIX = '范围测试';

  it("an office manager cannot update another office's customer through an import, and is told whom to ask", async () => {
    await uploadFile(t, nanyangManager, '南阳.csv', Buffer.from(`客户名称,客户类型,所在地区,统一社会信用代码\n${PREFIX}南阳诊所,个体诊所,河南省 南阳市 卧龙区,${creditCodeFor('411303', 1)}\n`));
    expect((await runImport(nanyangManager)).status).toBe('imported');
    const [theirs] = await stored(PREFIX);

    await uploadFile(t, manager, '越界.csv', Buffer.from(`客户名称,客户类型,统一社会信用代码,偏好与习惯\n${PREFIX}改名,个体诊所,${creditCodeFor('411303', 1)},想改掉\n`));
    const checked = await check(manager);
    expect(checked.problems).toEqual([
      {
        row: 2,
        column: '统一社会信用代码',
        reason_zh: '与已有客户重复（信用代码相同），但该客户不在您的数据范围内，请联系南阳办事处的吴军处理',
        reason_en: 'matches an existing customer (same credit code) outside your data scope; ask 吴军 at 南阳办事处',
      },
    ]);
    expect((await runImport(manager)).status).toBe('failed');
    const [still] = await stored(PREFIX);
    expect(still).toMatchObject({ id: theirs!.id, name: `${PREFIX}南阳诊所`, version: theirs!.version });
  });

  it("an office manager imports into their own office only, with owners of that office", async () => {
    await uploadFile(t, manager, '别处.csv', Buffer.from(`客户名称,客户类型,办事处,负责人\n${PREFIX}甲,个体诊所,南阳办事处,\n${PREFIX}乙,个体诊所,,陈杰\n`));
    const checked = await check(manager);
    expect(checked.problems.map((p: { row: number; column: string; reason_zh: string }) => `${p.row} ${p.column}: ${p.reason_zh}`)).toEqual([
      '2 办事处: 只能导入到您所在的办事处（郑州办事处）',
      '3 负责人: 负责人必须是客户所属办事处在职的销售代表或办事处经理',
    ]);
  });

  it('an organisation-wide importer places each customer by its office or its owner', async () => {
    await uploadFile(t, admin, '全公司.csv', Buffer.from(`客户名称,客户类型,办事处,负责人\n${PREFIX}丙,个体诊所,襄阳办事处,\n${PREFIX}丁,个体诊所,,陈杰\n${PREFIX}戊,个体诊所,,\n`));
    const checked = await check(admin);
    expect(checked.problems.map((p: { row: number; column: string; reason_zh: string }) => `${p.row} ${p.column}: ${p.reason_zh}`)).toEqual([
      '4 办事处: 请填写办事处，或填写负责人（客户归入负责人所在的办事处）',
    ]);
    expect(checked.summary).toMatchObject({ create: 2, problemRows: 1 });
  });

  it('imports of one person are not another\'s: each sees only their own current import', async () => {
    const other = await t.login('zhaogang');
    expect((await t.request('GET', '/api/customer-imports/current', { cookie: other })).json()).toEqual({ import: null });
    expect((await t.request('POST', '/api/customer-imports/current/import', { cookie: other, body: {} })).json().code).toBe('IMPORT_NONE');
  });
});

describe("the administrator's custom fields", () => {
  const PREFIX = '自定义字段测试';
  const HEAD = ['客户名称', '客户类型', '所在地区', '床位数', '医院等级'];

  it('are mapped by their labels, checked for the type, written with history, and updated like the others', async () => {
    await uploadFile(t, manager, '医院.csv', Buffer.from(`${HEAD.join(',')}\n${PREFIX}县医院,县级医院,河南省 郑州市 中牟县,300,四级\n${PREFIX}卫生室,村卫生室,河南省 郑州市 中牟县,20,\n`));
    const current = (await t.request('GET', '/api/customer-imports/current', { cookie: manager })).json().import;
    expect(current.mapping).toMatchObject({ 床位数: 'custom:beds', 医院等级: 'custom:hospital_grade' });
    expect(current.targets).toContainEqual({ value: 'custom:beds', zh: '床位数', en: 'Beds', required: false });
    const checked = await check(manager);
    expect(checked.problems.map((p: { row: number; column: string; reason_zh: string }) => `${p.row} ${p.column}: ${p.reason_zh}`)).toEqual([
      '2 医院等级: 只能是以下选项之一：一级（grade_1）、二级（grade_2）、三级（grade_3）',
      '3 床位数: 属于其他客户类型，不适用于此客户；更改客户类型时请同时清除此值（设为 null）',
    ]);

    await uploadFile(t, manager, '医院.csv', Buffer.from(`${HEAD.join(',')}\n${PREFIX}县医院,县级医院,河南省 郑州市 中牟县,300,二级\n`));
    expect((await runImport(manager)).summary).toMatchObject({ create: 1 });
    const [made] = await t.database.db.select({ id: customers.id, custom: customers.custom }).from(customers).where(and(eq(customers.orgId, orgId), eq(customers.name, `${PREFIX}县医院`)));
    expect(made!.custom).toEqual({ beds: 300, hospital_grade: 'grade_2' });

    await uploadFile(t, manager, '医院（改）.csv', Buffer.from(`${HEAD.join(',')}\n${PREFIX}县医院,县级医院,河南省 郑州市 中牟县,320,\n`));
    const again = await check(manager);
    expect(again.outcomes).toEqual([{ row: 2, action: 'update', name: `${PREFIX}县医院`, changes: ['床位数'] }]);
    await runImport(manager);
    const [entry] = (await t.request('GET', `/api/customers/${made!.id}/history`, { cookie: manager })).json().items;
    expect(entry.changes).toEqual([{ field: 'custom.beds', before: 300, after: 320 }]);
  });
});

describe('the template', () => {
  it('is an .xlsx file with the headers the import recognises', async () => {
    const res = await t.request('GET', '/api/customer-imports/template', { cookie: manager });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const uploaded = await uploadFile(t, manager, 'template.xlsx', res.rawPayload);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(Object.values(uploaded.json().mapping).every((f) => f !== null)).toBe(true);
    expect(uploaded.json().headers.slice(-3)).toEqual(['床位数', '医院等级', '是否医保定点']);
    expect(uploaded.json().sample[0][0]).toMatch(/^示例/);
  });
});

describe('history of imported customers', () => {
  it('records one entry per customer, in the customer history table', async () => {
    const ids = (await stored('导入测试')).map((c) => c.id);
    const entries = await t.database.db.select({ customerId: customerHistory.customerId, action: customerHistory.action }).from(customerHistory).where(eq(customerHistory.orgId, orgId));
    for (const id of ids) expect(entries.filter((e) => e.customerId === id).map((e) => e.action).sort()[0]).toBe('create');
  });
});
