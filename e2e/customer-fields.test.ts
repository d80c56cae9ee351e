import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/fixture';
import { horizontalOverflow, openLogin, PHONE, signIn } from './helpers/login';
import { chooseOption } from './helpers/select';

const env = useServerAndBrowser();

describe('custom fields', () => {
  it('an administrator adds a choice field; a rep fills it in, sees it in the archive and history, and filters by it', async () => {
    const admin = await openLogin(env.browser, env.server.url);
    await signIn(admin.page, 'admin');
    await admin.page.getByTestId('home-admin').waitFor();
    await admin.page.goto('/customer-fields');
    await admin.page.getByTestId('customer-fields-page').waitFor();
    await admin.page.getByTestId('field-create').click();
    const form = admin.page.getByTestId('field-form');
    await form.locator('#field-form_labelZh').fill('测试药房面积');
    await form.locator('#field-form_typeCode').click();
    await admin.page.locator('.ant-select-dropdown:visible').getByText('乡镇卫生院', { exact: true }).click();
    await form.locator('#field-form_kind').click();
    await admin.page.locator('.ant-select-dropdown:visible').getByText('单选', { exact: true }).click();
    for (const option of ['小于 20 平米', '20 平米以上']) {
      await admin.page.getByTestId('field-option-add').click();
      await form.getByPlaceholder('选项（中文）').last().fill(option);
    }
    await admin.page.locator('.ant-modal:visible .ant-btn-primary').click();
    await admin.page.getByText('测试药房面积').first().waitFor();
    await admin.context.close();

    const { context, page } = await openLogin(env.browser, env.server.url, PHONE);
    await signIn(page, 'zhangwei');
    await page.getByTestId('home-rep').waitFor();
    await page.goto('/customers');
    await page.getByTestId('customer-create').click();
    const customerForm = page.getByTestId('customer-form');
    await customerForm.locator('#customer-form_name').fill('新郑市测试自定义卫生院');
    await chooseOption(page, customerForm.locator('#customer-form_typeCode'), '乡镇卫生院');
    await customerForm.getByText('测试药房面积').waitFor();
    await chooseOption(page, customerForm.locator('[id^="customer-form_custom_"]'), '20 平米以上');
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await page.getByTestId('customer-detail').waitFor();
    expect(await page.getByTestId('customer-custom').textContent()).toContain('20 平米以上');
    await expect.poll(async () => (await page.getByTestId('customer-history').textContent()) ?? '').toContain('测试药房面积：20 平米以上');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.goto('/customers');
    await page.getByTestId('customers-page').waitFor();
    const filters = page.getByTestId('customer-filters');
    await filters.getByLabel('客户类型').click();
    await page.locator('.ant-select-dropdown:visible').getByText('乡镇卫生院', { exact: true }).click();
    await filters.getByLabel('测试药房面积').click();
    await page.locator('.ant-select-dropdown:visible').getByText('测试药房面积：20 平米以上', { exact: true }).click();
    await expect.poll(async () => page.locator('a[href^="/customers/"]').allTextContents()).toEqual(['新郑市测试自定义卫生院']);
    await context.close();
  });
});
