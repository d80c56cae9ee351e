import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call } from './helpers/api';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, openLogin, signIn } from './helpers/login';

const env = useServerAndBrowser();

/*
 * 客情费规则 (/expenses/settings) in the browser: the sales manager changes the borrowing limit and the spot-check size;
 * an amount the form cannot read and deadlines the server refuses are shown under their fields with nothing saved;
 * a save over someone else's change reloads theirs; a rep may read the rules but not change them.
 */

/** How long to wait for the page to show a server round trip (a loaded 2-core machine runs other suites beside it). */
const WAIT = { timeout: 30_000 };

interface SettingsView {
  version: number;
  isDefault: boolean;
  settings: { borrowingLimitFen: number; spotCheckSampleSize: number; submitByWorkingDay: number; reviewByWorkingDay: number; payoutFromWorkingDay: number };
}

async function openSettings(browser: Browser, url: string, username: string): Promise<Page> {
  const { page } = await openLogin(browser, url, DESKTOP);
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto('/expenses/settings');
  await page.getByTestId('expense-settings-form').waitFor();
  return page;
}

const stored = async (page: Page) => (await call(page, 'GET', '/settings/expenses')).json as SettingsView;

/** The problem shown under the form item holding the input `#id`. */
const fieldError = (page: Page, id: string): Locator =>
  page.locator('.ant-form-item').filter({ has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');

describe('客情费规则', () => {
  it('the sales manager changes the borrowing limit and spot checks; the changes survive a reload', async () => {
    const page = await openSettings(env.browser, env.server.url, 'zhaogang');
    expect(await stored(page)).toMatchObject({ version: 0, isDefault: true });
    expect(await page.locator('#borrowingLimit').inputValue()).toBe('3000.00');

    await page.locator('#borrowingLimit').fill('5000');
    await page.locator('#spotCheckSampleSize').fill('4');
    await page.getByTestId('expense-settings-save').click();
    await page.locator('.ant-message').getByText('客情费规则已保存，之后生成的月结单按新规则').waitFor(WAIT);
    expect(await stored(page)).toMatchObject({ version: 1, isDefault: false, settings: { borrowingLimitFen: 500_000, spotCheckSampleSize: 4 } });

    await page.reload();
    await page.getByTestId('expense-settings-form').waitFor();
    expect(await page.locator('#borrowingLimit').inputValue()).toBe('5000.00');
    expect(await page.locator('#spotCheckSampleSize').inputValue()).toBe('4');
    await page.context().close();
  });

  it('a negative limit and a review deadline before the submission deadline are shown at their fields; nothing is saved', async () => {
    const page = await openSettings(env.browser, env.server.url, 'zhaogang');
    const before = await stored(page);

    // The browser refuses an amount it cannot read before anything is sent.
    await page.locator('#borrowingLimit').fill('-100');
    await page.getByTestId('expense-settings-save').click();
    await expect.poll(() => fieldError(page, 'borrowingLimit').textContent(), WAIT).toBe('请填写金额，最多两位小数，如 12.50');
    expect(await stored(page)).toEqual(before);

    // The server refuses deadlines out of order (400); its problem is put under the field, the summary above the button.
    await page.locator('#borrowingLimit').fill('5000');
    await page.locator('#reviewByWorkingDay').fill('2');
    await page.getByTestId('expense-settings-save').click();
    await expect.poll(() => fieldError(page, 'reviewByWorkingDay').textContent(), WAIT).toContain('审核截止日不能早于报送截止日（第 3 个工作日）');
    expect(await page.getByTestId('expense-settings-form').locator('.ant-alert-error').textContent()).toContain('提交的内容有误，请检查标出的字段');
    expect(await stored(page)).toEqual(before);
    await page.context().close();
  });

  it('a save over the administrator’s newer change says so and shows theirs', async () => {
    const page = await openSettings(env.browser, env.server.url, 'zhaogang');
    const before = await stored(page);
    const admin = await openSettings(env.browser, env.server.url, 'admin');
    const put = await call(admin, 'PUT', '/settings/expenses', { version: before.version, settings: { ...before.settings, spotCheckSampleSize: 5 } });
    expect(put.status).toBe(200);
    await admin.context().close();

    await page.locator('#spotCheckSampleSize').fill('6');
    await page.getByTestId('expense-settings-save').click();
    await page.locator('.ant-message').getByText('该记录已被他人修改，已重新载入最新内容，请检查后再保存').waitFor(WAIT);
    await expect.poll(() => page.locator('#spotCheckSampleSize').inputValue(), WAIT).toBe('5');
    expect(await stored(page)).toMatchObject({ version: before.version + 1, settings: { spotCheckSampleSize: 5 } });
    await page.context().close();
  });

  it('a rep reads the rules but cannot change them', async () => {
    const page = await openSettings(env.browser, env.server.url, 'zhangwei');
    expect(await page.locator('#borrowingLimit').inputValue()).toBe('5000.00');
    expect(await page.locator('#borrowingLimit').isDisabled()).toBe(true);
    expect(await page.getByTestId('expense-settings-save').count()).toBe(0);
    await page.getByText('只有销售经理和管理员可以修改。').waitFor();

    const before = await stored(page);
    const put = await call(page, 'PUT', '/settings/expenses', { version: before.version, settings: { ...before.settings, spotCheckSampleSize: 9 } });
    expect(put.status).toBe(403);
    expect(await stored(page)).toEqual(before);
    await page.context().close();
  });
});
