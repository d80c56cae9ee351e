import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerContacts, customers, offices, users } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { demoOrgId, officeByName, userByName } from '../helpers/lookup';
import { OTHER_ORG, seedSecondOrg } from '../helpers/second-org';

/*
 * Every route × every role × own / other office / other organisation → the expected answer.
 * 'ok' means the request got past authentication, authorization and data scope (a business-rule
 * refusal such as "you cannot disable yourself" still counts as ok); 401, 403 and 404 are refusals.
 * The table is written out by hand from DOMAIN.md's roles, not computed from the code under test.
 */

type Who = 'anonymous' | 'rep' | 'office_manager' | 'clerk' | 'sales_manager' | 'finance' | 'admin';
type Target = 'self' | 'sameOffice' | 'otherOffice' | 'otherOrg' | 'none';
type Outcome = 'ok' | 401 | 403 | 404;

const LOGIN: Record<Exclude<Who, 'anonymous'>, string> = {
  rep: 'zhangwei', // 郑州办事处
  office_manager: 'zhouqiang', // 郑州办事处
  clerk: 'liuyan',
  sales_manager: 'zhaogang',
  finance: 'sunli',
  admin: 'admin',
};
const WHO: Who[] = ['anonymous', 'rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'];

/** Which user targets each role can see. "sameOffice" is 郑州, the office of the rep and manager above. */
const SEES_USER: Record<Exclude<Who, 'anonymous'>, Target[]> = {
  rep: ['self'],
  office_manager: ['self', 'sameOffice'],
  clerk: ['self', 'sameOffice', 'otherOffice'],
  sales_manager: ['self', 'sameOffice', 'otherOffice'],
  finance: ['self', 'sameOffice', 'otherOffice'],
  admin: ['self', 'sameOffice', 'otherOffice'],
};
/** Which office targets each role can see ("self" = 郑州办事处). */
const SEES_OFFICE: Record<Exclude<Who, 'anonymous'>, Target[]> = {
  rep: ['self'],
  office_manager: ['self'],
  clerk: ['self', 'otherOffice'],
  sales_manager: ['self', 'otherOffice'],
  finance: ['self', 'otherOffice'],
  admin: ['self', 'otherOffice'],
};

/**
 * Which customer targets each role can see: "self" is a customer of 张伟 (郑州), "sameOffice" one of 李娜 (郑州),
 * "otherOffice" one of 陈杰 (南阳). A rep sees their own customers, an office manager the office's.
 */
const SEES_CUSTOMER = SEES_USER;

type Kind =
  | 'public' | 'signedIn' | 'userRead' | 'userManage' | 'officeRead' | 'officeManage' | 'adminOnly'
  | 'customerRead' | 'customerCreate' | 'customerUpdate' | 'customerDelete' | 'customerReassign';

/** Roles allowed to do each kind of thing at all (before the data scope), from DOMAIN.md's roles. */
const ALLOWED: Record<Exclude<Kind, 'public' | 'signedIn'>, Exclude<Who, 'anonymous'>[]> = {
  userRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  officeRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  customerRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  userManage: ['admin'],
  officeManage: ['admin'],
  adminOnly: ['admin'],
  customerCreate: ['rep', 'office_manager', 'sales_manager', 'admin'],
  customerUpdate: ['rep', 'office_manager', 'sales_manager', 'admin'],
  customerDelete: ['office_manager', 'sales_manager', 'admin'],
  customerReassign: ['office_manager', 'sales_manager', 'admin'],
};

function expected(kind: Kind, who: Who, target: Target): Outcome {
  if (kind === 'public') return 'ok';
  if (who === 'anonymous') return 401;
  if (kind !== 'signedIn' && !ALLOWED[kind].includes(who)) return 403;
  if (target === 'none') return 'ok';
  const sees = kind.startsWith('user') ? SEES_USER[who] : kind.startsWith('customer') ? SEES_CUSTOMER[who] : SEES_OFFICE[who];
  return sees.includes(target) ? 'ok' : 404;
}

