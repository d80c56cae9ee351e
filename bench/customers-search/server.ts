/**
 * The real server in a child process, started as `npm start` starts it (node --import tsx src/server/main.ts), on the
 * benchmark database, with the production log level; and signing in through /api/auth/login.
 */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stop, waitHealthy } from '../startup/server-run';

export interface RunningServer {
  base: string;
  /** The server process, for reading its memory from /proc. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the server on PostgreSQL (`url`) or on PGlite (`dataDir`): its own data only (no demo seeding, no web build, no
 * scheduler). `env` adds variables to its environment (e.g. NODE_OPTIONS for a memory probe).
 */
export async function startServer(db: { url: string } | { dataDir: string }, opts: { env?: Record<string, string> } = {}): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'LOG_LEVEL']) delete env[name];
  Object.assign(env, {
    ...('url' in db ? { DATABASE_URL: db.url } : { DATA_DIR: db.dataDir }),
    PORT: String(port),
    HOST: '127.0.0.1',
    KEQING_DEMO: 'false',
    WEB_DIR: join(tmpdir(), 'keqing-bench-no-web'),
    // The scheduler grades every organisation at start (monthly ABC): at a million customers that is minutes of
    // writing with the organisation's row locked, and sign-in waits for it. Not what this benchmark measures.
    SCHEDULER: 'off',
    // The PDF fonts' warm-up (seconds of work from 2 s after start) is not what this benchmark measures either.
    PDF_WARMUP: 'off',
    ...opts.env,
  });
  let output = '';
  // stdout (the request log) is thrown away as a log shipper would take it; stderr is kept for start-up failures.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (b: Buffer) => (output = (output + b.toString()).slice(-4000)));
  try {
    // Migrating a million-row database can take minutes: a long timeout, polled gently.
    await waitHealthy(base, child, () => output, { timeoutMs: 300_000, pollMs: 100 });
  } catch (err) {
    await stop(child);
    throw err;
  }
  return { base, pid: child.pid!, stop: () => stop(child) };
}
