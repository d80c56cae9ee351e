import { randomUUID } from 'node:crypto';
import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarOverrides, customerContacts, customerFields, customers, offices, orderLines, orders, products, savedViews, users, visitPhotos, visitPlans, visits } from '../../src/server/db/schema';
import { dailyLogs } from '../../src/server/db/schema';
import { expensePayoutDraws, expenseSpecialApplications, expenseStatements } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { demoOrgId, officeByName, userByName } from '../helpers/lookup';
import { OTHER_ORG, seedSecondOrg } from '../helpers/second-org';

/*
 * Every route × every role × own / other office / other organisation → the expected answer.
 * 'ok' means the request got past authentication, authorization and data scope (a business-rule
 * refusal such as "you cannot disable yourself" still counts as ok); 401, 403 and 404 are refusals.
 * The table is written out by hand from DOMAIN.md's roles, not computed from the code under test.
 */

type Who = 'anonymous' | 'rep' | 'office_manager' | 'clerk' | 'sales_manager' | 'finance' | 'admin';
type Target = 'self' | 'sameOffice' | 'otherOffice' | 'otherOrg' | 'none';
type Outcome = 'ok' | 401 | 403 | 404;

const LOGIN: Record<Exclude<Who, 'anonymous'>, string> = {
  rep: 'zhangwei', // 郑州办事处
  office_manager: 'zhouqiang', // 郑州办事处
  clerk: 'liuyan',
  sales_manager: 'zhaogang',
  finance: 'sunli',
  admin: 'admin',
};
const WHO: Who[] = ['anonymous', 'rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'];

/** Which user targets each role can see. "sameOffice" is 郑州, the office of the rep and manager above. */
const SEES_USER: Record<Exclude<Who, 'anonymous'>, Target[]> = {
  rep: ['self'],
  office_manager: ['self', 'sameOffice'],
  clerk: ['self', 'sameOffice', 'otherOffice'],
  sales_manager: ['self', 'sameOffice', 'otherOffice'],
  finance: ['self', 'sameOffice', 'otherOffice'],
  admin: ['self', 'sameOffice', 'otherOffice'],
};
/** Which office targets each role can see ("self" = 郑州办事处). */
const SEES_OFFICE: Record<Exclude<Who, 'anonymous'>, Target[]> = {
  rep: ['self'],
  office_manager: ['self'],
  clerk: ['self', 'otherOffice'],
  sales_manager: ['self', 'otherOffice'],
  finance: ['self', 'otherOffice'],
  admin: ['self', 'otherOffice'],
};

/**
 * Which customer targets each role can see: "self" is a customer of 张伟 (郑州), "sameOffice" one of 李娜 (郑州),
 * "otherOffice" one of 陈杰 (南阳). A rep sees their own customers, an office manager the office's.
 */
const SEES_CUSTOMER = SEES_USER;

type Kind =
  | 'public' | 'signedIn' | 'userRead' | 'userManage' | 'officeRead' | 'officeManage' | 'adminOnly'
  | 'customerRead' | 'customerCreate' | 'customerUpdate' | 'customerDelete' | 'customerReassign'
  | 'customerMerge' | 'customerImport' | 'customerExport' | 'customerFieldManage'
  | 'abcRead' | 'abcManage' | 'analysisRead'
  | 'productRead' | 'productManage' | 'orderRead' | 'orderCreate' | 'orderPush' | 'collectionCreate'
  | 'visitRulesRead' | 'visitRulesManage' | 'visitPlanRead' | 'visitPlanGenerate' | 'visitPlanEdit' | 'visitPlanReview'
  | 'visitPlanAdjust'
  | 'visitTravelRead' | 'visitTravelManage' | 'customerVisitRuleManage'
  | 'visitRecordRead' | 'visitRecord'
  | 'visitComplianceRead' | 'dailyLogRead' | 'dailyLogWrite' | 'dailyLogComment'
  | 'expenseSettingsRead' | 'expenseSettingsManage' | 'expenseStatementRead' | 'expenseStatementGenerate' | 'expenseStatementAdjust'
  | 'expenseStatementSubmit' | 'expenseStatementReview' | 'expenseApplicationRead' | 'expenseApplicationFile' | 'expenseApplicationDecide'
  | 'expensePayoutRead' | 'expensePayoutRecord' | 'expenseSpotCheckRead' | 'expenseSpotCheckRun' | 'expenseLedgerRead';

