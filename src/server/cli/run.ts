import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { parseCommandArgs } from './args';
import { COMMANDS, helpText } from './commands';
import { describeError, usageError } from './errors';
import type { CliIo } from './io';
import { migrateAndReport } from './migrate';

const HELP = new Set(['help', '--help', '-h']);

/**
 * Runs one command line and returns the exit code: 0 success, 1 failure, 2 bad usage. Errors are one
 * bilingual line on stderr; the stack only with LOG_LEVEL=debug.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP.has(name)) {
    io.out(helpText());
    return 0;
  }
  let where = 'database';
  try {
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : null;
    if (!command) throw usageError(`未知命令 ${name}，可用命令见 keqing help`, `unknown command ${name}; see keqing help`);
    const run = command.prepare(parseCommandArgs(name, command.spec, [...rest]), env);
    const config = loadConfig(env);
    where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.dataDir;
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
    where = database.where;
    try {
      if (command.migrateFirst) await migrateAndReport(database, io, { quietWhenCurrent: true });
      await run(database, io);
    } finally {
      await database.close();
    }
    return 0;
  } catch (err) {
    const { line, exitCode } = describeError(err, where);
    io.err(line);
    if (env.LOG_LEVEL === 'debug') io.err(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return exitCode;
  }
}
