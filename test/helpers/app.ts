import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/server/db/client';
import { DEMO_ORG, DEMO_PASSWORD } from '../../src/server/demo/demo-org';
import { seedDemo } from '../../src/server/demo/seed';
import { freshDatabase } from './database';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** The clock the app reads; tests move it to check expiry. */
  clock: { now: Date };
  /** Signs in and returns the Cookie header value to send with later requests. */
  login(username: string, password?: string, orgCode?: string): Promise<string>;
  /** Signs in each demo user in turn; their session cookies in the same order. */
  logins<const N extends readonly string[]>(...usernames: N): Promise<{ [K in keyof N]: string }>;
  request(method: string, url: string, opts?: { cookie?: string; body?: unknown }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The app built in-process on a fresh database with the demo organisation seeded: its customers, people and
 * product catalogue, but not the two years of orders (no API test counts on them, and they would slow every file).
 */
export async function startTestApp(): Promise<TestApp> {
  const database = await freshDatabase();
  await seedDemo(database.db, undefined, undefined, { salesHistory: false });
  const clock = { now: new Date() };
  const app = await buildApp({ database, now: () => clock.now, sessionTtlHours: 8 });
  await app.ready();

  const request: TestApp['request'] = (method, url, opts = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: opts.cookie ? { cookie: opts.cookie } : {},
      ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
    });

  const login: TestApp['login'] = async (username, password = DEMO_PASSWORD, orgCode = DEMO_ORG.code) => {
    const res = await request('POST', '/api/auth/login', { body: { orgCode, username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'kq_session');
    if (!cookie) throw new Error('no session cookie');
    return `kq_session=${cookie.value}`;
  };

  return {
    app,
    database,
    clock,
    request,
    login,
    async logins<const N extends readonly string[]>(...usernames: N) {
      const cookies: string[] = [];
      for (const username of usernames) cookies.push(await login(username));
      return cookies as { [K in keyof N]: string };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
