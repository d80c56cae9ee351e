import { and, asc, eq, isNull, notExists, sql } from 'drizzle-orm';
import { addMonths, dayNumber, type IsoDate } from '../../domain/calendar/dates';
import type { Actor } from '../../domain/identity/policies';
import type { Db } from '../db/client';
import { customers, expenseStatementRows, expenseStatements, orders, users } from '../db/schema';
import { expenseCalendar } from '../modules/expenses/expense-calendar';
import { decideApplication, fileApplication } from '../modules/expenses/special-application.service';
import { adjustStatementRow } from '../modules/expenses/statement-adjustment.service';
import { generateStatements } from '../modules/expenses/statement-generation.service';
import { reviewStatement, type ReviewStep } from '../modules/expenses/review.service';
import { compareCodeUnits } from '../../domain/shared/compare';

/*
 * Last month's 客情费 statements of the demo organisation, made by the same services as the API, each step on the
 * working day it would have happened (10:00 Shanghai) and only when that day is not after `today`:
 * generated on the 1st working day, submitted on the 2nd, signed by the clerk on the 4th, the sales manager on the
 * 6th and finance on the 8th. Before the review deadline the reps are spread over every step (one returned, one
 * late); after it, all are approved but one never submitted, which shows as void. 张伟 files two new-customer
 * special expense applications in the statement month; the sales manager approves one.
 */

type Plan = 'draft' | 'submitted' | 'late' | 'returned' | 'clerk' | 'manager' | 'finance';
const DURING_REVIEW: Plan[] = ['finance', 'finance', 'manager', 'manager', 'clerk', 'submitted', 'late', 'returned', 'draft', 'finance', 'clerk', 'submitted'];
const AFTER_REVIEW: Plan[] = ['finance', 'finance', 'finance', 'finance', 'finance', 'finance', 'finance', 'finance', 'draft', 'finance', 'finance', 'finance'];

const SIGNED: Record<Plan, number> = { draft: 0, submitted: 0, late: 0, returned: 1, clerk: 1, manager: 2, finance: 3 };

export interface DemoExpenseCounts {
  statements: number;
  applications: number;
}

export async function seedDemoExpenses(db: Db, orgId: string, today: IsoDate): Promise<DemoExpenseCounts> {
  const people = await db.select({ id: users.id, username: users.username, role: users.role, officeId: users.officeId }).from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.username));
  const actorOf = (username: string): Actor => {
    const u = people.find((p) => p.username === username)!;
    return { orgId, userId: u.id, role: u.role, officeId: u.officeId };
  };
  const calendar = await expenseCalendar(db, orgId);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const day = (n: number): IsoDate | null => {
    const answer = calendar.nthWorkingDay(year, month, n);
    return answer.ok ? answer.value : null;
  };
  const days = [1, 2, 4, 6, 8].map(day);
  if (days.some((d) => d === null)) return { statements: 0, applications: 0 }; // a year the calendar does not know yet
  const [first, second, fourth, sixth, eighth] = days as [IsoDate, IsoDate, IsoDate, IsoDate, IsoDate];
  const due = (d: IsoDate) => dayNumber(d) <= dayNumber(today);
  const meta = (d: IsoDate) => ({ ip: null, userAgent: null, now: new Date(`${d}T02:00:00Z`) });
  const statementMonth = addMonths(`${today.slice(0, 7)}-01`, -1);

  const clerk = actorOf('liuyan');
  const manager = actorOf('zhaogang');
  const finance = actorOf('sunli');
  const applications = await seedApplications(db, orgId, statementMonth, actorOf('zhangwei'), manager);

  const made = await generateStatements(db, clerk, { month: statementMonth.slice(0, 7) }, meta(due(first) ? first : today));
  const plans = due(eighth) ? AFTER_REVIEW : DURING_REVIEW;
  const reps = [...made.items].sort((a, b) => compareCodeUnits(a.repName, b.repName));
  for (const [i, summary] of reps.entries()) {
    const plan = plans[i % plans.length]!;
    const rep = people.find((p) => p.id === summary.repId)!;
    const version = async () => (await db.select({ v: expenseStatements.version }).from(expenseStatements).where(eq(expenseStatements.id, summary.id)))[0]!.v;
    const act = async (who: Actor, step: ReviewStep, on: IsoDate, comment?: string) => {
      if (due(on)) await reviewStatement(db, who, summary.id, step, { version: await version(), comment }, meta(on));
      return due(on);
    };
    const repActor = actorOf(rep.username);
    if (i === 0 && due(second)) await adjustOneRow(db, repActor, summary.id, second);
    if (plan === 'draft') continue;
    if (!(await act(repActor, 'submit', plan === 'late' ? fourth : second))) continue;
    if (plan === 'returned') {
      await act(clerk, 'return', fourth, '请核对第一行客户的回款金额后重新报送');
      continue;
    }
    const signers: [Actor, IsoDate][] = [
      [clerk, fourth],
      [manager, sixth],
      [finance, eighth],
    ];
    for (const [who, on] of signers.slice(0, SIGNED[plan])) if (!(await act(who, 'approve', on))) break;
  }
  return { statements: made.items.length, applications };
}

/** The rep raises the first paying row of their statement by ¥50.00, with a reason (above the payable amount). */
async function adjustOneRow(db: Db, rep: Actor, statementId: string, on: IsoDate) {
  const [row] = await db
    .select({ customerId: expenseStatementRows.customerId, payableFen: expenseStatementRows.payableFen, version: expenseStatementRows.version })
    .from(expenseStatementRows)
    .where(and(eq(expenseStatementRows.orgId, rep.orgId), eq(expenseStatementRows.statementId, statementId), sql`${expenseStatementRows.payableFen} > 0`))
    .orderBy(asc(expenseStatementRows.customerId))
    .limit(1);
  if (!row) return;
  await adjustStatementRow(db, rep, statementId, { customerId: row.customerId, version: row.version, adjustedFen: row.payableFen + 5_000, reason: '院长节日慰问，超出部分经销售部经理口头同意' }, { ip: null, userAgent: null, now: new Date(`${on}T02:00:00Z`) });
}

/** Two applications of 张伟 for customers that have never ordered, filed early in the statement month; one approved. */
async function seedApplications(db: Db, orgId: string, statementMonth: IsoDate, rep: Actor, manager: Actor): Promise<number> {
  const fresh = await db
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(
        eq(customers.orgId, orgId),
        eq(customers.ownerId, rep.userId),
        isNull(customers.deletedAt),
        notExists(db.select({ one: sql`1` }).from(orders).where(and(eq(orders.orgId, orgId), eq(orders.customerId, customers.id)))),
      ),
    )
    .orderBy(asc(customers.id))
    .limit(2);
  const filedOn = `${statementMonth.slice(0, 7)}-05`;
  const meta = (d: IsoDate) => ({ ip: null, userAgent: null, now: new Date(`${d}T02:00:00Z`) });
  const items = [
    { usage: 'new_customer' as const, amountFen: 120_000, reason: '新院区开业推广会场地与资料费' },
    { usage: 'executive' as const, amountFen: 60_000, reason: '拜访分管采购的副院长，介绍新品' },
  ];
  for (const [i, customer] of fresh.entries()) {
    const filed = await fileApplication(db, rep, { customerId: customer.id, ...items[i]! }, meta(filedOn));
    if (i === 0) await decideApplication(db, manager, filed.id, { version: filed.version, decision: 'approve', comment: '同意，合同签订前完成' }, meta(`${statementMonth.slice(0, 7)}-06`));
  }
  return fresh.length;
}
