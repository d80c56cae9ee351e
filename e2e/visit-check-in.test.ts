import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../src/domain/customers/coordinates';
import { useServerAndBrowser } from './helpers/fixture';
import { horizontalOverflow, signIn } from './helpers/login';

const env = useServerAndBrowser();

/*
 * Visit execution on a phone (issue 5, point 4). The setup signs 张伟 in through the API and generates this month's
 * plan, so that today's list holds his planned stops. The test then works at 390 px with the browser's geolocation
 * set: a check-in beside the first customer is within the tolerance; a changed questionnaire answer is saved and the
 * visit checked out; a check-in far from the second customer is flagged; the first customer's archive shows the
 * change in its history. The second customer is not on today's list: it is visited through 计划外拜访 and marked
 * unplanned. On a day the plan has no stops (a weekend, a holiday), the first is visited that way too.
 */

const PHONE_390 = { width: 390, height: 844 };
const NEW_COMPETITORS = '华润三九、修正药业（端到端）';

interface Target {
  id: string;
  name: string;
  planned: boolean;
  location: { lng: number; lat: number };
}

async function api<T>(cookie: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${env.server.url}/api${path}`, {
    method,
    headers: body === undefined ? { cookie } : { cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

/** The phone's (WGS-84) position `northMetres` north of a customer's GCJ-02 coordinates. */
function near(target: Target, northMetres: number) {
  const p = gcj02ToWgs84({ lng: target.location.lng, lat: target.location.lat + northMetres / 111_195 });
  return { latitude: p.lat, longitude: p.lng, accuracy: 10 };
}

let targets: Target[] = [];
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const login = await fetch(`${env.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orgCode: 'huakang', username: 'zhangwei', password: 'keqing2026' }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
  await api(cookie, 'POST', '/visit-plans/generate', { month });
  const day = await api<{ stops: { customerId: string; customerName: string; kind: string; planned: boolean; location: { lng: number; lat: number } | null }[] }>(cookie, 'GET', '/visits/day');
  // The first customer: today's first planned visit with coordinates. The second: a located customer not on today's
  // list, visited unplanned (计划外拜访). On a day without planned stops both are unplanned.
  const planned = day.json.stops.find((s) => s.kind === 'visit' && s.location);
  const onList = new Set(day.json.stops.map((s) => s.customerId));
  targets = planned ? [{ id: planned.customerId, name: planned.customerName, planned: true, location: planned.location! }] : [];
  const list = await api<{ items: { id: string; name: string }[] }>(cookie, 'GET', '/customers?limit=50&sort=name');
  for (const c of list.json.items.filter((c) => !onList.has(c.id))) {
    if (targets.length === 2) break;
    const one = await api<{ location: { lng: number; lat: number } | null }>(cookie, 'GET', `/customers/${c.id}`);
    if (one.json.location) targets.push({ id: c.id, name: c.name, planned: false, location: one.json.location });
  }
  expect(targets).toHaveLength(2);

  context = await env.browser.newContext({
    baseURL: env.server.url,
    viewport: PHONE_390,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    permissions: ['geolocation'],
    geolocation: near(targets[0]!, 40),
  });
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
  await page.goto('/');
  await page.getByTestId('login-page').waitFor();
  await signIn(page, 'zhangwei');
  await page.getByTestId('home-rep').waitFor();
});
afterAll(() => context?.close());

/** Opens 今日拜访 from the menu (the phone's drawer) and waits for the day's list. */
async function openToday() {
  await page.getByTestId('nav-toggle').click();
  await page.getByRole('menuitem', { name: '今日拜访' }).click();
  await page.waitForURL('**/visits/today');
  await page.getByTestId('today-page').waitFor();
  await page.locator('[data-testid=today-stop], [data-testid=today-page] .ant-empty').first().waitFor();
}

