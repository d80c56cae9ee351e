import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusAt } from '../../src/domain/expenses/review';
import type { Database } from '../../src/server/db/client';
import { expenseSpecialApplications, expenseStatementRows, expenseStatements, users } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/demo/seed';
import { reviewStateOf } from '../../src/server/modules/expenses/statement-store';
import { freshDatabase } from '../helpers/database';

/*
 * The demo organisation seeded on 16 October 2025 (the 7th working day after the National Day holiday): September's
 * statements are spread over the review steps, each step dated on its working day; seeding again on the same day
 * gives the same statements.
 */

let database: Database;
let orgId: string;
const TODAY = '2025-10-16';

beforeAll(async () => {
  database = await freshDatabase();
  ({ orgId } = await seedDemo(database.db, () => {}, TODAY));
}, 180_000); // the whole demo with two years of sales
afterAll(() => database.close());

describe('demo expenses', () => {
  it('has last month’s statement of every rep, at the step its working days have reached', async () => {
    const rows = await database.db
      .select({ rep: users.displayName, s: expenseStatements })
      .from(expenseStatements)
      .innerJoin(users, and(eq(users.orgId, expenseStatements.orgId), eq(users.id, expenseStatements.repId)))
      .where(eq(expenseStatements.orgId, orgId))
      .orderBy(asc(users.displayName));
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.s.month === '2025-09-01' && r.s.submitBy === '2025-10-11' && r.s.reviewBy === '2025-10-17')).toBe(true);
    const statuses = rows.map((r) => statusAt(reviewStateOf(r.s), TODAY)).sort();
    // Planned to finish (3) or stop at the manager (2): signed up to the manager by the 6th working day; the 8th is ahead.
    expect(statuses).toEqual([...Array(2).fill('clerk_approved'), 'draft', ...Array(5).fill('manager_approved'), 'returned', ...Array(3).fill('submitted')]);
    expect(rows.filter((r) => r.s.submittedOn && r.s.submittedOn > r.s.submitBy)).toHaveLength(1);
    expect(rows.find((r) => r.s.status === 'returned')!.s.lastReturnComment).toBe('请核对第一行客户的回款金额后重新报送');
    expect(rows.some((r) => r.s.finalFen > 0)).toBe(true);
    const adjusted = await database.db.select().from(expenseStatementRows).where(eq(expenseStatementRows.orgId, orgId));
    expect(adjusted.filter((r) => r.adjustedFen !== null)).toHaveLength(1);
  });

  it('has two special applications of 张伟, one approved', async () => {
    const apps = await database.db.select().from(expenseSpecialApplications).where(eq(expenseSpecialApplications.orgId, orgId)).orderBy(asc(expenseSpecialApplications.amountFen));
    expect(apps.map((a) => [a.filedOn, a.amountFen, a.status])).toEqual([
      ['2025-09-05', 60_000, 'pending'],
      ['2025-09-05', 120_000, 'approved'],
    ]);
  });
});
