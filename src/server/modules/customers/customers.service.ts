import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { customerInputSchema, type CustomerInput } from '../../../domain/customers/customer-schemas';
import { changedFields } from '../../../domain/customers/history-diff';
import { CUSTOMER_HISTORY_FIELDS } from '../../../domain/customers/history-fields';
import { placeCustomer, type OwnerFacts } from '../../../domain/customers/placement';
import { customerNameKey, customerSearchText } from '../../../domain/customers/search-text';
import { inScope, type Actor } from '../../../domain/identity/policies';
import type { Role } from '../../../domain/identity/roles';
import type { Db } from '../../db/client';
import { customerHistory, customers, users } from '../../db/schema';
import { AppError, fieldProblem } from '../../http/errors';
import type { RequestMeta } from '../identity/auth.service';
import { checkCustomValues, customValueHistory } from '../customer-fields/custom-values';
import { asInput, type createCustomerBody, type updateCustomerBody } from './customer-input';
import { listCustomerTypes } from './customer-types';
import type { CustomerView, DuplicateView } from './customers.presenter';
import { findCustomer } from './customers.queries';
import { findDuplicateRows } from './duplicates.queries';
import { mergedTargetOf } from './merge.queries';

type CreateBody = z.infer<typeof createCustomerBody>;
type UpdateBody = z.infer<typeof updateCustomerBody>;

/** A checked customer input with its custom field values in their stored form. */
export type ValidCustomerInput = CustomerInput & { custom: Record<string, unknown> };

/**
 * Checks a whole customer input against the organisation's own list of customer types and, for a valid type,
 * its custom values against the custom fields of that type. `storedCustom` are the values stored before (a
 * deactivated field keeps its value but takes no new one); by default the input's own values are taken as stored.
 */
export async function validated(db: Db, orgId: string, raw: Record<string, unknown>, storedCustom?: Record<string, unknown>): Promise<ValidCustomerInput> {
  const typeCodes = (await listCustomerTypes(db, orgId)).map((t) => t.code);
  const parsed = customerInputSchema({ typeCodes }).safeParse(raw);
  const typeCode = typeof raw.typeCode === 'string' ? raw.typeCode.trim() : '';
  const custom = typeCodes.includes(typeCode)
    ? await checkCustomValues(db, orgId, raw.custom, { typeCode, previous: storedCustom ?? (raw.custom as Record<string, unknown> | undefined) })
    : { values: {}, problems: [] };
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((i) => fieldProblem(i.path.join('/'), i as never))), ...custom.problems];
  if (!parsed.success || problems.length) throw new AppError('VALIDATION_FAILED', problems);
  return { ...parsed.data, custom: custom.values };
}

export async function ownerFacts(db: Db, orgId: string, ownerId: string | null | undefined): Promise<OwnerFacts | null> {
  if (!ownerId) return null;
  const [u] = await db
    .select({ id: users.id, role: users.role, officeId: users.officeId, active: users.active })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, ownerId)));
  if (!u) throw new AppError('OWNER_INVALID');
  return { ...u, role: u.role as Role };
}

async function place(db: Db, actor: Actor, officeId: string | null | undefined, ownerId: string | null | undefined) {
  const placed = placeCustomer(actor, { officeId, owner: await ownerFacts(db, actor.orgId, ownerId) });
  if (!placed.ok) throw new AppError(placed.error);
  return placed;
}

/** What the stored row holds for an input, derived columns included. */
export function rowOf(input: CustomerInput & { custom?: Record<string, unknown> }, placed: { officeId: string; ownerId: string | null }) {
  return {
    ...(input.custom ? { custom: input.custom } : {}),
    name: input.name,
    nameKey: customerNameKey(input.name),
    searchText: customerSearchText({ name: input.name, phones: input.phones, creditCode: input.creditCode }),
    typeCode: input.typeCode,
    regionCode: input.regionCode ?? null,
    address: input.address ?? null,
    lng: input.location?.lng ?? null,
    lat: input.location?.lat ?? null,
    datum: input.location?.datum ?? null,
    officeId: placed.officeId,
    ownerId: placed.ownerId,
    status: input.status,
    source: input.source ?? null,
    sourceNote: input.sourceNote ?? null,
    tags: input.tags,
    creditCode: input.creditCode ?? null,
    phones: input.phones,
    profile: input.profile,
    preferences: input.preferences ?? null,
    importantDates: input.importantDates,
  };
}

/** History fields of an input as stored (location as one value, office and owner as placed). */
function historyShape(input: CustomerInput | Record<string, unknown>, placed: { officeId: string | null; ownerId: string | null }) {
  return { ...input, officeId: placed.officeId, ownerId: placed.ownerId } as Record<string, unknown>;
}

export interface HistoryEntry {
  customerId: string;
  entity: 'customer' | 'contact';
  entityId: string;
  action: string;
  changes: unknown[];
}

/** Writes one or more history entries by the actor, in one insert. */
export async function recordHistory(db: Db, actor: Actor, entries: HistoryEntry | HistoryEntry[], at: Date): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db.insert(customerHistory).values(list.map((entry) => ({ orgId: actor.orgId, at, actorId: actor.userId, ...entry })));
}

