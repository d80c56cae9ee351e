import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let rep: string; // 张伟, 郑州
let otherRep: string; // 陈杰, 南阳
let manager: string; // 周强, 郑州
let finance: string;

beforeAll(async () => {
  t = await startTestApp();
  rep = await t.login('zhangwei');
  otherRep = await t.login('chenjie');
  manager = await t.login('zhouqiang');
  finance = await t.login('sunli');
});
afterAll(() => t.close());

const hospital = {
  name: '长垣县人民医院测试分院',
  typeCode: 'county_hospital',
  regionCode: '410783',
  address: '河南省新乡市长垣市人民路 1 号',
  location: { lng: 114.67, lat: 35.2, datum: 'GCJ-02' },
  status: 'active',
  source: 'order_meeting',
  tags: ['重点'],
  phones: ['0373-8812345'],
  preferences: '上午十点后拜访，不喝茶',
  profile: { replenishmentCycle: '每月一次' },
};

async function create(cookie: string, body: Record<string, unknown>) {
  return t.request('POST', '/api/customers', { cookie, body });
}

describe('customers', () => {
  let id: string;

  it('a rep creates a customer that is theirs, with a history entry', async () => {
    const res = await create(rep, hospital);
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    id = c.id;
    expect(c).toMatchObject({ name: hospital.name, ownerName: '张伟', officeName: '郑州办事处', phones: ['0373-8812345'], version: 1 });
    const history = (await t.request('GET', `/api/customers/${id}/history`, { cookie: rep })).json().items;
    expect(history[0]).toMatchObject({ action: 'create', actorName: '张伟', entity: 'customer' });
    expect(history[0].changes.map((ch: { field: string }) => ch.field)).toEqual(expect.arrayContaining(['name', 'phones', 'preferences']));
  });

  it('is found by name, full pinyin, initials and phone digits — by those who may see it', async () => {
    for (const q of ['人民医院', 'changyuan', 'CYX', '8812345']) {
      const found = (await t.request('GET', `/api/customers?q=${encodeURIComponent(q)}`, { cookie: rep })).json().items;
      expect(found.map((c: { id: string }) => c.id), q).toContain(id);
    }
    const ids = async (cookie: string, query: string) => (await t.request('GET', `/api/customers?limit=200&${query}`, { cookie })).json().items.map((c: { id: string }) => c.id);
    expect(await ids(otherRep, 'q=cyxrmyy')).not.toContain(id);
    expect(await ids(manager, 'q=cyxrmyy')).toContain(id);
    expect(await ids(finance, 'q=cyxrmyy&regionCode=410000')).toContain(id);
    expect(await ids(finance, 'q=cyxrmyy&regionCode=410700')).toContain(id);
    expect(await ids(finance, 'q=cyxrmyy&regionCode=420000')).not.toContain(id);
  });

  it('warns of a duplicate; a user outside its scope learns only that it exists and whom to ask', async () => {
    const same = await create(otherRep, { name: ' 长垣县人民医院测试分院 ', typeCode: 'county_hospital', regionCode: '410783' });
    expect(same.statusCode).toBe(409);
    expect(same.json()).toMatchObject({ code: 'DUPLICATE_SUSPECTED', duplicates: [{ rule: 'name_in_county', visible: false, askName: '张伟', officeName: '郑州办事处' }] });
    expect(JSON.stringify(same.json())).not.toContain(id);
    const byPhone = await create(manager, { name: '另一家诊所', typeCode: 'private_clinic', phones: ['0373-8812345'] });
    expect(byPhone.json().duplicates).toEqual([{ rule: 'phone', visible: true, id, name: hospital.name, ownerName: '张伟', officeName: '郑州办事处' }]);
    const anyway = await create(manager, { name: '另一家诊所', typeCode: 'private_clinic', phones: ['0373-8812345'], confirmNotDuplicate: true });
    expect(anyway.statusCode).toBe(201);
    expect(anyway.json()).toMatchObject({ ownerId: null, officeName: '郑州办事处' });
  });

  it('refuses bad codes, phones, regions and coordinates, naming the field', async () => {
    const res = await create(rep, { name: '坏数据', typeCode: 'nope', regionCode: '999999', creditCode: '91330100716105852X', phones: ['123'], location: { lng: 10, lat: 10 } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['creditCode', 'location', 'phones.0', 'regionCode']);
    const unknownType = await create(rep, { name: '坏类型', typeCode: 'nope' });
    expect(unknownType.json().fields).toEqual([{ field: 'typeCode', message: '客户类型：客户类型“nope”不在类型列表中', message_en: 'Customer type: "nope" is not one of the customer types' }]);
  });

  it('changes under a version check and records each field before and after', async () => {
    const ok = await t.request('PATCH', `/api/customers/${id}`, { cookie: rep, body: { version: 1, status: 'lost', tags: ['重点', '基药'] } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'lost', version: 2, preferences: hospital.preferences });
    const stale = await t.request('PATCH', `/api/customers/${id}`, { cookie: rep, body: { version: 1, status: 'active' } });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const [latest] = (await t.request('GET', `/api/customers/${id}/history`, { cookie: rep })).json().items;
    expect(latest.changes).toEqual([
      { field: 'status', before: 'active', after: 'lost' },
      { field: 'tags', before: ['重点'], after: ['重点', '基药'] },
    ]);
  });

  it('a rep cannot hand a customer to someone else; the office manager can', async () => {
    const lina = (await t.request('GET', '/api/users?q=lina', { cookie: manager })).json().items[0];
    const byRep = await t.request('PATCH', `/api/customers/${id}`, { cookie: rep, body: { version: 2, ownerId: lina.id } });
    expect(byRep.json().code).toBe('OWNER_INVALID');
    const byManager = await t.request('PATCH', `/api/customers/${id}`, { cookie: manager, body: { version: 2, ownerId: lina.id } });
    expect(byManager.json()).toMatchObject({ ownerName: '李娜', version: 3 });
    expect((await t.request('GET', `/api/customers/${id}`, { cookie: rep })).statusCode).toBe(404);
  });

  it('keeps key people with their history, and a delete can be undone', async () => {
    const added = await t.request('POST', `/api/customers/${id}/contacts`, { cookie: manager, body: { name: '王主任', roles: ['purchasing_head'], phones: ['13912345678'], birthday: '03-08' } });
    expect(added.statusCode, added.body).toBe(201);
    const left = await t.request('PATCH', `/api/customers/${id}/contacts/${added.json().id}`, { cookie: manager, body: { version: 1, leftOn: '2026-10-01' } });
    expect(left.json()).toMatchObject({ left: true, leftOn: '2026-10-01', version: 2 });
    expect((await t.request('DELETE', `/api/customers/${id}`, { cookie: manager })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/customers?q=cyxrmyy', { cookie: manager })).json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await t.request('GET', '/api/customers?deleted=true', { cookie: manager })).json().items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await t.request('POST', `/api/customers/${id}/restore`, { cookie: manager })).json().deletedAt).toBeNull();
    const actions = (await t.request('GET', `/api/customers/${id}/history`, { cookie: manager })).json().items.map((h: { action: string; entity: string }) => `${h.entity}.${h.action}`);
    expect(actions.slice(0, 4)).toEqual(['customer.restore', 'customer.delete', 'contact.update', 'contact.create']);
  });

  it('pages with a keyset cursor without repeating anyone', async () => {
    for (let i = 0; i < 5; i++) await create(manager, { name: `分页诊所${i}`, typeCode: 'private_clinic', confirmNotDuplicate: true });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/customers?q=${encodeURIComponent('分页诊所')}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { items: { id: string }[]; nextCursor: string | null } = (await t.request('GET', url, { cookie: manager })).json();
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(5);
  });
});
