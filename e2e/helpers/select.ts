import type { Locator, Page } from 'playwright-core';

/**
 * Opens an antd select and picks an option, then checks that the select shows it; on a loaded machine a click
 * can land while the dropdown is still animating, so it tries again (up to three times) instead of going on blind.
 */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  // The select itself (a test id on the Select) or the antd select around it (a form field's input).
  const field = select.locator('xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).click();
    try {
      await field.getByText(option, { exact: true }).first().waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
