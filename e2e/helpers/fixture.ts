import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startServer, type RunningServer, type ServerOptions } from './server';

/** One real server on a fresh embedded database and one Chromium for the test file, torn down after it. */
export function useServerAndBrowser(options: ServerOptions = {}): { readonly server: RunningServer; readonly browser: Browser } {
  const state: { server?: RunningServer; browser?: Browser } = {};
  beforeAll(async () => {
    state.server = await startServer(options);
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
  });
  return {
    get server() {
      return state.server!;
    },
    get browser() {
      return state.browser!;
    },
  };
}
