import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, horizontalOverflow, openLogin, signIn } from './helpers/login';
import { chooseOption } from './helpers/select';
import { dayLabelZh, openPlans, targetMonth } from './helpers/visit-plans';

const env = useServerAndBrowser();

/*
 * Editing a monthly visit plan in the browser (issue 5): the rep 张伟 generates next month's plan, looks at a day's
 * route (map and list), moves a visit to another day, removes one and places it back from the unplaced list, and
 * sees the route list and the unplaced list follow each change; adding a customer to a day that already has it is
 * refused with the reason in Chinese. A fresh demo server has no grades yet, so every customer shows as 未分级 and
 * needs one visit a month.
 */

const PHONE_390 = { width: 390, height: 844 };
const target = targetMonth();

/** Picks an option of a select that shows no value afterwards (改到…, 安排到…). */
async function pick(page: Page, select: Locator, option: string) {
  await select.click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).click();
}

const customersOn = (panel: Locator) => panel.getByTestId('route-stop').evaluateAll((els) => els.map((e) => e.getAttribute('data-customer')!));
const dayCard = (page: Page, date: string) => page.locator(`[data-testid="plan-day"][data-date="${date}"]`);
const itemOf = (card: Locator, customerId: string) => card.getByTestId('plan-item').filter({ has: card.page().locator(`a[href="/customers/${customerId}"]`) });

/** The unplaced entry of a customer, with the list opened in full when it is long. */
async function unplacedEntry(page: Page, customerId: string): Promise<Locator> {
  const toggle = page.getByTestId('plan-unplaced').getByTestId('plan-list-toggle');
  if ((await toggle.count()) > 0 && ((await toggle.textContent()) ?? '').includes('展开全部')) await toggle.click();
  return page.locator(`[data-testid="plan-unplaced-item"][data-customer="${customerId}"]`);
}

describe('editing a visit plan', () => {
  it('a rep moves, removes and adds visits and sees the day route and the unplaced list follow; a refused edit says why', async () => {
    const { page, context } = await openLogin(env.browser, env.server.url, DESKTOP);
    await signIn(page, 'zhangwei');
    await page.getByTestId('home-rep').waitFor();
    await openPlans(page, target.month);
    await page.getByTestId('plan-empty').waitFor();
    await page.getByTestId('plan-generate').click();

    // The route panel opens on the first day with visits: the start, each stop with the way from the one before
    // and its times, the way back and the day's totals, and the same stops on the map.
    const panel = page.getByTestId('route-panel');
    await panel.getByTestId('route-stop').first().waitFor();
    const from = (await panel.getAttribute('data-date'))!;
    const before = await customersOn(panel);
    expect(before.length).toBeGreaterThan(2);
    expect(await panel.getByTestId('route-leg').first().textContent()).toMatch(/距起点 \d+\.\d km · 路上 \d+(小时\d+)?分/);
    expect(await panel.getByTestId('route-leg').nth(1).textContent()).toMatch(/距上一站 \d+\.\d km/);
    expect(await panel.getByTestId('route-times').first().textContent()).toMatch(/^\d\d:\d\d 到 · \d\d:\d\d 离开（\d+ 分钟）$/);
    expect(await panel.getByTestId('route-back').textContent()).toMatch(/返回起点：\d+\.\d km/);
    expect(await panel.getByTestId('route-totals').textContent()).toMatch(/^全天：路程 \d+\.\d km/);
    expect(await panel.getByTestId('route-map').getAttribute('data-stops')).toBe(String(before.length));
    await panel.getByTestId('route-map').locator('canvas').first().waitFor();

    // Move the day's first stop to another day: it leaves this day's route and joins the other's.
    const moved = before[0]!;
    const movedName = (await itemOf(dayCard(page, from), moved).locator('a').first().textContent())!;
    const to = target.days.find((d) => d !== from)!;
    await pick(page, itemOf(dayCard(page, from), moved).getByTestId('plan-item-move'), dayLabelZh(to));
    await expect.poll(() => customersOn(panel).then((c) => [...c].sort())).toEqual(before.slice(1).sort());
    await dayCard(page, to).getByTestId('plan-day-route-show').click();
    await expect.poll(() => panel.getAttribute('data-date')).toBe(to);
    await expect.poll(() => customersOn(panel)).toContain(moved);

    // Remove another visit of that day: it is no longer on the route and the unplaced list names it.
    const removed = (await customersOn(panel)).find((c) => c !== moved)!;
    const removedItem = itemOf(dayCard(page, to), removed);
    const name = (await removedItem.locator('a').first().textContent())!;
    const listedBefore = await (await unplacedEntry(page, removed)).count();
    await removedItem.getByTestId('plan-item-remove').click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => customersOn(panel)).not.toContain(removed);
    await expect.poll(async () => (await unplacedEntry(page, removed)).count()).toBe(listedBefore + 1);
    const entry = (await unplacedEntry(page, removed)).filter({ hasText: '计划中只有' });
    expect(await entry.textContent()).toContain(name);
    expect(await entry.textContent()).toMatch(/每月须(拜访|联系) \d 次，计划中只有 \d 次/);

    // Place it back from the unplaced list on the first day offered: it leaves the list and is on that day's route.
    await entry.getByTestId('plan-unplaced-place').click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    const label = (await option.textContent())!;
    await option.click();
    const placedDay = target.days.find((d) => dayLabelZh(d) === label)!;
    expect(placedDay, label).toBeDefined();
    await expect.poll(async () => (await unplacedEntry(page, removed)).count()).toBe(listedBefore);
    await dayCard(page, placedDay).getByTestId('plan-day-route-show').click();
    await expect.poll(() => panel.getAttribute('data-date')).toBe(placedDay);
    await expect.poll(() => customersOn(panel)).toContain(removed);

    // Adding the moved customer to its new day again is refused, and the form says why in Chinese.
    await page.getByTestId('plan-add').click();
    const modal = page.locator('.ant-modal:visible');
    const search = modal.getByRole('combobox').first();
    await search.click();
    await search.fill(movedName);
    await page.locator('.ant-select-dropdown:visible').getByText(movedName, { exact: true }).click();
    await chooseOption(page, modal.getByTestId('plan-add-date'), dayLabelZh(to));
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => modal.textContent()).toContain('同一天不重复拜访');
    await modal.locator('.ant-modal-footer .ant-btn').first().click();

    // At phone width the map sits above the list and nothing scrolls sideways.
    const phone = await openLogin(env.browser, env.server.url, PHONE_390);
    await signIn(phone.page, 'zhangwei');
    await phone.page.getByTestId('home-rep').waitFor();
    await phone.page.goto(`/visits/plans?month=${target.month}`);
    const phonePanel = phone.page.getByTestId('route-panel');
    await phonePanel.getByTestId('route-stop').first().waitFor();
    await phonePanel.getByTestId('route-map').locator('canvas').first().waitFor();
    const map = (await phonePanel.getByTestId('route-map').boundingBox())!;
    const list = (await phonePanel.getByTestId('route-list').boundingBox())!;
    expect(list.y).toBeGreaterThanOrEqual(map.y + map.height);
    expect(await horizontalOverflow(phone.page)).toBe(0);
    await phone.context.close();
    await context.close();
  });
});
