import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/fixture';
import { expectOneProblem, uploadToImport, xlsxFile } from './helpers/import';
import { openLogin, signIn } from './helpers/login';

const env = useServerAndBrowser();
const PREFIX = '浏览器导入';
const HEADERS = ['客户名称', '客户类型', '所在地区', '电话', '负责人'];

const upload = async (page: Page, name: string, rows: string[][]) => uploadToImport(page, name, await xlsxFile('客户', HEADERS, rows));

async function customersNamed(page: Page, prefix: string): Promise<string[]> {
  await page.goto('/customers');
  await page.getByTestId('customers-page').waitFor();
  const searched = page.waitForResponse((r) => r.url().includes('/api/customers?') && r.url().includes(encodeURIComponent(prefix)));
  await page.locator('[data-testid=customer-search] input').fill(prefix);
  await searched;
  await page.waitForTimeout(300);
  return page.getByTestId('customer-row-link').allTextContents();
}

describe('an office manager imports customers from Excel', () => {
  it('sees the report of a bad row (row, column, reason) with nothing written, then imports a clean file', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url);
    await signIn(page, 'zhouqiang');
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/customers');
    await page.getByTestId('customer-import').click();
    await page.getByTestId('customer-import-page').waitFor();

    // One bad row: a customer type the organisation does not have.
    await upload(page, '新客户.xlsx', [
      [`${PREFIX}甲村卫生室`, '村卫生室', '河南省 郑州市 中牟县', '19300000001', '张伟'],
      [`${PREFIX}乙村卫生室`, '社区医院', '河南省 郑州市 中牟县', '19300000002', '张伟'],
      [`${PREFIX}丙村卫生室`, '村卫生室', '河南省 郑州市 新郑市', '19300000003', '李娜'],
    ]);
    expect(await page.getByTestId('import-mapping-select').count()).toBe(HEADERS.length);
    await expectOneProblem(page, { row: 3, column: '客户类型', reason: '客户类型“社区医院”不存在' });
    expect(await customersNamed(page, PREFIX)).toEqual([]);

    // The clean file imports.
    await page.goto('/customers/import');
    await upload(page, '新客户（改）.xlsx', [
      [`${PREFIX}甲村卫生室`, '村卫生室', '河南省 郑州市 中牟县', '19300000001', '张伟'],
      [`${PREFIX}乙村卫生室`, '乡镇卫生院', '河南省 郑州市 中牟县', '19300000002', '张伟'],
    ]);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('已新建 2 个，更新 0 个');
    await page.getByTestId('import-done').click();
    expect(await customersNamed(page, PREFIX)).toEqual([`${PREFIX}乙村卫生室`, `${PREFIX}甲村卫生室`]);
    await context.close();
  });

  it('is not offered to a rep', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url);
    await signIn(page, 'zhangwei');
    await page.getByTestId('home-rep').waitFor();
    await page.goto('/customers');
    await page.getByTestId('customers-page').waitFor();
    expect(await page.getByTestId('customer-import').count()).toBe(0);
    expect(await page.getByTestId('customer-export').count()).toBe(1);
    await context.close();
  });
});
