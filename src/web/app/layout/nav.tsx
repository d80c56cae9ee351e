import { AppstoreOutlined, CalendarOutlined, AuditOutlined, BarChartOutlined, ContactsOutlined, FundOutlined, FormOutlined, HomeOutlined, ProfileOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Action } from '../../../domain/identity/policies';
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
  offices: { zh: '办事处', en: 'Offices' },
  users: { zh: '人员', en: 'People' },
  customerFields: { zh: '自定义字段', en: 'Custom fields' },
  audit: { zh: '操作日志', en: 'Audit log' },
} as const;

interface NavEntry {
  path: string;
  label: Bilingual;
  icon: ReactNode;
  ability?: Action;
}

const ENTRIES: NavEntry[] = [
  { path: '/', label: navText.home, icon: <HomeOutlined /> },
  { path: '/customers', label: navText.customers, icon: <ContactsOutlined />, ability: 'customer.read' },
  { path: '/orders', label: navText.orders, icon: <ProfileOutlined />, ability: 'order.read' },
  { path: '/products', label: navText.products, icon: <AppstoreOutlined />, ability: 'product.read' },
  { path: '/abc', label: navText.abc, icon: <BarChartOutlined />, ability: 'abc.read' },
  { path: '/analysis', label: navText.analysis, icon: <FundOutlined />, ability: 'analysis.read' },
  { path: '/visits/plans', label: navText.visitPlans, icon: <CalendarOutlined />, ability: 'visitPlan.read' },
  { path: '/offices', label: navText.offices, icon: <ShopOutlined />, ability: 'office.read' },
  { path: '/users', label: navText.users, icon: <TeamOutlined />, ability: 'user.read' },
  { path: '/customer-fields', label: navText.customerFields, icon: <FormOutlined />, ability: 'customerField.manage' },
  { path: '/audit', label: navText.audit, icon: <AuditOutlined />, ability: 'audit.read' },
];

function selectedPath(pathname: string): string {
  const match = ENTRIES.filter((e) => e.path !== '/' && pathname.startsWith(e.path))[0];
  return match?.path ?? (pathname === '/' ? '/' : '');
}

/** The side navigation: one entry per page the person's abilities open. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { can } = useSession();
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = ENTRIES.filter((e) => !e.ability || can(e.ability)).map((e) => ({ key: e.path, icon: e.icon, label: t(e.label) }));
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
