import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupDatabase } from '../../src/server/cli/backup';
import { restoreDatabase } from '../../src/server/cli/restore';
import { openDatabase, type Database } from '../../src/server/db/client';
import { freshDatabase } from '../helpers/database';
import { dumpTables, memoryIo, tempDir } from './helpers';

// The demo organisation, with two years of sales, is seeded, backed up and restored whole.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const onPostgres = process.env.TEST_DB === 'postgres';

/** A fresh database on the engine this project does not test: PGlite under api-postgres, and the reverse. */
async function otherEngine(): Promise<Database> {
  if (onPostgres) {
    const database = await openDatabase({});
    await database.migrate();
    return database;
  }
  process.env.TEST_DB = 'postgres';
  try {
    return await freshDatabase();
  } finally {
    process.env.TEST_DB = 'pglite';
  }
}

/** A little of every table, with values that differ in print between engines if mishandled. */
async function fill(database: Database): Promise<void> {
  const statements = [
    `insert into orgs (id, code, name, created_at) values ('00000000-0000-4000-8000-000000000001', 'cross', '跨库企业', '2024-02-29 23:59:59.999999+08')`,
    `insert into offices (org_id, id, name, region_code) values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '郑州办事处', '410100')`,
    `insert into users (org_id, id, username, display_name, role, office_id, password_hash, last_login_at)
       values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003', 'rep1', '张伟', 'rep', '00000000-0000-4000-8000-000000000002', '$argon2id$fake', now())`,
    `insert into sessions (org_id, id, user_id, expires_at, user_agent) values ('00000000-0000-4000-8000-000000000001', 'abc', '00000000-0000-4000-8000-000000000003', '2030-01-01', 'Mozilla/5.0 "quoted"')`,
    `insert into audit_log (org_id, action, target_type, before, after) values ('00000000-0000-4000-8000-000000000001', 'test.cross', 'test', 'null', '{"数":[1.50,1e-7,12345678901234567890],"s":"a\\nb"}')`,
  ];
  for (const s of statements) await database.db.execute(sql.raw(s));
}

// Needs both engines, so a PostgreSQL server (TEST_DATABASE_URL); each project starts from its own engine.
describe.runIf(process.env.TEST_DATABASE_URL)('backups move between PGlite and PostgreSQL', () => {
  let local: Database;
  let other: Database;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    tmp = tempDir();
    local = await freshDatabase();
    other = await otherEngine();
    await fill(local);
  });

  afterAll(async () => {
    await local?.close();
    await other?.close();
    tmp?.cleanup();
  });

  it(`restores a ${onPostgres ? 'PostgreSQL' : 'PGlite'} backup on the other engine and back again, row for row`, async () => {
    const original = await dumpTables(local.db);
    const there = join(tmp.dir, 'there.gz');
    await backupDatabase(local, there, memoryIo());
    await restoreDatabase(other, there, memoryIo());
    expect(await dumpTables(other.db)).toEqual(original);

    await local.db.execute(sql`delete from audit_log`);
    const back = join(tmp.dir, 'back.gz');
    await backupDatabase(other, back, memoryIo());
    await restoreDatabase(local, back, memoryIo());
    expect(await dumpTables(local.db)).toEqual(original);
  });
});
