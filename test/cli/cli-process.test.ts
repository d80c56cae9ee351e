import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MIGRATION_TAGS, SCHEMA_TABLES, tempDir } from './helpers';

// The demo organisation, with two years of sales, is seeded, backed up and restored whole.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const tmp = tempDir();
const onPostgres = process.env.TEST_DB === 'postgres';

/** The CLI works on a server's default schema, so on PostgreSQL it gets a whole scratch database. */
const scratch = `keqing_cli_${randomBytes(4).toString('hex')}`;
async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  await client.query(text).finally(() => client.end());
}
function scratchUrl(): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${scratch}`;
  return url.toString();
}

/** The database environment: PGlite in a temp DATA_DIR, or the scratch PostgreSQL database. */
const target = (): NodeJS.ProcessEnv => (onPostgres ? { DATABASE_URL: scratchUrl() } : { DATA_DIR: join(tmp.dir, 'data') });

/** Runs the real command line (`tsx src/server/cli.ts …`) as a separate process. */
async function keqing(args: string[], env: NodeJS.ProcessEnv = target()): Promise<{ code: number; out: string[]; err: string }> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'LOG_LEVEL', 'KEQING_ADMIN_PASSWORD']) delete base[name];
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ['src/server/cli.ts', ...args], { env: { ...base, ...env } });
    return { code: 0, out: stdout.trimEnd().split('\n'), err: stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout.trimEnd().split('\n'), err: err.stderr };
  }
}

beforeAll(async () => {
  if (onPostgres) await admin(`create database ${scratch}`);
});

afterAll(async () => {
  if (onPostgres) await admin(`drop database if exists ${scratch} with (force)`);
  tmp.cleanup();
});

describe(`the keqing command line as a process (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('prints help and exits 0', async () => {
    const r = await keqing(['help']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('客情 Keqing 命令行 / command line');
    expect(r.err).toBe('');
  }, 30_000);

  it('seeds, backs up and restores', async () => {
    const seeded = await keqing(['seed-demo']);
    expect(seeded.code).toBe(0);
    expect(seeded.out[0]).toMatch(new RegExp(`^已应用 ${MIGRATION_TAGS.length} 个迁移`));
    expect(seeded.out).toContain('演示企业已创建：3 个办事处，19 个账号 / demo organisation created');

    const file = join(tmp.dir, 'demo.jsonl.gz');
    const backup = await keqing(['backup', file]);
    expect(backup).toMatchObject({ code: 0, err: '' });
    expect(backup.out.slice(1, -1)).toHaveLength(SCHEMA_TABLES.length);
    expect(backup.out.slice(1, -1)).toEqual(expect.arrayContaining([
      '  orgs                             1 行 rows',
      '  offices                          3 行 rows',
      '  users                           19 行 rows',
      '  sessions                         0 行 rows',
      // The demo's 客情费 steps go through the audited services; how far they got depends on today's date.
      expect.stringMatching(/^ {2}audit_log +\d+ 行 rows$/),
    ]));
    const total = backup.out.slice(1, -1).reduce((sum, line) => sum + Number(/(\d+) 行/.exec(line)![1]), 0);
    expect(backup.out.at(-1)).toMatch(new RegExp(`^备份完成 / backup complete: ${SCHEMA_TABLES.length} 张表 tables, ${total} 行 rows, [\\d.]+ [KM]B, [\\d.]+ s → `));
    expect(existsSync(file) && !existsSync(`${file}.partial`)).toBe(true);

    expect((await keqing(['restore', file])).code).toBe(2);
    const restore = await keqing(['restore', file, '--yes']);
    expect(restore).toMatchObject({ code: 0, err: '' });
    expect(restore.out.at(-1)).toMatch(new RegExp(`^恢复完成 / restore complete: ${SCHEMA_TABLES.length} 张表 tables, ${total} 行 rows, [\\d.]+ s ← `));
  }, 240_000);

  it('refuses in one line, without a stack, when the database cannot be used', async () => {
    let r: Awaited<ReturnType<typeof keqing>>;
    if (onPostgres) {
      r = await keqing(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
      expect(r.err.trim()).toMatch(/^错误：无法连接数据库 postgres:\/\/postgres@127\.0\.0\.1:1\/none：.*ECONNREFUSED.* \/ Error: cannot reach the database /);
    } else {
      writeFileSync(join(tmp.dir, 'data', 'keqing.lock'), String(process.pid)); // as if the server were running
      r = await keqing(['backup', join(tmp.dir, 'busy.gz')]);
      expect(r.err.trim()).toMatch(
        new RegExp(`^错误：数据目录 .* 正被进程 ${process.pid} 使用（Keqing 服务器正在运行？）.* / Error: the data directory .* is in use by process ${process.pid}`),
      );
    }
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
