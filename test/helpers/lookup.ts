import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';
import { offices, orgs, users } from '../../src/server/db/schema';
import { DEMO_ORG } from '../../src/server/demo/demo-org';
import type { TestApp } from './app';

export async function demoOrgId(db: Db): Promise<string> {
  const [org] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, DEMO_ORG.code));
  return org!.id;
}

export async function userByName(db: Db, orgId: string, username: string) {
  const [u] = await db.select().from(users).where(and(eq(users.orgId, orgId), eq(users.username, username)));
  if (!u) throw new Error(`no user ${username}`);
  return u;
}

export async function officeByName(db: Db, orgId: string, name: string) {
  const [o] = await db.select().from(offices).where(and(eq(offices.orgId, orgId), eq(offices.name, name)));
  if (!o) throw new Error(`no office ${name}`);
  return o;
}

/** Every user's id by username, as the user list shows them to `cookie` (an administrator's session). */
export async function userIdsByName(t: TestApp, cookie: string): Promise<Map<string, string>> {
  const items = (await t.request('GET', '/api/users?limit=200', { cookie })).json().items as { username: string; id: string }[];
  return new Map(items.map((u) => [u.username, u.id]));
}
