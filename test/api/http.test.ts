import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/server/db/client';
import { startTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('HTTP edges', () => {
  it('answers unknown routes with a JSON 404', async () => {
    const res = await t.request('GET', '/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'ROUTE_NOT_FOUND', message: '接口不存在', message_en: 'No such endpoint' });
  });

  it('answers malformed JSON with a 400 and no internals', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"orgCode":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('BAD_REQUEST');
    expect(res.body).not.toMatch(/at |node_modules|Unexpected/);
  });

  it('rejects a malformed id with a field message', async () => {
    const cookie = await t.login('admin');
    const res = await t.request('GET', '/api/users/42', { cookie });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toEqual({ field: 'id', message: '编号：编号格式不正确', message_en: 'ID: is not a valid id' });
  });

  it('serves the OpenAPI document built from the route schemas', async () => {
    const res = await t.request('GET', '/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login', '/api/users/{id}']));
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['orgCode', 'username', 'password']);
    expect((await t.request('GET', '/api/docs')).statusCode).toBeLessThan(400);
  });

  it('keeps migrations free of schema names so they follow search_path', () => {
    for (const f of readdirSync(MIGRATIONS_FOLDER).filter((x) => x.endsWith('.sql'))) {
      expect(readFileSync(`${MIGRATIONS_FOLDER}/${f}`, 'utf8'), f).not.toContain('"public".');
    }
  });

  it('runs PostgreSQL connections without JIT and in the test schema', async () => {
    const result = (await t.database.db.execute(sql`select current_setting('jit') as jit, current_schema() as schema`)) as unknown as {
      rows: { jit: string; schema: string }[];
    };
    const [row] = result.rows;
    if (t.database.kind === 'postgres') expect(row).toEqual({ jit: 'off', schema: expect.stringMatching(/^t_/) });
    else expect(row?.schema).toBe('public');
  });

  it('hides the cause of a server failure', async () => {
    const other = await startTestApp();
    await other.database.close();
    const res = await other.request('GET', '/api/health');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      code: 'INTERNAL',
      message: '服务器内部错误，请稍后再试；如果持续出现，请联系系统管理员',
      message_en: 'Internal server error; try again later, and tell your administrator if it persists',
    });
    await other.app.close();
  });
});
