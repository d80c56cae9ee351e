import { ROLE_SCOPE, type Role } from './roles';

/** What a signed-in person is, as far as the rules need to know. */
export interface Actor {
  orgId: string;
  userId: string;
  role: Role;
  officeId: string | null;
}

/** Everything a permission can be asked about. The web receives the granted ones as abilities. */
export const ACTIONS = [
  'office.read',
  'office.manage',
  'user.read',
  'user.manage',
  'audit.read',
  'customer.read',
  'customer.create',
  'customer.update',
  'customer.delete',
  'customer.reassign',
  'customer.merge',
  'customer.import',
  'customer.export',
  'customerField.manage',
  'abc.read',
  'abc.manage',
  'analysis.read',
  'product.read',
  'product.manage',
  'order.read',
  'order.create',
  'order.push',
  'collection.create',
  'visitRules.read',
  'visitRules.manage',
  'visitPlan.read',
  'visitPlan.generate',
  'visitPlan.edit',
  'visitPlan.review',
  'calendar.read',
  'calendar.manage',
  'visitTravel.read',
  'visitTravel.manage',
  'customerVisitRule.manage',
  'visit.read',
  'visit.record',
  'expenseSettings.read',
  'expenseSettings.manage',
  'expenseStatement.read',
  'expenseStatement.generate',
  'expenseStatement.adjust',
  'expenseStatement.submit',
  'expenseStatement.review',
  'expenseApplication.read',
  'expenseApplication.file',
  'expenseApplication.decide',
  'expensePayout.read',
  'expensePayout.record',
  'expenseSpotCheck.read',
  'expenseSpotCheck.run',
  'expenseLedger.read',
  'visitCompliance.read',
  'dailyLog.read',
  'dailyLog.write',
  'dailyLog.comment',
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERYONE: readonly Role[] = ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'];

/** Role → actions. Row-level limits come from the data scope, not from this table. */
const GRANTS: Record<Action, readonly Role[]> = {
  'office.read': EVERYONE,
  'office.manage': ['admin'],
  'user.read': EVERYONE,
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  'customer.read': EVERYONE,
  'customer.create': ['rep', 'office_manager', 'sales_manager', 'admin'],
  'customer.update': ['rep', 'office_manager', 'sales_manager', 'admin'],
  'customer.delete': ['office_manager', 'sales_manager', 'admin'],
  'customer.reassign': ['office_manager', 'sales_manager', 'admin'],
  /** Both customers must be in the actor's scope; a rep merges two of their own. */
  'customer.merge': ['rep', 'office_manager', 'sales_manager', 'admin'],
  /** Imported rows are placed by the same rule as a customer created by hand (office managers: their office). */
  'customer.import': ['office_manager', 'sales_manager', 'admin'],
  /** Within the data scope; every export is written to the audit log. */
  'customer.export': EVERYONE,
  'customerField.manage': ['admin'],
  /**
   * ABC grading and grade changes, ranked within the data scope: a rep ranks their own customers among themselves
   * (grades drive their visits and contact cadence), an office manager the office's. The clerk reviews expenses only.
   */
  'abc.read': ['rep', 'office_manager', 'sales_manager', 'finance', 'admin'],
  /** Thresholds, saving an on-demand grading and running the monthly grading now. */
  'abc.manage': ['sales_manager', 'admin'],
  /** Customer value and sales analysis, within the data scope. */
  'analysis.read': ['rep', 'office_manager', 'sales_manager', 'finance', 'admin'],
  'product.read': EVERYONE,
  /** Prices, costs and the 客情费 standard are set by the head of sales. */
  'product.manage': ['sales_manager', 'admin'],
  /** Orders, returns and collections of the customers in the actor's data scope. */
  'order.read': EVERYONE,
  /** Sales and returns entered by hand (the clerk enters orders for reps); an order is never edited, a return corrects it. */
  'order.create': ['rep', 'office_manager', 'clerk', 'sales_manager', 'admin'],
  /** The ERP's pushes, signed in as a user of these organisation-wide roles. */
  'order.push': ['sales_manager', 'admin'],
  /** 回款 is booked by finance (the clerk helps; the administrator for corrections). */
  'collection.create': ['clerk', 'finance', 'admin'],
  /** Visit frequencies by grade and type, and the plan settings: read by managers, set by the head of sales. */
  'visitRules.read': ['office_manager', 'sales_manager', 'admin'],
  'visitRules.manage': ['sales_manager', 'admin'],
  /** Monthly visit plans within the data scope (a rep: their own; an office manager: the office's reps'). */
  'visitPlan.read': ['rep', 'office_manager', 'sales_manager', 'admin'],
  /** A rep for themself, an office manager for a rep of their office. */
  'visitPlan.generate': ['rep', 'office_manager'],
  /** Only the plan's rep, on a draft or returned plan. */
  'visitPlan.edit': ['rep'],
  /** Approve or return: the office manager of the plan's rep. */
  'visitPlan.review': ['office_manager'],
  /** The working-day calendar (official holidays, 调休 and the organisation's overrides): everyone reads, the administrator sets. */
  'calendar.read': EVERYONE,
  'calendar.manage': ['admin'],
  /**
   * A rep's start point, end point, transport and visits a day, within the data scope: the rep sets their own, the
   * office manager the office's reps' (the rep knows where they live; the manager may correct or set it for them).
   */
  'visitTravel.read': ['rep', 'office_manager', 'sales_manager', 'admin'],
  'visitTravel.manage': ['rep', 'office_manager'],
  /** One customer's own visits a month and phone rule, within the data scope: the office manager for the office's customers, the head of sales and the administrator for all. */
  'customerVisitRule.manage': ['office_manager', 'sales_manager', 'admin'],
  /** Visit records (check-in, questionnaire, photos, check-out) within the data scope: a rep their own, an office manager the office's, the head of sales and the administrator all. */
  'visit.read': ['rep', 'office_manager', 'sales_manager', 'admin'],
  /** Only the rep who makes the visit or call records it. */
  'visit.record': ['rep'],
  /** The 客情费 rules (usages, payout rules, borrowing limit, spot-check size, deadlines): read by everyone in the cycle, set by the head of sales. */
  'expenseSettings.read': EVERYONE,
  'expenseSettings.manage': ['sales_manager', 'admin'],
  /** Monthly 客情费 statements within the data scope (a rep: their own; an office manager: the office's reps'; the rest: all). */
  'expenseStatement.read': EVERYONE,
  /** A rep generates their own statement; the clerk and the sales manager generate any rep's, or every rep's at once. */
  'expenseStatement.generate': ['rep', 'clerk', 'sales_manager'],
  /** Only the statement's rep changes a row's amount, and submits it (draft or returned). */
  'expenseStatement.adjust': ['rep'],
  'expenseStatement.submit': ['rep'],
  /** The three signatures, in order: clerk → sales manager → finance (each of them may also return it). */
  'expenseStatement.review': ['clerk', 'sales_manager', 'finance'],
  /** 新客户特殊费用申请 within the data scope: a rep files for their own customer; the sales manager approves or refuses. */
  'expenseApplication.read': EVERYONE,
  'expenseApplication.file': ['rep'],
  'expenseApplication.decide': ['sales_manager'],
  /** Cash drawn against approved statements and its settlement, within the data scope (a rep: their own). */
  'expensePayout.read': EVERYONE,
  /** Finance records the cash a rep draws (from the payout day, within the borrowing limit) and its settlement. */
  'expensePayout.record': ['finance'],
  /** The sales manager's spot check of an approved statement; not shown to the rep whose customers are checked. */
  'expenseSpotCheck.read': ['office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  'expenseSpotCheck.run': ['sales_manager'],
  /** The 客户关系维护费——<品种> accounts within the data scope (an office manager: the office's reps). */
  'expenseLedger.read': ['office_manager', 'clerk', 'sales_manager', 'finance', 'admin'],
  /** Plan against actual (拜访达成) within the data scope: a rep their own, an office manager the office's reps, the head of sales and the administrator every office. */
  'visitCompliance.read': ['rep', 'office_manager', 'sales_manager', 'admin'],
  /** Daily logs (成功手册) within the data scope: the rep writes their own summary; the rep's office manager comments. */
  'dailyLog.read': ['rep', 'office_manager', 'sales_manager', 'admin'],
  'dailyLog.write': ['rep'],
  'dailyLog.comment': ['office_manager'],
};

export function can(actor: Pick<Actor, 'role'>, action: Action): boolean {
  return GRANTS[action].includes(actor.role);
}

export function abilitiesOf(actor: Pick<Actor, 'role'>): Action[] {
  return ACTIONS.filter((a) => can(actor, a));
}

/** Where a row sits, for the data-scope check. */
export interface RowPlace {
  orgId: string;
  officeId: string | null;
  ownerId: string | null;
}

/** Is this row inside what the actor may see? Another organisation's rows never are. */
export function inScope(actor: Actor, row: RowPlace): boolean {
  if (row.orgId !== actor.orgId) return false;
  switch (ROLE_SCOPE[actor.role]) {
    case 'org':
      return true;
    case 'office':
      return actor.officeId !== null && row.officeId === actor.officeId;
    case 'own':
      return row.ownerId === actor.userId;
  }
}

/** The filter a query must apply so that a list shows only rows in scope. */
export type ScopeFilter =
  | { kind: 'org'; orgId: string }
  | { kind: 'office'; orgId: string; officeId: string | null }
  | { kind: 'own'; orgId: string; userId: string };

export function scopeFilter(actor: Actor): ScopeFilter {
  const kind = ROLE_SCOPE[actor.role];
  if (kind === 'org') return { kind, orgId: actor.orgId };
  if (kind === 'office') return { kind, orgId: actor.orgId, officeId: actor.officeId };
  return { kind, orgId: actor.orgId, userId: actor.userId };
}
