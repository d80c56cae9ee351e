import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';

/*
 * Merging duplicate customers (issue "Customer archive", item 5). A merged customer's id answers
 * 404 CUSTOMER_MERGED with { mergedInto: { id, name } } (null when the survivor is out of the asker's scope).
 */

let t: TestApp;
let admin: string;
let rep: string; // 张伟, 郑州
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  rep = await t.login('zhangwei');
  for (const u of (await t.request('GET', '/api/users?limit=200', { cookie: admin })).json().items) ids.set(u.username, u.id);
});
afterAll(() => t.close());

interface Made {
  id: string;
  version: number;
}

async function customer(owner: string, body: Record<string, unknown>): Promise<Made> {
  const res = await t.request('POST', '/api/customers', { cookie: admin, body: { typeCode: 'village_clinic', ownerId: ids.get(owner), confirmNotDuplicate: true, ...body } });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id, version: res.json().version };
}

async function person(cookie: string, customerId: string, name: string): Promise<string> {
  const res = await t.request('POST', `/api/customers/${customerId}/contacts`, { cookie, body: { name, roles: ['purchaser'] } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const get = async (cookie: string, id: string) => (await t.request('GET', `/api/customers/${id}`, { cookie })).json();
const merge = (cookie: string, survivor: Made, other: Made, keep: Record<string, string> = {}) =>
  t.request('POST', `/api/customers/${survivor.id}/merge`, { cookie, body: { otherId: other.id, version: survivor.version, otherVersion: other.version, keep } });
const historyOf = async (cookie: string, id: string) => (await t.request('GET', `/api/customers/${id}/history`, { cookie })).json().items as {
  action: string;
  entityId: string;
  entityName: string | null;
  fromCustomerName: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}[];

describe('merging duplicate customers', () => {
  it('keeps the chosen values, unites phones and tags, and moves key people and history to the survivor', async () => {
    const a = await customer('zhangwei', {
      name: '合并测试甲村卫生室',
      phones: ['13800000001'],
      tags: ['重点'],
      preferences: '上午拜访',
      profile: { needs: '送货上门' },
      importantDates: [{ label: '院庆', date: '05-20' }],
    });
    const b = await customer('zhangwei', {
      name: '合并测试甲村卫生室（东）',
      address: '东街 1 号',
      status: 'active',
      phones: ['13800000002', '13800000001'],
      tags: ['新客户', '重点'],
      preferences: '院长不喝茶',
      profile: { needs: '月结', paymentMethod: '现金' },
      importantDates: [{ label: '院庆', date: '05-20' }, { label: '合同到期', date: '2026-12-31' }],
    });
    await person(rep, a.id, '甲方医生');
    await person(rep, b.id, '乙方院长');
    const bChanged = await t.request('PATCH', `/api/customers/${b.id}`, { cookie: rep, body: { version: b.version, sourceNote: '订货会认识' } });
    expect(bChanged.statusCode, bChanged.body).toBe(200);
    const aNow = await get(rep, a.id);
    const bNow = await get(rep, b.id);

    const res = await merge(rep, aNow, bNow, { status: 'other', preferences: 'other', 'profile.needs': 'this' });
    expect(res.statusCode, res.body).toBe(200);
    const merged = res.json();
    expect(merged).toMatchObject({
      id: a.id,
      name: '合并测试甲村卫生室',
      status: 'active',
      address: '东街 1 号',
      preferences: '院长不喝茶',
      sourceNote: '订货会认识',
      phones: ['13800000001', '13800000002'],
      tags: ['重点', '新客户'],
      profile: { needs: '送货上门', paymentMethod: '现金' },
      importantDates: [{ label: '院庆', date: '05-20' }, { label: '合同到期', date: '2026-12-31' }],
      version: aNow.version + 1,
      ownerName: '张伟',
    });
    expect(merged.contacts.map((c: { name: string }) => c.name).sort()).toEqual(['乙方院长', '甲方医生']);

    const history = await historyOf(rep, a.id);
    expect(history[0]).toMatchObject({ action: 'merge', entityId: a.id, fromCustomerName: null });
    const fields = history[0]!.changes.map((c) => c.field);
    expect(fields[0]).toBe('mergedFrom');
    expect(history[0]!.changes[0]!.after).toBe('合并测试甲村卫生室（东）');
    expect(fields).toEqual(expect.arrayContaining(['status', 'address', 'preferences', 'phones', 'tags', 'profile', 'importantDates', 'movedContacts']));
    expect(fields).not.toContain('name');
    expect(history[1]).toMatchObject({ action: 'merged_into', entityId: b.id, fromCustomerName: '合并测试甲村卫生室（东）', changes: [{ field: 'mergedInto', after: '合并测试甲村卫生室' }] });
    // The other customer's own entries came along, each saying where it came from.
    const fromB = history.filter((e) => e.entityId === b.id);
    expect(fromB.map((e) => e.action).sort()).toEqual(['create', 'merged_into', 'update']);
    expect(fromB.every((e) => e.fromCustomerName === '合并测试甲村卫生室（东）')).toBe(true);
    const personEntry = history.find((e) => e.entityName === '乙方院长');
    expect(personEntry?.action).toBe('create');
    expect(history.filter((e) => e.entityId === a.id).every((e) => e.fromCustomerName === null)).toBe(true);
  });

  it('hides the merged customer from every list; its id says where it went, and it cannot be restored', async () => {
    const a = await customer('zhangwei', { name: '合并测试乙药店' });
    const b = await customer('zhangwei', { name: '合并测试乙药店分店' });
    expect((await merge(admin, a, b)).statusCode).toBe(200);
    const manager = await t.login('zhouqiang');
    for (const query of ['', '&deleted=true']) {
      const list = (await t.request('GET', `/api/customers?limit=200&q=${encodeURIComponent('合并测试乙')}${query}`, { cookie: manager })).json();
      expect(list.items.map((c: { id: string }) => c.id)).not.toContain(b.id);
    }
    const opened = await t.request('GET', `/api/customers/${b.id}`, { cookie: rep });
    expect(opened.statusCode).toBe(404);
    expect(opened.json()).toMatchObject({ code: 'CUSTOMER_MERGED', message: '该客户已合并到另一个客户档案', mergedInto: { id: a.id, name: '合并测试乙药店' } });
    expect((await t.request('GET', `/api/customers/${b.id}/history`, { cookie: rep })).json().code).toBe('CUSTOMER_MERGED');
    const restore = await t.request('POST', `/api/customers/${b.id}/restore`, { cookie: manager });
    expect(restore.statusCode).toBe(409);
    expect(restore.json()).toMatchObject({ code: 'MERGED_NO_RESTORE', message: expect.stringContaining('不能恢复') });
    const [row] = await t.database.db.select().from(customers).where(eq(customers.id, b.id));
    expect(row).toMatchObject({ mergedInto: a.id });
    expect(row!.deletedAt).not.toBeNull();
    // Someone who cannot see the survivor learns only that it was merged.
    const otherOffice = await t.login('wujun');
    expect((await t.request('GET', `/api/customers/${b.id}`, { cookie: otherOffice })).json()).toMatchObject({ code: 'NOT_FOUND' });
    const moved = await customer('zhangwei', { name: '合并测试乙药店再合并' });
    const survivorNow = await get(admin, a.id);
    expect((await merge(admin, moved, survivorNow)).statusCode).toBe(200);
    // Merged twice (B into A, A into C): B's id leads to C.
    expect((await t.request('GET', `/api/customers/${b.id}`, { cookie: rep })).json().mergedInto).toEqual({ id: moved.id, name: '合并测试乙药店再合并' });
  });

  it('checks both versions and changes nothing on a conflict', async () => {
    const a = await customer('zhangwei', { name: '合并测试丙诊所', phones: ['13800000011'] });
    const b = await customer('zhangwei', { name: '合并测试丙诊所二部', phones: ['13800000012'] });
    const stale = await t.request('POST', `/api/customers/${a.id}/merge`, { cookie: rep, body: { otherId: b.id, version: a.version, otherVersion: b.version + 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const stale2 = await t.request('POST', `/api/customers/${a.id}/merge`, { cookie: rep, body: { otherId: b.id, version: a.version + 1, otherVersion: b.version } });
    expect(stale2.json().code).toBe('VERSION_CONFLICT');
    expect((await get(rep, a.id)).phones).toEqual(['13800000011']);
    expect((await get(rep, b.id)).deletedAt).toBeNull();
  });

  it('needs both customers in the actor’s scope (else 404) and the merge right (else 403)', async () => {
    const mine = await customer('zhangwei', { name: '合并测试丁卫生室' });
    const mine2 = await customer('zhangwei', { name: '合并测试丁卫生室分部' });
    const colleagues = await customer('lina', { name: '合并测试丁卫生室（李娜）' });
    const nanyang = await customer('chenjie', { name: '合并测试丁卫生室（南阳）' });
    expect((await merge(rep, mine, colleagues)).statusCode).toBe(404);
    expect((await merge(rep, colleagues, mine)).statusCode).toBe(404);
    const manager = await t.login('zhouqiang');
    expect((await merge(manager, mine, nanyang)).statusCode).toBe(404);
    expect((await merge(manager, nanyang, mine)).statusCode).toBe(404);
    const clerk = await t.login('liuyan');
    expect((await merge(clerk, mine, mine2)).statusCode).toBe(403);
    // Nothing moved by the refusals.
    expect((await get(admin, colleagues.id)).deletedAt).toBeNull();
    expect((await get(admin, nanyang.id)).deletedAt).toBeNull();
    // A manager merges across two reps of the office; the survivor keeps its owner.
    const res = await merge(manager, colleagues, mine);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ownerName).toBe('李娜');
  });

  it('refuses a merge with itself, with a deleted or merged customer, and a bad choice, saying why', async () => {
    const a = await customer('zhangwei', { name: '合并测试戊诊所' });
    const b = await customer('zhangwei', { name: '合并测试戊诊所旧档' });
    const self = await t.request('POST', `/api/customers/${a.id}/merge`, { cookie: rep, body: { otherId: a.id, version: a.version, otherVersion: a.version } });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ code: 'MERGE_SELF', fields: [{ field: 'otherId', message: expect.stringContaining('不能是当前客户自己') }] });

    const badKeep = await t.request('POST', `/api/customers/${a.id}/merge`, { cookie: rep, body: { otherId: b.id, version: a.version, otherVersion: b.version, keep: { name: 'both', ownerId: 'other' } } });
    expect(badKeep.statusCode).toBe(400);
    const messages = (badKeep.json().fields as { field: string; message: string }[]).map((f) => `${f.field} ${f.message}`).join('\n');
    expect(messages).toContain('keep.name');
    expect(messages).toContain('只能是 this');
    expect(messages).toContain('ownerId');

    const manager = await t.login('zhouqiang');
    expect((await t.request('DELETE', `/api/customers/${b.id}`, { cookie: manager })).statusCode).toBe(200);
    const deleted = await get(manager, b.id);
    const res = await merge(rep, a, deleted);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'MERGE_UNAVAILABLE', fields: [{ field: 'otherId' }] });
  });

  it('refuses a merge whose united phones would be too many, naming the field, and writes nothing', async () => {
    const phones = (from: number) => Array.from({ length: 6 }, (_, i) => `1380000${String(from + i).padStart(4, '0')}`);
    const a = await customer('zhangwei', { name: '合并测试己诊所', phones: phones(100) });
    const b = await customer('zhangwei', { name: '合并测试己诊所二', phones: phones(200) });
    const res = await merge(rep, a, b);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([expect.objectContaining({ field: 'phones', message: expect.stringContaining('电话') })]);
    expect((await get(rep, b.id)).deletedAt).toBeNull();
  });

  it('hands the external code over: the merged customer gives its code up, the survivor takes it when it has none', async () => {
    const a = await customer('zhangwei', { name: '合并测试庚药店' });
    const b = await customer('zhangwei', { name: '合并测试庚药店（ERP）' });
    await t.database.db.update(customers).set({ externalCode: 'ERP-MERGE-1' }).where(eq(customers.id, b.id));
    const res = await merge(rep, a, b);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().externalCode).toBe('ERP-MERGE-1');
    const [gone] = await t.database.db.select({ externalCode: customers.externalCode }).from(customers).where(eq(customers.id, b.id));
    expect(gone!.externalCode).toBeNull();
  });
});
