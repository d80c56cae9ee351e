import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, parseCreateAdmin, type CreateAdminInput } from '../../src/server/cli/create-admin';
import { CliError, describeError } from '../../src/server/cli/errors';
import type { Database } from '../../src/server/db/client';
import { auditLog, orgs, users } from '../../src/server/db/schema';
import { verifyPassword } from '../../src/server/modules/identity/passwords';
import { freshDatabase } from '../helpers/database';
import { memoryIo } from './helpers';

const OK = { 'org-code': 'acme', 'org-name': '艾克米科技', username: 'boss', name: '王老板', password: 'secret123' };

/** The line the command line prints for invalid options, and its exit code. */
function invalid(values: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  try {
    parseCreateAdmin(values, env);
  } catch (err) {
    return describeError(err, 'test');
  }
  throw new Error('expected a validation error');
}

describe('create-admin options', () => {
  it('names each wrong field and why, in Chinese then English, as a usage error', () => {
    expect(invalid({ ...OK, username: '1boss' })).toEqual({
      line: '错误：--username：以字母开头，3–32 位字母、数字、点、下划线或连字符 / Error: --username: start with a letter; 3–32 letters, digits, dots, underscores or hyphens',
      exitCode: 2,
    });
    expect(invalid({ ...OK, password: 'short' }).line).toBe(
      '错误：--password：至少 8 位，须同时包含字母和数字 / Error: --password: must have at least 8 characters, must contain both letters and digits',
    );
    expect(invalid({ ...OK, password: 'onlyletters' }).line).toMatch(/--password：须同时包含字母和数字/);
    expect(invalid({ ...OK, 'org-code': 'Bad Code!', name: '' }).line).toMatch(/^错误：--org-code：只能包含.*；--name：不能为空 \/ Error: --org-code: .*; --name: must not be empty$/);
  });

  it('takes the password from KEQING_ADMIN_PASSWORD, or refuses clearly without one', () => {
    const { password: _, ...noPassword } = OK;
    expect(parseCreateAdmin(noPassword, { KEQING_ADMIN_PASSWORD: 'fromenv123' }).password).toBe('fromenv123');
    expect(invalid(noPassword).line).toBe('错误：--password：未提供；请用 --password 或环境变量 KEQING_ADMIN_PASSWORD 提供 / Error: --password: missing; pass --password or set KEQING_ADMIN_PASSWORD');
  });

  it('normalises codes and user names as the server does', () => {
    expect(parseCreateAdmin({ ...OK, 'org-code': ' ACME ', username: 'Boss' }, {})).toMatchObject({ orgCode: 'acme', username: 'boss' });
  });
});

describe('create-admin', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.close());

  const input = (over: Partial<CreateAdminInput> = {}): CreateAdminInput => ({ orgCode: 'acme', orgName: '艾克米科技', username: 'boss', displayName: '王老板', password: 'secret123', ...over });

  it('creates the organisation and an administrator, with an audit entry', async () => {
    const io = memoryIo();
    const { orgId, userId, orgCreated } = await createAdmin(database, input(), io);
    expect(orgCreated).toBe(true);
    expect(io.lines).toEqual(['已创建管理员 boss（王老板），企业 acme（新建企业） / created administrator boss in organisation acme (new organisation)']);
    const [user] = await database.db.select().from(users).where(and(eq(users.orgId, orgId), eq(users.id, userId)));
    expect(user).toMatchObject({ username: 'boss', displayName: '王老板', role: 'admin', officeId: null, active: true });
    expect(await verifyPassword(user!.passwordHash, 'secret123')).toBe(true);
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.orgId, orgId));
    expect(audit).toEqual([expect.objectContaining({ action: 'user.create', actorId: null, targetType: 'user', targetId: userId })]);
    expect(audit[0]!.after).toMatchObject({ username: 'boss', role: 'admin' });
  });

  it('adds a second administrator to an existing organisation and keeps its name', async () => {
    const io = memoryIo();
    const { orgCreated } = await createAdmin(database, input({ username: 'deputy', orgName: '别的名字' }), io);
    expect(orgCreated).toBe(false);
    expect(io.lines[0]).toMatch(/^企业 acme 已存在，名称仍为「艾克米科技」/);
    expect(await database.db.select().from(orgs)).toHaveLength(1);
  });

  it('refuses a user name that exists, changing nothing', async () => {
    const err = await createAdmin(database, input({ displayName: '冒名者' }), memoryIo()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect(describeError(err, 'test')).toEqual({
      line: '错误：用户名 boss 在企业 acme 中已存在 / Error: the user name boss already exists in organisation acme',
      exitCode: 1,
    });
    expect(await database.db.select().from(users)).toHaveLength(2);
    expect(await database.db.select().from(auditLog)).toHaveLength(2);
  });
});
