import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { DEMO_ORG, DEMO_PASSWORD, DEMO_USERS } from '../../src/server/demo/demo-org';

/** One start of a server, measured. */
export interface RunResult {
  /** From spawn to the first 200 of GET /api/health. */
  startMs: number;
  /** Resident memory of the server process once healthy, and after 20 × GET /api/auth/me. */
  rssHealthyMb: number;
  rssAfterMeMb: number;
  /** Status of the /api/auth/me requests (200 signed in, 401 when there is nobody to sign in as). */
  meStatus: number;
}

export interface RunSpec {
  /** Script run with `node --import tsx` (as `npm start` runs the server). */
  script: string;
  env: NodeJS.ProcessEnv;
  /** Signs in once healthy and returns the Cookie header, or null to call /api/auth/me anonymously. */
  login?: (base: string) => Promise<string | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MB, from /proc. */
export function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) / 1024;
}

/** Polls /api/health every `pollMs` until it answers 200; fails when the child exits or `timeoutMs` passes. */
export async function waitHealthy(base: string, child: ChildProcess, output: () => string, { timeoutMs = 120_000, pollMs = 5 } = {}): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error(`no 200 from ${base}/api/health within ${timeoutMs} ms:\n${output()}`);
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** A server started with `node --import tsx`: its address, and the tail of what it printed (for failure messages). */
export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output(): string;
}

/** Starts `script` on `port` of 127.0.0.1 with `env`, keeping the last 4,000 characters of its stdout and stderr. */
export function spawnServer(script: string, env: NodeJS.ProcessEnv, port: number): ServerProcess {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (b: Buffer) => (output = (output + b.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, base: `http://127.0.0.1:${port}`, output: () => output };
}

/** Signs in through /api/auth/login and returns the Cookie header. */
export async function signIn(base: string, orgCode: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orgCode, username, password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kq_session='));
  if (res.status !== 200 || !cookie) throw new Error(`login of ${orgCode}/${username} failed: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0]!;
}

/** Signs in as the demo organisation's administrator. */
export function signInAsDemoAdmin(base: string): Promise<string> {
  const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
  return signIn(base, DEMO_ORG.code, admin.username, DEMO_PASSWORD);
}

/** Starts the server, waits for health, measures, and stops it again. */
export async function measureRun(spec: RunSpec): Promise<RunResult> {
  const port = await freePort();
  const started = performance.now();
  const { child, base, output } = spawnServer(spec.script, spec.env, port);
  try {
    await waitHealthy(base, child, output);
    const startMs = performance.now() - started;
    const rssHealthyMb = rssMb(child.pid!);
    const cookie = spec.login ? await spec.login(base) : null;
    let meStatus = 0;
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${base}/api/auth/me`, { headers: cookie ? { cookie } : {} });
      await res.arrayBuffer();
      meStatus = res.status;
    }
    return { startMs, rssHealthyMb, rssAfterMeMb: rssMb(child.pid!), meStatus };
  } finally {
    await stop(child);
  }
}
