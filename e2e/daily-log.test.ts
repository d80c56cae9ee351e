import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, horizontalOverflow, openLogin, signIn } from './helpers/login';

const env = useServerAndBrowser();

/*
 * The daily log (成功手册): 张伟 writes today's summary on his phone (390 px); 周强, his office manager, opens it from
 * the office's list on a desktop and comments; 张伟 then reads the comment and can no longer change the summary.
 * Nothing here depends on today's plan (the day may be a weekend without stops).
 */

const PHONE_390 = { width: 390, height: 844 };
const SUMMARY = '上午拜访两家卫生院，了解库存；下午整理问卷。（端到端）';
const COMMENT = '明天先补 A 类客户。（端到端）';
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});

describe('the daily log', () => {
  it('lets the rep write the day’s summary on a phone', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, PHONE_390);
    contexts.push(context);
    await signIn(page, 'zhangwei');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/visits/daily-log');
    await page.getByTestId('daily-log-summary').fill(SUMMARY);
    await page.getByTestId('daily-log-save').click();
    await page.getByText('小结已保存').waitFor();
    await expect.poll(() => page.getByTestId('daily-log-save').isDisabled()).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
  });

  it('lets the office manager open it from the office’s list and comment', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, DESKTOP);
    contexts.push(context);
    await signIn(page, 'zhouqiang');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/visits/daily-log');
    const open = page.getByTestId('daily-log-open').filter({ hasText: '张伟' });
    await open.click();
    await page.getByTestId('daily-log-summary-text').filter({ hasText: SUMMARY }).waitFor();
    await page.getByTestId('daily-log-comment-input').fill(COMMENT);
    await page.getByTestId('daily-log-comment-send').click();
    await page.getByText('点评已提交').waitFor();
    await page.goto('/visits/daily-log?uncommented=true');
    await page.getByText('这段时间没有成功手册').waitFor();
  });

  it('shows the rep the comment and closes the summary', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, PHONE_390);
    contexts.push(context);
    await signIn(page, 'zhangwei');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/visits/daily-log');
    await page.getByTestId('daily-log-comment').filter({ hasText: COMMENT }).waitFor();
    expect(await page.getByTestId('daily-log-summary').isDisabled()).toBe(true);
    expect(await page.getByTestId('daily-log-save').count()).toBe(0);
  });
});