interface RouteCase {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  kind: Kind;
  targets: 'user' | 'office' | 'customer' | 'none';
  /** Changes state: after an allowed call, the target is put back and sessions are renewed. */
  mutates?: boolean;
  body?: (ctx: { id: string; version: number; n: number; contactVersion: number }) => unknown;
}

const ROUTES: RouteCase[] = [
  { method: 'GET', path: '/api/health', kind: 'public', targets: 'none' },
  { method: 'POST', path: '/api/auth/login', kind: 'public', targets: 'none', body: () => ({ orgCode: 'huakang', username: 'lina', password: 'keqing2026' }) },
  { method: 'GET', path: '/api/auth/me', kind: 'signedIn', targets: 'none' },
  { method: 'POST', path: '/api/auth/password', kind: 'signedIn', targets: 'none', body: () => ({ currentPassword: 'wrong-one1', newPassword: 'Another2026' }) },
  { method: 'POST', path: '/api/auth/logout', kind: 'signedIn', targets: 'none', mutates: true },
  { method: 'POST', path: '/api/auth/logout-all', kind: 'signedIn', targets: 'none', mutates: true },
  { method: 'GET', path: '/api/home', kind: 'signedIn', targets: 'none' },
  { method: 'GET', path: '/api/offices', kind: 'officeRead', targets: 'none' },
  { method: 'POST', path: '/api/offices', kind: 'officeManage', targets: 'none', mutates: true, body: ({ n }) => ({ name: `矩阵办事处${n}` }) },
  { method: 'GET', path: '/api/offices/{id}', kind: 'officeRead', targets: 'office' },
  { method: 'PATCH', path: '/api/offices/{id}', kind: 'officeManage', targets: 'office', mutates: true, body: ({ version }) => ({ version, address: '矩阵测试地址' }) },
  { method: 'GET', path: '/api/users', kind: 'userRead', targets: 'none' },
  { method: 'POST', path: '/api/users', kind: 'userManage', targets: 'none', mutates: true, body: ({ n }) => ({ username: `matrix${n}`, displayName: '矩阵', role: 'finance', password: 'Matrix2026' }) },
  { method: 'GET', path: '/api/users/{id}', kind: 'userRead', targets: 'user' },
  { method: 'PATCH', path: '/api/users/{id}', kind: 'userManage', targets: 'user', mutates: true, body: ({ version }) => ({ version, email: 'matrix@example.com' }) },
  { method: 'POST', path: '/api/users/{id}/deactivate', kind: 'userManage', targets: 'user', mutates: true },
  { method: 'POST', path: '/api/users/{id}/activate', kind: 'userManage', targets: 'user', mutates: true },
  { method: 'POST', path: '/api/users/{id}/reset-password', kind: 'userManage', targets: 'user', mutates: true, body: () => ({ password: 'Reset2026x' }) },
  { method: 'GET', path: '/api/audit', kind: 'adminOnly', targets: 'none' },
  { method: 'GET', path: '/api/customer-types', kind: 'customerRead', targets: 'none' },
  { method: 'GET', path: '/api/customers', kind: 'customerRead', targets: 'none' },
  { method: 'POST', path: '/api/customers', kind: 'customerCreate', targets: 'none', mutates: true, body: ({ n }) => ({ name: `矩阵诊所${n}`, typeCode: 'private_clinic', officeId: null, confirmNotDuplicate: true }) },
  { method: 'GET', path: '/api/customers/{id}', kind: 'customerRead', targets: 'customer' },
  { method: 'POST', path: '/api/customers/reassign', kind: 'customerReassign', targets: 'customer', mutates: true, body: ({ id }) => ({ customerIds: [id], ownerId: null }) },
  { method: 'PATCH', path: '/api/customers/{id}', kind: 'customerUpdate', targets: 'customer', mutates: true, body: ({ version, n }) => ({ version, preferences: `矩阵${n}` }) },
  { method: 'DELETE', path: '/api/customers/{id}', kind: 'customerDelete', targets: 'customer', mutates: true },
  { method: 'POST', path: '/api/customers/{id}/restore', kind: 'customerDelete', targets: 'customer', mutates: true },
  { method: 'GET', path: '/api/customers/{id}/history', kind: 'customerRead', targets: 'customer' },
  { method: 'POST', path: '/api/customers/{id}/contacts', kind: 'customerUpdate', targets: 'customer', mutates: true, body: () => ({ name: '矩阵联系人', roles: ['purchaser'] }) },
  { method: 'PATCH', path: '/api/customers/{id}/contacts/{contactId}', kind: 'customerUpdate', targets: 'customer', mutates: true, body: ({ contactVersion }) => ({ version: contactVersion, title: '主任' }) },
  { method: 'DELETE', path: '/api/customers/{id}/contacts/{contactId}', kind: 'customerUpdate', targets: 'customer', mutates: true },
];

