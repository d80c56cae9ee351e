import { describe, expect, it } from 'vitest';
import { call } from './helpers/api';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, openLogin, signIn } from './helpers/login';

const env = useServerAndBrowser();

/*
 * The 拜访规则 page (/visits/rules) in the browser. Policies: the sales manager and administrators change the rules
 * (visitRules.manage); office managers read them (visitRules.read); reps have neither. The administrator gives A
 * customers 4 visits a month instead of 3 and it stays after a reload; an empty value is refused at the field and
 * nothing is saved; an office manager sees the page read-only; a rep is told the page is not theirs.
 */

type Settings = { version: number; rules: { byGrade: Record<string, { visitsPerMonth: number }> } };
const A_VISITS = 'A 级 每月拜访次数';

/** A signed-in browser of `username` on the rules page. */
async function openRules(username: string) {
  const opened = await openLogin(env.browser, env.server.url, DESKTOP);
  await signIn(opened.page, username);
  await opened.page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await opened.page.goto('/visits/rules');
  return opened;
}

describe('the visit rules page', () => {
  it('the administrator changes A visits from 3 to 4; a reload shows 4', async () => {
    const { context, page } = await openRules('admin');
    const aVisits = page.getByRole('spinbutton', { name: A_VISITS });
    await aVisits.waitFor();
    expect(await aVisits.inputValue()).toBe('3');

    await aVisits.fill('4');
    await page.getByTestId('visit-rules-save').click();
    await page.getByText('拜访规则已保存，下次生成计划时生效').waitFor();

    await page.reload();
    await page.getByRole('spinbutton', { name: A_VISITS }).waitFor();
    expect(await page.getByRole('spinbutton', { name: A_VISITS }).inputValue()).toBe('4');
    const saved = await call(page, 'GET', '/settings/visit-rules');
    expect((saved.json as Settings).rules.byGrade.A!.visitsPerMonth).toBe(4);
    await context.close();
  });

  it('an empty value shows the Chinese reason under the field, and nothing is saved', async () => {
    const { context, page } = await openRules('admin');
    const aVisits = page.getByRole('spinbutton', { name: A_VISITS });
    await aVisits.waitFor();
    const before = (await call(page, 'GET', '/settings/visit-rules')).json as Settings;

    await aVisits.fill('');
    await page.getByTestId('visit-rules-save').click();
    const field = page.locator('.ant-form-item', { has: aVisits });
    await field.locator('.ant-form-item-explain-error').getByText('0–10 次；0 表示不要求拜访。').waitFor();

    const after = (await call(page, 'GET', '/settings/visit-rules')).json as Settings;
    expect(after.version).toBe(before.version);
    expect(after.rules.byGrade.A!.visitsPerMonth).toBe(before.rules.byGrade.A!.visitsPerMonth);
    await context.close();
  });

  it('an office manager reads the rules but cannot change them; a rep may not open the page', async () => {
    const manager = await openRules('zhouqiang');
    const aVisits = manager.page.getByRole('spinbutton', { name: A_VISITS });
    await aVisits.waitFor();
    expect(await aVisits.isDisabled()).toBe(true);
    await manager.page.getByText('只有销售经理和管理员可以修改。').waitFor();
    expect(await manager.page.getByTestId('visit-rules-save').count()).toBe(0);
    expect((await call(manager.page, 'GET', '/settings/visit-rules')).status).toBe(200);
    await manager.context.close();

    const rep = await openRules('zhangwei');
    await rep.page.getByText('您没有查看此页面的权限').waitFor();
    expect(await rep.page.getByTestId('visit-rules-page').count()).toBe(0);
    expect((await call(rep.page, 'GET', '/settings/visit-rules')).status).toBe(403);
    await rep.context.close();
  });
});
