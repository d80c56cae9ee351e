import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let admin: string;
let manager: string; // 周强, 郑州
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  manager = await t.login('zhouqiang');
  for (const u of (await t.request('GET', '/api/users?limit=200', { cookie: admin })).json().items) ids.set(u.username, u.id);
});
afterAll(() => t.close());

async function customerOf(owner: string, name: string): Promise<string> {
  const res = await t.request('POST', '/api/customers', { cookie: admin, body: { name, typeCode: 'village_clinic', ownerId: ids.get(owner), confirmNotDuplicate: true } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const owned = async (cookie: string, query: string) =>
  (await t.request('GET', `/api/customers?limit=200&${query}`, { cookie })).json().items as { id: string; ownerName: string | null }[];

describe('orphan customers (认养"孤儿")', () => {
  it('a rep who is disabled leaves their customers in the office pool, with the move in each history', async () => {
    const a = await customerOf('liuyang', '孤儿测试甲村卫生室');
    const b = await customerOf('liuyang', '孤儿测试乙村卫生室');
    expect((await t.request('POST', `/api/users/${ids.get('liuyang')}/deactivate`, { cookie: admin })).statusCode).toBe(200);
    const pool = (await owned(manager, `unassigned=true&q=${encodeURIComponent('孤儿测试')}`)).map((c) => c.id).sort();
    expect(pool).toEqual([a, b].sort());
    const [entry] = (await t.request('GET', `/api/customers/${a}/history`, { cookie: manager })).json().items;
    expect(entry).toMatchObject({ action: 'release', actorName: '陈静', changes: [{ field: 'ownerId', before: ids.get('liuyang'), after: null }] });
  });

  it('the office manager hands them on in bulk', async () => {
    const pool = (await owned(manager, `unassigned=true&q=${encodeURIComponent('孤儿测试')}`)).map((c) => c.id);
    const res = await t.request('POST', '/api/customers/reassign', { cookie: manager, body: { customerIds: pool, ownerId: ids.get('wangfang') } });
    expect(res.json()).toEqual({ moved: 2 });
    const now = await owned(await t.login('wangfang'), `q=${encodeURIComponent('孤儿测试')}`);
    expect(now.map((c) => c.ownerName)).toEqual(['王芳', '王芳']);
    const [entry] = (await t.request('GET', `/api/customers/${pool[0]}/history`, { cookie: manager })).json().items;
    expect(entry).toMatchObject({ action: 'reassign', actorName: '周强', changes: [{ field: 'ownerId', before: null, after: ids.get('wangfang') }] });
  });

  it('is all or nothing: one customer outside the office, or an owner from another office, changes nothing', async () => {
    const mine = await customerOf('zhangwei', '孤儿测试丙村卫生室');
    const theirs = await customerOf('chenjie', '孤儿测试丁村卫生室');
    const mixed = await t.request('POST', '/api/customers/reassign', { cookie: manager, body: { customerIds: [mine, theirs], ownerId: ids.get('lina') } });
    expect(mixed.statusCode).toBe(404);
    const foreignOwner = await t.request('POST', '/api/customers/reassign', { cookie: manager, body: { customerIds: [mine], ownerId: ids.get('chenjie') } });
    expect(foreignOwner.json().code).toBe('OWNER_INVALID');
    const still = (await t.request('GET', `/api/customers/${mine}`, { cookie: manager })).json();
    expect(still.ownerName).toBe('张伟');
  });
});
