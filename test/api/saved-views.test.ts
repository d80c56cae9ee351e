import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';

/* Saved views (issue "Customer archive", item 4): each user's named customer-list filters. */

let t: TestApp;
let rep: string; // 张伟
let colleague: string; // 李娜

beforeAll(async () => {
  t = await startTestApp();
  rep = await t.login('zhangwei');
  colleague = await t.login('lina');
});
afterAll(() => t.close());

const save = (cookie: string, body: unknown) => t.request('POST', '/api/saved-views', { cookie, body });
const list = async (cookie: string) => (await t.request('GET', '/api/saved-views', { cookie })).json().items as { id: string; name: string; query: Record<string, string> }[];
const problems = (body: { fields?: { field: string; message: string; message_en: string }[] }) => (body.fields ?? []).map((f) => `${f.field}: ${f.message} / ${f.message_en}`).join('\n');

describe('saved views', () => {
  it('saves, lists, renames, re-filters and deletes a view of one’s own', async () => {
    const created = await save(rep, { name: '  中牟合作客户 ', query: { regionCode: '410122', status: 'active', unassigned: false, sort: 'updated', q: '' } });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({ name: '中牟合作客户', query: { regionCode: '410122', status: 'active', unassigned: 'false', sort: 'updated' } });
    expect(view.query).not.toHaveProperty('q');

    // The stored query is the list's own query string.
    const applied = await t.request('GET', `/api/customers?${new URLSearchParams(view.query)}`, { cookie: rep });
    expect(applied.statusCode, applied.body).toBe(200);

    expect((await list(rep)).map((v) => v.name)).toContain('中牟合作客户');
    const renamed = await t.request('PATCH', `/api/saved-views/${view.id}`, { cookie: rep, body: { name: '中牟·合作' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '中牟·合作', query: view.query });
    const refiltered = await t.request('PATCH', `/api/saved-views/${view.id}`, { cookie: rep, body: { query: { tag: '重点', unassigned: true } } });
    expect(refiltered.json()).toMatchObject({ name: '中牟·合作', query: { tag: '重点', unassigned: 'true', sort: 'name' } });

    expect((await t.request('DELETE', `/api/saved-views/${view.id}`, { cookie: rep })).statusCode).toBe(200);
    expect((await list(rep)).map((v) => v.id)).not.toContain(view.id);
    expect((await t.request('DELETE', `/api/saved-views/${view.id}`, { cookie: rep })).statusCode).toBe(404);
  });

  it('keeps each user’s views to themselves: another user’s view is a 404', async () => {
    const mine = (await save(rep, { name: '我的私人视图', query: { status: 'prospect' } })).json();
    expect((await list(colleague)).map((v) => v.id)).not.toContain(mine.id);
    expect((await t.request('PATCH', `/api/saved-views/${mine.id}`, { cookie: colleague, body: { name: '抢来的' } })).statusCode).toBe(404);
    expect((await t.request('DELETE', `/api/saved-views/${mine.id}`, { cookie: colleague })).statusCode).toBe(404);
    // The same name is free for someone else.
    expect((await save(colleague, { name: '我的私人视图', query: {} })).statusCode).toBe(201);
    expect((await list(rep)).find((v) => v.id === mine.id)?.name).toBe('我的私人视图');
    // Any role that reads customers has views; without a session there are none.
    expect((await t.request('GET', '/api/saved-views', { cookie: await t.login('sunli') })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/saved-views')).statusCode).toBe(401);
  });

  it('refuses an empty, long or repeated name and a query the customer list would not take, naming the field', async () => {
    const empty = await save(rep, { name: '   ', query: {} });
    expect(empty.statusCode).toBe(400);
    expect(problems(empty.json())).toContain('name: 名称：请填写视图名称 / Name: give the view a name');
    const long = await save(rep, { name: '视'.repeat(31), query: {} });
    expect(problems(long.json())).toContain('不能超过 30 个字符');

    expect((await save(rep, { name: '重名视图', query: {} })).statusCode).toBe(201);
    const again = await save(rep, { name: '重名视图', query: { status: 'lost' } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'SAVED_VIEW_NAME_TAKEN', fields: [{ field: 'name', message: '名称：您已有同名的视图' }] });
    const other = (await save(rep, { name: '另一个视图', query: {} })).json();
    const renamedOnto = await t.request('PATCH', `/api/saved-views/${other.id}`, { cookie: rep, body: { name: '重名视图' } });
    expect(renamedOnto.json().code).toBe('SAVED_VIEW_NAME_TAKEN');

    const badStatus = await save(rep, { name: '坏状态', query: { status: 'vip' } });
    expect(badStatus.statusCode).toBe(400);
    expect(problems(badStatus.json())).toContain('query.status: 客户状态：只能是以下之一：prospect、active、lost');
    const unknownKey = await save(rep, { name: '坏条件', query: { colour: 'red', cursor: 'abc' } });
    expect(problems(unknownKey.json())).toContain('query.colour: colour：不是客户列表的筛选条件 / colour: is not a filter of the customer list');
    expect(problems(unknownKey.json())).toContain('query.cursor');
    const badRegion = await save(rep, { name: '坏地区', query: { regionCode: '41x' } });
    expect(problems(badRegion.json())).toContain('query.regionCode');
    const nothing = await t.request('PATCH', `/api/saved-views/${other.id}`, { cookie: rep, body: {} });
    expect(nothing.statusCode).toBe(400);

    // Custom-field filters pass through as text.
    const custom = await save(rep, { name: '自定义字段视图', query: { 'cf.beds': '120', typeCode: 'county_hospital' } });
    expect(custom.statusCode, custom.body).toBe(201);
    expect(custom.json().query).toEqual({ 'cf.beds': '120', typeCode: 'county_hospital', sort: 'name' });
  });

  it('keeps at most 50 views per person', async () => {
    const cookie = await t.login('wangfang');
    for (let i = 1; i <= 50; i++) expect((await save(cookie, { name: `视图${i}`, query: {} })).statusCode).toBe(201);
    const over = await save(cookie, { name: '第五十一个', query: {} });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'SAVED_VIEW_LIMIT', message: expect.stringContaining('最多保存 50 个') });
    const first = (await list(cookie))[0]!;
    expect(first.name).toBe('视图1');
    await t.request('DELETE', `/api/saved-views/${first.id}`, { cookie });
    expect((await save(cookie, { name: '第五十一个', query: {} })).statusCode).toBe(201);
  });
});
