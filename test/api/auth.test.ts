import { abilitiesOf } from '../../src/domain/identity/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, orgCode = 'huakang') =>
  t.request('POST', '/api/auth/login', { body: { orgCode, username, password } });

describe('sign in', () => {
  it('sets an httpOnly, same-site session cookie and knows who you are', async () => {
    const res = await login('zhangwei', 'keqing2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kq_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(res.json().user).toMatchObject({ username: 'zhangwei', displayName: '张伟', role: 'rep', officeName: '郑州办事处' });
    const me = await t.request('GET', '/api/auth/me', { cookie: `kq_session=${cookie.value}` });
    // The abilities the web receives are the policy table's answer for this role (checked in detail in policies.test.ts).
    expect(me.json().abilities).toEqual(abilitiesOf({ role: 'rep' }));
    expect(me.json().abilities).toEqual(expect.arrayContaining(['customer.read', 'customer.create', 'customer.update']));
    expect(me.json().abilities).not.toContain('user.manage');
  });

  it('accepts the user name in any case and with spaces around it', async () => {
    expect((await login('  ZhangWei ', 'keqing2026')).statusCode).toBe(200);
  });

  it('says the same thing for a wrong password, an unknown user, an unknown organisation and a disabled account', async () => {
    const admin = await t.login('admin');
    const lina = (await t.request('GET', '/api/users?q=lina', { cookie: admin })).json().items[0];
    await t.request('POST', `/api/users/${lina.id}/deactivate`, { cookie: admin });
    const answers = await Promise.all([
      login('wangfang', 'wrong-password1'),
      login('nosuchuser', 'keqing2026'),
      login('wangfang', 'keqing2026', 'nosuchorg'),
      login('lina', 'keqing2026'),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: '企业代码、用户名或密码不正确，或账号已停用',
        message_en: 'Wrong organisation code, user name or password, or the account is disabled',
      });
    }
    await t.request('POST', `/api/users/${lina.id}/activate`, { cookie: admin });
  });

  it('names each missing field in Chinese and English', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { orgCode: 'huakang' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields).toEqual(
      expect.arrayContaining([
        { field: 'username', message: '用户名：必填', message_en: 'User name: is required' },
        { field: 'password', message: '密码：必填', message_en: 'Password: is required' },
      ]),
    );
  });

  it('stops guessing after ten failures, even with the right password, and says when to retry', async () => {
    for (let i = 0; i < 10; i++) expect((await login('huanglei', `guess-${i}x`)).statusCode).toBe(401);
    const blocked = await login('huanglei', 'keqing2026');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    expect((await login('huanglei', 'keqing2026')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('expire after the idle time and slide while in use', async () => {
    const cookie = await t.login('yangmin');
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 7 * 3_600_000);
    expect((await t.request('GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
    t.clock.now = new Date(start.getTime() + 14 * 3_600_000);
    expect((await t.request('GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
    t.clock.now = new Date(start.getTime() + 23 * 3_600_000);
    const expired = await t.request('GET', '/api/auth/me', { cookie });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('SESSION_EXPIRED');
    t.clock.now = new Date();
  });

  it('log out ends this session only; log out everywhere ends all of them', async () => {
    const a = await t.login('xuhao');
    const b = await t.login('xuhao');
    const c = await t.login('xuhao');
    expect((await t.request('POST', '/api/auth/logout', { cookie: a })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { cookie: a })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/auth/me', { cookie: b })).statusCode).toBe(200);
    const all = await t.request('POST', '/api/auth/logout-all', { cookie: b });
    expect(all.json()).toEqual({ ended: 2 });
    expect((await t.request('GET', '/api/auth/me', { cookie: c })).statusCode).toBe(401);
  });

  it('refuses a forged or malformed cookie', async () => {
    for (const cookie of ['kq_session=nonsense', 'kq_session=00000000-0000-4000-8000-000000000000.aaaaaaaaaaaaaaaaaaaaaaaaaaaa']) {
      expect((await t.request('GET', '/api/home', { cookie })).statusCode).toBe(401);
    }
  });
});

describe('password change', () => {
  it('checks the current password and the password rule', async () => {
    const cookie = await t.login('sunjing');
    const wrong = await t.request('POST', '/api/auth/password', { cookie, body: { currentPassword: 'nope-nope1', newPassword: 'Sunjing2027' } });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().code).toBe('WRONG_CURRENT_PASSWORD');
    const weak = await t.request('POST', '/api/auth/password', { cookie, body: { currentPassword: 'keqing2026', newPassword: 'abcdefgh' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toEqual([{ field: 'newPassword', message: '新密码：须同时包含字母和数字', message_en: 'New password: must contain both letters and digits' }]);
  });

  it('keeps this session, ends the others, and takes the new password', async () => {
    const here = await t.login('mapeng');
    const elsewhere = await t.login('mapeng');
    const res = await t.request('POST', '/api/auth/password', { cookie: here, body: { currentPassword: 'keqing2026', newPassword: 'Mapeng2027' } });
    expect(res.statusCode).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { cookie: here })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { cookie: elsewhere })).statusCode).toBe(401);
    expect((await login('mapeng', 'keqing2026')).statusCode).toBe(401);
    expect((await login('mapeng', 'Mapeng2027')).statusCode).toBe(200);
  });

  it('makes a new user change the initial password before anything else', async () => {
    const admin = await t.login('admin');
    const created = await t.request('POST', '/api/users', {
      cookie: admin,
      body: { username: 'xinren', displayName: '新人', role: 'clerk', password: 'Initial2026' },
    });
    expect(created.statusCode).toBe(201);
    const cookie = await t.login('xinren', 'Initial2026');
    const blocked = await t.request('GET', '/api/home', { cookie });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await t.request('GET', '/api/auth/me', { cookie })).json().user.mustChangePassword).toBe(true);
    await t.request('POST', '/api/auth/password', { cookie, body: { currentPassword: 'Initial2026', newPassword: 'Xinren2027' } });
    expect((await t.request('GET', '/api/home', { cookie })).statusCode).toBe(200);
  });
});