let t: TestApp;
let orgId: string;
const cookies = new Map<Who, string>();
const userTargets = new Map<Target, string>();
const officeTargets = new Map<Target, string>();
const customerTargets = new Map<Target, { id: string; contactId: string; ownerId: string }>();
let n = 0;

async function cookieOf(who: Who): Promise<string | undefined> {
  if (who === 'anonymous') return undefined;
  if (!cookies.has(who)) cookies.set(who, await t.login(LOGIN[who]));
  return cookies.get(who);
}

beforeAll(async () => {
  t = await startTestApp();
  orgId = await demoOrgId(t.database.db);
  const other = await seedSecondOrg(t.database.db);
  userTargets.set('sameOffice', (await userByName(t.database.db, orgId, 'lina')).id);
  userTargets.set('otherOffice', (await userByName(t.database.db, orgId, 'chenjie')).id);
  userTargets.set('otherOrg', other.repId);
  officeTargets.set('self', (await officeByName(t.database.db, orgId, '郑州办事处')).id);
  officeTargets.set('otherOffice', (await officeByName(t.database.db, orgId, '南阳办事处')).id);
  officeTargets.set('otherOrg', other.officeId);
  const admin = await t.login('admin');
  for (const [target, owner] of [['self', 'zhangwei'], ['sameOffice', 'lina'], ['otherOffice', 'chenjie']] as const) {
    const ownerId = (await userByName(t.database.db, orgId, owner)).id;
    const made = await t.request('POST', '/api/customers', { cookie: admin, body: { name: `${owner}的诊所`, typeCode: 'private_clinic', ownerId, confirmNotDuplicate: true } });
    const contact = await t.request('POST', `/api/customers/${made.json().id}/contacts`, { cookie: admin, body: { name: `${owner}的联系人`, roles: ['purchaser'] } });
    customerTargets.set(target, { id: made.json().id, contactId: contact.json().id, ownerId });
  }
  customerTargets.set('otherOrg', { id: other.customerId, contactId: other.contactId, ownerId: other.repId });
});
afterAll(() => t.close());

async function targetId(route: RouteCase, who: Who, target: Target): Promise<string> {
  if (route.targets === 'office') return officeTargets.get(target)!;
  if (route.targets === 'customer') return customerTargets.get(target)!.id;
  if (target === 'self') return who === 'anonymous' ? userTargets.get('sameOffice')! : (await userByName(t.database.db, orgId, LOGIN[who])).id;
  return userTargets.get(target)!;
}

async function versionOf(route: RouteCase, id: string): Promise<number> {
  const table = route.targets === 'office' ? offices : route.targets === 'customer' ? customers : users;
  const [row] = await t.database.db.select({ version: table.version }).from(table).where(eq(table.id, id));
  return row?.version ?? 1;
}

/** Puts a user back as it was seeded and drops every cached session. */
async function restore(passwordHashes: Map<string, string>) {
  for (const [id, passwordHash] of passwordHashes) {
    await t.database.db.update(users).set({ passwordHash, active: true, mustChangePassword: false }).where(eq(users.id, id));
  }
  await t.database.db.update(customers).set({ deletedAt: null }).where(isNotNull(customers.deletedAt));
  await t.database.db.update(customerContacts).set({ deletedAt: null }).where(isNotNull(customerContacts.deletedAt));
  // Reassignments, and disabling an owner (which releases their customers), are undone for the target customers.
  for (const c of customerTargets.values()) await t.database.db.update(customers).set({ ownerId: c.ownerId }).where(eq(customers.id, c.id));
  cookies.clear();
}

