import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { explainIssue } from '../../domain/shared/bilingual-issue';
import { displayNameSchema, newPasswordSchema, orgCodeSchema, usernameSchema } from '../../domain/identity/schemas';
import type { Database, Db } from '../db/client';
import { isUniqueViolation } from '../db/pg-errors';
import { orgs, users } from '../db/schema';
import { recordAudit } from '../modules/admin/audit';
import { auditedUser } from '../modules/admin/users.presenter';
import { hashPassword } from '../modules/identity/passwords';
import { CliError, usageError } from './errors';
import type { CliIo } from './io';
import { seedCustomerTypes } from '../modules/customers/customer-types';

/** Option names as typed on the command line. */
const input = z.object({
  'org-code': orgCodeSchema,
  'org-name': displayNameSchema,
  username: usernameSchema,
  name: displayNameSchema,
  password: newPasswordSchema,
});

export interface CreateAdminInput {
  orgCode: string;
  orgName: string;
  username: string;
  displayName: string;
  password: string;
}

export const PASSWORD_ENV = 'KEQING_ADMIN_PASSWORD';

/**
 * Validates the options with the domain's rules; every wrong field is named with the reason (exit 2).
 * The password comes from --password or, better (it stays out of the process list), KEQING_ADMIN_PASSWORD.
 */
export function parseCreateAdmin(values: Record<string, unknown>, env: NodeJS.ProcessEnv): CreateAdminInput {
  const password = values.password ?? env[PASSWORD_ENV];
  const parsed = input.safeParse({ ...values, password });
  if (parsed.success) {
    const v = parsed.data;
    return { orgCode: v['org-code'], orgName: v['org-name'], username: v.username, displayName: v.name, password: v.password };
  }
  const reasons = new Map<string, { zh: string[]; en: string[] }>();
  for (const issue of parsed.error.issues) {
    const field = `--${String(issue.path[0])}`;
    const why =
      field === '--password' && password === undefined
        ? { zh: `未提供；请用 --password 或环境变量 ${PASSWORD_ENV} 提供`, en: `missing; pass --password or set ${PASSWORD_ENV}` }
        : explainIssue(issue as Parameters<typeof explainIssue>[0]);
    const entry = reasons.get(field) ?? { zh: [], en: [] };
    entry.zh.push(why.zh);
    entry.en.push(why.en);
    reasons.set(field, entry);
  }
  const fields = [...reasons];
  throw usageError(fields.map(([f, r]) => `${f}：${r.zh.join('，')}`).join('；'), fields.map(([f, r]) => `${f}: ${r.en.join(', ')}`).join('; '));
}

const taken = (input: CreateAdminInput) =>
  new CliError(`用户名 ${input.username} 在企业 ${input.orgCode} 中已存在`, `the user name ${input.username} already exists in organisation ${input.orgCode}`);

/** Finds the organisation by code or creates it; returns its id and whether it is new. */
async function orgFor(tx: Db, input: CreateAdminInput, io: CliIo): Promise<{ id: string; created: boolean }> {
  const [inserted] = await tx.insert(orgs).values({ code: input.orgCode, name: input.orgName }).onConflictDoNothing({ target: orgs.code }).returning({ id: orgs.id });
  if (inserted) {
    await seedCustomerTypes(tx, inserted.id);
    return { id: inserted.id, created: true };
  }
  const [existing] = await tx.select({ id: orgs.id, name: orgs.name }).from(orgs).where(eq(orgs.code, input.orgCode));
  if (existing!.name !== input.orgName) io.out(`企业 ${input.orgCode} 已存在，名称仍为「${existing!.name}」 / organisation ${input.orgCode} exists; its name stays "${existing!.name}"`);
  return { id: existing!.id, created: false };
}

/** Creates the organisation if it is new and an administrator in it, with an audit entry, in one transaction. */
export async function createAdmin(database: Database, input: CreateAdminInput, io: CliIo, now = new Date()): Promise<{ orgId: string; userId: string; orgCreated: boolean }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const result = await database.db.transaction(async (t) => {
      const tx = t as Db;
      const org = await orgFor(tx, input, io);
      const [dup] = await tx.select({ id: users.id }).from(users).where(and(eq(users.orgId, org.id), eq(users.username, input.username)));
      if (dup) throw taken(input);
      const [user] = await tx
        .insert(users)
        .values({ orgId: org.id, username: input.username, displayName: input.displayName, role: 'admin', passwordHash, createdAt: now, updatedAt: now })
        .returning({ id: users.id });
      const after = auditedUser({ username: input.username, displayName: input.displayName, role: 'admin', officeId: null, phone: null, email: null, active: true });
      await recordAudit(tx, { orgId: org.id, actorId: null, action: 'user.create', targetType: 'user', targetId: user!.id, after }, now);
      return { orgId: org.id, userId: user!.id, orgCreated: org.created };
    });
    const orgNote = result.orgCreated ? { zh: '（新建企业）', en: ' (new organisation)' } : { zh: '', en: '' };
    io.out(
      `已创建管理员 ${input.username}（${input.displayName}），企业 ${input.orgCode}${orgNote.zh} / created administrator ${input.username} in organisation ${input.orgCode}${orgNote.en}`,
    );
    return result;
  } catch (err) {
    if (isUniqueViolation(err)) throw taken(input);
    throw err;
  }
}
