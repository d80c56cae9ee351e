import { and, asc, count, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { savedViews } from '../../db/schema';
import type { SavedView } from './saved-views.presenter';

const columns = { id: savedViews.id, name: savedViews.name, query: savedViews.query, createdAt: savedViews.createdAt, updatedAt: savedViews.updatedAt };

/** Only the actor's own views: another user's view is as good as missing. */
const own = (actor: Actor) => and(eq(savedViews.orgId, actor.orgId), eq(savedViews.userId, actor.userId));

/** The actor's views in the order they were saved (by name when saved at the same moment). */
export async function listSavedViews(db: Db, actor: Actor): Promise<SavedView[]> {
  return (await db.select(columns).from(savedViews).where(own(actor)).orderBy(asc(savedViews.createdAt), asc(savedViews.name), asc(savedViews.id))) as SavedView[];
}

export async function findSavedView(db: Db, actor: Actor, id: string): Promise<SavedView | undefined> {
  const [row] = await db.select(columns).from(savedViews).where(and(own(actor), eq(savedViews.id, id)));
  return row as SavedView | undefined;
}

export async function countSavedViews(db: Db, actor: Actor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(savedViews).where(own(actor));
  return row?.n ?? 0;
}

export { own as ownSavedViews };
