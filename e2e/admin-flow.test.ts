import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/fixture';
import { openLogin, signIn } from './helpers/login';
import { chooseOption } from './helpers/select';

const env = useServerAndBrowser();

describe('an administrator brings a new rep on board', () => {
  it('creates the person, who must change the initial password and then sees the rep home', async () => {
    const admin = await openLogin(env.browser, env.server.url);
    await signIn(admin.page, 'admin');
    await admin.page.getByTestId('home-admin').waitFor();
    await admin.page.goto('/users');
    await admin.page.getByTestId('users-page').waitFor();
    await admin.page.getByTestId('user-create').click();
    const form = admin.page.getByTestId('user-form');
    await form.locator('#user-form_username').fill('wangwu');
    await form.locator('#user-form_displayName').fill('王五');
    await chooseOption(admin.page, form.locator('#user-form_role'), '销售代表');
    await chooseOption(admin.page, form.locator('#user-form_officeId'), '南阳办事处');
    await form.locator('#user-form_phone').fill('13912345678');
    await form.locator('#user-form_password').fill('Wangwu2026');
    await form.locator('#user-form_passwordConfirm').fill('Wangwu2026');
    await admin.page.locator('.ant-modal-footer').getByRole('button', { name: /保\s*存/ }).click();
    await admin.page.getByRole('cell', { name: 'wangwu' }).waitFor();
    // The audit log shows who created whom.
    await admin.page.goto('/audit');
    await admin.page.getByTestId('audit-page').waitFor();
    await admin.page.getByText('王五').first().waitFor();
    await admin.context.close();

    const rep = await openLogin(env.browser, env.server.url);
    await signIn(rep.page, 'wangwu', 'Wangwu2026');
    await rep.page.getByTestId('forced-password-page').waitFor();
    await rep.page.locator('#password_currentPassword').fill('Wangwu2026');
    await rep.page.locator('#password_newPassword').fill('Wangwu2027');
    await rep.page.locator('#password_newPasswordConfirm').fill('Wangwu2027');
    await rep.page.getByTestId('change-password-submit').click();
    const home = rep.page.getByTestId('home-rep');
    await home.waitFor();
    expect(await home.textContent()).toContain('南阳办事处');

    // A deep link reloads into the app, and signing out returns to the login page.
    await rep.page.goto('/settings');
    await rep.page.getByTestId('settings-page').waitFor();
    await rep.page.getByTestId('user-menu').click();
    await rep.page.getByText('退出登录').click();
    await rep.page.getByTestId('login-page').waitFor();
    await rep.context.close();
  });
});
