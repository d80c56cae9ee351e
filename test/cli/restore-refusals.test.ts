import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupDatabase } from '../../src/server/cli/backup';
import { describeError } from '../../src/server/cli/errors';
import { restoreDatabase } from '../../src/server/cli/restore';
import type { Database } from '../../src/server/db/client';
import { orgs } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/demo/seed';
import { freshDatabase } from '../helpers/database';
import { dumpTables, memoryIo, MIGRATION_TAGS, readLines, tempDir, writeLines } from './helpers';

// Each refusal reads the whole backup of the demo organisation (with its two years of sales) on a 2-core machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

let database: Database;
let tmp: ReturnType<typeof tempDir>;
let good: string;
let before: Record<string, string[]>;

beforeAll(async () => {
  database = await freshDatabase();
  tmp = tempDir();
  await seedDemo(database.db, undefined, undefined, { salesHistory: false });
  good = join(tmp.dir, 'good.jsonl.gz');
  await backupDatabase(database, good, memoryIo(), { chunkRows: 500 });
  // The data the failed restores must leave alone differs from the backup's.
  await database.db.insert(orgs).values({ code: 'after-backup', name: '备份之后' });
  before = await dumpTables(database.db);
});

afterAll(async () => {
  await database.close();
  tmp.cleanup();
});

/** Restores `file`, expects a refusal, and returns the line the command line would print. */
async function refused(file: string): Promise<string> {
  const err = await restoreDatabase(database, file, memoryIo()).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'restore should have failed').not.toBeNull();
  expect(await dumpTables(database.db)).toEqual(before);
  return describeError(err, database.where).line;
}

function variant(name: string, edit: (lines: string[]) => string[]): string {
  const file = join(tmp.dir, name);
  writeLines(file, edit(readLines(good)));
  return file;
}

describe('restore refuses a bad file and leaves the database as it was', () => {
  it('a truncated file', async () => {
    const bytes = readFileSync(good);
    const file = join(tmp.dir, 'truncated.gz');
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    expect(await refused(file)).toMatch(/^错误：文件已损坏或不是 gzip 文件.* \/ Error: the file is corrupt or not gzip/);
  });

  it('a file that is not gzip, and one that is not a backup', async () => {
    const plain = join(tmp.dir, 'plain.txt');
    writeFileSync(plain, 'hello\n');
    expect(await refused(plain)).toMatch(/文件已损坏或不是 gzip/);
    const other = join(tmp.dir, 'other.gz');
    writeFileSync(other, gzipSync('{"format":"something-else"}\n'));
    expect(await refused(other)).toBe(
      '错误：备份文件无效：不是 Keqing 备份（首行缺少 format: keqing-backup） / Error: not a valid backup: not a Keqing backup (the first line lacks format: keqing-backup)',
    );
    const empty = join(tmp.dir, 'empty.gz');
    writeFileSync(empty, gzipSync(''));
    expect(await refused(empty)).toMatch(/文件是空的 \/ Error: not a valid backup: the file is empty/);
  });

  it('a backup of another migration level, saying what differs', async () => {
    const newer = variant('newer.gz', ([h, ...rest]) => {
      const header = JSON.parse(h!);
      header.migrations.push({ tag: '0001_future', hash: 'f'.repeat(64), createdAt: Date.now() });
      return [JSON.stringify(header), ...rest];
    });
    expect(await refused(newer)).toMatch(
      new RegExp(`${MIGRATION_TAGS.length + 1} 个迁移，最后为 0001_future；本程序为 ${MIGRATION_TAGS.length} 个迁移，最后为 ${MIGRATION_TAGS.at(-1)}）：请先升级 Keqing.*upgrade Keqing, then restore`),
    );
    const edited = variant('edited.gz', ([h, ...rest]) => [h!.replace(/"hash":"[0-9a-f]+"/, `"hash":"${'0'.repeat(64)}"`), ...rest]);
    expect(await refused(edited)).toMatch(/第 1 个迁移不同/);
  });

  it('a backup without its end marker, or with lines after it', async () => {
    expect(await refused(variant('no-end.gz', (l) => l.slice(0, -1)))).toMatch(/文件不完整（缺少结尾标记/);
    expect(await refused(variant('after-end.gz', (l) => [...l, l[1]!]))).toMatch(/在结尾标记之后/);
  });

  it('a backup whose counts do not add up', async () => {
    const file = variant('counts.gz', (l) => [...l.slice(0, -1), l.at(-1)!.replace(/"users":\d+/, '"users":99')]);
    expect(await refused(file)).toMatch(/表 users 结尾记录 99 行，文件中有 19 行/);
  });

  it('is atomic: a broken last chunk rolls back every table already loaded', async () => {
    const lines = readLines(good);
    const last = lines.length - 2;
    expect(JSON.parse(lines[last]!).table, 'the broken chunk comes after other tables were loaded').not.toBe('orgs');
    const badRow = variant('bad-row.gz', (l) => l.map((x, i) => (i === last ? x.replace(/"org_id": "[^"]+"/, '"org_id": "not-a-uuid"') : x)));
    expect(await refused(badRow)).toMatch(/uuid/);
    const cut = variant('cut-chunk.gz', (l) => l.map((x, i) => (i === last ? x.slice(0, x.length / 2) : x)));
    expect(await refused(cut)).toMatch(/第 \d+ 行不是有效的 JSON/);
  });

  it('still restores the good file afterwards', async () => {
    await restoreDatabase(database, good, memoryIo());
    expect((await dumpTables(database.db)).orgs).toHaveLength(1);
  });
});
