import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  clashingLabels,
  customFieldInputSchema,
  fixedFieldChanges,
  optionInUseMessage,
  removedOptions,
  type CustomFieldInput,
} from '../../../domain/customers/custom-fields';
import { fieldLabel } from '../../../domain/shared/field-labels';
import type { Bilingual } from '../../../domain/shared/messages';
import type { FieldProblem } from '../../../domain/shared/error-codes';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { customerFields, orgs } from '../../db/schema';
import { AppError, fieldProblem, mergeByField } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import { listCustomerTypes } from '../customers/customer-types';
import type { RequestMeta } from '../identity/auth.service';
import type { createFieldBody, updateFieldBody } from './customer-field-input';
import { auditedField, type CustomFieldView } from './customer-fields.presenter';
import { findField, listFields, optionUsage, valuesOutsideType } from './customer-fields.queries';

type CreateBody = z.infer<typeof createFieldBody>;
type UpdateBody = z.infer<typeof updateFieldBody>;

/** One field's problem, labelled the way the form labels it. */
function problem(field: string, reason: Bilingual): FieldProblem {
  const label = fieldLabel(field);
  return { field, message: `${label.zh}：${reason.zh}`, message_en: `${label.en}: ${reason.en}` };
}

/** A whole definition checked against the organisation's own customer types. */
async function checked(db: Db, orgId: string, raw: Record<string, unknown>): Promise<CustomFieldInput> {
  const typeCodes = (await listCustomerTypes(db, orgId)).map((t) => t.code);
  const parsed = customFieldInputSchema({ typeCodes }).safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', mergeByField(parsed.error.issues.map((i) => fieldProblem(i.path.join('/'), i as never))));
  return parsed.data;
}

/** Changes to one organisation's fields go one at a time, so that two cannot take the same label. */
async function lockOrgFields(db: Db, orgId: string): Promise<void> {
  await db.execute(sql`select 1 from ${orgs} where ${orgs.id} = ${orgId} for no key update`);
}

async function refuseLabelClash(db: Db, orgId: string, field: Pick<CustomFieldInput, 'typeCode' | 'labelZh' | 'labelEn'> & { key: string }): Promise<void> {
  const clashes = clashingLabels(field, await listFields(db, orgId));
  if (clashes.length) {
    throw new AppError('CUSTOM_FIELD_LABEL_TAKEN', clashes.map((f) => problem(f, { zh: '同一客户类型已有这个名称的字段', en: 'a field for the same customer type has this label' })));
  }
}

const keyTaken = () => new AppError('CUSTOM_FIELD_KEY_TAKEN', [problem('key', { zh: '已被另一个字段使用', en: 'is used by another field' })]);

/** A key nobody uses yet: f_ and eight hex digits. */
async function freshKey(db: Db, orgId: string): Promise<string> {
  for (;;) {
    const key = `f_${randomBytes(4).toString('hex')}`;
    const [taken] = await db.select({ id: customerFields.id }).from(customerFields).where(and(eq(customerFields.orgId, orgId), eq(customerFields.key, key)));
    if (!taken) return key;
  }
}

function auditEntry(actor: Actor, action: string, id: string, meta: RequestMeta, before: CustomFieldView | null, after: CustomFieldView) {
  return { orgId: actor.orgId, actorId: actor.userId, action, targetType: 'customerField', targetId: id, before: before ? auditedField(before) : null, after: auditedField(after), ip: meta.ip };
}

export async function getField(db: Db, orgId: string, id: string): Promise<CustomFieldView> {
  const field = await findField(db, orgId, id);
  if (!field) throw new AppError('NOT_FOUND');
  return field;
}

