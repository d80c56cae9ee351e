import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { IsoDate } from '../../../domain/calendar/dates';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { rowScope } from '../../db/row-scope';
import { expensePayoutDraws, expenseStatements, offices, users } from '../../db/schema';

/** Draws the actor may see: a rep their own, an office manager those of their office's statements, the rest all. */
export function drawScope(actor: Actor): SQL {
  return rowScope(actor, { orgId: expensePayoutDraws.orgId, officeId: expenseStatements.officeId, ownerId: expensePayoutDraws.repId });
}

const recorder = alias(users, 'recorder');
const settler = alias(users, 'settler');

function fromDraws(db: Db) {
  return db
    .select({
      draw: expensePayoutDraws,
      month: expenseStatements.month,
      officeId: expenseStatements.officeId,
      repName: users.displayName,
      officeName: offices.name,
      recordedByName: recorder.displayName,
      settledByName: settler.displayName,
    })
    .from(expensePayoutDraws)
    .innerJoin(expenseStatements, and(eq(expenseStatements.orgId, expensePayoutDraws.orgId), eq(expenseStatements.id, expensePayoutDraws.statementId)))
    .innerJoin(users, and(eq(users.orgId, expensePayoutDraws.orgId), eq(users.id, expensePayoutDraws.repId)))
    .innerJoin(offices, and(eq(offices.orgId, expenseStatements.orgId), eq(offices.id, expenseStatements.officeId)))
    .innerJoin(recorder, and(eq(recorder.orgId, expensePayoutDraws.orgId), eq(recorder.id, expensePayoutDraws.recordedBy)))
    .leftJoin(settler, and(eq(settler.orgId, expensePayoutDraws.orgId), eq(settler.id, expensePayoutDraws.settledBy)));
}
export type DrawRow = Awaited<ReturnType<typeof findDraw>> & {};

export async function findDraw(db: Db, actor: Actor, id: string) {
  const [row] = await fromDraws(db).where(and(drawScope(actor), eq(expensePayoutDraws.id, id)));
  return row;
}

export interface DrawFilters {
  /** Statement month, first day. */
  month?: IsoDate;
  repId?: string;
  officeId?: string;
}

export const DRAW_LIST_LIMIT = 500;

export async function listDraws(db: Db, actor: Actor, f: DrawFilters) {
  return fromDraws(db)
    .where(
      and(
        drawScope(actor),
        f.month ? and(gte(expenseStatements.month, f.month), lt(expenseStatements.month, sql`(${f.month}::date + interval '1 month')::date`)) : undefined,
        f.repId ? eq(expensePayoutDraws.repId, f.repId) : undefined,
        f.officeId ? eq(expenseStatements.officeId, f.officeId) : undefined,
      ),
    )
    .orderBy(desc(expensePayoutDraws.recordedAt), desc(expensePayoutDraws.id))
    .limit(DRAW_LIST_LIMIT);
}

/** Every draw of a rep, of every month (the borrowing limit counts them all). */
export async function drawsOfRep(db: Db, orgId: string, repId: string) {
  return fromDraws(db)
    .where(and(eq(expensePayoutDraws.orgId, orgId), eq(expensePayoutDraws.repId, repId)))
    .orderBy(desc(expensePayoutDraws.recordedAt), desc(expensePayoutDraws.id));
}

/** The rep's approved statements and the one asked about (whatever its status), for the payout rules. */
export async function payableStatementsOfRep(db: Db, orgId: string, repId: string, alsoId?: string) {
  return db
    .select()
    .from(expenseStatements)
    .where(
      and(
        eq(expenseStatements.orgId, orgId),
        eq(expenseStatements.repId, repId),
        alsoId ? sql`(${expenseStatements.status} = 'finance_approved' or ${expenseStatements.id} = ${alsoId})` : eq(expenseStatements.status, 'finance_approved'),
      ),
    )
    .orderBy(expenseStatements.month);
}

/**
 * Serialises every payout of one rep: the borrowing limit spans all their statements, so two draws at once for the
 * same rep must not both see the old outstanding amount. Call first in the transaction.
 */
export async function lockRep(db: Db, orgId: string, repId: string): Promise<void> {
  await db.execute(sql`select 1 from ${users} where ${users.orgId} = ${orgId} and ${users.id} = ${repId} for update`);
}

/**
 * Adds a draw to the statement's drawn amount only while it stays approved and within its final amount: the last
 * guard against paying a statement twice (the row lock makes a concurrent second draw see the first). Returns the
 * new drawn amount, or null when the update would break either rule.
 */
export async function addToDrawn(db: Db, orgId: string, statementId: string, amountFen: number, now: Date): Promise<number | null> {
  const [row] = await db
    .update(expenseStatements)
    .set({ drawnFen: sql`${expenseStatements.drawnFen} + ${amountFen}`, version: sql`${expenseStatements.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(expenseStatements.orgId, orgId),
        eq(expenseStatements.id, statementId),
        eq(expenseStatements.status, 'finance_approved'),
        sql`${expenseStatements.drawnFen} + ${amountFen} <= ${expenseStatements.finalFen}`,
      ),
    )
    .returning({ drawnFen: expenseStatements.drawnFen });
  return row?.drawnFen ?? null;
}

export async function lockDraw(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ draw: expensePayoutDraws })
    .from(expensePayoutDraws)
    .innerJoin(expenseStatements, and(eq(expenseStatements.orgId, expensePayoutDraws.orgId), eq(expenseStatements.id, expensePayoutDraws.statementId)))
    .where(and(drawScope(actor), eq(expensePayoutDraws.id, id)))
    .for('update', { of: expensePayoutDraws });
  return row?.draw;
}
