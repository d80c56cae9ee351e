import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/server/cli/run';
import { memoryIo } from './helpers';

/** Runs the command line in-process; none of these cases gets as far as opening a database. */
async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await runCli(argv, { DATA_DIR: '/nonexistent/keqing-never-opened' }, io);
  return { code, out: io.lines.join('\n'), err: io.errors.join('\n') };
}

describe('command line usage', () => {
  it('prints help in Chinese and English for help and for no command', async () => {
    for (const argv of [[], ['help'], ['--help']]) {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^客情 Keqing 命令行 \/ command line/);
      for (const command of ['migrate', 'create-admin', 'seed-demo', 'backup <文件 file>', 'restore <文件 file> --yes']) expect(r.out).toContain(`  ${command}`);
    }
  });

  it('answers bad usage with one bilingual line and exit code 2', async () => {
    expect(await run('frob')).toEqual({ code: 2, out: '', err: '错误：未知命令 frob，可用命令见 keqing help / Error: unknown command frob; see keqing help' });
    expect(await run('backup')).toMatchObject({ code: 2, err: '错误：backup 缺少参数 <file> / Error: backup needs the argument <file>' });
    expect(await run('backup', 'a.gz', 'b.gz')).toMatchObject({ code: 2, err: '错误：backup 多余的参数：b.gz / Error: backup: unexpected argument(s): b.gz' });
    expect(await run('migrate', '--force')).toMatchObject({ code: 2, err: '错误：migrate 不认识选项 --force / Error: migrate does not know the option --force' });
    expect(await run('create-admin', '--username')).toMatchObject({ code: 2, err: expect.stringMatching(/^错误：选项 --username 的用法不对/) });
    expect(await run('restore', 'x.gz')).toMatchObject({
      code: 2,
      err: '错误：restore 会用备份替换数据库中的全部数据；确认请加 --yes / Error: restore replaces all data in the database with the backup; add --yes to confirm',
    });
    expect(await run('toString')).toMatchObject({ code: 2 });
  });

  it('refuses a missing backup file or target directory before opening the database', async () => {
    expect(await run('restore', '/nonexistent/keqing.gz', '--yes')).toMatchObject({ code: 1, err: '错误：找不到备份文件 /nonexistent/keqing.gz / Error: no backup file at /nonexistent/keqing.gz' });
    expect(await run('backup', '/nonexistent/dir/keqing.gz')).toMatchObject({ code: 1, err: '错误：目录 /nonexistent/dir 不存在 / Error: the directory /nonexistent/dir does not exist' });
    expect(existsSync('/nonexistent/keqing-never-opened')).toBe(false);
  });
});