describe('authorization matrix', () => {
  it('covers every route the API documents', async () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([path]) => !path.startsWith('/api/docs'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented);
  });

  for (const route of ROUTES) {
    const targets: Target[] = route.targets === 'none' ? ['none'] : ['self', 'sameOffice', 'otherOffice', 'otherOrg'];
    const usable = route.targets === 'office' ? targets.filter((x) => x !== 'sameOffice') : targets;
    for (const who of WHO) {
      it(`${route.method} ${route.path} as ${who}`, async () => {
        for (const target of usable) {
          const id = route.targets === 'none' ? '' : await targetId(route, who, target);
          const contactId = route.targets === 'customer' ? customerTargets.get(target)!.contactId : '';
          const url = route.path.replace('{id}', id).replace('{contactId}', contactId);
          const [contact] = contactId ? await t.database.db.select({ version: customerContacts.version }).from(customerContacts).where(eq(customerContacts.id, contactId)) : [];
          const body = route.body?.({ id, version: route.targets === 'none' ? 1 : await versionOf(route, id), n: ++n, contactVersion: contact?.version ?? 1 });
          const hashes = new Map<string, string>();
          if (route.mutates) {
            const touched = [route.targets === 'user' ? id : null, who === 'anonymous' ? null : (await userByName(t.database.db, orgId, LOGIN[who])).id];
            for (const uid of touched.filter((x): x is string => x !== null)) {
              hashes.set(uid, (await t.database.db.select().from(users).where(eq(users.id, uid)))[0]!.passwordHash);
            }
          }
          const res = await t.request(route.method, url, { cookie: await cookieOf(who), body });
          const want = expected(route.kind, who, target);
          const got: Outcome = [401, 403, 404].includes(res.statusCode) ? (res.statusCode as Outcome) : 'ok';
          expect(res.statusCode, `${who} → ${target}: ${res.body}`).toBeLessThan(500);
          expect(got, `${route.method} ${url} as ${who} on ${target}: ${res.statusCode} ${res.body}`).toBe(want);
          if (got === 'ok' && route.mutates) await restore(hashes);
        }
      });
    }
  }

  it('lists only rows in scope, and never another organisation', async () => {
    const expectUsers: Record<Exclude<Who, 'anonymous'>, number> = { rep: 1, office_manager: 5, clerk: 19, sales_manager: 19, finance: 19, admin: 19 };
    for (const who of WHO.filter((w) => w !== 'anonymous') as Exclude<Who, 'anonymous'>[]) {
      const cookie = await cookieOf(who);
      const list = (await t.request('GET', '/api/users?limit=200', { cookie })).json() as { items: { username: string; officeName: string | null }[] };
      expect(list.items.filter((u) => !u.username.startsWith('matrix')), who).toHaveLength(expectUsers[who]);
      expect(list.items.map((u) => u.username)).not.toContain('waibu');
      if (who === 'office_manager') expect(new Set(list.items.map((u) => u.officeName))).toEqual(new Set(['郑州办事处']));
      const officeList = (await t.request('GET', '/api/offices', { cookie })).json() as { items: { name: string }[] };
      const names = officeList.items.map((o) => o.name).filter((x) => !x.startsWith('矩阵'));
      expect(names, who).toEqual(who === 'rep' || who === 'office_manager' ? ['郑州办事处'] : ['南阳办事处', '襄阳办事处', '郑州办事处']);
      expect(names).not.toContain('武汉办事处');
    }
  });

  it('never signs a user of one organisation into another', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { orgCode: 'huakang', username: 'waibu', password: OTHER_ORG.password } });
    expect(res.statusCode).toBe(401);
  });
});
