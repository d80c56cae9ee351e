import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { savedViews, users } from '../../db/schema';
import { AppError } from '../../http/errors';
import { MAX_SAVED_VIEWS, type SavedViewChange } from './saved-views.input';
import type { SavedView } from './saved-views.presenter';
import { countSavedViews, findSavedView, ownSavedViews } from './saved-views.queries';

const nameTaken = () =>
  new AppError('SAVED_VIEW_NAME_TAKEN', [{ field: 'name', message: '名称：您已有同名的视图', message_en: 'Name: you already have a view with this name' }]);

/** Turns the unique-name violation into a clear error naming the field. */
async function namedUniquely<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken();
    throw err;
  }
}

async function ownView(db: Db, actor: Actor, id: string): Promise<SavedView> {
  const view = await findSavedView(db, actor, id);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/** Saves the actor's current filters under a name (unique per user, at most MAX_SAVED_VIEWS each). */
export function createSavedView(db: Db, actor: Actor, input: { name: string; query: Record<string, string> }, now: Date): Promise<SavedView> {
  return namedUniquely(() =>
    db.transaction(async (tx) => {
      const t = tx as Db;
      // The user's row is the lock that keeps two saves at once from passing the limit together.
      await t.execute(sql`select 1 from ${users} where ${users.orgId} = ${actor.orgId} and ${users.id} = ${actor.userId} for update`);
      if ((await countSavedViews(t, actor)) >= MAX_SAVED_VIEWS) {
        throw new AppError('SAVED_VIEW_LIMIT', [{ field: 'name', message: `视图：每人最多 ${MAX_SAVED_VIEWS} 个`, message_en: `Views: at most ${MAX_SAVED_VIEWS} per person` }]);
      }
      const [row] = await t
        .insert(savedViews)
        .values({ orgId: actor.orgId, userId: actor.userId, name: input.name, query: input.query, createdAt: now, updatedAt: now })
        .returning({ id: savedViews.id });
      return ownView(t, actor, row!.id);
    }),
  );
}

/** Renames a view of the actor's, or replaces its filters. */
export function updateSavedView(db: Db, actor: Actor, id: string, change: SavedViewChange, now: Date): Promise<SavedView> {
  return namedUniquely(() =>
    db.transaction(async (tx) => {
      const t = tx as Db;
      await ownView(t, actor, id);
      await t
        .update(savedViews)
        .set({ ...(change.name !== undefined ? { name: change.name } : {}), ...(change.query !== undefined ? { query: change.query } : {}), updatedAt: now })
        .where(and(ownSavedViews(actor), eq(savedViews.id, id)));
      return ownView(t, actor, id);
    }),
  );
}

export async function deleteSavedView(db: Db, actor: Actor, id: string): Promise<void> {
  const gone = await db.delete(savedViews).where(and(ownSavedViews(actor), eq(savedViews.id, id))).returning({ id: savedViews.id });
  if (gone.length === 0) throw new AppError('NOT_FOUND');
}
