import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call } from './helpers/api';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, horizontalOverflow, openLogin, signIn } from './helpers/login';

const env = useServerAndBrowser();

/** The phone the brief names (a little wider than the PHONE of the other tests). */
const PHONE_390 = { width: 390, height: 844 };

/** Integer fen from the yuan typed in the test ("26.8" → 2680), without floating point. */
function fenOf(yuan: string): number {
  const [whole, decimals = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** "¥1,576.50" as a person writes it: thousands separated, always two decimals. */
function yuan(fen: number): string {
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Types into a searching antd select and picks the option that holds `option`, then checks that the select shows
 * it; like chooseOption (helpers/select), it tries again when a click lands while the dropdown is still moving.
 */
async function searchAndPick(page: Page, select: Locator, typed: string, option: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await select.locator('input').fill(typed);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
    try {
      await select.getByText(option).first().waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

const modalSave = (page: Page) => page.locator('.ant-modal:visible .ant-btn-primary').click();

describe('order entry, collections and returns', () => {
  it('the sales clerk enters a two-line order, books part of it, is refused too much, takes a line back and sees it on the customer', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, DESKTOP);
    await signIn(page, 'liuyan');
    await page.getByTestId('home-clerk').waitFor();

    // The customer's sales card before the order, to see what the order adds.
    const customerName = '中牟县人民医院';
    const found = await call(page, 'GET', `/customers?q=${encodeURIComponent(customerName)}&limit=20`);
    const customer = (found.json.items as { id: string; name: string }[]).find((c) => c.name === customerName)!;
    expect(customer).toBeDefined();
    await page.goto(`/customers/${customer.id}`);
    await page.getByTestId('customer-sales-count').waitFor();
    const countBefore = Number(await page.getByTestId('customer-sales-count').textContent());
    const owedBefore = fenOf((await page.getByTestId('customer-sales-owed').textContent())!.replace(/[¥,]/g, ''));

    await page.getByRole('menuitem', { name: '订单' }).click();
    await page.getByTestId('orders-page').waitFor();
    await page.getByTestId('order-create').click();
    const form = page.getByTestId('order-form');
    await form.waitFor();
    await searchAndPick(page, form.getByTestId('order-customer'), 'zmxrmyy', customerName);
    const orderDate = await form.locator('#order-form_orderDate').inputValue();
    expect(orderDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const typed = [
      { product: '阿莫西林胶囊', quantity: 30, price: '12.35' },
      { product: '阿托伐他汀钙片', quantity: 45, price: '26.8' },
    ];
    const lines = form.getByTestId('order-line');
    for (const [i, line] of typed.entries()) {
      if (i > 0) await form.getByRole('button', { name: '添加一行' }).click();
      await expect.poll(() => lines.count()).toBe(i + 1);
      await searchAndPick(page, lines.nth(i).getByTestId('line-product'), line.product, line.product);
      await form.locator(`#order-form_lines_${i}_quantity`).fill(String(line.quantity));
      await form.locator(`#order-form_lines_${i}_price`).fill(line.price);
      await expect.poll(() => lines.nth(i).getByTestId('line-amount').textContent()).toBe(yuan(line.quantity * fenOf(line.price)));
    }
    const totalFen = typed.reduce((sum, l) => sum + l.quantity * fenOf(l.price), 0);
    await expect.poll(() => form.getByTestId('order-total').textContent()).toBe(`合计：${yuan(totalFen)}`);
    await modalSave(page);

    // Saved: the order opens, owing all of it.
    const detail = page.getByTestId('order-detail');
    await detail.waitFor();
    const orderUrl = page.url();
    expect(orderUrl).toMatch(/\/orders\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('order-amount').textContent()).toBe(yuan(totalFen));
    expect(await page.getByTestId('order-owed').textContent()).toBe(yuan(totalFen));
    const lineRows = page.locator('[data-testid=order-lines] tbody tr.ant-table-row');
    expect(await lineRows.count()).toBe(2);
    for (const line of typed) {
      const row = lineRows.filter({ hasText: line.product });
      expect(await row.textContent()).toContain(yuan(line.quantity * fenOf(line.price)));
      expect(await row.textContent()).toContain(yuan(fenOf(line.price)));
    }

    // A partial collection: what is owed drops by it.
    const collected = '500.25';
    let owed = totalFen - fenOf(collected);
    await page.getByTestId('order-collect').click();
    await page.getByTestId('collection-form').waitFor();
    await page.locator('#collection-form_amountFen').fill(collected);
    await modalSave(page);
    await page.getByTestId('collection-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('order-owed').textContent()).toBe(yuan(owed));
    expect(await page.getByTestId('order-collections').textContent()).toContain(yuan(fenOf(collected)));

    // More than is owed: refused in Chinese, naming what is owed; nothing is booked.
    await page.getByTestId('order-collect').click();
    await page.getByTestId('collection-form').waitFor();
    expect(await page.locator('.ant-modal:visible .ant-modal-title').textContent()).toContain(yuan(owed));
    await page.locator('#collection-form_amountFen').fill(yuan(owed + 1).replace(/[¥,]/g, ''));
    await modalSave(page);
    await page.getByTestId('collection-form').getByText(`金额：超过了欠款 ${yuan(owed)}，最多可登记 ${yuan(owed)}`).first().waitFor();
    await page.locator('.ant-modal:visible').getByRole('button', { name: /取\s*消/ }).click();
    await page.getByTestId('collection-form').waitFor({ state: 'detached' });
    expect(await page.getByTestId('order-owed').textContent()).toBe(yuan(owed));

    // A return of the first line: all of it, at the sale's price (left empty); it shows on the sale and lowers what is owed.
    const back = typed[0]!;
    const backFen = back.quantity * fenOf(back.price);
    owed -= backFen;
    await page.getByTestId('order-return').click();
    const returnForm = page.getByTestId('order-form');
    await returnForm.waitFor();
    await searchAndPick(page, returnForm.getByTestId('line-product'), back.product, back.product);
    await returnForm.locator('#order-form_lines_0_quantity').fill(String(back.quantity));
    await expect.poll(() => returnForm.getByTestId('order-total').textContent()).toBe(`合计：${yuan(-backFen)}`);
    await modalSave(page);
    await returnForm.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('order-owed').textContent()).toBe(yuan(owed));
    expect(await page.getByTestId('order-returned').textContent()).toBe(yuan(backFen));
    expect(await page.getByTestId('order-returns').textContent()).toContain(yuan(-backFen));

    // The customer's page: one sale more, its date last, and what it still owes added to the customer's debt.
    await detail.getByRole('link', { name: customerName }).click();
    await page.getByTestId('customer-detail').waitFor();
    await expect.poll(() => page.getByTestId('customer-sales-count').textContent()).toBe(String(countBefore + 1));
    expect(await page.getByTestId('customer-sales-last').textContent()).toBe(orderDate);
    expect(await page.getByTestId('customer-sales-owed').textContent()).toBe(yuan(owedBefore + owed));

    // …and its orders, reached from the card, list the sale; it opens again.
    await page.getByTestId('customer-sales-orders').click();
    await page.getByTestId('orders-page').waitFor();
    const row = page.locator('[data-testid=orders-page] tbody tr.ant-table-row').filter({ hasText: orderDate }).filter({ hasText: yuan(totalFen) });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain(yuan(owed));
    await row.getByRole('link', { name: customerName }).click();
    await detail.waitFor();
    expect(page.url()).toBe(orderUrl);
    await context.close();
  });

  it('at phone width the order form is usable and nothing sticks out sideways', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, PHONE_390);
    await signIn(page, 'liuyan');
    await page.getByTestId('home-clerk').waitFor();
    await page.goto('/orders');
    await page.getByTestId('orders-page').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByTestId('order-create').click();
    const form = page.getByTestId('order-form');
    await form.waitFor();
    await searchAndPick(page, form.getByTestId('order-customer'), 'zmxzyy', '中牟县中医院');
    const line = form.getByTestId('order-line').first();
    await searchAndPick(page, line.getByTestId('line-product'), '复方丹参滴丸', '复方丹参滴丸');
    await form.locator('#order-form_lines_0_quantity').fill('4');
    await form.locator('#order-form_lines_0_price').fill('23.5');
    await expect.poll(() => form.getByTestId('order-total').textContent()).toBe(`合计：${yuan(4 * 2350)}`);

    // Every field of the line lies inside the screen, and the page does not scroll sideways with the form open.
    for (const field of [line.getByTestId('line-product'), form.locator('#order-form_lines_0_quantity'), form.locator('#order-form_lines_0_price'), line.getByTestId('line-amount')]) {
      const box = (await field.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE_390.width);
    }
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await modalSave(page);
    await page.getByTestId('order-detail').waitFor();
    expect(await page.getByTestId('order-owed').textContent()).toBe(yuan(4 * 2350));
    // The line's amount is on the screen, not behind a sideways scroll of the lines table.
    const amount = (await page.locator('[data-testid=order-lines] tbody tr.ant-table-row').first().getByText(yuan(4 * 2350)).boundingBox())!;
    expect(amount.x + amount.width).toBeLessThanOrEqual(PHONE_390.width);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('a product with a 客情费 standard shows it in the product list', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, DESKTOP);
    await signIn(page, 'zhaogang');
    await page.getByTestId('home-sales_manager').waitFor();
    const created = await call(page, 'POST', '/products', {
      code: 'E2E-001',
      name: '端到端测试胶囊',
      spec: '0.5g×12粒',
      category: '端到端',
      unit: '盒',
      listPriceFen: 1999,
      costFen: 1010,
      expenseStandardFen: 345,
    });
    expect(created.status).toBe(201);

    await page.getByRole('menuitem', { name: '产品' }).click();
    await page.getByTestId('products-page').waitFor();
    await page.getByPlaceholder('编码、名称或类别').fill('端到端测试');
    await page.getByPlaceholder('编码、名称或类别').press('Enter');
    const table = page.locator('[data-testid=products-page] table');
    const row = table.locator('tbody tr.ant-table-row').filter({ hasText: '端到端测试胶囊' });
    await row.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    const expenseColumn = headers.indexOf('客情费标准（元/单位）');
    expect(expenseColumn).toBeGreaterThanOrEqual(0);
    expect(await row.locator('td').nth(expenseColumn).textContent()).toBe(yuan(345));
    await context.close();
  });
});
