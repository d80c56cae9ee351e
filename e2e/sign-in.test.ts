import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/fixture';
import { horizontalOverflow, openLogin, PHONE, signIn } from './helpers/login';

const env = useServerAndBrowser();

const HOMES = [
  { role: 'rep', username: 'zhangwei', heading: '销售代表工作台' },
  { role: 'office_manager', username: 'zhouqiang', heading: '办事处经理工作台' },
  { role: 'clerk', username: 'liuyan', heading: '销售文员工作台' },
  { role: 'sales_manager', username: 'zhaogang', heading: '销售部经理工作台' },
  { role: 'finance', username: 'sunli', heading: '财务工作台' },
  { role: 'admin', username: 'admin', heading: '系统管理员工作台' },
];

describe('signing in', () => {
  for (const home of HOMES) {
    it(`shows the ${home.role} home page after sign-in`, async () => {
      const { context, page } = await openLogin(env.browser, env.server.url);
      await signIn(page, home.username);
      const root = page.getByTestId(`home-${home.role}`);
      await root.waitFor();
      expect(await root.textContent()).toContain(home.heading);
      await context.close();
    });
  }

  it('tells a wrong password apart from nothing, in Chinese, and stays on the login page', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url);
    await signIn(page, 'zhangwei', 'wrong-password1');
    await page.getByText('企业代码、用户名或密码不正确，或账号已停用').waitFor();
    expect(await page.getByTestId('login-page').isVisible()).toBe(true);
    await context.close();
  });

  it('works at phone width without sideways scrolling', async () => {
    const { context, page } = await openLogin(env.browser, env.server.url, PHONE);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await signIn(page, 'zhouqiang');
    await page.getByTestId('home-office_manager').waitFor();
    expect(await page.getByTestId('home-office_manager').textContent()).toContain('郑州办事处');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
