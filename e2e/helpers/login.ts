import type { Browser, BrowserContext, Page } from 'playwright-core';

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

/** A fresh browser context (own cookies) with a page on the login screen. */
export async function openLogin(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion switches antd's animations off (the app honours it), so no click lands on an opening dropdown.
  const context = await browser.newContext({ baseURL, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
  // A loaded 2-core CI machine runs the API suites beside the browser: give each action a minute, not 30 s.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByTestId('login-page').waitFor();
  return { context, page };
}

export async function signIn(page: Page, username: string, password = 'keqing2026', orgCode = 'huakang'): Promise<void> {
  await page.locator('#login_orgCode').fill(orgCode);
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Horizontal overflow of the page in CSS pixels (0 when nothing sticks out). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
