import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A clock file for fake-clock.ts: the server started with serverClockOptions(file) reads its time from it. */
export function serverClockFile(name: string): string {
  return join(tmpdir(), `keqing-e2e-clock-${name}-${process.pid}`);
}

/** Moves the server's clock to `instant` (it runs on from there); takes effect within 200 ms. */
export function setServerClock(file: string, instant: string): void {
  writeFileSync(file, `${instant} ${Date.now()}\n`);
}

/** What startServer needs to run the server on that clock. */
export function serverClockOptions(file: string) {
  return { env: { KEQING_E2E_CLOCK_FILE: file }, preload: ['./e2e/helpers/fake-clock.ts'] };
}
