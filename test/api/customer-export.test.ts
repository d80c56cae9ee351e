import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/customers/csv';
import { auditLog, customers } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { creditCodeFor, finishedImport, rowsOfXlsx, uploadFile, xlsxOf } from '../helpers/import-files';
import { demoOrgId } from '../helpers/lookup';

let t: TestApp;
let orgId: string;
let admin: string;
let manager: string; // 周强, 郑州
const PREFIX = '导出测试';
/** Every customer of this file has this tag; the exports filter on it (a list filter served by its own index). */
const TAG = '导出测试标签';
const ids = new Map<string, string>();

/** Customers made for this file: two of 张伟 and one of 李娜 (郑州), one of 陈杰 (南阳). */
beforeAll(async () => {
  t = await startTestApp();
  orgId = await demoOrgId(t.database.db);
  admin = await t.login('admin');
  manager = await t.login('zhouqiang');
  for (const u of (await t.request('GET', '/api/users?limit=200', { cookie: admin })).json().items) ids.set(u.username, u.id);
  const make = async (name: string, owner: string, extra: Record<string, unknown> = {}) => {
    const tags = [TAG, ...((extra.tags as string[] | undefined) ?? [])];
    const res = await t.request('POST', '/api/customers', { cookie: admin, body: { name: `${PREFIX}${name}`, typeCode: 'private_clinic', ownerId: ids.get(owner), confirmNotDuplicate: true, ...extra, tags } });
    expect(res.statusCode, res.body).toBe(201);
  };
  await make('甲诊所', 'zhangwei', {
    regionCode: '410122',
    phones: ['19200000001', '0371-62123456-8001'],
    creditCode: creditCodeFor('410122', 501),
    tags: ['重点', 'A类'],
    location: { lng: 113.98, lat: 34.72, datum: 'BD-09' },
    profile: { paymentMethod: '月结' },
    preferences: '=上午拜访',
    status: 'active',
    source: 'referral',
  });
  await make('乙诊所', 'zhangwei', { regionCode: '410122', phones: ['19200000002'] });
  await make('丙诊所', 'lina', { regionCode: '410102' });
  await make('丁诊所', 'chenjie', { regionCode: '411303' });
});
afterAll(() => t.close());

async function exportOf(cookie: string, query: string) {
  const res = await t.request('GET', `/api/customers/export?${query}`, { cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}
const tag = encodeURIComponent(TAG);

describe('exporting customers', () => {
  it('gives the filtered list within the scope as .xlsx, with the headers the import recognises', async () => {
    const res = await exportOf(manager, `tag=${tag}`);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="customers-\d{8}-\d{4}\.xlsx"; filename\*=UTF-8''%E5%AE%A2%E6%88%B7-/);
    const [headers, ...rows] = await rowsOfXlsx(res.rawPayload);
    expect(headers!.slice(0, 5)).toEqual(['系统编号', '客户名称', '客户类型', '所在地区', '地区代码']);
    const cell = (row: string[], header: string) => row[headers!.indexOf(header)];
    // 郑州's three, not 南阳's 丁诊所; in the list's order (by name).
    expect(rows.map((r) => cell(r, '客户名称'))).toEqual([`${PREFIX}丙诊所`, `${PREFIX}乙诊所`, `${PREFIX}甲诊所`]);
    const first = rows.find((r) => cell(r, '客户名称') === `${PREFIX}甲诊所`)!;
    expect([cell(first, '客户类型'), cell(first, '所在地区'), cell(first, '电话'), cell(first, '负责人'), cell(first, '办事处'), cell(first, '客户状态'), cell(first, '标签')]).toEqual([
      '个体诊所', '河南省 郑州市 中牟县', '19200000001、0371-62123456-8001', '张伟', '郑州办事处', '合作', `${TAG}、重点、A类`,
    ]);
  });

  it('gives a rep their own customers only, and applies the same filters as the list', async () => {
    const rep = await t.login('zhangwei');
    const res = await exportOf(rep, `tag=${tag}&format=csv`);
    const records = parseCsv(res.body.replace(/^\uFEFF/, ''));
    const [headers, ...rows] = records;
    expect(rows.map((r) => r[headers!.indexOf('客户名称')])).toEqual([`${PREFIX}乙诊所`, `${PREFIX}甲诊所`]);
    const byRegion = parseCsv((await exportOf(rep, `tag=${tag}&format=csv&regionCode=410122&status=active`)).body.replace(/^\uFEFF/, ''));
    expect(byRegion.slice(1).map((r) => r[1])).toEqual([`${PREFIX}甲诊所`]);
  });

  it('writes CSV in UTF-8 with a BOM, quoting and escaping cells so that Excel shows them as text', async () => {
    const res = await exportOf(manager, `tag=${tag}&format=csv`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(res.body).toContain("'=上午拜访");
    expect(res.body.split('\r\n')[0]).toMatch(/^\uFEFF系统编号,客户名称,客户类型,所在地区,地区代码,/);
  });

  it('writes an audit row with the filters and the number of customers', async () => {
    await exportOf(manager, `tag=${tag}&format=csv&status=active`);
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'customer.export')));
    expect(rows.map((r) => r.after)).toContainEqual({ format: 'csv', filters: expect.objectContaining({ tag: TAG, status: 'active', sort: 'name' }), rows: 1, complete: true });
  });

  it('is refused for an unknown format and reaches no other organisation', async () => {
    expect((await t.request('GET', '/api/customers/export?format=pdf', { cookie: manager })).statusCode).toBe(400);
    expect((await t.request('GET', '/api/customers/export', {})).statusCode).toBe(401);
  });
});

