import { CarOutlined, ScheduleOutlined } from '@ant-design/icons';
import { CheckSquareOutlined, ReadOutlined } from '@ant-design/icons';
import { EnvironmentOutlined } from '@ant-design/icons';
import { AccountBookOutlined, BookOutlined, FileDoneOutlined, PayCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { AppstoreOutlined, CalendarOutlined, AuditOutlined, BarChartOutlined, ContactsOutlined, FundOutlined, FormOutlined, HomeOutlined, ProfileOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { ControlOutlined, SettingOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Action } from '../../../domain/identity/policies';
import type { Role } from '../../../domain/identity/roles';
import type { Bilingual } from '../../shared/i18n/lang';
import { useT } from '../../shared/i18n/lang';
import { useSession } from '../session';

export const navText = {
  home: { zh: '首页', en: 'Home' },
  customers: { zh: '客户', en: 'Customers' },
  orders: { zh: '订单', en: 'Orders' },
  products: { zh: '产品', en: 'Products' },
  abc: { zh: 'ABC分析', en: 'ABC analysis' },
  analysis: { zh: '客户价值', en: 'Customer value' },
  visitPlans: { zh: '拜访计划', en: 'Visit plans' },
  visitTravel: { zh: '出行设置', en: 'Travel settings' },
  visitRules: { zh: '拜访规则', en: 'Visit rules' },
  visitToday: { zh: '今日拜访', en: 'Today’s visits' },
  visitCompliance: { zh: '拜访达成', en: 'Visit compliance' },
  dailyLog: { zh: '成功手册', en: 'Daily log' },
  calendar: { zh: '工作日历', en: 'Working calendar' },
  offices: { zh: '办事处', en: 'Offices' },
  users: { zh: '人员', en: 'People' },
  customerFields: { zh: '自定义字段', en: 'Custom fields' },
  audit: { zh: '操作日志', en: 'Audit log' },
  expenseMine: { zh: '我的月结单', en: 'My expense statement' },
  expenseReview: { zh: '客情费审核', en: 'Expense review' },
  expensePayouts: { zh: '客情费兑付', en: 'Expense payouts' },
  expenseSpotChecks: { zh: '客情费抽查', en: 'Expense spot checks' },
  expenseLedger: { zh: '客情费台账', en: 'Expense ledger' },
  expenseSettings: { zh: '客情费规则', en: 'Expense rules' },
  expenseOfficeStatements: { zh: '客情费统计表', en: 'Expense statements' },
} as const;

interface NavEntry {
  path: string;
  label: Bilingual;
  icon: ReactNode;
  ability?: Action;
  /** Only for these roles (a page others reach another way, e.g. reviewers through 客情费审核). */
  roles?: readonly Role[];
}

const ENTRIES: NavEntry[] = [
  { path: '/', label: navText.home, icon: <HomeOutlined /> },
  { path: '/customers', label: navText.customers, icon: <ContactsOutlined />, ability: 'customer.read' },
  { path: '/orders', label: navText.orders, icon: <ProfileOutlined />, ability: 'order.read' },
  { path: '/products', label: navText.products, icon: <AppstoreOutlined />, ability: 'product.read' },
  { path: '/abc', label: navText.abc, icon: <BarChartOutlined />, ability: 'abc.read' },
  { path: '/analysis', label: navText.analysis, icon: <FundOutlined />, ability: 'analysis.read' },
  { path: '/visits/today', label: navText.visitToday, icon: <EnvironmentOutlined />, ability: 'visit.record' },
  { path: '/visits/plans', label: navText.visitPlans, icon: <CalendarOutlined />, ability: 'visitPlan.read' },
  { path: '/visits/travel', label: navText.visitTravel, icon: <CarOutlined />, ability: 'visitTravel.read' },
  { path: '/visits/daily-log', label: navText.dailyLog, icon: <ReadOutlined />, ability: 'dailyLog.read' },
  { path: '/visits/compliance', label: navText.visitCompliance, icon: <CheckSquareOutlined />, ability: 'visitCompliance.read' },
  { path: '/visits/rules', label: navText.visitRules, icon: <ControlOutlined />, ability: 'visitRules.read' },
  { path: '/expenses/mine', label: navText.expenseMine, icon: <AccountBookOutlined />, ability: 'expenseStatement.submit' },
  { path: '/expenses/review', label: navText.expenseReview, icon: <FileDoneOutlined />, ability: 'expenseStatement.review' },
  { path: '/expenses/statements', label: navText.expenseOfficeStatements, icon: <FileDoneOutlined />, ability: 'expenseStatement.read', roles: ['office_manager'] },
  { path: '/expenses/payouts', label: navText.expensePayouts, icon: <PayCircleOutlined />, ability: 'expensePayout.record' },
  { path: '/expenses/spot-checks', label: navText.expenseSpotChecks, icon: <SafetyCertificateOutlined />, ability: 'expenseSpotCheck.run' },
  { path: '/expenses/ledger', label: navText.expenseLedger, icon: <BookOutlined />, ability: 'expenseLedger.read' },
  { path: '/expenses/settings', label: navText.expenseSettings, icon: <SettingOutlined />, ability: 'expenseSettings.read' },
  { path: '/offices', label: navText.offices, icon: <ShopOutlined />, ability: 'office.read' },
  { path: '/users', label: navText.users, icon: <TeamOutlined />, ability: 'user.read' },
  { path: '/customer-fields', label: navText.customerFields, icon: <FormOutlined />, ability: 'customerField.manage' },
  { path: '/calendar', label: navText.calendar, icon: <ScheduleOutlined />, ability: 'calendar.manage' },
  { path: '/audit', label: navText.audit, icon: <AuditOutlined />, ability: 'audit.read' },
];

function selectedPath(pathname: string): string {
  const match = ENTRIES.filter((e) => e.path !== '/' && pathname.startsWith(e.path))[0];
  return match?.path ?? (pathname === '/' ? '/' : '');
}

/** The side navigation: one entry per page the person's abilities open. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { can, me } = useSession();
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = ENTRIES.filter((e) => (!e.ability || can(e.ability)) && (!e.roles || e.roles.includes(me.user.role))).map((e) => ({ key: e.path, icon: e.icon, label: t(e.label) }));
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedPath(pathname)]}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
