import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, horizontalOverflow, openLogin, PHONE, signIn } from './helpers/login';

const env = useServerAndBrowser();

/* The ABC page over the demo organisation's two years of orders (issue 4: open it, change period and scope, see the chart and the mix). */
describe('ABC analysis page', () => {
  it('the sales manager sees the Pareto chart and the mix, and changes the period and the office', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, DESKTOP);
    await signIn(page, 'zhaogang');
    await page.getByTestId('home-sales_manager').waitFor();
    await page.getByRole('menuitem', { name: 'ABC分析' }).click();
    await page.waitForURL('**/abc');
    await page.locator('[data-testid=pareto-chart] canvas').waitFor();
    const mix = page.getByTestId('abc-mix');
    await mix.waitFor();
    expect(await mix.textContent()).toContain('20.00%');
    const rows = page.locator('[data-testid=abc-table] tbody tr.ant-table-row');
    expect(await rows.count()).toBeGreaterThan(0);
    const firstBefore = await rows.first().textContent();

    // Another period: the first three months of last year.
    const year = new Date().getFullYear() - 1;
    const range = page.locator('[data-testid=abc-period]');
    await range.locator('input').first().click();
    await range.locator('input').first().fill(`${year}-01`);
    await range.locator('input').nth(1).click();
    await range.locator('input').nth(1).fill(`${year}-03`);
    await range.locator('input').nth(1).press('Enter');
    await expect.poll(async () => (await page.locator('[data-testid=abc-period] input').nth(1).inputValue()) === `${year}-03`).toBe(true);
    await expect.poll(() => rows.first().textContent(), { timeout: 10_000 }).not.toBe(firstBefore);

    // One office only: every row on the page belongs to it.
    await page.getByTestId('abc-office').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '南阳办事处' }).click();
    await expect.poll(async () => (await page.locator('[data-testid=abc-table] tbody tr.ant-table-row td:nth-child(8)').allTextContents()).every((o) => o === '南阳办事处')).toBe(true);
    await page.locator('[data-testid=pareto-chart] canvas').waitFor();
    expect(await mix.textContent()).toMatch(/A/);

    await page.getByTestId('abc-save').click();
    await page.locator('.ant-message').getByText('已保存').waitFor();
    await context.close();
  });

  it('fits a phone screen', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, PHONE);
    await signIn(page, 'zhouqiang');
    await page.getByTestId('home-office_manager').waitFor();
    await page.goto('/abc');
    await page.locator('[data-testid=pareto-chart] canvas').waitFor();
    await page.getByTestId('abc-mix').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await context.close();
  });
});
