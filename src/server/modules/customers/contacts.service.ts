import { and, eq, isNull, sql } from 'drizzle-orm';
import { keyPersonInputSchema, type KeyPersonInput } from '../../../domain/customers/customer-schemas';
import { changedFields } from '../../../domain/customers/history-diff';
import { CONTACT_HISTORY_FIELDS } from '../../../domain/customers/history-fields';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customerContacts } from '../../db/schema';
import { AppError, fieldProblem } from '../../http/errors';
import type { RequestMeta } from '../identity/auth.service';
import type { ContactView } from './customers.presenter';
import { contactsOf } from './customers.queries';
import { lockVisibleCustomer, recordHistory } from './customers.service';

function checked(raw: Record<string, unknown>): KeyPersonInput {
  const parsed = keyPersonInputSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', parsed.error.issues.map((i) => fieldProblem(i.path.join('/'), i as never)));
  return parsed.data;
}

async function contactOf(db: Db, orgId: string, customerId: string, contactId: string): Promise<ContactView> {
  const found = (await contactsOf(db, orgId, customerId)).find((c) => c.id === contactId);
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** Adds, changes or removes (contactId + null) a key person of a customer the actor may change, with history. */
export async function saveContact(
  db: Db,
  actor: Actor,
  customerId: string,
  contactId: string | null,
  change: { version?: number; fields?: Record<string, unknown> } | null,
  meta: RequestMeta,
): Promise<ContactView | null> {
  return db.transaction(async (tx) => {
    const t = tx as Db;
    const customer = await lockVisibleCustomer(t, actor, customerId);
    if (customer.deletedAt) throw new AppError('NOT_FOUND');
    const current = contactId ? await contactOf(t, actor.orgId, customerId, contactId) : null;
    if (current && change && change.version !== current.version) throw new AppError('VERSION_CONFLICT');
    const next = change ? checked({ ...(current ?? {}), ...change.fields }) : null;
    const where = (id: string) => and(eq(customerContacts.orgId, actor.orgId), eq(customerContacts.id, id), isNull(customerContacts.deletedAt));
    let id = contactId;
    if (!current && next) {
      const [row] = await t.insert(customerContacts).values({ orgId: actor.orgId, customerId, ...next, createdAt: meta.now, updatedAt: meta.now }).returning({ id: customerContacts.id });
      id = row!.id;
    } else if (current && next) {
      await t.update(customerContacts).set({ ...next, version: sql`${customerContacts.version} + 1`, updatedAt: meta.now }).where(where(current.id));
    } else if (current) {
      await t.update(customerContacts).set({ deletedAt: meta.now, updatedAt: meta.now }).where(where(current.id));
    }
    const action = !current ? 'create' : next ? 'update' : 'delete';
    const changes = changedFields(current, next, CONTACT_HISTORY_FIELDS);
    await recordHistory(t, actor, { customerId, entity: 'contact', entityId: id!, action, changes: action === 'delete' ? [{ field: 'name', before: current!.name, after: null }] : changes }, meta.now);
    return next ? contactOf(t, actor.orgId, customerId, id!) : null;
  });
}
