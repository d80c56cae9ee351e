import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let admin: string;
const offices = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  for (const o of (await t.request('GET', '/api/offices', { cookie: admin })).json().items) offices.set(o.name, o.id);
});
afterAll(() => t.close());

async function userNamed(username: string) {
  return (await t.request('GET', `/api/users?q=${username}`, { cookie: admin })).json().items.find((u: { username: string }) => u.username === username);
}

describe('users', () => {
  it('creates a rep in an office and records who did it', async () => {
    const res = await t.request('POST', '/api/users', {
      cookie: admin,
      body: { username: 'Zhaoliu', displayName: '赵六', role: 'rep', officeId: offices.get('南阳办事处'), phone: '13900001111', password: 'Zhaoliu2026' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'zhaoliu', officeName: '南阳办事处', mustChangePassword: true, version: 1 });
    expect(res.json()).not.toHaveProperty('passwordHash');
    const audit = (await t.request('GET', '/api/audit?action=user.create', { cookie: admin })).json().items[0];
    expect(audit).toMatchObject({ action: 'user.create', actorName: '陈静', targetId: res.json().id, after: { username: 'zhaoliu', role: 'rep' } });
  });

  it('explains every bad field and writes nothing', async () => {
    const res = await t.request('POST', '/api/users', {
      cookie: admin,
      body: { username: '张三', displayName: '', role: 'boss', phone: '123', email: 'x@', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['displayName', 'email', 'password', 'phone', 'role', 'username']);
    expect(res.json().fields.find((f: { field: string }) => f.field === 'phone').message).toBe('手机号：应为 11 位手机号码');
    expect(await userNamed('张三')).toBeUndefined();
  });

  it('refuses a taken user name, and a rep without an office', async () => {
    const taken = await t.request('POST', '/api/users', { cookie: admin, body: { username: 'zhangwei', displayName: '张伟二', role: 'finance', password: 'Zhangwei2026' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('USERNAME_TAKEN');
    const noOffice = await t.request('POST', '/api/users', { cookie: admin, body: { username: 'wubangong', displayName: '无办公', role: 'rep', password: 'Wubangong2026' } });
    expect(noOffice.statusCode).toBe(409);
    expect(noOffice.json().code).toBe('OFFICE_REQUIRED');
  });

  it('moves a rep to another office under a version check', async () => {
    const lina = await userNamed('lina');
    const moved = await t.request('PATCH', `/api/users/${lina.id}`, { cookie: admin, body: { version: lina.version, officeId: offices.get('襄阳办事处') } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ officeName: '襄阳办事处', version: lina.version + 1 });
    const stale = await t.request('PATCH', `/api/users/${lina.id}`, { cookie: admin, body: { version: lina.version, displayName: '李娜娜' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await userNamed('lina')).displayName).toBe('李娜');
    const audit = (await t.request('GET', '/api/audit?action=user.update', { cookie: admin })).json().items[0];
    expect(audit.before.officeId).toBe(offices.get('郑州办事处'));
    expect(audit.after.officeId).toBe(offices.get('襄阳办事处'));
  });

  it('drops the office of a role that has none', async () => {
    const liuyang = await userNamed('liuyang');
    const res = await t.request('PATCH', `/api/users/${liuyang.id}`, { cookie: admin, body: { version: liuyang.version, role: 'clerk' } });
    expect(res.json()).toMatchObject({ role: 'clerk', officeId: null });
  });

  it('disabling a user ends their sessions; enabling lets them back in', async () => {
    const cookie = await t.login('zhouting');
    const zhouting = await userNamed('zhouting');
    expect((await t.request('POST', `/api/users/${zhouting.id}/deactivate`, { cookie: admin })).json().active).toBe(false);
    expect((await t.request('GET', '/api/auth/me', { cookie })).statusCode).toBe(401);
    await t.request('POST', `/api/users/${zhouting.id}/activate`, { cookie: admin });
    expect((await t.request('GET', '/api/auth/me', { cookie: await t.login('zhouting') })).statusCode).toBe(200);
  });

  it('a reset password signs the user out and must be changed', async () => {
    const cookie = await t.login('chenjie');
    const chenjie = await userNamed('chenjie');
    const res = await t.request('POST', `/api/users/${chenjie.id}/reset-password`, { cookie: admin, body: { password: 'Temp2026x' } });
    expect(res.json().mustChangePassword).toBe(true);
    expect((await t.request('GET', '/api/auth/me', { cookie })).statusCode).toBe(401);
    const fresh = await t.login('chenjie', 'Temp2026x');
    expect((await t.request('GET', '/api/home', { cookie: fresh })).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('keeps the last administrator and does not let one disable themselves', async () => {
    const me = (await t.request('GET', '/api/auth/me', { cookie: admin })).json().user;
    const self = await t.request('POST', `/api/users/${me.id}/deactivate`, { cookie: admin });
    expect(self.json().code).toBe('CANNOT_DEACTIVATE_SELF');
    const current = await userNamed('admin');
    const demote = await t.request('PATCH', `/api/users/${me.id}`, { cookie: admin, body: { version: current.version, role: 'finance' } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('LAST_ADMIN');
    expect((await userNamed('admin')).role).toBe('admin');
  });
});

describe('offices', () => {
  it('creates an office, refuses a second one of the same name', async () => {
    const ok = await t.request('POST', '/api/offices', { cookie: admin, body: { name: '信阳办事处', regionCode: '411500', address: '河南省信阳市' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ name: '信阳办事处', staff: 0, managers: [] });
    const dup = await t.request('POST', '/api/offices', { cookie: admin, body: { name: ' 信阳办事处 ' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('OFFICE_NAME_TAKEN');
    const bad = await t.request('POST', '/api/offices', { cookie: admin, body: { name: '信', regionCode: '41' } });
    expect(bad.json().fields.map((f: { field: string }) => f.field).sort()).toEqual(['name', 'regionCode']);
  });

  it('closes an office only when nobody works there, and then nobody can be put in it', async () => {
    const zz = (await t.request('GET', `/api/offices/${offices.get('南阳办事处')}`, { cookie: admin })).json();
    const busy = await t.request('PATCH', `/api/offices/${zz.id}`, { cookie: admin, body: { version: zz.version, active: false } });
    expect(busy.json().code).toBe('OFFICE_HAS_USERS');
    const empty = (await t.request('POST', '/api/offices', { cookie: admin, body: { name: '周口办事处' } })).json();
    const closed = await t.request('PATCH', `/api/offices/${empty.id}`, { cookie: admin, body: { version: empty.version, active: false } });
    expect(closed.json().active).toBe(false);
    const join = await t.request('POST', '/api/users', { cookie: admin, body: { username: 'zhoukou', displayName: '周口', role: 'rep', officeId: empty.id, password: 'Zhoukou2026' } });
    expect(join.json().code).toBe('OFFICE_INACTIVE');
  });
});

describe('audit log', () => {
  it('pages newest first with a cursor and never repeats a row', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/audit?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await t.request('GET', url, { cookie: admin })).json() as { items: { id: string; at: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((i) => i.id));
      const times = page.items.map((i) => Date.parse(i.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const all = (await t.request('GET', '/api/audit?limit=200', { cookie: admin })).json().items;
    expect(seen).toHaveLength(all.length);
    expect(all.length).toBeGreaterThan(6);
  });
});
