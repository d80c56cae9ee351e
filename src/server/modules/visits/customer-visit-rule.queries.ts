import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customers, customerVisitRules } from '../../db/schema';
import { customerScope } from '../customers/customers.queries';

/** A customer in the actor's scope (not deleted) with its own rule, if any; `lock` locks the rule row. */
export async function customerWithRule(db: Db, actor: Actor, customerId: string) {
  const [row] = await db
    .select({
      id: customers.id,
      name: customers.name,
      grade: customers.grade,
      typeCode: customers.typeCode,
      visitsPerMonth: customerVisitRules.visitsPerMonth,
      phoneAllowed: customerVisitRules.phoneAllowed,
      version: customerVisitRules.version,
      updatedAt: customerVisitRules.updatedAt,
    })
    .from(customers)
    .leftJoin(customerVisitRules, and(eq(customerVisitRules.orgId, customers.orgId), eq(customerVisitRules.customerId, customers.id)))
    .where(and(customerScope(actor), eq(customers.id, customerId), isNull(customers.deletedAt)));
  return row;
}

export async function lockCustomerRule(db: Db, orgId: string, customerId: string) {
  const [row] = await db
    .select({ visitsPerMonth: customerVisitRules.visitsPerMonth, phoneAllowed: customerVisitRules.phoneAllowed, version: customerVisitRules.version })
    .from(customerVisitRules)
    .where(and(eq(customerVisitRules.orgId, orgId), eq(customerVisitRules.customerId, customerId)))
    .for('update');
  return row;
}

type RuleValues = { visitsPerMonth: number | null; phoneAllowed: boolean | null };

/** The customer's first own rule; false when someone stored one in the meantime. */
export async function insertCustomerRule(db: Db, orgId: string, customerId: string, values: RuleValues, at: Date): Promise<boolean> {
  const made = await db.insert(customerVisitRules).values({ orgId, customerId, ...values, version: 1, updatedAt: at }).onConflictDoNothing().returning({ version: customerVisitRules.version });
  return made.length > 0;
}

/** Both fields null keep the row (and its version), meaning "as the grade and type say". */
export async function updateCustomerRule(db: Db, orgId: string, customerId: string, values: RuleValues, version: number, at: Date): Promise<void> {
  await db
    .update(customerVisitRules)
    .set({ ...values, version, updatedAt: at })
    .where(and(eq(customerVisitRules.orgId, orgId), eq(customerVisitRules.customerId, customerId)));
}