/** Checks in at the target from today's list (its stop's 签到 button, or 计划外拜访) and waits for its record. */
async function checkInAt(target: Target) {
  if (target.planned) {
    const stop = page.locator(`[data-testid=today-stop][data-customer="${target.id}"]`);
    await stop.getByTestId('check-in').click();
  } else {
    await page.getByTestId('unplanned-visit').click();
    const modal = page.locator('.ant-modal:visible');
    const search = modal.getByRole('combobox').first();
    await search.click();
    await search.fill(target.name);
    await page.locator(`.ant-select-dropdown:visible [data-customer="${target.id}"]`).click();
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
  }
  await page.waitForURL(/\/visits\/[0-9a-f-]{36}$/);
  await page.getByTestId('visit-record').waitFor();
}

describe('visit check-in on a phone', () => {
  it('checks in near a customer, records a changed answer, checks out; far away the check-in is flagged; the archive keeps the change', async () => {
    const [first, second] = targets as [Target, Target];
    await openToday();
    expect(await page.getByTestId('today-stop').count()).toBeGreaterThanOrEqual(first.planned ? 1 : 0);
    if (first.planned) expect(await page.getByTestId('today-stop-distance').first().textContent()).toMatch(/\d+\.\d km/);
    expect(await horizontalOverflow(page)).toBe(0);

    // Beside the first customer: within 200 m.
    await checkInAt(first);
    const verdict = page.getByTestId('check-in-verdict');
    expect(await verdict.getAttribute('data-status')).toBe('within');
    expect(await verdict.textContent()).toMatch(/范围内 · 距客户 \d+ 米/);
    expect(await page.getByTestId('visit-customer').textContent()).toBe(first.name);
    expect(await horizontalOverflow(page)).toBe(0);

    // The questionnaire is prefilled from the archive; one answer changes, then 签退 saves it and checks out.
    const competitors = page.getByTestId('answer-competitors');
    await competitors.fill(NEW_COMPETITORS);
    await page.getByTestId('visit-notes').fill('院长在，介绍了新品');
    await page.getByTestId('check-out').click();
    await page.getByTestId('checked-out').waitFor();
    expect(await page.getByTestId('check-out').count()).toBe(0);
    expect(await page.locator('.ant-form-item').filter({ hasText: '本次更新' }).count()).toBe(1);

    // Far from the second customer (1.5 km): recorded and flagged, with the distance.
    await context.setGeolocation(near(second, 1500));
    await openToday();
    const done = page.locator(`[data-testid=today-stop][data-customer="${first.id}"]`);
    expect(await done.getAttribute('data-done')).toBe('yes');
    await checkInAt(second);
    expect(await page.getByTestId('check-in-verdict').getAttribute('data-status')).toBe('outside');
    expect(await page.getByTestId('check-in-verdict').textContent()).toMatch(/超出范围 1\d{3} 米 · 已标记/);
    expect(await page.getByTestId('check-in-message').textContent()).toContain('超出 200 米范围');
    expect(await page.getByTestId('visit-unplanned').count()).toBe(1);
    await openToday();
    const unplanned = page.locator(`[data-testid=today-stop][data-customer="${second.id}"]`);
    expect(await unplanned.getByTestId('unplanned-tag').count()).toBe(1);
    expect(await unplanned.getByTestId('check-in-verdict').getAttribute('data-status')).toBe('outside');

    // The first customer's archive: the new answer, its history entry, and the visit.
    await page.goto(`/customers/${first.id}`);
    await page.getByTestId('customer-detail').waitFor();
    await expect.poll(() => page.getByTestId('customer-profile').textContent()).toContain(NEW_COMPETITORS);
    await expect.poll(() => page.getByTestId('history-item').first().textContent()).toContain(NEW_COMPETITORS);
    expect(await page.getByTestId('history-item').first().textContent()).toContain('张伟');
    await expect.poll(() => page.getByTestId('customer-visit').first().textContent()).toContain('院长在，介绍了新品');
    expect(await page.getByTestId('customer-visit').first().textContent()).toContain('竞争对手');
  });
});
