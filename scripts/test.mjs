#!/usr/bin/env node
// `npm test`: type check, lint, then every test project the machine can run. It says what it skipped
// and why; with CI=true nothing may be skipped (PostgreSQL and Chromium are required there).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';
import { webBuildIsFresh } from './web-build.mjs';

const ci = process.env.CI === 'true';
const pgUrl = process.env.TEST_DATABASE_URL;
const chromium = chromiumPath();
const extra = process.argv.slice(2);

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status ?? 1;
}

const skipped = [];
if (!pgUrl) skipped.push('api-postgres: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)');
if (!chromium) skipped.push('e2e: no Chromium found (install Debian\'s chromium package, or set CHROMIUM_PATH)');
if (ci && skipped.length) {
  console.error(`CI=true, but these would be skipped:\n  ${skipped.join('\n  ')}`);
  process.exit(1);
}

if (run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) process.exit(1);
if (run('lint', 'npx', ['eslint', '.']) !== 0) process.exit(1);

const projects = ['unit', 'api-pglite', ...(pgUrl ? ['api-postgres'] : []), ...(chromium ? ['e2e'] : [])];
if (chromium && !webBuildIsFresh()) {
  if (run('web build for e2e', 'npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
}

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
const status = run('tests', 'npx', [
  'vitest', 'run', ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra,
], chromium ? { CHROMIUM_PATH: chromium } : {});

let passed = 0;
let failed = 0;
let skippedTests = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skippedTests = r.numPendingTests + r.numTodoTests;
}
console.log(`\nprojects run: ${projects.join(', ')}`);
for (const s of skipped) console.log(`skipped ${s}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skippedTests} skipped`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
