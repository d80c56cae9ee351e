import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  logLevel: string;
  seedDemo: boolean;
  webDir: string;
}

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`环境变量 ${name} 应为正整数，实际为 "${raw}" / ${name} must be a positive integer, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL 应以 postgres:// 开头 / DATABASE_URL must start with postgres://');
  }
  return {
    port: int('PORT', 3000, env),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(env.DATA_DIR || './data'),
    sessionTtlHours: int('SESSION_TTL_HOURS', 168, env),
    cookieSecure: env.COOKIE_SECURE === 'true',
    logLevel: env.LOG_LEVEL || 'info',
    seedDemo: env.KEQING_DEMO !== 'false',
    webDir: resolve(env.WEB_DIR || './dist/web'),
  };
}
