import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/fixture';
import { horizontalOverflow, openLogin, PHONE, signIn } from './helpers/login';
import { chooseOption } from './helpers/select';

const env = useServerAndBrowser();

describe('a rep keeps a customer archive on the phone', () => {
  it('creates a customer, finds it by pinyin initials, edits it and sees the history', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, PHONE);
    await signIn(page, 'zhangwei');
    await page.getByTestId('home-rep').waitFor();
    await page.goto('/customers');
    await page.getByTestId('customers-page').waitFor();

    await page.getByTestId('customer-create').click();
    const form = page.getByTestId('customer-form');
    await form.locator('#customer-form_name').fill('巩义市回郭镇测试卫生院');
    await chooseOption(page, form.locator('#customer-form_typeCode'), '乡镇卫生院');
    await form.locator('#customer-form_phones').fill('13700001234');
    await form.locator('#customer-form_phones').press('Enter');
    await form.locator('#customer-form_preferences').fill('周三上午拜访；院长不喝茶');
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await page.getByTestId('customer-detail').waitFor();
    expect(await page.getByTestId('customer-name').textContent()).toContain('巩义市回郭镇测试卫生院');
    expect(await page.getByTestId('customer-preferences').textContent()).toContain('院长不喝茶');

    // Found again by the pinyin initials of part of its name (hgzcs = 回郭镇测试).
    await page.goto('/customers');
    await page.locator('[data-testid=customer-search] input').fill('hgzcs');
    await page.getByText('巩义市回郭镇测试卫生院').first().click();
    await page.getByTestId('customer-detail').waitFor();

    await page.getByTestId('customer-edit').click();
    await page.locator('#customer-form_address').fill('河南省郑州市巩义市回郭镇中心街 8 号');
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await page.getByText('河南省郑州市巩义市回郭镇中心街 8 号').first().waitFor();

    const history = page.getByTestId('history-item');
    await expect.poll(() => history.count()).toBe(2);
    expect(await page.getByTestId('customer-history').textContent()).toContain('张伟');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
