import { and, asc, eq, gte, isNull, lt, min, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/dates';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { rowScope } from '../../db/row-scope';
import { customers, expenseSpecialApplications, offices, orders, users } from '../../db/schema';
import { customerScope } from '../customers/customers.queries';

/** The applications the actor may see: a rep their own, an office manager their office's, organisation-wide roles all. */
export function applicationScope(actor: Actor): SQL {
  return rowScope(actor, { orgId: expenseSpecialApplications.orgId, officeId: expenseSpecialApplications.officeId, ownerId: expenseSpecialApplications.repId });
}

function fromApplications(db: Db) {
  return db
    .select({ application: expenseSpecialApplications, customerName: customers.name, repName: users.displayName, officeName: offices.name })
    .from(expenseSpecialApplications)
    .innerJoin(customers, and(eq(customers.orgId, expenseSpecialApplications.orgId), eq(customers.id, expenseSpecialApplications.customerId)))
    .innerJoin(users, and(eq(users.orgId, expenseSpecialApplications.orgId), eq(users.id, expenseSpecialApplications.repId)))
    .innerJoin(offices, and(eq(offices.orgId, expenseSpecialApplications.orgId), eq(offices.id, expenseSpecialApplications.officeId)));
}
export type ApplicationRow = Awaited<ReturnType<typeof findApplication>> & {};

export async function findApplication(db: Db, actor: Actor, id: string) {
  const [row] = await fromApplications(db).where(and(applicationScope(actor), eq(expenseSpecialApplications.id, id)));
  return row;
}

export async function lockApplication(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(expenseSpecialApplications)
    .where(and(applicationScope(actor), eq(expenseSpecialApplications.id, id)))
    .for('update');
  return row;
}

export interface ApplicationFilters {
  /** Filed in [from, to). */
  from?: IsoDate;
  to?: IsoDate;
  repId?: string;
  officeId?: string;
  status?: 'pending' | 'approved' | 'refused';
}

export const APPLICATION_LIST_LIMIT = 500;

export async function listApplications(db: Db, actor: Actor, f: ApplicationFilters) {
  const a = expenseSpecialApplications;
  return fromApplications(db)
    .where(
      and(
        applicationScope(actor),
        f.from ? gte(a.filedOn, f.from) : undefined,
        f.to ? lt(a.filedOn, f.to) : undefined,
        f.repId ? eq(a.repId, f.repId) : undefined,
        f.officeId ? eq(a.officeId, f.officeId) : undefined,
        f.status ? eq(a.status, f.status) : undefined,
      ),
    )
    .orderBy(asc(offices.name), asc(users.displayName), asc(a.filedOn), asc(a.filedAt), asc(a.id))
    .limit(APPLICATION_LIST_LIMIT);
}

/** A customer in the actor's scope (not deleted), with its office and owner. */
export async function customerForApplication(db: Db, actor: Actor, customerId: string) {
  const [row] = await db
    .select({ id: customers.id, officeId: customers.officeId, ownerId: customers.ownerId })
    .from(customers)
    .where(and(customerScope(actor), eq(customers.id, customerId), isNull(customers.deletedAt)));
  return row;
}

/** The day of the customer's first sale (its first contract), or null when it has none yet. */
export async function firstOrderOn(db: Db, orgId: string, customerId: string): Promise<IsoDate | null> {
  const [row] = await db
    .select({ first: min(orders.orderDate) })
    .from(orders)
    .where(and(eq(orders.orgId, orgId), eq(orders.customerId, customerId), eq(orders.kind, 'sale')));
  return row?.first ?? null;
}