describe('export → import round trip', () => {
  it("carries the administrator's custom fields by their labels", async () => {
    const made = await t.request('POST', '/api/customers', {
      cookie: admin,
      body: { name: `${PREFIX}县医院`, typeCode: 'county_hospital', ownerId: ids.get('lina'), tags: ['导出测试医院'], custom: { beds: 420, hospital_grade: 'grade_2' }, confirmNotDuplicate: true },
    });
    expect(made.statusCode, made.body).toBe(201);
    const exported = (await exportOf(manager, `tag=${encodeURIComponent('导出测试医院')}`)).rawPayload;
    const [headers, row] = await rowsOfXlsx(exported);
    expect(headers!.slice(-3)).toEqual(['床位数', '医院等级', '是否医保定点']);
    expect(['床位数', '医院等级', '是否医保定点'].map((h) => row![headers!.indexOf(h)] ?? '')).toEqual(['420', '二级', '']);
    await uploadFile(t, manager, '医院.xlsx', exported);
    const current = (await t.request('GET', '/api/customer-imports/current', { cookie: manager })).json().import;
    await t.request('POST', '/api/customer-imports/current/check', { cookie: manager, body: { mapping: current.mapping } });
    expect((await finishedImport(t, manager)).summary).toEqual({ create: 0, update: 0, unchanged: 1, problemRows: 0 });
  });

  it('an exported file imports as updates of the same customers, never as new ones', async () => {
    const exported = (await exportOf(manager, `tag=${tag}`)).rawPayload;
    const before = await t.database.db.select({ id: customers.id, version: customers.version }).from(customers).where(and(eq(customers.orgId, orgId), like(customers.name, `${PREFIX}%`)));

    expect((await uploadFile(t, manager, '导出.xlsx', exported)).statusCode).toBe(201);
    const current = (await t.request('GET', '/api/customer-imports/current', { cookie: manager })).json().import;
    expect(Object.values(current.mapping).every((f) => f !== null)).toBe(true);
    expect((await t.request('POST', '/api/customer-imports/current/check', { cookie: manager, body: { mapping: current.mapping } })).statusCode).toBe(202);
    const checkedOnce = await finishedImport(t, manager);
    expect(checkedOnce.summary, JSON.stringify(checkedOnce)).toEqual({ create: 0, update: 0, unchanged: 3, problemRows: 0 });

    // Change one cell of the exported file and import it.
    const [headers, ...rows] = await rowsOfXlsx(exported);
    const row = rows.find((r) => r[headers!.indexOf('客户名称')] === `${PREFIX}乙诊所`)!;
    row[headers!.indexOf('偏好与习惯')] = '周三下午拜访';
    row[headers!.indexOf('客户名称')] = `${PREFIX}乙诊所（新名）`;
    await uploadFile(t, manager, '导出（改）.xlsx', await xlsxOf([headers!, ...rows]));
    expect((await t.request('POST', '/api/customer-imports/current/import', { cookie: manager, body: { mapping: current.mapping } })).statusCode).toBe(202);
    const done = await finishedImport(t, manager);
    expect(done).toMatchObject({ status: 'imported', summary: { create: 0, update: 1, unchanged: 2 } });

    const after = await t.database.db.select({ id: customers.id, name: customers.name, version: customers.version, preferences: customers.preferences }).from(customers).where(and(eq(customers.orgId, orgId), like(customers.name, `${PREFIX}%`)));
    expect(after).toHaveLength(before.length);
    const renamed = after.find((c) => c.name === `${PREFIX}乙诊所（新名）`)!;
    expect(renamed.preferences).toBe('周三下午拜访');
    expect(renamed.version).toBe(before.find((c) => c.id === renamed.id)!.version + 1);
  });

  it('a CSV export comes back the same way', async () => {
    const csv = (await exportOf(manager, `tag=${tag}&format=csv`)).rawPayload;
    await uploadFile(t, manager, '导出.csv', csv);
    const current = (await t.request('GET', '/api/customer-imports/current', { cookie: manager })).json().import;
    await t.request('POST', '/api/customer-imports/current/check', { cookie: manager, body: { mapping: current.mapping } });
    expect((await finishedImport(t, manager)).summary).toEqual({ create: 0, update: 0, unchanged: 3, problemRows: 0 });
  });
});
