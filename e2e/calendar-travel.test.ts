import { describe, expect, it } from 'vitest';
import { call } from './helpers/api';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, horizontalOverflow, openLogin, signIn } from './helpers/login';

const env = useServerAndBrowser();

/*
 * The working calendar and the visit settings in the browser (issue 5): the administrator enters a 2027 holiday the
 * package does not know yet; a rep sets their start point and transport on a phone, and is told when the coordinates
 * are swapped; the office manager gives one customer three visits a month on the customer page.
 */

const PHONE_390 = { width: 390, height: 844 };

describe('working calendar and visit settings', () => {
  it('the administrator marks a 2027 day off, after the page says the year is not configured', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, DESKTOP);
    await signIn(page, 'admin');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/calendar?month=2027-01');
    expect(await page.getByTestId('calendar-notice').textContent()).toContain('2027 年的节假日尚未配置');
    expect(await page.getByTestId('calendar-day-2027-01-04').getAttribute('data-working')).toBe('unknown');

    await page.getByTestId('calendar-day-2027-01-01').click();
    await page.getByTestId('calendar-day-form').waitFor();
    await page.getByRole('radio', { name: '放假' }).check({ force: true });
    await page.locator('#calendar-day-form_note').fill('元旦');
    await page.getByRole('button', { name: '保存调整' }).click();
    await page.getByTestId('calendar-override-2027-01-01').waitFor();

    const day = page.getByTestId('calendar-day-2027-01-01');
    expect(await day.getAttribute('data-working')).toBe('false');
    expect(await day.textContent()).toContain('元旦');
    // The rest of 2027 now counts Monday to Friday, and the notice asks to enter the whole notice.
    expect(await page.getByTestId('calendar-day-2027-01-04').getAttribute('data-working')).toBe('true');
    expect(await page.getByTestId('calendar-notice').textContent()).toContain('按您录入的 1 条调整和周末计算');
    await context.close();
  });

  it('a rep sets the start point and transport on a phone; swapped coordinates are refused with the reason', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, PHONE_390);
    await signIn(page, 'zhangwei');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/visits/travel');
    await page.getByTestId('travel-form').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);

    await page.locator('#startLng').fill('34.75');
    await page.locator('#startLat').fill('113.66');
    await page.getByTestId('travel-save').click();
    await page.getByText('应在 73–136 之间（中国境内），请检查经纬度是否填反').waitFor();

    await page.locator('#startLng').fill('113.66');
    await page.locator('#startLat').fill('34.75');
    await page.getByTestId('travel-form').getByText('汽车', { exact: true }).click();
    await page.locator('#dailyCapacity').fill('6');
    await page.getByTestId('travel-save').click();
    await page.getByText('出行设置已保存：路线时间立即按新设置计算，拜访顺序在下次生成或调整计划时更新').waitFor();

    const me = await call(page, 'GET', '/auth/me');
    const saved = await call(page, 'GET', `/visit-travel/${me.json.user.id as string}`);
    expect(saved.json).toMatchObject({ start: { lng: 113.66, lat: 34.75 }, mode: 'car', dailyCapacity: 6, version: 1 });
    await context.close();
  });

  it('the office manager gives a customer of the office three visits a month', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, DESKTOP);
    await signIn(page, 'zhouqiang');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const list = await call(page, 'GET', '/customers?limit=1');
    const customerId = list.json.items[0].id as string;
    await page.goto(`/customers/${customerId}`);
    const card = page.getByTestId('customer-visit-rule');
    await card.getByText('按等级规则').first().waitFor();
    await page.getByTestId('customer-rule-edit').click();
    await page.locator('#customer-rule-form_visitsPerMonth').fill('3');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('customer-rule-form').waitFor({ state: 'detached' });
    await card.getByText('本客户的例外').waitFor();
    expect(await page.getByTestId('customer-rule-visits-value').textContent()).toBe('3 次');
    await context.close();
  });
});
