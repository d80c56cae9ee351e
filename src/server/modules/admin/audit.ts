import { and, desc, eq, gte, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';

export interface AuditEntry {
  orgId: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** Writes one audit row; call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, entry: AuditEntry, at: Date): Promise<void> {
  await db.insert(auditLog).values({
    orgId: entry.orgId,
    at,
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
  });
}

export interface AuditQuery {
  limit: number;
  cursor?: string;
  action?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
}

/** Cursor = "<iso time>|<id>" of the last row seen; rows come newest first. */
function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = cursor.split('|');
  const when = new Date(at ?? '');
  if (!id || Number.isNaN(when.getTime())) return null;
  return { at: when, id };
}

export async function listAudit(db: Db, orgId: string, q: AuditQuery) {
  const after = decodeCursor(q.cursor);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
      actorId: auditLog.actorId,
      actorName: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, and(eq(users.orgId, auditLog.orgId), eq(users.id, auditLog.actorId)))
    .where(
      and(
        eq(auditLog.orgId, orgId),
        q.action ? eq(auditLog.action, q.action) : undefined,
        q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
        q.from ? gte(auditLog.at, q.from) : undefined,
        q.to ? lt(auditLog.at, q.to) : undefined,
        after ? or(lt(auditLog.at, after.at), and(eq(auditLog.at, after.at), sql`${auditLog.id} < ${after.id}`)) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > q.limit && last ? `${last.at.toISOString()}|${last.id}` : null;
  return { items: page, nextCursor };
}
