import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../src/server/cli/backup';
import { createAdmin } from '../../src/server/cli/create-admin';
import { queryRows } from '../../src/server/cli/query';
import { restoreDatabase } from '../../src/server/cli/restore';
import type { Database } from '../../src/server/db/client';
import { auditLog, orgs, sessions, users } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/demo/seed';
import { freshDatabase } from '../helpers/database';
import { dumpTables, memoryIo, MIGRATION_TAGS, readLines, SCHEMA_TABLES, sumRows, tempDir } from './helpers';

let database: Database;
let tmp: ReturnType<typeof tempDir>;
let auditRows: number;

/** Values that a careless backup would bend: microseconds, big and exact numbers, unicode, newlines, nested jsonb. */
const TRICKY = { text: '换行\n"引号"\t😀', exact: 0.1, nested: { list: [1, null, true, { 深: '度' }] } };

beforeAll(async () => {
  database = await freshDatabase();
  tmp = tempDir();
  const { orgId } = await seedDemo(database.db);
  await createAdmin(database, { orgCode: 'acme', orgName: '艾克米', username: 'boss', displayName: '老板', password: 'secret123' }, memoryIo());
  const [user] = await database.db.select().from(users).where(eq(users.orgId, orgId)).limit(1);
  await database.db.insert(sessions).values({ orgId, id: 'sha-of-secret', userId: user!.id, expiresAt: new Date('2030-01-01T00:00:00Z'), ip: '10.0.0.1' });
  // The demo's 客情费 steps go through the audited services, as far as today's date allows; and the tricky row below.
  auditRows = (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`))[0]!.n + 1;
  await database.db.execute(
    sql`insert into audit_log (org_id, at, action, target_type, before, after) values (${orgId}, '2024-02-29 12:34:56.123456+08', 'test.tricky', 'test', jsonb_set(${JSON.stringify(TRICKY)}::jsonb, '{big}', '12345678901234567890'::jsonb), '"just a string"'::jsonb)`,
  );
});

afterAll(async () => {
  await database.close();
  tmp.cleanup();
});

describe('backup and restore', () => {
  it('writes a header, chunks in foreign-key order and a trailer', async () => {
    const file = join(tmp.dir, 'layout.jsonl.gz');
    const io = memoryIo();
    const result = await backupDatabase(database, file, io, { chunkRows: 5 });
    const lines = readLines(file).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: 'keqing-backup', version: 1, database: database.kind, tables: SCHEMA_TABLES, chunkRows: 5 });
    expect((lines[0]!.migrations as { tag: string }[]).map((m) => m.tag)).toEqual(MIGRATION_TAGS);
    const chunkTables = lines.slice(1, -1).map((l) => l.table);
    expect([...new Set(chunkTables)]).toEqual(SCHEMA_TABLES.filter((t) => (result.rows[t] ?? 0) > 0));
    expect(chunkTables.filter((t) => t === 'users')).toHaveLength(4);
    expect(lines.slice(1, -1).every((l) => (l.rows as unknown[]).length <= 5)).toBe(true);
    expect(lines.at(-1)).toEqual({ end: true, rows: result.rows });
    expect(result.rows).toMatchObject({ orgs: 2, offices: 3, users: 20, sessions: 1, audit_log: auditRows });
    expect(io.lines[0]).toMatch(/^正在备份 \/ backing up/);
    expect(io.lines).toContainEqual(expect.stringMatching(/^ {2}users +20 行 rows$/));
    expect(io.lines.at(-1)).toMatch(new RegExp(`^备份完成 / backup complete: ${SCHEMA_TABLES.length} 张表 tables, ${sumRows(result.rows)} 行 rows, [\\d.]+ [KM]B, [\\d.]+ s → `));
  }, 180_000);

  it('restores every row exactly, jsonb and timestamps included, after the data was changed', async () => {
    const file = join(tmp.dir, 'roundtrip.jsonl.gz');
    const before = await dumpTables(database.db);
    await backupDatabase(database, file, memoryIo(), { chunkRows: 700 });

    await database.db.delete(sessions);
    await database.db.update(users).set({ displayName: '改过' });
    await database.db.insert(orgs).values({ code: 'later', name: '后来的企业' });
    expect(await dumpTables(database.db)).not.toEqual(before);

    const io = memoryIo();
    const counts = await restoreDatabase(database, file, io);
    expect(await dumpTables(database.db)).toEqual(before);
    expect(counts).toMatchObject({ orgs: 2, users: 20, sessions: 1, audit_log: auditRows });
    expect(io.lines.at(-1)).toMatch(new RegExp(`^恢复完成 / restore complete: ${SCHEMA_TABLES.length} 张表 tables, ${sumRows(counts)} 行 rows, [\\d.]+ s ← `));

    const [tricky] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'test.tricky'));
    expect(tricky!.after).toBe('just a string');
    expect((tricky!.before as typeof TRICKY).text).toBe(TRICKY.text);
    const [row] = await queryRows<{ big: string; at: string }>(database.db, sql`select before->>'big' as big, to_char(at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as at from audit_log where action = 'test.tricky'`);
    expect(row).toEqual({ big: '12345678901234567890', at: '2024-02-29 04:34:56.123456' });
  }, 180_000);
});
