import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';

/* The product catalogue of the sales ledger: prices, cost and the 客情费 standard per unit, in integer fen. */

let t: TestApp;
let admin: string;
let manager: string; // 赵刚, sales manager
let rep: string;
const tag = Date.now().toString(36).toUpperCase();

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  manager = await t.login('zhaogang');
  rep = await t.login('zhangwei');
});
afterAll(() => t.close());

const problems = (body: { fields?: { field: string; message: string; message_en: string }[] }) => (body.fields ?? []).map((f) => `${f.field}: ${f.message} / ${f.message_en}`).join('\n');
const base = { name: '测试布洛芬缓释胶囊', category: '测试解热镇痛', unit: '盒', listPriceFen: 2350, costFen: 1200, expenseStandardFen: 80, spec: '0.3g×20粒' };

describe('products', () => {
  it('creates, searches, edits with the version read, and discontinues a product, with audit rows', async () => {
    const created = await t.request('POST', '/api/products', { cookie: manager, body: { ...base, code: `P${tag}-1` } });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({ code: `P${tag}-1`, listPriceFen: 2350, costFen: 1200, expenseStandardFen: 80, active: true, version: 1 });

    for (const q of [`P${tag}`, '布洛芬', '测试解热']) {
      const found = (await t.request('GET', `/api/products?q=${encodeURIComponent(q)}`, { cookie: rep })).json();
      expect(found.items.map((x: { id: string }) => x.id), q).toContain(p.id);
    }
    // The demo catalogue is there too, in its categories.
    const colds = (await t.request('GET', `/api/products?category=${encodeURIComponent('感冒药')}`, { cookie: rep })).json();
    expect(colds.items.length).toBeGreaterThanOrEqual(3);

    const edited = await t.request('PATCH', `/api/products/${p.id}`, { cookie: manager, body: { version: 1, listPriceFen: 2400 } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ listPriceFen: 2400, costFen: 1200, name: base.name, version: 2 });
    const stale = await t.request('PATCH', `/api/products/${p.id}`, { cookie: manager, body: { version: 1, listPriceFen: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');

    const off = await t.request('POST', `/api/products/${p.id}/deactivate`, { cookie: admin, body: { version: 2 } });
    expect(off.json()).toMatchObject({ active: false, version: 3 });
    expect((await t.request('GET', `/api/products?q=P${tag}&active=true`, { cookie: rep })).json().items).toEqual([]);
    expect((await t.request('GET', `/api/products?q=P${tag}&active=false`, { cookie: rep })).json().items).toHaveLength(1);

    const audit = (await t.request('GET', '/api/audit?limit=20', { cookie: admin })).json().items.filter((a: { targetId: string }) => a.targetId === p.id);
    // The test clock stands still, so the three rows share one time: compare them as a set.
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(['product.create', 'product.deactivate', 'product.update']);
    expect(audit.find((a: { action: string }) => a.action === 'product.update')).toMatchObject({ before: { listPriceFen: 2350 }, after: { listPriceFen: 2400 } });
  });

  it('refuses a repeated code, bad money and a rep, naming the field', async () => {
    expect((await t.request('POST', '/api/products', { cookie: manager, body: { ...base, code: `P${tag}-2` } })).statusCode).toBe(201);
    const again = await t.request('POST', '/api/products', { cookie: manager, body: { ...base, code: `P${tag}-2` } });
    expect(again.statusCode).toBe(409);
    expect(problems(again.json())).toContain('code: 编码：已有产品使用这个编码 / Code: another product uses this code');

    const bad = await t.request('POST', '/api/products', { cookie: manager, body: { ...base, code: `P${tag}-3`, listPriceFen: 12.5, costFen: -1 } });
    expect(bad.statusCode).toBe(400);
    expect(problems(bad.json())).toContain('listPriceFen: 标准售价：金额须精确到分');
    expect(problems(bad.json())).toContain('costFen: 成本价：金额不能为负数 / Cost: cannot be negative');
    expect((await t.request('POST', '/api/products', { cookie: rep, body: { ...base, code: `P${tag}-4` } })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/products/00000000-0000-4000-8000-000000000000', { cookie: rep })).statusCode).toBe(404);
  });
});
