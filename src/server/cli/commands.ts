import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Database } from '../db/client';
import type { ArgSpec, ParsedArgs } from './args';
import { backupDatabase } from './backup';
import { createAdmin, parseCreateAdmin, PASSWORD_ENV } from './create-admin';
import { CliError, usageError } from './errors';
import type { CliIo } from './io';
import { migrateAndReport } from './migrate';
import { restoreDatabase } from './restore';
import { seedDemoCommand } from './seed-demo';

/** A command: its arguments, a check of them before the database is opened, and the work. */
export interface Command {
  usage: string;
  summary: { zh: string; en: string };
  spec: ArgSpec;
  /** Apply pending migrations before running (the server does the same at start-up). */
  migrateFirst: boolean;
  /** Returns the runner, or throws a usage error; runs before the database is opened. */
  prepare(args: ParsedArgs, env: NodeJS.ProcessEnv): (database: Database, io: CliIo) => Promise<unknown>;
}

/** Checked before the database is opened, so a typo in a path changes nothing. */
function existingFile(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`找不到备份文件 ${resolve(file)}`, `no backup file at ${resolve(file)}`);
  return file;
}

function writableTarget(file: string): string {
  const dir = dirname(resolve(file));
  if (!existsSync(dir)) throw new CliError(`目录 ${dir} 不存在`, `the directory ${dir} does not exist`);
  return file;
}

export const COMMANDS: Record<string, Command> = {
  migrate: {
    usage: 'migrate',
    summary: { zh: '应用数据库迁移', en: 'apply database migrations' },
    spec: {},
    migrateFirst: false,
    prepare: () => (database, io) => migrateAndReport(database, io),
  },
  'create-admin': {
    usage: 'create-admin --org-code <代码 code> --org-name <名称 name> --username <用户名> --name <姓名> [--password <密码>]',
    summary: {
      zh: `创建企业（如不存在）及其管理员；密码也可由环境变量 ${PASSWORD_ENV} 提供（推荐）`,
      en: `create the organisation (if new) and an administrator in it; the password may come from ${PASSWORD_ENV} (preferred)`,
    },
    spec: {
      options: {
        'org-code': { type: 'string' },
        'org-name': { type: 'string' },
        username: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
      },
    },
    migrateFirst: true,
    prepare: (args, env) => {
      const input = parseCreateAdmin(args.values, env);
      return (database, io) => createAdmin(database, input, io);
    },
  },
  'seed-demo': {
    usage: 'seed-demo',
    summary: { zh: '创建演示企业（已存在则不变）并列出演示账号', en: 'seed the demo organisation (unless there) and list its logins' },
    spec: {},
    migrateFirst: true,
    prepare: () => (database, io) => seedDemoCommand(database, io),
  },
  backup: {
    usage: 'backup <文件 file>',
    summary: { zh: '把全部数据备份到一个 gzip 文件（可在 PGlite 与 PostgreSQL 之间恢复）', en: 'back up all data to one gzip file (restorable on PGlite or PostgreSQL)' },
    spec: { positionals: ['file'] },
    migrateFirst: false,
    prepare: (args) => {
      const file = writableTarget(args.positionals.file!);
      return (database, io) => backupDatabase(database, file, io);
    },
  },
  restore: {
    usage: 'restore <文件 file> --yes',
    summary: { zh: '用备份替换数据库中的全部数据（须加 --yes 确认）', en: 'replace all data in the database with a backup (confirm with --yes)' },
    spec: { positionals: ['file'], options: { yes: { type: 'boolean' } } },
    migrateFirst: false,
    prepare: (args) => {
      if (args.values.yes !== true) {
        throw usageError('restore 会用备份替换数据库中的全部数据；确认请加 --yes', 'restore replaces all data in the database with the backup; add --yes to confirm');
      }
      const file = existingFile(args.positionals.file!);
      return (database, io) => restoreDatabase(database, file, io);
    },
  },
};

export function helpText(): string {
  const lines = ['客情 Keqing 命令行 / command line', '', '用法 Usage: npm run keqing -- <命令 command> [选项 options]', '', '命令 Commands:'];
  lines.push('  help', '      显示本帮助 / show this help');
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage}`, `      ${c.summary.zh} / ${c.summary.en}`);
  lines.push(
    '',
    '数据库 Database: 设置了 DATABASE_URL=postgres://… 时使用 PostgreSQL，否则使用 DATA_DIR（默认 ./data）中的内嵌数据库 PGlite。',
    '  Uses PostgreSQL when DATABASE_URL=postgres://… is set, otherwise the embedded PGlite database in DATA_DIR (default ./data).',
    '  内嵌数据库同时只能由一个进程打开：backup/restore 前请先停止服务器。 / The embedded database opens in one process at a time: stop the server before backup/restore.',
    '',
    '退出码 Exit codes: 0 成功 success, 1 失败 failure, 2 用法错误 bad usage',
  );
  return lines.join('\n');
}