export async function createField(db: Db, actor: Actor, body: CreateBody, meta: RequestMeta): Promise<CustomFieldView> {
  const input = await checked(db, actor.orgId, body);
  try {
    const id = await db.transaction(async (tx) => {
      const t = tx as Db;
      await lockOrgFields(t, actor.orgId);
      const key = input.key ?? (await freshKey(t, actor.orgId));
      await refuseLabelClash(t, actor.orgId, { ...input, key });
      const [row] = await t
        .insert(customerFields)
        .values({ orgId: actor.orgId, ...input, key, createdAt: meta.now, updatedAt: meta.now })
        .returning({ id: customerFields.id });
      await recordAudit(t, auditEntry(actor, 'customerField.create', row!.id, meta, null, await getField(t, actor.orgId, row!.id)), meta.now);
      return row!.id;
    });
    return getField(db, actor.orgId, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw keyTaken();
    throw err;
  }
}

/** Options left out of a change must be unused; the error says how many customers hold each. */
async function refuseRemovingUsedOptions(db: Db, orgId: string, current: CustomFieldView, next: CustomFieldInput): Promise<void> {
  const removed = removedOptions(current.options, next.options);
  if (!removed.length) return;
  const usage = await optionUsage(db, orgId, current.key, current.kind === 'multi', removed);
  const inUse = removed.filter((o) => (usage.get(o.value) ?? 0) > 0);
  if (inUse.length) {
    throw new AppError('CUSTOM_FIELD_OPTION_IN_USE', mergeByField(inUse.map((o) => problem('options', optionInUseMessage(o, usage.get(o.value)!)))), undefined, {
      inUse: inUse.map((o) => ({ value: o.value, customers: usage.get(o.value)! })),
    });
  }
}

/** A field may be narrowed to one customer type only if no customer of another type holds a value for it. */
async function refuseNarrowingUsedField(db: Db, orgId: string, current: CustomFieldView, next: CustomFieldInput): Promise<void> {
  if (next.typeCode === null || next.typeCode === current.typeCode) return;
  const n = await valuesOutsideType(db, orgId, current.key, next.typeCode);
  if (n > 0) {
    throw new AppError('CUSTOM_FIELD_TYPE_IN_USE', [
      problem('typeCode', { zh: `已有 ${n} 个其他类型的客户填写了此字段`, en: `${n} customer${n === 1 ? '' : 's'} of other types have a value for this field` }),
    ]);
  }
}

export async function updateField(db: Db, actor: Actor, id: string, body: UpdateBody, meta: RequestMeta): Promise<CustomFieldView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    await lockOrgFields(t, actor.orgId);
    const current = await getField(t, actor.orgId, id);
    if (current.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const { version, ...patch } = body;
    const { key, typeCode, labelZh, labelEn, kind, options, required, sort } = current;
    const merged = { key, typeCode, labelZh, labelEn, kind, options, required, sort, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    const next = await checked(t, actor.orgId, merged);
    const fixed = fixedFieldChanges(current, next);
    if (fixed.length) throw new AppError('VALIDATION_FAILED', fixed.map((p) => problem(p.field, p.message)));
    await refuseLabelClash(t, actor.orgId, { ...next, key: current.key });
    await refuseRemovingUsedOptions(t, actor.orgId, current, next);
    await refuseNarrowingUsedField(t, actor.orgId, current, next);
    await t
      .update(customerFields)
      .set({ typeCode: next.typeCode, labelZh: next.labelZh, labelEn: next.labelEn, options: next.options, required: next.required, sort: next.sort, version: version + 1, updatedAt: meta.now })
      .where(and(eq(customerFields.orgId, actor.orgId), eq(customerFields.id, id)));
    await recordAudit(t, auditEntry(actor, 'customerField.update', id, meta, current, await getField(t, actor.orgId, id)), meta.now);
  });
  return getField(db, actor.orgId, id);
}

/** Deactivating hides a field from forms and keeps every stored value; activating shows it again. */
export async function setFieldActive(db: Db, actor: Actor, id: string, active: boolean, meta: RequestMeta): Promise<CustomFieldView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    await lockOrgFields(t, actor.orgId);
    const current = await getField(t, actor.orgId, id);
    if (current.active === active) return;
    await t
      .update(customerFields)
      .set({ active, version: current.version + 1, updatedAt: meta.now })
      .where(and(eq(customerFields.orgId, actor.orgId), eq(customerFields.id, id)));
    await recordAudit(t, auditEntry(actor, active ? 'customerField.activate' : 'customerField.deactivate', id, meta, current, await getField(t, actor.orgId, id)), meta.now);
  });
  return getField(db, actor.orgId, id);
}
