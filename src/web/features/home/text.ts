import type { Role } from '../../../domain/identity/roles';
import type { Bilingual } from '../../shared/i18n/lang';

/** What each role does in Keqing (DOMAIN.md, "Users (roles)"), so a new user knows what the workspace is for. */
export const ROLE_DUTIES: Record<Role, Bilingual> = {
  rep: {
    zh: '维护自己的客户，制定并执行拜访计划，电话联系客户、记录客情，按月提交客情费统计表。',
    en: 'Own your customers, plan and make visits and calls, record them, and file the monthly relationship-expense statement.',
  },
  office_manager: {
    zh: '带领本办事处的销售代表：审批拜访计划、检查每日工作日志、调整客户归属。',
    en: "Lead your office's reps: approve visit plans, check daily logs and reassign customers.",
  },
  clerk: {
    zh: '对销售代表提交的客情费统计表做第一道审核。',
    en: 'Give expense statements filed by reps their first review.',
  },
  sales_manager: {
    zh: '对客情费做第二道审核，发放后抽查客户；掌握整个销售部的情况。',
    en: 'Give expenses their second review and spot-check customers after payout; oversee the whole sales department.',
  },
  finance: {
    zh: '对客情费做第三道审核并发放；管理客户信用与应收账款。',
    en: 'Give expenses their third review and pay them out; manage customer credit and receivables.',
  },
  admin: {
    zh: '管理人员账号、办事处、业务规则、工作日历和数据导入。',
    en: 'Manage user accounts, offices, business rules, calendars and imports.',
  },
};

export const homeText = {
  workspace: { zh: '{role}工作台', en: '{role} workspace' },
  duty: { zh: '您在客情中的职责：', en: 'Your part in Keqing: ' },
  morning: { zh: '上午好，{name}', en: 'Good morning, {name}' },
  afternoon: { zh: '下午好，{name}', en: 'Good afternoon, {name}' },
  evening: { zh: '晚上好，{name}', en: 'Good evening, {name}' },
  myOffice: { zh: '我的办事处', en: 'My office' },
  noOffice: { zh: '您还没有归属任何办事处，请联系系统管理员。', en: 'You do not belong to an office yet; ask your administrator.' },
  noManager: { zh: '暂无，请联系系统管理员', en: 'None yet; ask your administrator' },
  team: { zh: '团队成员', en: 'My team' },
  teamIntro: { zh: '本办事处的全部人员（含已停用账号）。', en: 'Everyone in your office, disabled accounts included.' },
  offices: { zh: '各办事处', en: 'Offices' },
  officesIntro: { zh: '全公司的办事处、在职人数和负责的经理。', en: 'Every office of the company with its staff and managers.' },
  openOffices: { zh: '运营中的办事处', en: 'Open offices' },
  totalStaff: { zh: '办事处在职人员', en: 'Staff in offices' },
  activeUsers: { zh: '在用账号', en: 'Active accounts' },
  inactiveUsers: { zh: '已停用账号', en: 'Disabled accounts' },
  accounts: { zh: '账号概况', en: 'Accounts' },
  byRoleNote: { zh: '各角色在用账号数：', en: 'Active accounts by role:' },
  shortcuts: { zh: '常用操作', en: 'Shortcuts' },
  newUser: { zh: '新建人员', en: 'New user' },
  newOffice: { zh: '新建办事处', en: 'New office' },
  recentAudit: { zh: '最近的管理操作', en: 'Latest administrative actions' },
  viewAll: { zh: '查看全部', en: 'View all' },
  noAudit: { zh: '还没有管理操作记录', en: 'No administrative actions yet' },
} as const;