/** Existing customers the input may duplicate; those outside the actor's scope only say whom to ask. */
async function suspectedDuplicates(db: Db, actor: Actor, input: CustomerInput, exceptId?: string): Promise<DuplicateView[]> {
  const rows = await findDuplicateRows(db, actor.orgId, { nameKey: customerNameKey(input.name), regionCode: input.regionCode ?? null, creditCode: input.creditCode ?? null, phones: input.phones }, exceptId);
  return rows.map((r) =>
    inScope(actor, { orgId: actor.orgId, officeId: r.officeId, ownerId: r.ownerId })
      ? { rule: r.rule, visible: true, id: r.id, name: r.name, ownerName: r.ownerName, officeName: r.officeName }
      : { rule: r.rule, visible: false, askName: r.ownerName ?? r.managerName, officeName: r.officeName },
  );
}

export async function createCustomer(db: Db, actor: Actor, body: CreateBody, meta: RequestMeta): Promise<CustomerView> {
  const { officeId, confirmNotDuplicate, ...raw } = body;
  const input = await validated(db, actor.orgId, raw, {});
  const placed = await place(db, actor, officeId, input.ownerId);
  if (!confirmNotDuplicate) {
    const duplicates = await suspectedDuplicates(db, actor, input);
    if (duplicates.length) throw new AppError('DUPLICATE_SUSPECTED', undefined, undefined, { duplicates });
  }
  const id = await db.transaction(async (tx) => {
    const t = tx as Db;
    const [row] = await t
      .insert(customers)
      .values({ orgId: actor.orgId, ...rowOf(input, placed), createdAt: meta.now, updatedAt: meta.now })
      .returning({ id: customers.id });
    const changes = [...changedFields(null, historyShape(input, placed), CUSTOMER_HISTORY_FIELDS), ...(await customValueHistory(t, actor.orgId, null, input.custom))];
    await recordHistory(t, actor, { customerId: row!.id, entity: 'customer', entityId: row!.id, action: 'create', changes }, meta.now);
    return row!.id;
  });
  return (await findCustomer(db, actor, id))!;
}

/** Locks a customer row and returns it if the actor may see it; another's or a missing one is a 404. */
export async function lockVisibleCustomer(db: Db, actor: Actor, id: string): Promise<CustomerView> {
  await db.execute(sql`select 1 from ${customers} where ${customers.orgId} = ${actor.orgId} and ${customers.id} = ${id} for update`);
  const current = await findCustomer(db, actor, id);
  if (!current) throw new AppError('NOT_FOUND');
  return current;
}

export async function updateCustomer(db: Db, actor: Actor, id: string, body: UpdateBody, meta: RequestMeta): Promise<CustomerView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const current = await lockVisibleCustomer(t, actor, id);
    if (current.deletedAt) throw new AppError('NOT_FOUND');
    if (current.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const { version: _v, officeId: requestedOffice, custom: customPatch, ...patch } = body;
    const officeId = requestedOffice as string | null | undefined;
    // Custom values merge key by key: the keys given change, null clears one, the rest stay.
    const custom = { ...current.custom, ...(customPatch as Record<string, unknown> | undefined) };
    const input = await validated(t, actor.orgId, { ...asInput(current), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), custom }, current.custom);
    const moves = (officeId !== undefined && officeId !== current.officeId) || input.ownerId !== current.ownerId;
    const placed = moves ? await place(t, actor, officeId ?? current.officeId, input.ownerId) : { officeId: current.officeId, ownerId: current.ownerId };
    const changes = [
      ...changedFields(historyShape(asInput(current), current), historyShape(input, placed), CUSTOMER_HISTORY_FIELDS),
      ...(await customValueHistory(t, actor.orgId, current.custom, input.custom)),
    ];
    if (changes.length === 0) return;
    await t
      .update(customers)
      .set({ ...rowOf(input, placed), version: current.version + 1, updatedAt: meta.now })
      .where(and(eq(customers.orgId, actor.orgId), eq(customers.id, id)));
    await recordHistory(t, actor, { customerId: id, entity: 'customer', entityId: id, action: 'update', changes }, meta.now);
  });
  return (await findCustomer(db, actor, id))!;
}

/** Soft delete (deleted = true) or undo it (deleted = false), with history. */
export async function setCustomerDeleted(db: Db, actor: Actor, id: string, deleted: boolean, meta: RequestMeta): Promise<CustomerView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const current = await lockVisibleCustomer(t, actor, id);
    if (Boolean(current.deletedAt) === deleted) return;
    if (!deleted && (await mergedTargetOf(t, actor.orgId, id))) throw new AppError('MERGED_NO_RESTORE');
    await t
      .update(customers)
      .set({ deletedAt: deleted ? meta.now : null, version: current.version + 1, updatedAt: meta.now })
      .where(and(eq(customers.orgId, actor.orgId), eq(customers.id, id)));
    await recordHistory(t, actor, { customerId: id, entity: 'customer', entityId: id, action: deleted ? 'delete' : 'restore', changes: [] }, meta.now);
  });
  return (await findCustomer(db, actor, id))!;
}
