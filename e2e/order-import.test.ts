import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatYuan } from '../src/domain/sales/money';
import { useServerAndBrowser } from './helpers/fixture';
import { expectOneProblem, uploadToImport, xlsxFile } from './helpers/import';
import { openLogin, signIn } from './helpers/login';

const env = useServerAndBrowser();
const HEADERS = ['订单号', '日期', '客户', '产品编码', '数量', '单价（元）'];
const REF = `E2E-${Date.now().toString(36).toUpperCase()}`;

const upload = async (page: Page, name: string, rows: (string | number)[][]) => uploadToImport(page, name, await xlsxFile('订单', HEADERS, rows));

describe('a rep imports orders from Excel', () => {
  it('sees the report of a bad row (row, column, reason) with nothing written, then imports the fixed file and sees the order', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url);
    await signIn(page, 'zhangwei');
    await page.getByTestId('home-rep').waitFor();
    // One of the rep's own customers and a product on sale, as the rep sees them.
    const customer = (await (await page.request.get('/api/customers?limit=1')).json()).items[0] as { id: string; name: string };
    const product = ((await (await page.request.get('/api/products?limit=50')).json()).items as { code: string; active: boolean }[]).find((p) => p.active)!;
    const ordersOfCustomer = async () => ((await (await page.request.get(`/api/orders?customerId=${customer.id}&limit=200`)).json()).items as { source: string }[]).filter((o) => o.source === 'import');

    await page.goto('/orders');
    await page.getByTestId('order-import').click();
    await page.getByTestId('order-import-page').waitFor();

    // Two lines of one order; the second names a product that does not exist.
    await upload(page, '订单.xlsx', [
      [REF, '2026-11-02', customer.name, product.code, 3, '10.50'],
      [REF, '2026-11-02', customer.name, 'NO-SUCH-PRODUCT', 1, ''],
    ]);
    expect(await page.getByTestId('import-mapping-select').count()).toBe(HEADERS.length);
    await expectOneProblem(page, { row: 3, column: '产品编码', reason: '没有编码为“NO-SUCH-PRODUCT”的产品' });
    expect(await ordersOfCustomer()).toEqual([]);

    // The fixed file imports as one order with two lines.
    await page.getByRole('button', { name: '重新上传' }).click();
    await upload(page, '订单（改）.xlsx', [
      [REF, '2026-11-02', customer.name, product.code, 3, '10.50'],
      [REF, '2026-11-02', customer.name, product.code, 2, '9'],
    ]);
    await page.getByTestId('import-check').click();
    await page.getByTestId('order-import-outcomes').waitFor();
    expect(await page.getByTestId('order-import-outcomes').textContent()).toContain(formatYuan(3 * 1050 + 2 * 900));
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('已新建 1 张订单');
    await page.getByTestId('import-done').click();
    await page.getByTestId('orders-page').waitFor();
    await page.goto(`/orders?customerId=${customer.id}`);
    await page.getByText(formatYuan(3 * 1050 + 2 * 900)).first().waitFor();
    expect(await ordersOfCustomer()).toHaveLength(1);
    await context.close();
  });
});
