import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { customers, expenseSpotCheckItems, expenseSpotChecks, expenseStatementRows } from '../../db/schema';

/** The customers a spot check may draw from: the statement's rows with an amount paid out. */
export async function spotCheckPool(db: Db, orgId: string, statementId: string): Promise<string[]> {
  const rows = await db
    .select({ customerId: expenseStatementRows.customerId })
    .from(expenseStatementRows)
    .where(and(eq(expenseStatementRows.orgId, orgId), eq(expenseStatementRows.statementId, statementId), gt(expenseStatementRows.finalFen, 0)));
  return rows.map((r) => r.customerId);
}

export async function findSpotCheck(db: Db, orgId: string, statementId: string) {
  const [check] = await db.select().from(expenseSpotChecks).where(and(eq(expenseSpotChecks.orgId, orgId), eq(expenseSpotChecks.statementId, statementId)));
  if (!check) return undefined;
  const items = await db
    .select({ item: expenseSpotCheckItems, customerName: customers.name, finalFen: expenseStatementRows.finalFen })
    .from(expenseSpotCheckItems)
    .innerJoin(customers, and(eq(customers.orgId, expenseSpotCheckItems.orgId), eq(customers.id, expenseSpotCheckItems.customerId)))
    .innerJoin(
      expenseStatementRows,
      and(
        eq(expenseStatementRows.orgId, expenseSpotCheckItems.orgId),
        eq(expenseStatementRows.statementId, expenseSpotCheckItems.statementId),
        eq(expenseStatementRows.customerId, expenseSpotCheckItems.customerId),
      ),
    )
    .where(and(eq(expenseSpotCheckItems.orgId, orgId), eq(expenseSpotCheckItems.spotCheckId, check.id)))
    .orderBy(asc(expenseSpotCheckItems.seq));
  return { check, items };
}

export async function lockSpotCheckItem(db: Db, orgId: string, spotCheckId: string, customerId: string) {
  const [row] = await db
    .select()
    .from(expenseSpotCheckItems)
    .where(and(eq(expenseSpotCheckItems.orgId, orgId), eq(expenseSpotCheckItems.spotCheckId, spotCheckId), eq(expenseSpotCheckItems.customerId, customerId)))
    .for('update');
  return row;
}
