import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, openLogin, signIn } from './helpers/login';
import { chooseOption } from './helpers/select';
import { dayLabelZh, openPlans, targetMonth } from './helpers/visit-plans';

const env = useServerAndBrowser();

/*
 * The office manager adjusts a submitted plan before approving it (DOMAIN §3): the rep 李娜 has generated and submitted
 * next month's plan (through the API, as the rep's own flow is covered by visit-plans.test.ts); 周强 opens it, sees the
 * hint that adjustments are recorded, moves one visit to another day with the rep's controls and approves; 李娜 then
 * sees the plan approved with the visit on its new day and who adjusted it. The visits a day are raised so that the
 * month holds every contact and the generated plan can be submitted as it is.
 */

const target = targetMonth();
const planStatus = (page: Page) => page.getByTestId('plan').getByTestId('plan-status').textContent();
const dayCard = (page: Page, date: string) => page.locator(`[data-testid="plan-day"][data-date="${date}"]`);
const itemOf = (card: Locator, customerId: string) => card.getByTestId('plan-item').filter({ has: card.page().locator(`a[href="/customers/${customerId}"]`) });

async function signedIn(username: string): Promise<string> {
  const res = await fetch(`${env.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orgCode: 'huakang', username, password: 'keqing2026' }) });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function api<T>(cookie: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${env.server.url}/api${path}`, { method, headers: body === undefined ? { cookie } : { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

beforeAll(async () => {
  const head = await signedIn('zhaogang');
  const settings = await api<{ version: number; rules: unknown; plan: Record<string, unknown> }>(head, 'GET', '/settings/visit-rules');
  await api(head, 'PUT', '/settings/visit-rules', { version: settings.version, rules: settings.rules, plan: { ...settings.plan, dailyCapacity: 16 } });
  const rep = await signedIn('lina');
  const plan = await api<{ id: string; version: number }>(rep, 'POST', '/visit-plans/generate', { month: target.month });
  await api(rep, 'POST', `/visit-plans/${plan.id}/submit`, { version: plan.version });
});

describe('reviewing a visit plan', () => {
  it('the office manager moves one visit of a submitted plan, then approves it; the rep sees who adjusted it', async () => {
    const manager = await openLogin(env.browser, env.server.url, DESKTOP);
    await signIn(manager.page, 'zhouqiang');
    await manager.page.getByTestId('home-office_manager').waitFor();
    await openPlans(manager.page, target.month);
    await chooseOption(manager.page, manager.page.getByRole('combobox', { name: '销售代表' }), '李娜 · 待审核');
    expect(await manager.page.getByTestId('plan-adjust-hint').textContent()).toContain('审批前可直接调整计划');
    expect(await manager.page.getByTestId('plan-adjusted').count()).toBe(0);

    // The first visit of the first day with contacts goes to another working day.
    const from = (await manager.page.locator('[data-testid="plan-day"]:has([data-testid="plan-item"])').first().getAttribute('data-date'))!;
    const href = (await dayCard(manager.page, from).getByTestId('plan-item').first().locator('a').first().getAttribute('href'))!;
    const customerId = href.replace('/customers/', '');
    const to = target.days.find((d) => d !== from)!;
    await itemOf(dayCard(manager.page, from), customerId).getByTestId('plan-item-move').click();
    await manager.page.locator('.ant-select-dropdown:visible').getByText(dayLabelZh(to), { exact: true }).click();
    await expect.poll(() => itemOf(dayCard(manager.page, to), customerId).count()).toBe(1);
    expect(await itemOf(dayCard(manager.page, from), customerId).count()).toBe(0);
    await expect.poll(() => manager.page.getByTestId('plan-adjusted').textContent()).toContain('周强');
    expect(await planStatus(manager.page)).toBe('待审核');

    await manager.page.getByTestId('plan-approve').click();
    expect(await manager.page.getByTestId('plan-review-note').textContent()).toContain('您在审批前做的调整已保存');
    await manager.page.getByTestId('plan-review-comment').fill('第一周调整了一家，同意');
    await manager.page.locator('.ant-modal:visible .ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => planStatus(manager.page)).toBe('已批准');
    for (const control of ['plan-item-move', 'plan-item-remove', 'plan-add', 'plan-adjust-hint']) expect(await manager.page.getByTestId(control).count(), control).toBe(0);
    await manager.context.close();

    const rep = await openLogin(env.browser, env.server.url, DESKTOP);
    await signIn(rep.page, 'lina');
    await rep.page.getByTestId('home-rep').waitFor();
    await openPlans(rep.page, target.month);
    await expect.poll(() => planStatus(rep.page)).toBe('已批准');
    expect(await rep.page.getByTestId('plan-adjusted').textContent()).toMatch(/办事处经理 周强 在审核时调整过本计划（\d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(await rep.page.getByTestId('plan-adjusted-tag').textContent()).toBe('经理已调整');
    expect(await itemOf(dayCard(rep.page, to), customerId).count()).toBe(1);
    expect(await rep.page.getByTestId('plan-comment').textContent()).toContain('第一周调整了一家，同意');

    // Approved plans are versioned: the rep reopens it for revision with a reason; version 1 stays on record.
    await rep.page.getByTestId('plan-revisions').getByText('版本记录（1）').click();
    expect(await rep.page.getByTestId('plan-revision-1').textContent()).toContain('第 1 版');
    await rep.page.getByTestId('plan-reopen').click();
    expect(await rep.page.getByTestId('plan-review-note').textContent()).toContain('已批准的版本会保留');
    await rep.page.locator('.ant-modal:visible .ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => rep.page.locator('.ant-modal:visible .ant-form-item-explain-error').textContent()).toContain('请写明修订原因');
    await rep.page.getByTestId('plan-review-comment').fill('城关卫生院月底盘点，改期');
    await rep.page.locator('.ant-modal:visible .ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => planStatus(rep.page)).toBe('草稿');
    await expect.poll(() => rep.page.getByTestId('plan-revision-1').textContent()).toContain('城关卫生院月底盘点，改期');
    expect(await rep.page.getByTestId('plan-submit').count()).toBe(1);
    await rep.context.close();
  });
});
