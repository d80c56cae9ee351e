import { describe, expect, it } from 'vitest';
import { call } from './helpers/api';
import { useServerAndBrowser } from './helpers/fixture';
import { DESKTOP, horizontalOverflow, openLogin, PHONE, signIn } from './helpers/login';

const env = useServerAndBrowser();

describe('duplicate customers, saved views and bulk reassignment', () => {
  it('an office manager merges a duplicate archive, choosing values field by field', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, DESKTOP);
    await signIn(page, 'zhouqiang');
    await page.getByTestId('home-office_manager').waitFor();
    const a = await call(page, 'POST', '/customers', { name: '端到端合并卫生院', typeCode: 'township_health_centre', phones: ['13911110001'], preferences: '周三上午拜访', confirmNotDuplicate: true });
    const b = await call(page, 'POST', '/customers', { name: '端到端合并卫生院（新院）', typeCode: 'township_health_centre', phones: ['13911110002'], preferences: '院长不喝茶', confirmNotDuplicate: true });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect((await call(page, 'POST', `/customers/${b.json.id}/contacts`, { name: '端到端王院长', roles: ['executive'] })).status).toBe(201);

    await page.goto(`/customers/${a.json.id}`);
    await page.getByTestId('customer-merge').click();
    await page.locator('[data-testid=merge-search] input').fill('端到端合并');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '新院' }).click();
    const preferences = page.locator('[data-testid=merge-field][data-field=preferences]');
    await preferences.waitFor();
    await preferences.getByText('院长不喝茶').click();
    expect(await page.getByTestId('merge-summary').textContent()).toContain('13911110001、13911110002');
    await page.getByTestId('merge-confirm').click();

    await expect.poll(() => page.getByTestId('customer-preferences').textContent()).toContain('院长不喝茶');
    expect(await page.getByTestId('customer-name').textContent()).toBe('端到端合并卫生院');
    await page.getByText('端到端王院长').first().waitFor();
    await page.getByTestId('history-from').first().waitFor();
    expect(await page.getByTestId('customer-history').textContent()).toContain('并入的客户');

    await page.goto(`/customers/${b.json.id}`);
    await page.getByTestId('customer-merged').waitFor();
    await page.getByTestId('customer-merged-open').click();
    await page.waitForURL(`**/customers/${a.json.id}`);
    await context.close();
  });

  it('at phone width, a manager saves a view and hands the unassigned customers it shows to a rep in one go', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, PHONE);
    await signIn(page, 'zhouqiang');
    await page.getByTestId('home-office_manager').waitFor();
    for (const name of ['批量分配端到端甲诊所', '批量分配端到端乙诊所']) {
      expect((await call(page, 'POST', '/customers', { name, typeCode: 'private_clinic', ownerId: null, confirmNotDuplicate: true })).status).toBe(201);
    }
    await page.goto('/customers');
    await page.getByTestId('saved-view-unassigned').click();
    await page.waitForURL(/unassigned=true/);
    // The view's tab shows as chosen in the same render that starts the filter bar again; type only after it.
    await page.locator('[data-testid=saved-view-unassigned].ant-tag-checkable-checked').waitFor();
    await page.locator('[data-testid=customer-search] input').fill('批量分配端到端');
    await page.waitForURL(/q=/);
    await expect.poll(() => page.getByTestId('customer-select').count()).toBe(2);

    await page.getByTestId('saved-view-save').click();
    await page.locator('#saved-view-form_name').fill('端到端待分配');
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await page.getByTestId('saved-view').filter({ hasText: '端到端待分配' }).waitFor();
    await page.getByTestId('saved-view-all').click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    // The search box starts again from the cleared filters instead of putting its old text back.
    await page.waitForTimeout(700);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-testid=customer-search] input').inputValue()).toBe('');
    await page.getByTestId('saved-view').filter({ hasText: '端到端待分配' }).click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toContain('q=批量分配端到端');
    await expect.poll(() => page.getByTestId('customer-select').count()).toBe(2);

    await page.getByTestId('reassign-select-page').click();
    expect(await page.getByTestId('reassign-count').textContent()).toBe('已选 2 个');
    await page.getByTestId('reassign-owner').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '李娜' }).click();
    await page.getByTestId('reassign-assign').click();
    await page.getByText('已分配 2 个客户给 李娜').waitFor();
    await expect.poll(() => page.getByTestId('customer-select').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    const mine = await call(page, 'GET', `/customers?q=${encodeURIComponent('批量分配端到端')}`);
    expect(mine.json.items.map((c: { ownerName: string }) => c.ownerName)).toEqual(['李娜', '李娜']);
    await context.close();
  });
});
