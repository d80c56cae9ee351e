import { defineConfig } from 'vitest/config';

const pgUrl = process.env.TEST_DATABASE_URL;

/**
 * unit: pure domain rules. api-pglite: the API in-process on embedded PGlite. api-postgres: the same
 * suite on a PostgreSQL server (only with TEST_DATABASE_URL). e2e: a real server and Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { test: { name: 'api-pglite', include: ['test/**/*.test.ts'], env: { TEST_DB: 'pglite' }, testTimeout: 30_000, hookTimeout: 60_000 } },
      ...(pgUrl
        ? [{ test: { name: 'api-postgres', include: ['test/**/*.test.ts'], env: { TEST_DB: 'postgres' }, testTimeout: 30_000, hookTimeout: 60_000 } }]
        : []),
      { test: { name: 'e2e', include: ['e2e/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