/** Roles allowed to do each kind of thing at all (before the data scope), from DOMAIN.md's roles. */
const ALLOWED: Record<Exclude<Kind, 'public' | 'signedIn'>, Exclude<Who, 'anonymous'>[]> = {
  userRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  officeRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  customerRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  userManage: ['admin'],
  officeManage: ['admin'],
  adminOnly: ['admin'],
  customerCreate: ['rep', 'office_manager', 'sales_manager', 'admin'],
  customerUpdate: ['rep', 'office_manager', 'sales_manager', 'admin'],
  customerDelete: ['office_manager', 'sales_manager', 'admin'],
  customerReassign: ['office_manager', 'sales_manager', 'admin'],
  customerMerge: ['rep', 'office_manager', 'sales_manager', 'admin'],
  customerImport: ['office_manager', 'sales_manager', 'admin'],
  customerExport: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  customerFieldManage: ['admin'],
  // ABC and analysis rank within the data scope (a rep: their own customers); the clerk reviews expenses only.
  abcRead: ['rep', 'office_manager', 'sales_manager', 'finance', 'admin'],
  abcManage: ['sales_manager', 'admin'],
  analysisRead: ['rep', 'office_manager', 'sales_manager', 'finance', 'admin'],
  // Sales ledger: prices by the head of sales; orders of the customers in scope; the ERP signs in as an organisation-wide manager; 回款 by finance.
  productRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  productManage: ['sales_manager', 'admin'],
  orderRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  orderCreate: ['rep', 'office_manager', 'clerk', 'sales_manager', 'admin'],
  orderPush: ['sales_manager', 'admin'],
  collectionCreate: ['clerk', 'finance', 'admin'],
  // Visit plans (DOMAIN §3): rules set by the head of sales and read by managers; a rep plans, edits and submits their
  // own month; an office manager plans for and reviews the office's reps; organisation-wide managers read.
  visitRulesRead: ['office_manager', 'sales_manager', 'admin'],
  visitRulesManage: ['sales_manager', 'admin'],
  visitPlanRead: ['rep', 'office_manager', 'sales_manager', 'admin'],
  visitPlanGenerate: ['rep', 'office_manager'],
  visitPlanEdit: ['rep'],
  visitPlanReview: ['office_manager'],
  // The plan's items: its rep changes a draft or returned plan, the office manager adjusts a submitted one before approving it.
  visitPlanAdjust: ['rep', 'office_manager'],
  // A rep's travel settings: the rep and their office manager set them, organisation-wide managers read them; one
  // customer's own visit rule: the office manager for the office's customers, the head of sales and the administrator.
  visitTravelRead: ['rep', 'office_manager', 'sales_manager', 'admin'],
  visitTravelManage: ['rep', 'office_manager'],
  customerVisitRuleManage: ['office_manager', 'sales_manager', 'admin'],
  // Visit records: the rep who visits records them; they are read where the rep is (the office manager, the head of sales, the administrator).
  visitRecordRead: ['rep', 'office_manager', 'sales_manager', 'admin'],
  visitRecord: ['rep'],
  // Plan against actual and the daily log (成功手册): the sales line reads within its scope; the rep writes their own
  // summary and only an office manager comments (on the office's reps' logs).
  visitComplianceRead: ['rep', 'office_manager', 'sales_manager', 'admin'],
  dailyLogRead: ['rep', 'office_manager', 'sales_manager', 'admin'],
  dailyLogWrite: ['rep'],
  dailyLogComment: ['office_manager'],
  // 客情费 (DOMAIN §6): everyone in the cycle reads the rules, the head of sales sets them; a rep generates, adjusts and
  // submits their own statement, the clerk and the sales manager generate anyone's; clerk, sales manager and finance sign
  // in turn; a rep files new-customer special expense applications, the sales manager decides them.
  expenseSettingsRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  expenseSettingsManage: ['sales_manager', 'admin'],
  expenseStatementRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  expenseStatementGenerate: ['rep', 'clerk', 'sales_manager'],
  expenseStatementAdjust: ['rep'],
  expenseStatementSubmit: ['rep'],
  expenseStatementReview: ['clerk', 'sales_manager', 'finance'],
  expenseApplicationRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  expenseApplicationFile: ['rep'],
  expenseApplicationDecide: ['sales_manager'],
  // Payout: finance records cash drawn and settled, everyone reads within scope; the sales manager spot-checks (the rep
  // whose customers are checked does not see the draw); the ledger is for managers, the clerk and finance.
  expensePayoutRead: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  expensePayoutRecord: ['finance'],
  expenseSpotCheckRead: ['office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  expenseSpotCheckRun: ['sales_manager'],
  expenseLedgerRead: ['office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
};

function expected(kind: Kind, who: Who, target: Target): Outcome {
  if (kind === 'public') return 'ok';
  if (who === 'anonymous') return 401;
  if (kind !== 'signedIn' && !ALLOWED[kind].includes(who)) return 403;
  if (target === 'none') return 'ok';
  // A statement or an application is where its rep is: "self" is 张伟's, "sameOffice" 李娜's, "otherOffice" 陈杰's.
  if (kind.startsWith('expense')) return SEES_USER[who].includes(target) ? 'ok' : 404;
  const byCustomer = kind.startsWith('customer') || kind.startsWith('order') || kind.startsWith('collection');
  // A visit plan is where its rep is: "self" is 张伟's plan, "sameOffice" 李娜's, "otherOffice" 陈杰's.
  const sees = kind.startsWith('user') || kind.startsWith('visitPlan') || kind.startsWith('visitTravel') || kind.startsWith('visitRecord') || kind.startsWith('dailyLog') ? SEES_USER[who] : byCustomer ? SEES_CUSTOMER[who] : SEES_OFFICE[who];
  return sees.includes(target) ? 'ok' : 404;
}

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  kind: Kind;
  targets: 'user' | 'office' | 'customer' | 'none';
  /** Changes state: after an allowed call, the target is put back and sessions are renewed. */
  mutates?: boolean;
  body?: (ctx: { id: string; version: number; n: number; contactVersion: number }) => unknown;
  /** For a route on a row of the signed-in user's own (targets 'none'): the id to put in {id}. */
  idOf?: (who: Who) => Promise<string>;
  /** For a route on a row that belongs to a target customer (an order): the id to put in {id}. */
  idFor?: (target: Target) => Promise<string>;
}

const ROUTES: RouteCase[] = [
  { method: 'GET', path: '/api/health', kind: 'public', targets: 'none' },
  { method: 'POST', path: '/api/auth/login', kind: 'public', targets: 'none', body: () => ({ orgCode: 'huakang', username: 'lina', password: 'keqing2026' }) },
  { method: 'GET', path: '/api/auth/me', kind: 'signedIn', targets: 'none' },
  { method: 'POST', path: '/api/auth/password', kind: 'signedIn', targets: 'none', body: () => ({ currentPassword: 'wrong-one1', newPassword: 'Another2026' }) },
  { method: 'POST', path: '/api/auth/logout', kind: 'signedIn', targets: 'none', mutates: true },
  { method: 'POST', path: '/api/auth/logout-all', kind: 'signedIn', targets: 'none', mutates: true },
  { method: 'GET', path: '/api/home', kind: 'signedIn', targets: 'none' },
  { method: 'GET', path: '/api/offices', kind: 'officeRead', targets: 'none' },
  { method: 'POST', path: '/api/offices', kind: 'officeManage', targets: 'none', mutates: true, body: ({ n }) => ({ name: `矩阵办事处${n}` }) },
  { method: 'GET', path: '/api/offices/{id}', kind: 'officeRead', targets: 'office' },
  { method: 'PATCH', path: '/api/offices/{id}', kind: 'officeManage', targets: 'office', mutates: true, body: ({ version }) => ({ version, address: '矩阵测试地址' }) },
  { method: 'GET', path: '/api/users', kind: 'userRead', targets: 'none' },
  { method: 'POST', path: '/api/users', kind: 'userManage', targets: 'none', mutates: true, body: ({ n }) => ({ username: `matrix${n}`, displayName: '矩阵', role: 'finance', password: 'Matrix2026' }) },
  { method: 'GET', path: '/api/users/{id}', kind: 'userRead', targets: 'user' },
  { method: 'PATCH', path: '/api/users/{id}', kind: 'userManage', targets: 'user', mutates: true, body: ({ version }) => ({ version, email: 'matrix@example.com' }) },
  { method: 'POST', path: '/api/users/{id}/deactivate', kind: 'userManage', targets: 'user', mutates: true },
  { method: 'POST', path: '/api/users/{id}/activate', kind: 'userManage', targets: 'user', mutates: true },
  { method: 'POST', path: '/api/users/{id}/reset-password', kind: 'userManage', targets: 'user', mutates: true, body: () => ({ password: 'Reset2026x' }) },
  { method: 'GET', path: '/api/audit', kind: 'adminOnly', targets: 'none' },
  { method: 'GET', path: '/api/customer-types', kind: 'customerRead', targets: 'none' },
  { method: 'GET', path: '/api/customers', kind: 'customerRead', targets: 'none' },
  { method: 'POST', path: '/api/customers', kind: 'customerCreate', targets: 'none', mutates: true, body: ({ n }) => ({ name: `矩阵诊所${n}`, typeCode: 'private_clinic', officeId: null, confirmNotDuplicate: true }) },
  { method: 'GET', path: '/api/customers/{id}', kind: 'customerRead', targets: 'customer' },
  { method: 'POST', path: '/api/customers/reassign', kind: 'customerReassign', targets: 'customer', mutates: true, body: ({ id }) => ({ customerIds: [id], ownerId: null }) },
  { method: 'PATCH', path: '/api/customers/{id}', kind: 'customerUpdate', targets: 'customer', mutates: true, body: ({ version, n }) => ({ version, preferences: `矩阵${n}` }) },
  { method: 'DELETE', path: '/api/customers/{id}', kind: 'customerDelete', targets: 'customer', mutates: true },
  { method: 'POST', path: '/api/customers/{id}/restore', kind: 'customerDelete', targets: 'customer', mutates: true },
  { method: 'GET', path: '/api/customers/{id}/history', kind: 'customerRead', targets: 'customer' },
  { method: 'POST', path: '/api/customers/{id}/contacts', kind: 'customerUpdate', targets: 'customer', mutates: true, body: () => ({ name: '矩阵联系人', roles: ['purchaser'] }) },
  { method: 'PATCH', path: '/api/customers/{id}/contacts/{contactId}', kind: 'customerUpdate', targets: 'customer', mutates: true, body: ({ contactVersion }) => ({ version: contactVersion, title: '主任' }) },
  { method: 'DELETE', path: '/api/customers/{id}/contacts/{contactId}', kind: 'customerUpdate', targets: 'customer', mutates: true },
  // Merging a customer with itself passes role and scope checks and is then refused (409), so nothing changes.
  { method: 'POST', path: '/api/customers/{id}/merge', kind: 'customerMerge', targets: 'customer', body: ({ id, version }) => ({ otherId: id, version, otherVersion: version }) },
  { method: 'GET', path: '/api/saved-views', kind: 'customerRead', targets: 'none' },
  { method: 'POST', path: '/api/saved-views', kind: 'customerRead', targets: 'none', body: ({ n }) => ({ name: `矩阵视图${n}`, query: { status: 'active' } }) },
  { method: 'PATCH', path: '/api/saved-views/{id}', kind: 'customerRead', targets: 'none', idOf: ownSavedView, body: ({ n }) => ({ name: `矩阵视图改${n}` }) },
  { method: 'DELETE', path: '/api/saved-views/{id}', kind: 'customerRead', targets: 'none', idOf: ownSavedView },
  // Custom fields belong to the organisation (another organisation's are 404, see customer-fields.test.ts); new ones apply to all types, optional.
  { method: 'GET', path: '/api/customer-fields', kind: 'customerRead', targets: 'none' },
  { method: 'POST', path: '/api/customer-fields', kind: 'customerFieldManage', targets: 'none', body: ({ n }) => ({ labelZh: `矩阵字段${n}`, kind: 'text' }) },
  { method: 'GET', path: '/api/customer-fields/{id}', kind: 'customerRead', targets: 'none', idOf: matrixField },
  { method: 'PATCH', path: '/api/customer-fields/{id}', kind: 'customerFieldManage', targets: 'none', idOf: matrixField, body: ({ n }) => ({ version: 1, labelEn: `Matrix field ${n}` }) },
  { method: 'POST', path: '/api/customer-fields/{id}/deactivate', kind: 'customerFieldManage', targets: 'none', idOf: matrixField },
  { method: 'POST', path: '/api/customer-fields/{id}/activate', kind: 'customerFieldManage', targets: 'none', idOf: matrixField },
  // Each person imports their own latest upload ("current"); without an upload the check, import and problem list answer 409 IMPORT_NONE.
  { method: 'GET', path: '/api/customer-imports/template', kind: 'customerImport', targets: 'none' },
  { method: 'POST', path: '/api/customer-imports', kind: 'customerImport', targets: 'none', body: () => ({}) },
  { method: 'GET', path: '/api/customer-imports/current', kind: 'customerImport', targets: 'none' },
  { method: 'POST', path: '/api/customer-imports/current/check', kind: 'customerImport', targets: 'none', body: () => ({ mapping: {} }) },
  { method: 'POST', path: '/api/customer-imports/current/import', kind: 'customerImport', targets: 'none', body: () => ({}) },
  { method: 'GET', path: '/api/customer-imports/current/problems', kind: 'customerImport', targets: 'none' },
  { method: 'GET', path: '/api/customers/export', kind: 'customerExport', targets: 'none' },
  // ABC grading: a stale settings version is refused (409) after the checks, so nothing changes; saving a grading and
  // this month's grading (once per month) add rows no other case reads.
  { method: 'GET', path: '/api/settings/abc', kind: 'abcRead', targets: 'none' },
  { method: 'PUT', path: '/api/settings/abc', kind: 'abcManage', targets: 'none', body: () => ({ version: 999, settings: { aPercent: 55, bPercent: 85, idealAPercent: 20, idealBPercent: 40, idealCPercent: 40 } }) },
  { method: 'GET', path: '/api/abc', kind: 'abcRead', targets: 'none' },
  { method: 'GET', path: '/api/abc/gradings', kind: 'abcRead', targets: 'none' },
  { method: 'POST', path: '/api/abc/gradings', kind: 'abcManage', targets: 'none', body: () => ({ from: '2026-01', to: '2026-01' }) },
  { method: 'POST', path: '/api/abc/monthly/run', kind: 'abcManage', targets: 'none' },
  { method: 'GET', path: '/api/abc/changes', kind: 'abcRead', targets: 'none' },
  { method: 'GET', path: '/api/customers/{id}/grades', kind: 'customerRead', targets: 'customer' },
  { method: 'GET', path: '/api/analysis/customer-value', kind: 'analysisRead', targets: 'none' },
  { method: 'GET', path: '/api/analysis/customer-value/export', kind: 'analysisRead', targets: 'none' },
  { method: 'GET', path: '/api/analysis/sales', kind: 'analysisRead', targets: 'none' },
  { method: 'GET', path: '/api/analysis/sales/export', kind: 'analysisRead', targets: 'none' },
  // Sales ledger. An unknown product passes role and scope checks and is then refused (400), so nothing is written;
  // edits name a version that never matches (409) and collections an amount above what is owed (409).
  { method: 'GET', path: '/api/products', kind: 'productRead', targets: 'none' },
  { method: 'POST', path: '/api/products', kind: 'productManage', targets: 'none', body: ({ n }) => ({ code: `MX-${n}`, name: `矩阵产品${n}`, category: '矩阵', unit: '盒', listPriceFen: 100, costFen: 50, expenseStandardFen: 1 }) },
  { method: 'GET', path: '/api/products/{id}', kind: 'productRead', targets: 'none', idOf: () => matrixProduct() },
  { method: 'GET', path: '/api/products/{id}/standards', kind: 'productRead', targets: 'none', idOf: () => matrixProduct() },
  { method: 'PATCH', path: '/api/products/{id}', kind: 'productManage', targets: 'none', idOf: () => matrixProduct(), body: ({ n }) => ({ version: 999, name: `矩阵产品改${n}` }) },
  { method: 'POST', path: '/api/products/{id}/deactivate', kind: 'productManage', targets: 'none', idOf: () => matrixProduct(), body: () => ({ version: 999 }) },
  { method: 'POST', path: '/api/products/{id}/activate', kind: 'productManage', targets: 'none', idOf: () => matrixProduct(), body: () => ({ version: 999 }) },
  { method: 'GET', path: '/api/orders', kind: 'orderRead', targets: 'none' },
  { method: 'POST', path: '/api/orders', kind: 'orderCreate', targets: 'customer', body: ({ id }) => ({ customerId: id, orderDate: '2026-01-05', lines: [{ productId: NO_PRODUCT, quantity: 1 }] }) },
  { method: 'GET', path: '/api/orders/{id}', kind: 'orderRead', targets: 'customer', idFor: matrixOrder },
  { method: 'POST', path: '/api/orders/{id}/collections', kind: 'collectionCreate', targets: 'customer', idFor: matrixOrder, body: () => ({ collectedOn: '2026-01-20', amountFen: 100_000_000 }) },
  { method: 'GET', path: '/api/collections', kind: 'orderRead', targets: 'none' },
  { method: 'POST', path: '/api/erp/orders', kind: 'orderPush', targets: 'customer', body: ({ id, n }) => ({ externalRef: `MX-${n}`, customerId: id, orderDate: '2026-01-05', lines: [{ productCode: 'MX-NO-SUCH', quantity: 1 }] }) },
  { method: 'GET', path: '/api/customers/{id}/sales', kind: 'orderRead', targets: 'customer' },
  // Order import: whoever may enter orders; each person imports their own latest upload, for the customers in their scope.
  { method: 'GET', path: '/api/order-imports/template', kind: 'orderCreate', targets: 'none' },
  { method: 'POST', path: '/api/order-imports', kind: 'orderCreate', targets: 'none', body: () => ({}) },
  { method: 'GET', path: '/api/order-imports/current', kind: 'orderCreate', targets: 'none' },
  { method: 'POST', path: '/api/order-imports/current/check', kind: 'orderCreate', targets: 'none', body: () => ({ mapping: {} }) },
  { method: 'POST', path: '/api/order-imports/current/import', kind: 'orderCreate', targets: 'none', body: () => ({}) },
  { method: 'GET', path: '/api/order-imports/current/problems', kind: 'orderCreate', targets: 'none' },
  // Visit plans. Generating for a target user plans that rep's month (an office manager's own "self" is no rep: 409);
  // edits and steps on a target's draft plan name a version that never matches (409) or a step it is not ready for.
  { method: 'GET', path: '/api/settings/visit-rules', kind: 'visitRulesRead', targets: 'none' },
  { method: 'PUT', path: '/api/settings/visit-rules', kind: 'visitRulesManage', targets: 'none', body: () => ({ version: 999, rules: { byGrade: { A: { visitsPerMonth: 3, phoneAllowed: false }, B: { visitsPerMonth: 2, phoneAllowed: false }, C: { visitsPerMonth: 1, phoneAllowed: true }, none: { visitsPerMonth: 1, phoneAllowed: false } } }, plan: {} }) },
  { method: 'POST', path: '/api/visit-plans/generate', kind: 'visitPlanGenerate', targets: 'user', body: ({ id }) => ({ month: '2026-12', repId: id }) },
  { method: 'GET', path: '/api/visit-plans', kind: 'visitPlanRead', targets: 'none' },
  { method: 'GET', path: '/api/visit-plans/{id}', kind: 'visitPlanRead', targets: 'user', idFor: matrixPlan },
  { method: 'PATCH', path: '/api/visit-plans/{id}/items', kind: 'visitPlanAdjust', targets: 'user', idFor: matrixPlan, body: () => ({ version: 999, changes: [{ action: 'remove', date: '2026-06-01', customerId: NO_PRODUCT }] }) },
  { method: 'POST', path: '/api/visit-plans/{id}/submit', kind: 'visitPlanEdit', targets: 'user', idFor: matrixPlan, body: () => ({ version: 999 }) },
  { method: 'POST', path: '/api/visit-plans/{id}/approve', kind: 'visitPlanReview', targets: 'user', idFor: matrixPlan, body: () => ({ version: 999 }) },
  { method: 'POST', path: '/api/visit-plans/{id}/return', kind: 'visitPlanReview', targets: 'user', idFor: matrixPlan, body: () => ({ version: 999, comment: '矩阵' }) },
  { method: 'POST', path: '/api/visit-plans/{id}/reopen', kind: 'visitPlanEdit', targets: 'user', idFor: matrixPlan, body: () => ({ version: 999, reason: '矩阵' }) },
  { method: 'GET', path: '/api/visit-plans/{id}/revisions', kind: 'visitPlanRead', targets: 'user', idFor: matrixPlan },
  // Working-day calendar: everyone reads it, the administrator adds and removes overrides (each removal takes a fresh one).
  { method: 'GET', path: '/api/calendar/months/{month}', kind: 'signedIn', targets: 'none', idOf: async () => '2026-10' },
  { method: 'GET', path: '/api/calendar/overrides', kind: 'signedIn', targets: 'none' },
  { method: 'POST', path: '/api/calendar/overrides', kind: 'adminOnly', targets: 'none', body: () => ({ date: '2031-05-06', kind: 'holiday', note: '矩阵' }) },
  { method: 'DELETE', path: '/api/calendar/overrides/{date}', kind: 'adminOnly', targets: 'none', idOf: matrixOverride },
  // Travel settings of a target rep (an office manager's, sales manager's or administrator's own "self" is no rep: 409);
  // a customer's own visit rule. Changes name a version that never matches (409), so nothing is written.
  { method: 'GET', path: '/api/visit-travel/{id}', kind: 'visitTravelRead', targets: 'user' },
  { method: 'PUT', path: '/api/visit-travel/{id}', kind: 'visitTravelManage', targets: 'user', body: () => ({ version: 999, startKind: 'office', start: { lng: 113.66, lat: 34.75 }, end: null, mode: 'car', dailyCapacity: null }) },
  { method: 'GET', path: '/api/customers/{id}/visit-rule', kind: 'customerRead', targets: 'customer' },
  { method: 'PUT', path: '/api/customers/{id}/visit-rule', kind: 'customerVisitRuleManage', targets: 'customer', body: () => ({ version: 999, visitsPerMonth: 2, phoneAllowed: null }) },
  // Visit records are where their rep is ("self" is 张伟's visit, "sameOffice" 李娜's, "otherOffice" 陈杰's). Changes name a
  // version that never matches (409); a photo upload without a file is refused (400); each removal takes a fresh photo.
  { method: 'GET', path: '/api/visits/day', kind: 'visitRecordRead', targets: 'none' },
  { method: 'POST', path: '/api/visits', kind: 'visitRecord', targets: 'customer', body: ({ id }) => ({ customerId: id, position: null }) },
  { method: 'GET', path: '/api/visits/{id}', kind: 'visitRecordRead', targets: 'user', idFor: matrixVisit },
  { method: 'PATCH', path: '/api/visits/{id}', kind: 'visitRecord', targets: 'user', idFor: matrixVisit, body: () => ({ version: 999, notes: '矩阵' }) },
  { method: 'POST', path: '/api/visits/{id}/check-out', kind: 'visitRecord', targets: 'user', idFor: matrixVisit, body: () => ({ version: 999 }) },
  { method: 'POST', path: '/api/visits/{id}/photos', kind: 'visitRecord', targets: 'user', idFor: matrixVisit },
  { method: 'GET', path: '/api/visit-photos/{id}', kind: 'visitRecordRead', targets: 'user', idFor: matrixPhoto },
  { method: 'DELETE', path: '/api/visit-photos/{id}', kind: 'visitRecord', targets: 'user', idFor: matrixPhoto },
  { method: 'GET', path: '/api/customers/{id}/visits', kind: 'visitRecordRead', targets: 'customer' },
  // Plan against actual reads the reps in scope (without a month: 400 after the checks). A daily log is where its rep
  // is ("self" is 张伟's, "sameOffice" 李娜's, "otherOffice" 陈杰's); a summary for a day to come is refused (409) and a
  // comment names a version that never matches (409), so nothing is written.
  { method: 'GET', path: '/api/visit-compliance', kind: 'visitComplianceRead', targets: 'none' },
  { method: 'GET', path: '/api/daily-logs/day', kind: 'dailyLogRead', targets: 'none' },
  { method: 'PUT', path: '/api/daily-logs/day', kind: 'dailyLogWrite', targets: 'none', body: () => ({ date: '2099-01-01', summary: '矩阵', version: 0 }) },
  { method: 'GET', path: '/api/daily-logs', kind: 'dailyLogRead', targets: 'none' },
  { method: 'GET', path: '/api/daily-logs/{id}', kind: 'dailyLogRead', targets: 'user', idFor: matrixDailyLog },
  { method: 'POST', path: '/api/daily-logs/{id}/comment', kind: 'dailyLogComment', targets: 'user', idFor: matrixDailyLog, body: () => ({ version: 999, comment: '矩阵' }) },
  // 客情费. Settings and steps name a version that never matches (409); the matrix statements are submitted (rows cannot
  // change: 409); generating for a target rep makes their September 2025 statement (the clerk's or manager's own "self"
  // is no rep: 409); filing for a target customer (no orders) makes an application.
  { method: 'GET', path: '/api/settings/expenses', kind: 'expenseSettingsRead', targets: 'none' },
  { method: 'PUT', path: '/api/settings/expenses', kind: 'expenseSettingsManage', targets: 'none', body: () => ({ version: 999, settings: { usages: ['purchaser'], payOnlyAfterCollection: true, payoutFollowsCollectionRate: true, borrowingLimitFen: 300_000, spotCheckSampleSize: 3, submitByWorkingDay: 3, reviewByWorkingDay: 8, payoutFromWorkingDay: 9 } }) },
  { method: 'POST', path: '/api/expense-statements/generate', kind: 'expenseStatementGenerate', targets: 'user', body: ({ id }) => ({ month: '2025-09', repId: id }) },
  { method: 'GET', path: '/api/expense-statements', kind: 'expenseStatementRead', targets: 'none' },
  { method: 'GET', path: '/api/expense-statements/waiting', kind: 'expenseStatementRead', targets: 'none' },
  { method: 'GET', path: '/api/expense-statements/{id}', kind: 'expenseStatementRead', targets: 'user', idFor: matrixStatement },
  { method: 'PATCH', path: '/api/expense-statements/{id}/rows', kind: 'expenseStatementAdjust', targets: 'user', idFor: matrixStatement, body: () => ({ customerId: NO_PRODUCT, version: 999, adjustedFen: 1 }) },
  { method: 'POST', path: '/api/expense-statements/{id}/submit', kind: 'expenseStatementSubmit', targets: 'user', idFor: matrixStatement, body: () => ({ version: 999 }) },
  { method: 'POST', path: '/api/expense-statements/{id}/approve', kind: 'expenseStatementReview', targets: 'user', idFor: matrixStatement, body: () => ({ version: 999 }) },
  { method: 'POST', path: '/api/expense-statements/{id}/return', kind: 'expenseStatementReview', targets: 'user', idFor: matrixStatement, body: () => ({ version: 999, comment: '矩阵' }) },
  { method: 'GET', path: '/api/expense-applications', kind: 'expenseApplicationRead', targets: 'none' },
  { method: 'GET', path: '/api/expense-applications/summary', kind: 'expenseApplicationRead', targets: 'none' },
  { method: 'POST', path: '/api/expense-applications', kind: 'expenseApplicationFile', targets: 'customer', body: ({ id }) => ({ customerId: id, usage: 'purchaser', amountFen: 100, reason: '矩阵' }) },
  { method: 'GET', path: '/api/expense-applications/{id}', kind: 'expenseApplicationRead', targets: 'user', idFor: matrixApplication },
  { method: 'POST', path: '/api/expense-applications/{id}/decide', kind: 'expenseApplicationDecide', targets: 'user', idFor: matrixApplication, body: () => ({ version: 999, decision: 'approve' }) },
  // Payout and spot checks on the target's submitted (not approved) statement: a draw is refused (409 not approved), a
  // settlement names a version that never matches (409), a spot check is refused (409) and so is a confirmation before it.
  { method: 'GET', path: '/api/expense-payouts/position', kind: 'expensePayoutRead', targets: 'none' },
  { method: 'GET', path: '/api/expense-payouts', kind: 'expensePayoutRead', targets: 'none' },
  { method: 'POST', path: '/api/expense-statements/{id}/payouts', kind: 'expensePayoutRecord', targets: 'user', idFor: matrixStatement, body: () => ({ amountFen: 1 }) },
  { method: 'POST', path: '/api/expense-payouts/{id}/settle', kind: 'expensePayoutRecord', targets: 'user', idFor: matrixDraw, body: () => ({ version: 999, receiptsFen: 0, returnedFen: 0 }) },
  { method: 'GET', path: '/api/expense-statements/{id}/spot-check', kind: 'expenseSpotCheckRead', targets: 'user', idFor: matrixStatement },
  { method: 'POST', path: '/api/expense-statements/{id}/spot-check', kind: 'expenseSpotCheckRun', targets: 'user', idFor: matrixStatement },
  { method: 'PATCH', path: '/api/expense-statements/{id}/spot-check', kind: 'expenseSpotCheckRun', targets: 'user', idFor: matrixStatement, body: () => ({ customerId: NO_PRODUCT, version: 999, result: 'confirmed' }) },
  { method: 'GET', path: '/api/expense-ledger', kind: 'expenseLedgerRead', targets: 'none' },
  { method: 'GET', path: '/api/expense-ledger/export', kind: 'expenseLedgerRead', targets: 'none' },
  { method: 'GET', path: '/api/expense-statements/{id}/document', kind: 'expenseStatementRead', targets: 'user', idFor: matrixStatement },
  { method: 'GET', path: '/api/expense-applications/summary/export', kind: 'expenseApplicationRead', targets: 'none' },
];

let t: TestApp;
let orgId: string;
const cookies = new Map<Who, string>();
const userTargets = new Map<Target, string>();
const officeTargets = new Map<Target, string>();
const customerTargets = new Map<Target, { id: string; contactId: string; ownerId: string }>();
let n = 0;

async function cookieOf(who: Who): Promise<string | undefined> {
  if (who === 'anonymous') return undefined;
  if (!cookies.has(who)) cookies.set(who, await t.login(LOGIN[who]));
  return cookies.get(who);
}

beforeAll(async () => {
  t = await startTestApp();
  orgId = await demoOrgId(t.database.db);
  const other = await seedSecondOrg(t.database.db);
  userTargets.set('sameOffice', (await userByName(t.database.db, orgId, 'lina')).id);
  userTargets.set('otherOffice', (await userByName(t.database.db, orgId, 'chenjie')).id);
  userTargets.set('otherOrg', other.repId);
  officeTargets.set('self', (await officeByName(t.database.db, orgId, '郑州办事处')).id);
  officeTargets.set('otherOffice', (await officeByName(t.database.db, orgId, '南阳办事处')).id);
  officeTargets.set('otherOrg', other.officeId);
  const admin = await t.login('admin');
  for (const [target, owner] of [['self', 'zhangwei'], ['sameOffice', 'lina'], ['otherOffice', 'chenjie']] as const) {
    const ownerId = (await userByName(t.database.db, orgId, owner)).id;
    const made = await t.request('POST', '/api/customers', { cookie: admin, body: { name: `${owner}的诊所`, typeCode: 'private_clinic', ownerId, confirmNotDuplicate: true } });
    const contact = await t.request('POST', `/api/customers/${made.json().id}/contacts`, { cookie: admin, body: { name: `${owner}的联系人`, roles: ['purchaser'] } });
    customerTargets.set(target, { id: made.json().id, contactId: contact.json().id, ownerId });
  }
  customerTargets.set('otherOrg', { id: other.customerId, contactId: other.contactId, ownerId: other.repId });
});
afterAll(() => t.close());

async function targetId(route: RouteCase, who: Who, target: Target): Promise<string> {
  if (route.idFor) return route.idFor(target);
  if (route.targets === 'office') return officeTargets.get(target)!;
  if (route.targets === 'customer') return customerTargets.get(target)!.id;
  if (target === 'self') return who === 'anonymous' ? userTargets.get('sameOffice')! : (await userByName(t.database.db, orgId, LOGIN[who])).id;
  return userTargets.get(target)!;
}

async function versionOf(route: RouteCase, id: string): Promise<number> {
  const table = route.targets === 'office' ? offices : route.targets === 'customer' ? customers : users;
  const [row] = await t.database.db.select({ version: table.version }).from(table).where(eq(table.id, id));
  return row?.version ?? 1;
}

/** A new saved view of the signed-in user's: views are per user, so one's own is the only target (others' are 404, see saved-views.test.ts). */
async function ownSavedView(who: Who): Promise<string> {
  if (who === 'anonymous') return randomUUID();
  const userId = (await userByName(t.database.db, orgId, LOGIN[who])).id;
  const [row] = await t.database.db.insert(savedViews).values({ orgId, userId, name: `矩阵视图${++n}`, query: {} }).returning({ id: savedViews.id });
  return row!.id;
}

/** One optional text field of the demo organisation's, for the routes on a custom field. */
let matrixFieldId: string | undefined;
async function matrixField(): Promise<string> {
  if (!matrixFieldId) {
    const [row] = await t.database.db.insert(customerFields).values({ orgId, key: 'matrix_field', labelZh: '矩阵字段', labelEn: 'Matrix field', kind: 'text' }).returning({ id: customerFields.id });
    matrixFieldId = row!.id;
  }
  return matrixFieldId;
}

/** A product id that exists nowhere. */
const NO_PRODUCT = randomUUID();

/** One product of the demo organisation's, for the routes on a product. */
let matrixProductId: string | undefined;
async function matrixProduct(): Promise<string> {
  if (!matrixProductId) {
    const [row] = await t.database.db.insert(products).values({ orgId, code: 'MX-PRODUCT', name: '矩阵产品', category: '矩阵', unit: '盒', listPriceFen: 100, costFen: 50, expenseStandardFen: 1 }).returning({ id: products.id });
    matrixProductId = row!.id;
  }
  return matrixProductId;
}

/** A ¥10.00 sale to each target customer (in its own organisation), for the routes on an order. */
const matrixOrders = new Map<Target, string>();
async function matrixOrder(target: Target): Promise<string> {
  if (!matrixOrders.has(target)) {
    const db = t.database.db;
    const customerId = customerTargets.get(target)!.id;
    const [customer] = await db.select({ orgId: customers.orgId }).from(customers).where(eq(customers.id, customerId));
    const [product] = await db.insert(products).values({ orgId: customer!.orgId, code: `MX-${target}`, name: '矩阵产品', category: '矩阵', unit: '盒', listPriceFen: 1000, costFen: 500, expenseStandardFen: 1 }).returning({ id: products.id });
    const [order] = await db.insert(orders).values({ orgId: customer!.orgId, customerId, kind: 'sale', orderDate: '2026-01-05', source: 'manual', amountFen: 1000, costFen: 500 }).returning({ id: orders.id });
    await db.insert(orderLines).values({ orgId: customer!.orgId, orderId: order!.id, lineNo: 1, productId: product!.id, quantity: 1, unitPriceFen: 1000, amountFen: 1000, costFen: 500 });
    matrixOrders.set(target, order!.id);
  }
  return matrixOrders.get(target)!;
}

/** An empty draft plan for June 2026 of the target's rep (张伟, 李娜, 陈杰, the other organisation's rep). */
const matrixPlans = new Map<Target, string>();
async function matrixPlan(target: Target): Promise<string> {
  if (!matrixPlans.has(target)) {
    const db = t.database.db;
    const repId = target === 'self' ? (await userByName(db, orgId, 'zhangwei')).id : userTargets.get(target)!;
    const [rep] = await db.select({ orgId: users.orgId, officeId: users.officeId }).from(users).where(eq(users.id, repId));
    const [plan] = await db
      .insert(visitPlans)
      .values({ orgId: rep!.orgId, repId, officeId: rep!.officeId!, month: '2026-06-01', dailyCapacity: 8, mode: 'motorbike', start: { lng: 113.6, lat: 34.7, datum: 'GCJ-02' }, generatedAt: new Date() })
      .returning({ id: visitPlans.id });
    matrixPlans.set(target, plan!.id);
  }
  return matrixPlans.get(target)!;
}

/** A fresh override of the demo organisation's (a day of 2032), for the route that removes one. */
let overrideDays = 0;
async function matrixOverride(): Promise<string> {
  const date = new Date(Date.UTC(2032, 0, 1 + overrideDays++)).toISOString().slice(0, 10);
  const adminId = (await userByName(t.database.db, orgId, 'admin')).id;
  await t.database.db.insert(calendarOverrides).values({ orgId, date, kind: 'holiday', note: '矩阵', createdBy: adminId });
  return date;
}

/** A visit of the target's rep (张伟, 李娜, 陈杰, the other organisation's rep) to their target customer on 1 June 2026. */
const matrixVisits = new Map<Target, string>();
async function matrixVisit(target: Target): Promise<string> {
  if (!matrixVisits.has(target)) {
    const db = t.database.db;
    const { id: customerId, ownerId } = customerTargets.get(target)!;
    const [rep] = await db.select({ orgId: users.orgId, officeId: users.officeId }).from(users).where(eq(users.id, ownerId));
    const [visit] = await db.insert(visits).values({ orgId: rep!.orgId, repId: ownerId, officeId: rep!.officeId!, customerId, kind: 'visit', date: '2026-06-01', checkInAt: new Date() }).returning({ id: visits.id });
    matrixVisits.set(target, visit!.id);
  }
  return matrixVisits.get(target)!;
}

/** A new photo (a few JPEG bytes) on the target's matrix visit. */
async function matrixPhoto(target: Target): Promise<string> {
  const visitId = await matrixVisit(target);
  const [visit] = await t.database.db.select({ orgId: visits.orgId }).from(visits).where(eq(visits.id, visitId));
  const [photo] = await t.database.db
    .insert(visitPhotos)
    .values({ orgId: visit!.orgId, visitId, contentType: 'image/jpeg', sizeBytes: 4, data: Buffer.from([0xff, 0xd8, 0xff, 0xd9]), createdBy: customerTargets.get(target)!.ownerId })
    .returning({ id: visitPhotos.id });
  return photo!.id;
}

/** A submitted June 2026 statement (review deadline far ahead) of the target's rep (张伟, 李娜, 陈杰, the other organisation's rep). */
const matrixStatements = new Map<Target, string>();
async function matrixStatement(target: Target): Promise<string> {
  if (!matrixStatements.has(target)) {
    const db = t.database.db;
    const repId = target === 'self' ? (await userByName(db, orgId, 'zhangwei')).id : userTargets.get(target)!;
    const [rep] = await db.select({ orgId: users.orgId, officeId: users.officeId }).from(users).where(eq(users.id, repId));
    const [statement] = await db
      .insert(expenseStatements)
      .values({ orgId: rep!.orgId, repId, officeId: rep!.officeId!, month: '2026-06-01', status: 'submitted', rules: { payOnlyAfterCollection: true, payoutFollowsCollectionRate: true }, submitBy: '2099-07-03', reviewBy: '2099-07-10', payoutFrom: '2099-07-13', submittedOn: '2026-07-01', generatedAt: new Date() })
      .returning({ id: expenseStatements.id });
    matrixStatements.set(target, statement!.id);
  }
  return matrixStatements.get(target)!;
}

/** A ¥0.01 draw against the target's matrix statement (recorded as if by its rep; only the settle route reads it). */
const matrixDraws = new Map<Target, string>();
async function matrixDraw(target: Target): Promise<string> {
  if (!matrixDraws.has(target)) {
    const db = t.database.db;
    const statementId = await matrixStatement(target);
    const [statement] = await db.select({ orgId: expenseStatements.orgId, repId: expenseStatements.repId }).from(expenseStatements).where(eq(expenseStatements.id, statementId));
    const [made] = await db
      .insert(expensePayoutDraws)
      .values({ orgId: statement!.orgId, statementId, repId: statement!.repId, amountFen: 1, drawnOn: '2026-07-14', recordedBy: statement!.repId, recordedAt: new Date() })
      .returning({ id: expensePayoutDraws.id });
    matrixDraws.set(target, made!.id);
  }
  return matrixDraws.get(target)!;
}

/** A pending application of the target's rep for their target customer. */
const matrixApplications = new Map<Target, string>();
async function matrixApplication(target: Target): Promise<string> {
  if (!matrixApplications.has(target)) {
    const db = t.database.db;
    const { id: customerId, ownerId } = customerTargets.get(target)!;
    const [rep] = await db.select({ orgId: users.orgId, officeId: users.officeId }).from(users).where(eq(users.id, ownerId));
    const [made] = await db
      .insert(expenseSpecialApplications)
      .values({ orgId: rep!.orgId, customerId, repId: ownerId, officeId: rep!.officeId!, usage: 'purchaser', amountFen: 100, reason: '矩阵', filedOn: '2026-06-01', filedAt: new Date() })
      .returning({ id: expenseSpecialApplications.id });
    matrixApplications.set(target, made!.id);
  }
  return matrixApplications.get(target)!;
}

/** A daily log of 1 June 2026 by the target's rep (张伟, 李娜, 陈杰, the other organisation's rep). */
const matrixDailyLogs = new Map<Target, string>();
async function matrixDailyLog(target: Target): Promise<string> {
  if (!matrixDailyLogs.has(target)) {
    const db = t.database.db;
    const repId = target === 'self' ? (await userByName(db, orgId, 'zhangwei')).id : userTargets.get(target)!;
    const [rep] = await db.select({ orgId: users.orgId, officeId: users.officeId }).from(users).where(eq(users.id, repId));
    const [log] = await db.insert(dailyLogs).values({ orgId: rep!.orgId, repId, officeId: rep!.officeId!, date: '2026-06-01', summary: '矩阵', summaryAt: new Date() }).returning({ id: dailyLogs.id });
    matrixDailyLogs.set(target, log!.id);
  }
  return matrixDailyLogs.get(target)!;
}

/** Puts a user back as it was seeded and drops every cached session. */
async function restore(passwordHashes: Map<string, string>) {
  for (const [id, passwordHash] of passwordHashes) {
    await t.database.db.update(users).set({ passwordHash, active: true, mustChangePassword: false }).where(eq(users.id, id));
  }
  await t.database.db.update(customers).set({ deletedAt: null }).where(isNotNull(customers.deletedAt));
  await t.database.db.update(customerContacts).set({ deletedAt: null }).where(isNotNull(customerContacts.deletedAt));
  // Reassignments, and disabling an owner (which releases their customers), are undone for the target customers.
  for (const c of customerTargets.values()) await t.database.db.update(customers).set({ ownerId: c.ownerId }).where(eq(customers.id, c.id));
  cookies.clear();
}

describe('authorization matrix', () => {
  it('covers every route the API documents', async () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([path]) => !path.startsWith('/api/docs'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented);
  });

  for (const route of ROUTES) {
    const targets: Target[] = route.targets === 'none' ? ['none'] : ['self', 'sameOffice', 'otherOffice', 'otherOrg'];
    const usable = route.targets === 'office' ? targets.filter((x) => x !== 'sameOffice') : targets;
    for (const who of WHO) {
      it(`${route.method} ${route.path} as ${who}`, async () => {
        for (const target of usable) {
          const id = route.targets === 'none' ? ((await route.idOf?.(who)) ?? '') : await targetId(route, who, target);
          const contactId = route.targets === 'customer' ? customerTargets.get(target)!.contactId : '';
          const url = route.path.replace('{id}', id).replace('{contactId}', contactId).replace('{month}', id).replace('{date}', id);
          const [contact] = contactId ? await t.database.db.select({ version: customerContacts.version }).from(customerContacts).where(eq(customerContacts.id, contactId)) : [];
          const body = route.body?.({ id, version: route.targets === 'none' ? 1 : await versionOf(route, id), n: ++n, contactVersion: contact?.version ?? 1 });
          const hashes = new Map<string, string>();
          if (route.mutates) {
            const touched = [route.targets === 'user' ? id : null, who === 'anonymous' ? null : (await userByName(t.database.db, orgId, LOGIN[who])).id];
            for (const uid of touched.filter((x): x is string => x !== null)) {
              hashes.set(uid, (await t.database.db.select().from(users).where(eq(users.id, uid)))[0]!.passwordHash);
            }
          }
          const res = await t.request(route.method, url, { cookie: await cookieOf(who), body });
          const want = expected(route.kind, who, target);
          const got: Outcome = [401, 403, 404].includes(res.statusCode) ? (res.statusCode as Outcome) : 'ok';
          expect(res.statusCode, `${who} → ${target}: ${res.body}`).toBeLessThan(500);
          expect(got, `${route.method} ${url} as ${who} on ${target}: ${res.statusCode} ${res.body}`).toBe(want);
          if (got === 'ok' && route.mutates) await restore(hashes);
        }
      });
    }
  }

  it('lists only rows in scope, and never another organisation', async () => {
    const expectUsers: Record<Exclude<Who, 'anonymous'>, number> = { rep: 1, office_manager: 5, clerk: 19, sales_manager: 19, finance: 19, admin: 19 };
    for (const who of WHO.filter((w) => w !== 'anonymous') as Exclude<Who, 'anonymous'>[]) {
      const cookie = await cookieOf(who);
      const list = (await t.request('GET', '/api/users?limit=200', { cookie })).json() as { items: { username: string; officeName: string | null }[] };
      expect(list.items.filter((u) => !u.username.startsWith('matrix')), who).toHaveLength(expectUsers[who]);
      expect(list.items.map((u) => u.username)).not.toContain('waibu');
      if (who === 'office_manager') expect(new Set(list.items.map((u) => u.officeName))).toEqual(new Set(['郑州办事处']));
      const officeList = (await t.request('GET', '/api/offices', { cookie })).json() as { items: { name: string }[] };
      const names = officeList.items.map((o) => o.name).filter((x) => !x.startsWith('矩阵'));
      expect(names, who).toEqual(who === 'rep' || who === 'office_manager' ? ['郑州办事处'] : ['南阳办事处', '襄阳办事处', '郑州办事处']);
      expect(names).not.toContain('武汉办事处');
    }
  });

  it('never signs a user of one organisation into another', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { orgCode: 'huakang', username: 'waibu', password: OTHER_ORG.password } });
    expect(res.statusCode).toBe(401);
  });
});
