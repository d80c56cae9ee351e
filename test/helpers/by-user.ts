import { expect } from 'vitest';
import type { TestApp } from './app';

/**
 * Requests as one of the signed-in users whose session cookies `cookies` holds by name: `send` returns the response,
 * `ok` expects 200 and returns the body; `at` moves the app's clock and signs them all in again (sessions expire).
 * `app` is read at each call (test files start theirs in beforeAll).
 */
export function byUser(app: () => TestApp, cookies: Record<string, string>) {
  const send = (who: string, method: string, url: string, body?: unknown) => app().request(method, url, { cookie: cookies[who], body });
  const ok = async <T>(who: string, method: string, url: string, body?: unknown): Promise<T> => {
    const res = await send(who, method, url, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const at = async (iso: string) => {
    app().clock.now = new Date(iso);
    for (const name of Object.keys(cookies)) cookies[name] = await app().login(name);
  };
  return { send, ok, at };
}
