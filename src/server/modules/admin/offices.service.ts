import { and, asc, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ROLE_SCOPE } from '../../../domain/identity/roles';
import type { Actor } from '../../../domain/identity/policies';
import type { OfficeInput, UpdateOfficeInput } from '../../../domain/identity/schemas';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { offices, users } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { RequestMeta } from '../identity/auth.service';
import { recordAudit } from './audit';

export const officeView = z
  .object({
    id: z.string(),
    name: z.string(),
    regionCode: z.string().nullable(),
    address: z.string().nullable(),
    active: z.boolean(),
    version: z.number(),
    staff: z.number(),
    managers: z.array(z.object({ id: z.string(), displayName: z.string() })),
  })
  .meta({ id: 'Office' });
export type OfficeView = z.infer<typeof officeView>;

const nameTaken = () => new AppError('OFFICE_NAME_TAKEN', [{ field: 'name', message: '名称：已有同名办事处', message_en: 'Name: an office with this name exists' }]);

/** Offices the actor may see: all of them for organisation-wide roles, otherwise their own. */
export async function listOffices(db: Db, actor: Actor, only?: string): Promise<OfficeView[]> {
  const seesAll = ROLE_SCOPE[actor.role] === 'org';
  if (!seesAll && !actor.officeId) return [];
  const rows = await db
    .select({
      id: offices.id,
      name: offices.name,
      regionCode: offices.regionCode,
      address: offices.address,
      active: offices.active,
      version: offices.version,
    })
    .from(offices)
    .where(
      and(
        eq(offices.orgId, actor.orgId),
        seesAll ? undefined : eq(offices.id, actor.officeId!),
        only ? eq(offices.id, only) : undefined,
      ),
    )
    .orderBy(asc(offices.name));
  const staff = await db
    .select({ officeId: users.officeId, role: users.role, id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.orgId, actor.orgId), eq(users.active, true), sql`${users.officeId} is not null`));
  return rows.map((o) => {
    const mine = staff.filter((s) => s.officeId === o.id);
    return {
      ...o,
      staff: mine.length,
      managers: mine.filter((s) => s.role === 'office_manager').map((s) => ({ id: s.id, displayName: s.displayName })),
    };
  });
}

export async function getVisibleOffice(db: Db, actor: Actor, id: string): Promise<OfficeView> {
  const [office] = await listOffices(db, actor, id);
  if (!office) throw new AppError('NOT_FOUND');
  return office;
}

export async function createOffice(db: Db, actor: Actor, input: OfficeInput, meta: RequestMeta): Promise<OfficeView> {
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(offices)
        .values({ orgId: actor.orgId, name: input.name, regionCode: input.regionCode ?? null, address: input.address ?? null, createdAt: meta.now, updatedAt: meta.now })
        .returning({ id: offices.id });
      await recordAudit(
        tx as Db,
        { orgId: actor.orgId, actorId: actor.userId, action: 'office.create', targetType: 'office', targetId: row!.id, after: input, ip: meta.ip },
        meta.now,
      );
      return row!.id;
    });
    return getVisibleOffice(db, actor, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken();
    throw err;
  }
}

export async function updateOffice(db: Db, actor: Actor, id: string, input: UpdateOfficeInput, meta: RequestMeta): Promise<OfficeView> {
  try {
    await db.transaction(async (tx) => {
      const t = tx as Db;
      await t.execute(sql`select 1 from ${offices} where ${offices.orgId} = ${actor.orgId} and ${offices.id} = ${id} for update`);
      const current = await getVisibleOffice(t, actor, id);
      if (current.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const { version, ...change } = input;
      if (change.active === false && current.active) {
        const [busy] = await t
          .select({ n: count() })
          .from(users)
          .where(and(eq(users.orgId, actor.orgId), eq(users.officeId, id), eq(users.active, true)));
        if ((busy?.n ?? 0) > 0) throw new AppError('OFFICE_HAS_USERS');
      }
      await t
        .update(offices)
        .set({ ...change, version: version + 1, updatedAt: meta.now })
        .where(and(eq(offices.orgId, actor.orgId), eq(offices.id, id)));
      const before = { name: current.name, regionCode: current.regionCode, address: current.address, active: current.active };
      await recordAudit(
        t,
        { orgId: actor.orgId, actorId: actor.userId, action: 'office.update', targetType: 'office', targetId: id, before, after: { ...before, ...change }, ip: meta.ip },
        meta.now,
      );
    });
    return getVisibleOffice(db, actor, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken();
    throw err;
  }
}
