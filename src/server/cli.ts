import { runCli } from './cli/run';
import { consoleIo } from './cli/io';

/** `npm run keqing -- <command>`: see src/server/cli/commands.ts for the commands. */
process.exitCode = await runCli(process.argv.slice(2), process.env, consoleIo);
