import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { workingCalendar } from '../../src/domain/calendar/official';

/** Next month in Beijing, or this month when the official calendar does not know next month's holidays yet. */
export function targetMonth(): { month: string; days: string[] } {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number) as [number, number];
  for (const [year, month] of [m === 12 ? [y + 1, 1] : [y, m + 1], [y, m]] as const) {
    const days = workingCalendar().workingDaysOf(year, month);
    if (days.ok) return { month: `${year}-${String(month).padStart(2, '0')}`, days: days.value };
  }
  throw new Error('the official calendar knows neither this month nor the next');
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** A plan day as the page names it: 12月3日 周四. */
export function dayLabelZh(iso: string): string {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${m}月${d}日 ${WEEKDAYS[new Date(`${iso}T12:00:00Z`).getUTCDay()]}`;
}

/** Opens 拜访计划 from the menu and makes sure the month shown is the target month. */
export async function openPlans(page: Page, month: string) {
  await page.getByRole('menuitem', { name: '拜访计划' }).click();
  await page.waitForURL('**/visits/plans**');
  const input = page.getByTestId('plan-month');
  await input.waitFor();
  if ((await input.inputValue()) !== month) {
    await input.click();
    await input.fill(month);
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe(month);
  }
}
