import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { call } from './helpers/api';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, openLogin, signIn } from './helpers/login';
import { serverClockFile, serverClockOptions, setServerClock } from './helpers/server-clock';

/*
 * The 客情费 cycle in the browser. Its deadlines are working days of the month after the statement month (submit by
 * the 3rd, review by the 8th, payout from the 9th), so no single day allows both signing and paying: the server runs
 * on a moved clock (helpers/fake-clock.ts). December 2026: 1st working day Tue 1 Dec, 3rd Thu 3 Dec, 8th Thu 10 Dec,
 * 9th Fri 11 Dec. The demo generates November's statements on the 1st working day and has nobody submit before the
 * 2nd, so on 1 December 张伟's statement is a draft.
 */
const clock = serverClockFile('expenses');
setServerClock(clock, '2026-12-01T02:00:00.000Z'); // 10:00 in Beijing, 1st working day
const env = useServerAndBrowser({ ...serverClockOptions(clock), env: { ...serverClockOptions(clock).env, SCHEDULER: 'off' } });
afterAll(() => rmSync(clock, { force: true }));

/** How long to wait for the page to show a server round trip (a loaded 2-core machine runs other suites beside it). */
const WAIT = { timeout: 30_000 };

/** "¥1,576.50" as a person writes it. */
function yuan(fen: number): string {
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

interface Statement {
  id: string;
  repName: string;
  month: string;
  status: string;
  totals: { finalFen: number };
  rows: { customerId: string; customerName: string; payableFen: number; finalFen: number }[];
}

async function signedIn(browser: Browser, url: string, username: string): Promise<Page> {
  const { page } = await openLogin(browser, url, DESKTOP);
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** Confirms the antd confirmation dialog that is open, with the button that says `ok`. */
async function confirmDialog(page: Page, ok: string): Promise<void> {
  const dialog = page.locator('.ant-modal-confirm:visible');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: new RegExp(ok.split('').join('\\s*')) }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A reviewer finds the statement waiting for them on 客情费审核, opens it and signs. */
async function approveAs(browser: Browser, url: string, username: string, repName: string, statusAfter: string): Promise<void> {
  const page = await signedIn(browser, url, username);
  await page.getByRole('menuitem', { name: '客情费审核' }).click();
  const waiting = page.getByTestId('waiting-statements');
  const row = waiting.locator('tbody tr.ant-table-row').filter({ hasText: repName });
  await row.waitFor();
  expect(await waiting.locator('tbody tr.ant-table-row').count()).toBe(1);
  expect(await row.getByTestId('due-on').textContent()).toBe('2026-12-10');
  await row.getByTestId('statement-open').click();
  await page.getByTestId('statement-view').waitFor();
  await page.getByTestId('statement-approve').click();
  await confirmDialog(page, '审核通过');
  await expect.poll(() => page.getByTestId('statement-status').textContent(), WAIT).toBe(statusAfter);
  await page.context().close();
}

describe('客情费: statement, review, payout and the printable form', () => {
  it('a rep adjusts and submits last month’s statement; clerk, sales manager and finance sign in turn; finance pays; the PDF downloads', async () => {
    const url = env.server.url;

    // 张伟 opens 我的月结单: November's statement, a draft, due on the 3rd working day.
    const rep = await signedIn(env.browser, url, 'zhangwei');
    await rep.getByRole('menuitem', { name: '我的月结单' }).click();
    await rep.getByTestId('statement-view').waitFor();
    expect(await rep.getByTestId('statement-status').textContent()).toBe('草稿');
    expect(await rep.getByTestId('statement-submit-by').textContent()).toBe('2026-12-03');
    const listed = await call(rep, 'GET', '/expense-statements?month=2026-11');
    const id = (listed.json.items as { id: string }[])[0]!.id;
    const before = (await call(rep, 'GET', `/expense-statements/${id}`)).json as Statement;
    expect(before.status).toBe('draft');
    expect(await rep.getByTestId('statement-total-final').textContent()).toBe(yuan(before.totals.finalFen));

    // Adjusting a row above its payable amount: the form asks for the reason in Chinese before anything is sent.
    const target = before.rows.find((r) => r.payableFen > 0)!;
    const raised = target.payableFen + 5000;
    const row = rep.getByTestId('statement-rows').locator('tbody tr.ant-table-row').filter({ hasText: target.customerName }).first();
    await row.getByTestId('row-adjust').click();
    const form = rep.getByTestId('adjust-form');
    await form.waitFor();
    await form.locator('#adjust-form_adjustedFen').fill(yuan(raised).replace(/[¥,]/g, ''));
    await rep.locator('.ant-modal:visible .ant-btn-primary').click();
    await form.getByText(`金额高于应付金额 ${yuan(target.payableFen)}，请写明原因`).first().waitFor();
    await form.locator('#adjust-form_reason').fill('该院采购科长陪同参加学术推广会');
    await rep.locator('.ant-modal:visible .ant-btn-primary').click();
    await form.waitFor({ state: 'detached' });
    const total = before.totals.finalFen - target.finalFen + raised;
    await expect.poll(() => rep.getByTestId('statement-total-final').textContent(), WAIT).toBe(yuan(total));
    expect(await row.textContent()).toContain('该院采购科长陪同参加学术推广会');
    expect(await row.textContent()).toContain(yuan(raised));

    // Submit on time: 已报送, and the trail says who did what.
    await rep.getByTestId('statement-submit').click();
    await confirmDialog(rep, '报送');
    await expect.poll(() => rep.getByTestId('statement-status').textContent(), WAIT).toBe('已报送，待文员审核');
    expect(await rep.getByTestId('statement-submit').count()).toBe(0);
    expect(await rep.getByTestId('statement-trail').textContent()).toContain('调整金额');
    await rep.context().close();

    // Clerk → sales manager → finance, each finding it waiting for them (due on the review deadline).
    await approveAs(env.browser, url, 'liuyan', '张伟', '文员已审核，待销售部经理审核');
    await approveAs(env.browser, url, 'zhaogang', '张伟', '销售部经理已审核，待财务审核');
    await approveAs(env.browser, url, 'sunli', '张伟', '审核完成');

    // Payout opens on the 9th working day: finance records the cash 张伟 draws, within the limit.
    setServerClock(clock, '2026-12-11T02:00:00.000Z');
    const finance = await signedIn(env.browser, url, 'sunli');
    await finance.goto(`/expenses/statements/${id}`);
    await finance.getByTestId('statement-view').waitFor();
    const signatures = await finance.getByTestId('statement-signatures').textContent();
    for (const name of ['刘燕 · 2026-12-01', '赵刚 · 2026-12-01', '孙丽 · 2026-12-01']) expect(signatures).toContain(name);
    const position = finance.getByTestId('payout-position');
    await position.waitFor();
    const open = position.getByTestId('payout-statements').locator('tbody tr.ant-table-row').filter({ hasText: '2026-11' });
    expect(await open.textContent()).toContain('可兑付');
    await open.getByTestId('payout-record').click();
    const drawForm = finance.getByTestId('draw-form');
    await drawForm.waitFor();
    expect(await drawForm.locator('#draw-form_amountFen').inputValue()).toBe(yuan(total).replace(/[¥,]/g, ''));
    await finance.locator('.ant-modal:visible .ant-btn-primary').click();
    await drawForm.waitFor({ state: 'detached' });
    const draws = position.getByTestId('payout-draws').locator('tbody tr.ant-table-row');
    await expect.poll(() => draws.count(), WAIT).toBe(1);
    expect(await draws.first().textContent()).toContain('2026-12-11');
    expect(await draws.first().textContent()).toContain(yuan(total));
    await expect.poll(() => open.textContent(), WAIT).toContain('已全部兑付');

    // Drawing again is refused, in Chinese, with nothing recorded.
    const again = await call(finance, 'POST', `/expense-statements/${id}/payouts`, { amountFen: 100 });
    expect(again.status).toBe(409);
    expect(again.json.message).toMatch(/[\u4e00-\u9fa5]/);

    // The printable form: the PDF link on the statement answers with a PDF.
    const href = await finance.getByTestId('statement-pdf').getAttribute('href');
    expect(href).toBe(`/api/expense-statements/${id}/document?format=pdf`);
    const pdf = await finance.evaluate(async (link) => {
      const res = await fetch(link);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)) };
    }, href!);
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });
    await finance.context().close();
  });
});
